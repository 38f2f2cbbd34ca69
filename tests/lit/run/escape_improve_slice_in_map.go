// Deliberate improvement over gc: slices stored into a local map stay on
// the stack (gc: make([]int, 4) "escapes to heap"). This proves it is safe:
// the stored slice is written through the map and seen through the
// original variable, another stored slice is appended to 5000 times
// (moving its backing array to the heap) while the collector runs, and the
// sums are right.
// With the argument `small` the function runs 2000 times without growth:
// the escape build then makes no heap object beyond start-up (os.Args: one
// array and one string per argument), the --no-escape build at least one
// per call. Output is compared with Go's.
// RUN: cd %S && %gosc -m escape_improve_slice_in_map.go 2>&1 | FileCheck --check-prefix=ESC %s
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

func slices(n, churn int) int {
	// ESC-DAG: escape_improve_slice_in_map.go:[[@LINE+1]]:11: make(map[string][]int) does not escape
	m := make(map[string][]int)
	// ESC-DAG: escape_improve_slice_in_map.go:[[@LINE+1]]:11: make([]int, 4) does not escape
	s := make([]int, 4)
	for i := range s {
		s[i] = i + 1
	}
	m["s"] = s
	// ESC-DAG: escape_improve_slice_in_map.go:[[@LINE+1]]:16: []int{...} does not escape
	m["t"] = []int{10, 20, 30}
	m["s"][0] = 100
	makeGarbage(churn)
	for i := 0; i < n; i++ {
		m["t"] = append(m["t"], i)
	}
	makeGarbage(churn)
	sum := 0
	for _, v := range m["t"] {
		sum += v
	}
	return sum*10 + s[0] + m["s"][3] + len(m["t"])
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "small" {
		t := 0
		for r := 0; r < 2000; r++ {
			t += slices(0, 0)
		}
		println("small", t)
		return
	}
	println(slices(5000, 2000))
	println(slices(0, 0))
}

// CHECK: 124980707
// CHECK-NEXT: 707
// CHECK-NOT: {{.}}

// SMALL: small 1414000
// ALLOC-ESC-NEXT: gosc: heap allocations: {{[0-9]}} objects, {{[0-9]+}} bytes
// ALLOC-NOESC-NEXT: gosc: heap allocations: {{[2-9][0-9][0-9][0-9]|[1-9][0-9][0-9][0-9][0-9]+}} objects, {{[0-9]+}} bytes
