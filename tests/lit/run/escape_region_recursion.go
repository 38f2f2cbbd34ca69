// Per-call regions under recursion: build makes inner maps in a loop and
// stores them into a local outer map (each inner map outlives its
// iteration, not the call: a region of build), and recurses from inside the
// loop, so several frames hold live regions at once. Deeper frames must not
// clobber shallower ones' region objects (each call owns its region), maps
// grow inside their region, and the values must be intact after the
// recursive calls return, also with a collection every few allocations
// (GOSCDEBUG=gcstress). Output is compared with Go's.
// RUN: cd %S && %gosc -m escape_region_recursion.go 2>&1 | FileCheck --check-prefix=ESC %s
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
// RUN: env GOSCDEBUG=gcstress=3 %t 2>&1 | FileCheck --match-full-lines %s
// RUN: %gosc build --no-region -o %t.noreg %s && %t.noreg 2>&1 | FileCheck --match-full-lines %s
// RUN: %if go %{ %go build -o %t.gobin %s && %t.gobin 2>&1 | FileCheck --match-full-lines %s %}
package main

type pair struct {
	a, b int
}

func build(depth int) int {
	// ESC-DAG: escape_region_recursion.go:[[@LINE+1]]:15: make(map[int]map[int]int) does not escape
	outer := make(map[int]map[int]int)
	var last *pair
	for i := 0; i < 3; i++ {
		// ESC-DAG: escape_region_recursion.go:[[@LINE+1]]:16: make(map[int]int) does not escape: region of build
		inner := make(map[int]int)
		// 20 entries: the inner map grows (its groups come from the region).
		for k := 0; k < 20; k++ {
			inner[k] = depth*1000 + i*100 + k
		}
		outer[i] = inner
		// ESC-DAG: escape_region_recursion.go:[[@LINE+1]]:10: &pair{...} does not escape: region of build
		last = &pair{depth, i}
		if depth > 0 {
			inner[99] = build(depth - 1)
		}
	}
	sum := last.a*10 + last.b
	for i := 0; i < 3; i++ {
		for k := 0; k < 20; k++ {
			if outer[i][k] != depth*1000+i*100+k {
				println("corrupted", depth, i, k, outer[i][k])
			}
		}
		sum += outer[i][19] + outer[i][99]
	}
	return sum % 1000003
}

func main() {
	// CHECK: 4 218019
	println(4, build(4))
	// CHECK: 6 26811
	println(6, build(6))
}
