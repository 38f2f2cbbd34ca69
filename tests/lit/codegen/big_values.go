// Arrays and structs over 128 bytes are SSA values by reference (pointers to
// immutable snapshots): copies, parameters, sret results, interfaces, maps,
// method values and defers must all still behave as Go values.
// RUN: %gosc build -o %t %s && %t | FileCheck %s
// RUN: %gosc -O0 --emit=llvm %s | FileCheck %s --check-prefix=IR
// IR-LABEL: define internal void @main.mk(ptr %ctx, i64 %i, ptr %0)
// CHECK: 1 2 b2
// CHECK-NEXT: 2 3 b3
// CHECK-NEXT: 3 4 b4
// CHECK-NEXT: 18 b3
// CHECK-NEXT: ok 3
// CHECK-NEXT: 9 true 0 true true
// CHECK-NEXT: x 18
// CHECK-NEXT: b7 <nil> neg
// CHECK-NEXT: 98 1400
// CHECK-NEXT: b3 true
// CHECK-NEXT: 1 {1 [2 0 0 
// CHECK-NEXT: b1
// CHECK-NEXT: deferred 42
package main

import "fmt"

type Big struct {
	ID   int
	Vals [20]int
	Name string
}

type Shape interface{ Area() int }

func (b Big) Area() int { return b.Vals[0] * b.ID }

func mk(i int) Big {
	var b Big
	b.ID = i
	b.Vals[0] = i * 2
	b.Name = fmt.Sprint("b", i)
	return b
}

func pair(i int) (Big, error) {
	if i < 0 {
		return Big{}, fmt.Errorf("neg")
	}
	return mk(i), nil
}

func (b *Big) Bump() { b.Vals[1]++ }

func main() {
	list := []Big{}
	for i := 0; i < 5; i++ {
		list = append(list, mk(i))
	}
	prev := list[0]
	cur := list[1]
	for i := 2; i < 5; i++ {
		prev, cur = cur, list[i]
		fmt.Println(prev.ID, cur.ID, cur.Name)
	}
	var s Shape = list[3]
	fmt.Println(s.Area(), s.(Big).Name)
	if b, ok := s.(Big); ok {
		fmt.Println("ok", b.ID)
	}
	m := map[string]Big{}
	m["x"] = mk(9)
	v, ok := m["x"]
	w := m["nope"]
	fmt.Println(v.ID, ok, w.ID, w.Name == "", m["x"] == v)
	for k, bv := range m {
		fmt.Println(k, bv.Vals[0])
	}
	b2, err := pair(7)
	_, err2 := pair(-1)
	fmt.Println(b2.Name, err, err2)
	f := b2.Area
	b2.ID = 100
	fmt.Println(f(), b2.Area())
	arr := [3]Big{mk(1), mk(2), mk(3)}
	j := 2
	fmt.Println(arr[j].Name, arr == [3]Big{mk(1), mk(2), mk(3)})
	defer func(b Big) { fmt.Println("deferred", b.ID) }(mk(42))
	p := &list[2]
	p.Bump()
	fmt.Println(list[2].Vals[1], fmt.Sprintf("%v", mk(1))[:10])
	ch := make([]Big, 2)
	copy(ch, list)
	fmt.Println(ch[1].Name)
}
