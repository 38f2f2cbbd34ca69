// fmt %v, %+v, %#v (basic types) of structs, pointers to structs, slices,
// arrays, maps (sorted keys), nil, errors and Stringers.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines --strict-whitespace %s
package main

import (
	"errors"
	"fmt"
)

type Point struct {
	X, Y int
}

type Inner struct {
	Name string
	Tags []string
}

type Outer struct {
	ID    int
	In    Inner
	P     *Point
	M     map[string]int
	Ok    bool
	F     float64
	Iface any
}

type Color int

func (c Color) String() string {
	switch c {
	case 0:
		return "Red"
	case 1:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type PtrStringer struct{ n int }

func (p *PtrStringer) String() string { return fmt.Sprintf("PS<%d>", p.n) }

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

type Both struct{}

func (Both) String() string { return "as-stringer" }
func (Both) Error() string  { return "as-error" }

func main() {
	p := Point{1, 2}
	fmt.Printf("%v|%+v\n", p, p)
	fmt.Printf("%v|%+v\n", &p, &p)
	o := Outer{ID: 7, In: Inner{"in", []string{"a", "b"}}, M: map[string]int{"z": 1, "a": 2, "m": 3}, Ok: true, F: 2.5, Iface: "s"}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	var np *Point
	fmt.Printf("%v|%+v\n", np, np)
	fmt.Println(Outer{})
	fmt.Printf("%+v\n", Outer{})

	fmt.Println([]int{1, 2, 3}, []string{"a", "b"}, [3]bool{true}, [][]int{{1}, {2, 3}, nil})
	fmt.Println([]Point{{1, 2}, {3, 4}}, []*int(nil), []int{}, [0]int{})
	fmt.Printf("%v %+v\n", []Point{{1, 2}}, []Point{{1, 2}})
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b"}, map[string]bool{}, map[string]int(nil))
	fmt.Println(map[float64]int{2.5: 1, -1: 2, 0: 3}, map[bool]int{true: 1, false: 0})
	fmt.Println(map[Point]string{{2, 1}: "x", {1, 9}: "y", {1, 2}: "z"})
	fmt.Println(map[string][]int{"b": {2}, "a": {1}})

	var e error
	var a any
	fmt.Println(e, a, nil)
	fmt.Printf("%v %v %d %s\n", e, a, nil, nil)
	e = errors.New("plain error")
	fmt.Println(e)
	fmt.Printf("%v|%s|%q\n", e, e, e)
	var me error = &MyErr{42}
	fmt.Println(me)
	fmt.Printf("[%v][%s][%20v][%-12s]\n", me, me, me, me)
	fmt.Println(fmt.Errorf("wrap: %v", me))

	fmt.Println(Color(0), Color(1), Color(5))
	fmt.Printf("%v %s %d %+v %q %x\n", Color(1), Color(1), Color(1), Color(1), Color(0), Color(1))
	fmt.Println([]Color{0, 1, 2})
	fmt.Println(map[Color]int{1: 10, 0: 20})
	ps := &PtrStringer{9}
	fmt.Println(ps, *ps)
	fmt.Println(Both{})
	type wrap struct {
		C Color
		E any
	}
	fmt.Printf("%v %+v\n", wrap{1, me}, wrap{0, errors.New("e2")})

	fmt.Printf("%#v %#v %#v %#v %#v\n", 42, "str", true, 3.5, int64(-3))
	fmt.Printf("%#v %#v %#v %#v\n", uint8(7), 1e21, 2.0, 'x')
	fmt.Printf("%#v %#v\n", "a\"b\n", uint(0))

	var ip *int
	var ia any = ip
	fmt.Println(ia == nil, ip == nil)
	x := 5
	fmt.Println(*&x, struct {
		A int
		B string
	}{1, "two"})
	fmt.Printf("%v %t %v\n", true, false, []bool{true, false})
	fmt.Printf("[%6v][%-6v][%06v]\n", 42, true, 7)
	fmt.Printf("%v\n", [2][2]int{{1, 2}, {3, 4}})
	fmt.Printf("%+v\n", struct{ P *Point }{nil})
}

// CHECK:{1 2}|{X:1 Y:2}
// CHECK-NEXT:&{1 2}|&{X:1 Y:2}
// CHECK-NEXT:{7 {in [a b]} <nil> map[a:2 m:3 z:1] true 2.5 s}
// CHECK-NEXT:{ID:7 In:{Name:in Tags:[a b]} P:<nil> M:map[a:2 m:3 z:1] Ok:true F:2.5 Iface:s}
// CHECK-NEXT:<nil>|<nil>
// CHECK-NEXT:{0 { []} <nil> map[] false 0 <nil>}
// CHECK-NEXT:{ID:0 In:{Name: Tags:[]} P:<nil> M:map[] Ok:false F:0 Iface:<nil>}
// CHECK-NEXT:[1 2 3] [a b] [true false false] {{\[\[}}1] [2 3] []]
// CHECK-NEXT:[{1 2} {3 4}] [] [] []
// CHECK-NEXT:[{1 2}] [{X:1 Y:2}]
// CHECK-NEXT:map[1:a 2:b 3:c] map[] map[]
// CHECK-NEXT:map[-1:2 0:3 2.5:1] map[false:0 true:1]
// CHECK-NEXT:map[{1 2}:z {1 9}:y {2 1}:x]
// CHECK-NEXT:map[a:[1] b:[2]]
// CHECK-NEXT:<nil> <nil> <nil>
// CHECK-NEXT:<nil> <nil> %!d(<nil>) %!s(<nil>)
// CHECK-NEXT:plain error
// CHECK-NEXT:plain error|plain error|"plain error"
// CHECK-NEXT:myerr 42
// CHECK-NEXT:[myerr 42][myerr 42][            myerr 42][myerr 42    ]
// CHECK-NEXT:wrap: myerr 42
// CHECK-NEXT:Red Green Color(5)
// CHECK-NEXT:Green Green 1 Green "Red" 477265656e
// CHECK-NEXT:[Red Green Color(2)]
// CHECK-NEXT:map[Red:20 Green:10]
// CHECK-NEXT:PS<9> {9}
// CHECK-NEXT:as-error
// CHECK-NEXT:{Green myerr 42} {C:Red E:e2}
// CHECK-NEXT:42 "str" true 3.5 -3
// CHECK-NEXT:0x7 1e+21 2 120
// CHECK-NEXT:"a\"b\n" 0x0
// CHECK-NEXT:false true
// CHECK-NEXT:5 {1 two}
// CHECK-NEXT:true false [true false]
// CHECK-NEXT:[    42][true  ][000007]
// CHECK-NEXT:{{\[\[}}1 2] [3 4]]
// CHECK-NEXT:{P:<nil>}
