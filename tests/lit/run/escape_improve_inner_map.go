// Deliberate improvement over gc: inner maps stored into a local outer map
// stay on the stack (gc: "escapes to heap"). This proves it is safe: the
// inner maps grow onto heap buckets, the outer map grows onto heap buckets
// holding pointers to the stack inner maps, the collector runs, and every
// value read back through the outer map (and through the original
// variables) is still right.
// With the argument `small` the function runs 2000 times without growth:
// the escape build then makes no heap object beyond start-up (os.Args: one
// array and one string per argument), the --no-escape build at least one
// per call. Output is compared with Go's.
// RUN: cd %S && %gosc -m escape_improve_inner_map.go 2>&1 | FileCheck --check-prefix=ESC %s
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
// RUN: %gosc build --no-escape -o %t.noesc %s && %t.noesc 2>&1 | FileCheck --match-full-lines %s
// RUN: env GOSCDEBUG=allocs=1 %t small 2>&1 | FileCheck --check-prefixes=SMALL,ALLOC-ESC --match-full-lines %s
// RUN: env GOSCDEBUG=allocs=1 %t.noesc small 2>&1 | FileCheck --check-prefixes=SMALL,ALLOC-NOESC --match-full-lines %s
// RUN: %if go %{ %go build -o %t.gobin %s && %t.gobin 2>&1 | FileCheck --match-full-lines %s %}
// RUN: %if go %{ %t.gobin small 2>&1 | FileCheck --check-prefix=SMALL --match-full-lines %s %}
package main

import (
	"os"
	"strconv"
)

var garbage []byte

func makeGarbage(n int) {
	for i := 0; i < n; i++ {
		garbage = make([]byte, 1024)
		garbage[i%1024] = byte(i)
	}
}

func innerMaps(n, churn int) int {
	// ESC-DAG: escape_improve_inner_map.go:[[@LINE+1]]:15: make(map[string]map[int]int) does not escape
	outer := make(map[string]map[int]int)
	// ESC-DAG: escape_improve_inner_map.go:[[@LINE+1]]:11: make(map[int]int) does not escape
	a := make(map[int]int)
	// ESC-DAG: escape_improve_inner_map.go:[[@LINE+1]]:11: make(map[int]int) does not escape
	b := make(map[int]int)
	outer["a"] = a
	outer["b"] = b
	for i := 0; i < n; i++ {
		outer["a"][i] = i
		outer["b"][i] = i * i
	}
	for i := 0; i < n/8; i++ {
		outer["x"+strconv.Itoa(i)] = a
	}
	makeGarbage(churn)
	a[-1] = 7
	sum := 0
	for k, v := range outer["b"] {
		sum += v - k*k
	}
	for k, in := range outer {
		if k != "b" {
			sum += in[-1]
		}
	}
	return sum + len(outer)*1000 + len(outer["a"]) + len(b)
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "small" {
		t := 0
		for r := 0; r < 2000; r++ {
			t += innerMaps(6, 0)
		}
		println("small", t)
		return
	}
	println(innerMaps(2000, 2000))
	println(innerMaps(9, 100))
}

// CHECK: 257758
// CHECK-NEXT: 3033
// CHECK-NOT: {{.}}

// SMALL: small 4040000
// ALLOC-ESC-NEXT: gosc: heap allocations: {{[0-9]}} objects, {{[0-9]+}} bytes
// ALLOC-NOESC-NEXT: gosc: heap allocations: {{[2-9][0-9][0-9][0-9]|[1-9][0-9][0-9][0-9][0-9]+}} objects, {{[0-9]+}} bytes
