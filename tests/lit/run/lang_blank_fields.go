// Blank fields (several, of various types) and blank methods: gosc rejected a blank method
// beside a blank field ("field and method with the same name _"). fmt prints blank fields
// as Go does; they take part in layout, keyed literals skip them.
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
package main

import "fmt"

type T struct {
	A int
	_ int
	B string
	_ [2]byte
	_ float64
	_ struct{ x, y int8 }
}

func (T) _() {}
func (*T) _() {}
func (t T) Get() int { return t.A }

type U struct {
	_, _ int32
	C    byte
}

func main() {
	t := T{A: 1, B: "x"}
	fmt.Println(t.Get(), t.B)
	fmt.Printf("%v %+v\n", t, t)
	u := t
	fmt.Println(u == t)
	v := U{C: 7}
	fmt.Printf("%v %+v\n", v, v)
	m := map[U]int{v: 1}
	fmt.Println(m[U{C: 7}], v == U{C: 7})
}
// CHECK: 1 x
// CHECK: {1 0 x [0 0] 0 {0 0}} {A:1 _:0 B:x _:[0 0] _:0 _:{x:0 y:0}}
// CHECK: true
// CHECK: {0 0 7} {_:0 _:0 C:7}
// CHECK: 1 true
