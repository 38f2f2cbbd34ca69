// Deliberate improvement over gc: `*p = make(map)` through a new'd pointer
// that does not escape keeps both the pointer cell and the map on the stack
// (gc: the map "escapes to heap", a store through a pointer being a heap
// sink for it). This proves it is safe: the map grows onto heap buckets
// through *p, the collector runs, an alias q of p updates it, and every
// value read back through *p is right.
// With the argument `small` the function runs 2000 times without growth:
// the escape build then makes no heap object beyond start-up (os.Args: one
// array and one string per argument), the --no-escape build at least one
// per call. Output is compared with Go's.
// RUN: cd %S && %gosc -m escape_improve_new_ptr_map.go 2>&1 | FileCheck --check-prefix=ESC %s
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
// RUN: %gosc build --no-escape -o %t.noesc %s && %t.noesc 2>&1 | FileCheck --match-full-lines %s
// RUN: env GOSCDEBUG=allocs=1 %t small 2>&1 | FileCheck --check-prefixes=SMALL,ALLOC-ESC --match-full-lines %s
// RUN: env GOSCDEBUG=allocs=1 %t.noesc small 2>&1 | FileCheck --check-prefixes=SMALL,ALLOC-NOESC --match-full-lines %s
// RUN: %if go %{ %go build -o %t.gobin %s && %t.gobin 2>&1 | FileCheck --match-full-lines %s %}
// RUN: %if go %{ %t.gobin small 2>&1 | FileCheck --check-prefix=SMALL --match-full-lines %s %}
package main

import "os"

var garbage []byte

func makeGarbage(n int) {
	for i := 0; i < n; i++ {
		garbage = make([]byte, 1024)
		garbage[i%1024] = byte(i)
	}
}

func viaPointer(n, churn int) int {
	// ESC-DAG: escape_improve_new_ptr_map.go:[[@LINE+1]]:10: new(map[int]int) does not escape
	p := new(map[int]int)
	// ESC-DAG: escape_improve_new_ptr_map.go:[[@LINE+1]]:11: make(map[int]int) does not escape
	*p = make(map[int]int)
	for i := 0; i < n; i++ {
		(*p)[i*3] = i
	}
	makeGarbage(churn)
	q := p
	delete(*q, 0)
	(*q)[-5] = 500
	sum := 0
	for k, v := range *p {
		if k >= 0 && k != v*3 {
			return -1
		}
		sum += v
	}
	return sum + len(*p)
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "small" {
		t := 0
		for r := 0; r < 2000; r++ {
			t += viaPointer(6, 0)
		}
		println("small", t)
		return
	}
	println(viaPointer(3000, 2000))
	println(viaPointer(1, 0))
}

// CHECK: 4502000
// CHECK-NEXT: 501
// CHECK-NOT: {{.}}

// SMALL: small 1042000
// ALLOC-ESC-NEXT: gosc: heap allocations: {{[0-9]}} objects, {{[0-9]+}} bytes
// ALLOC-NOESC-NEXT: gosc: heap allocations: {{[2-9][0-9][0-9][0-9]|[1-9][0-9][0-9][0-9][0-9]+}} objects, {{[0-9]+}} bytes
