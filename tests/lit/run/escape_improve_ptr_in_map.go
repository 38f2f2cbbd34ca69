// Deliberate improvement over gc: &T{} values stored into a local map stay
// on the stack (gc: "escapes to heap", map values being heap sinks). This
// proves it is safe: the nodes link to each other, the map grows onto heap
// buckets that point at the stack nodes, the collector runs, nodes are
// mutated through the map, and the list walked from the map is right.
// With the argument `small` the function runs 2000 times without growth:
// the escape build then makes no heap object beyond start-up (os.Args: one
// array and one string per argument), the --no-escape build at least one
// per call. Output is compared with Go's.
// RUN: cd %S && %gosc -m escape_improve_ptr_in_map.go 2>&1 | FileCheck --check-prefix=ESC %s
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
// RUN: %gosc build --no-escape -o %t.noesc %s && %t.noesc 2>&1 | FileCheck --match-full-lines %s
// RUN: env GOSCDEBUG=allocs=1 %t small 2>&1 | FileCheck --check-prefixes=SMALL,ALLOC-ESC --match-full-lines %s
// RUN: env GOSCDEBUG=allocs=1 %t.noesc small 2>&1 | FileCheck --check-prefixes=SMALL,ALLOC-NOESC --match-full-lines %s
// RUN: %if go %{ %go build -o %t.gobin %s && %t.gobin 2>&1 | FileCheck --match-full-lines %s %}
// RUN: %if go %{ %t.gobin small 2>&1 | FileCheck --check-prefix=SMALL --match-full-lines %s %}
package main

import "os"

type node struct {
	id   int
	next *node
	tags [4]int
}

var garbage []byte

func makeGarbage(n int) {
	for i := 0; i < n; i++ {
		garbage = make([]byte, 1024)
		garbage[i%1024] = byte(i)
	}
}

func nodes(n, churn int) int {
	// ESC-DAG: escape_improve_ptr_in_map.go:[[@LINE+1]]:11: make(map[int]*node) does not escape
	m := make(map[int]*node)
	// ESC-DAG: escape_improve_ptr_in_map.go:[[@LINE+1]]:7: &node{...} does not escape
	a := &node{id: 1}
	// ESC-DAG: escape_improve_ptr_in_map.go:[[@LINE+1]]:7: &node{...} does not escape
	b := &node{id: 2, next: a}
	m[1] = a
	m[2] = b
	// ESC-DAG: escape_improve_ptr_in_map.go:[[@LINE+1]]:9: &node{...} does not escape
	m[3] = &node{id: 3, next: b}
	for i := 4; i < n; i++ {
		m[i] = m[1+i%3]
	}
	makeGarbage(churn)
	m[2].tags[1] = 20
	m[n-1].id += 100
	sum, hops := 0, 0
	for p := m[3]; p != nil; p = p.next {
		sum += p.id*1000 + p.tags[0] + p.tags[1]
		hops++
	}
	for _, p := range m {
		sum += p.id
	}
	return sum + hops*7 + a.id + b.tags[1]
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "small" {
		t := 0
		for r := 0; r < 2000; r++ {
			t += nodes(4, 0)
		}
		println("small", t)
		return
	}
	println(nodes(2000, 2000))
	println(nodes(4, 0))
}

// CHECK: 176760
// CHECK-NEXT: 106168
// CHECK-NOT: {{.}}

// SMALL: small 212336000
// ALLOC-ESC-NEXT: gosc: heap allocations: {{[0-9]}} objects, {{[0-9]+}} bytes
// ALLOC-NOESC-NEXT: gosc: heap allocations: {{[2-9][0-9][0-9][0-9]|[1-9][0-9][0-9][0-9][0-9]+}} objects, {{[0-9]+}} bytes
