// A map that does not escape lives in its function's frame (header plus one
// inline bucket); growth must move it onto heap buckets without losing or
// corrupting entries. churn inserts far more keys than one bucket holds,
// deletes half, overwrites, iterates and sums, with the GC running in
// between; the sums are compared with Go's. With the argument `small` the
// program only runs maps that fit their inline bucket, 3000 times: the
// escape build must make (almost) no heap objects for them and the
// --no-escape build at least one per call, proving the map really was on
// the stack. (A growing map's object count varies from run to run with the
// random hash seed, by more than the one header per call saved, so the
// growth part is not counted.)
// RUN: cd %S && %gosc -m escape_stack_map_growth.go 2>&1 | FileCheck --check-prefix=ESC %s
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
// RUN: %gosc build --no-escape -o %t.noesc %s && %t.noesc | FileCheck --match-full-lines %s
// RUN: env GOSCDEBUG=allocs=1 %t small 2>&1 | FileCheck --check-prefixes=SMALL,ALLOC-ESC --match-full-lines %s
// RUN: env GOSCDEBUG=allocs=1 %t.noesc small 2>&1 | FileCheck --check-prefixes=SMALL,ALLOC-NOESC --match-full-lines %s
// RUN: %if go %{ %go build -o %t.gobin %s && %t.gobin | FileCheck --match-full-lines %s %}
// RUN: %if go %{ %t.gobin small 2>&1 | FileCheck --check-prefix=SMALL --match-full-lines %s %}
package main

import (
	"fmt"
	"os"
	"strconv"
)

var garbage []byte

// makeGarbage allocates about n KiB of short-lived heap memory so that the
// collector runs while stack maps point at heap buckets.
func makeGarbage(n int) {
	for i := 0; i < n; i++ {
		garbage = make([]byte, 1024)
		garbage[i%1024] = byte(i)
	}
}

func churn(n, seed int) (int, int, int) {
	// ESC: escape_stack_map_growth.go:[[@LINE+1]]:11: make(map[int]int) does not escape
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7+seed] = i * 3
		if i%256 == 0 {
			makeGarbage(64)
		}
	}
	for i := 0; i < n; i += 2 {
		delete(m, i*7+seed)
	}
	makeGarbage(512)
	sum, bad := 0, 0
	for k, v := range m {
		if (k-seed)/7*3 != v {
			bad++
		}
		sum += v
	}
	for i := 1; i < n; i += 4 {
		m[i*7+seed] += 1000000
	}
	over := 0
	for i := 0; i < n; i++ {
		v, ok := m[i*7+seed]
		if ok != (i%2 == 1) {
			bad++
		}
		over += v
	}
	return len(m), sum + bad*1000000007, over
}

func stringKeys(n int) (int, int) {
	// ESC: escape_stack_map_growth.go:[[@LINE+1]]:11: make(map[string]int, 4) does not escape
	m := make(map[string]int, 4)
	for i := 0; i < n; i++ {
		m["k"+strconv.Itoa(i)] = i
	}
	makeGarbage(256)
	total := 0
	for i := n - 1; i >= 0; i-- {
		total += m["k"+strconv.Itoa(i)]
		delete(m, "k"+strconv.Itoa(i+1))
	}
	return len(m), total
}

// small keeps at most 8 keys: the map never leaves its inline bucket.
func small(r int) int {
	// ESC: escape_stack_map_growth.go:[[@LINE+1]]:11: make(map[int]int) does not escape
	m := make(map[int]int)
	for i := 0; i < 8; i++ {
		m[i+r] = i
	}
	delete(m, r+3)
	t := 0
	for k, v := range m {
		t += k - v
	}
	return t + len(m)
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "small" {
		t := 0
		for r := 0; r < 3000; r++ {
			t += small(r)
		}
		println("small", t)
		return
	}
	for r := 0; r < 30; r++ {
		l, s, o := churn(1500+r, r)
		if r%10 == 0 {
			fmt.Println("churn", r, l, s, o)
		}
	}
	fmt.Println(stringKeys(3000))
}

// CHECK: churn 0 750 1687500 376687500
// CHECK-NEXT: churn 10 755 1710075 379710075
// CHECK-NEXT: churn 20 760 1732800 381732800
// CHECK-NEXT: 1 4498500

// SMALL: small 31510500
// ALLOC-ESC-NEXT: gosc: heap allocations: {{[0-9]}} objects, {{[0-9]+}} bytes
// ALLOC-NOESC-NEXT: gosc: heap allocations: {{[3-9][0-9][0-9][0-9]|[1-9][0-9][0-9][0-9][0-9]+}} objects, {{[0-9]+}} bytes
