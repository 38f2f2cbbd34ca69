// The two phases of a tuple assignment (Go spec "Assignment statements"):
// the left-hand operands and the right-hand values are evaluated first, then
// the places are assigned left to right, each place's own indirection or
// index (its nil or bounds check) at its turn. So an earlier place is
// already stored when a later one panics, and a pointer reassigned by an
// earlier place still selects the old object. Output compared with Go 1.19's.
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
// RUN: %gosc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck --match-full-lines %s
// RUN: %if go %{ %go build -o %t.gobin %s && %t.gobin 2>&1 | FileCheck --match-full-lines %s %}
package main

import "fmt"

type P struct{ i int }

type Deep struct{ in struct{ j int } }

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover() != nil) }()
	f()
}

func main() {
	m := map[int]int{}
	var np *int
	var nP *P
	short := []int{}
	var arr [2]int
	idx := 5

	// CHECK: nil pointer true
	try("nil pointer", func() { m[1], *np = 10, 1 })
	// CHECK-NEXT: index true
	try("index", func() { m[2], short[1] = 20, 2 })
	// CHECK-NEXT: field true
	try("field", func() { m[3], nP.i = 30, 3 })
	// CHECK-NEXT: array true
	try("array", func() { m[4], arr[idx] = 40, 4 })
	// CHECK-NEXT: map 4 10 20 30 40
	fmt.Println("map", len(m), m[1], m[2], m[3], m[4])

	x := P{}
	p := &x
	p, p.i = new(P), 7
	// CHECK-NEXT: old 7 new 0
	fmt.Println("old", x.i, "new", p.i)

	var d Deep
	q := &d
	q, q.in.j = nil, 8
	// CHECK-NEXT: deep 8 true
	fmt.Println("deep", d.in.j, q == nil)

	a, b := 1, 2
	a, b = b, a
	// CHECK-NEXT: swap 2 1
	fmt.Println("swap", a, b)
}
