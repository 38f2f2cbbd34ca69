// Composite map keys that are plain memory (arrays and padding-free structs
// of integers) hash and compare as bytes; keys with padding, blank fields or
// floats still go field by field (+0 and -0 one key). Both kinds must find
// the same entries, also when boxed in an interface and across growth.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
package main

import "fmt"

type P struct{ A, B int32 }
type Q struct {
	A int8
	B int64
}
type F struct{ X float64 }
type B struct {
	A int32
	_ int32
}

func main() {
	a := map[[2]int]int{}
	p := map[P]int{}
	q := map[Q]int{}
	f := map[F]int{}
	for i := 0; i < 2000; i++ {
		a[[2]int{i % 37, i % 11}] += i
		p[P{int32(i % 50), int32(i % 7)}]++
		q[Q{int8(i % 9), int64(i % 13)}] += 2
		f[F{float64(i%5) - 2}]++
	}
	delete(a, [2]int{1, 1})
	var ia map[interface{}]int = map[interface{}]int{}
	ia[P{1, 2}] = 5
	fmt.Println(len(a), len(p), len(q), len(f), a[[2]int{3, 3}], p[P{3, 3}], q[Q{2, 2}], f[F{0}], f[F{-0.0}], ia[P{1, 2}])
	s := 0
	for k, v := range p {
		s += int(k.A)*v + int(k.B)
	}
	fmt.Println(s)
	b := map[B]int{}
	b[B{A: 1}] = 1
	b[B{A: 1}]++
	fmt.Println(len(b))
}
// CHECK: 406 350 117 5 4085 6 36 400 400 5
// CHECK-NEXT: 50050
// CHECK-NEXT: 1
