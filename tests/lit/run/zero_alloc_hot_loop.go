// Acceptance test for zero-allocation hot loops: hot() makes and fills a
// small local map and a &T{} temporary and is called 100000 times. With
// escape analysis both live in hot's frame, so the whole program makes no
// heap allocation at all (GOSCDEBUG=allocs=1 prints the count at exit on
// stderr; the program prints with the builtin println, which allocates
// nothing). With --no-escape every call allocates at least the map, so the
// count must be at least the number of calls (100000, six digits or more);
// the test fails if that build reports 0, i.e. if the counter is broken.
// -m must agree that nothing escapes; the result is compared with Go's.
// RUN: cd %S && %gosc -m zero_alloc_hot_loop.go 2>&1 | FileCheck --check-prefix=ESC %s
// RUN: cd %S && %gosc -m zero_alloc_hot_loop.go 2>&1 | FileCheck --check-prefix=NOHEAP %s
// RUN: %gosc build -o %t %s
// RUN: env GOSCDEBUG=allocs=1 %t 2>&1 | FileCheck --check-prefixes=CHECK,ALLOC-ESC --match-full-lines %s
// RUN: %gosc build --no-escape -o %t.noesc %s
// RUN: env GOSCDEBUG=allocs=1 %t.noesc 2>&1 | FileCheck --check-prefixes=CHECK,ALLOC-NOESC --match-full-lines %s
// RUN: %if go %{ %go build -o %t.gobin %s && %t.gobin 2>&1 | FileCheck --match-full-lines %s %}
package main

type T struct {
	a, b int
	name string
}

// NOHEAP-NOT: escapes to heap
// NOHEAP-NOT: moved to heap
func hot(i int, keys []string) int {
	// ESC-DAG: zero_alloc_hot_loop.go:[[@LINE+1]]:11: make(map[string]int) does not escape
	m := make(map[string]int)
	for j, k := range keys {
		m[k] = i + j
	}
	m["sum"] = m["alpha"] + m["gamma"]
	// ESC-DAG: zero_alloc_hot_loop.go:[[@LINE+1]]:7: &T{...} does not escape
	t := &T{a: i, b: len(m), name: keys[i%len(keys)]}
	t.a += m["sum"]
	return t.a + t.b + len(t.name)
}

func main() {
	keys := [4]string{"alpha", "beta", "gamma", "delta"}
	total := 0
	for i := 0; i < 100000; i++ {
		total += hot(i, keys[:])
	}
	println("total", total)
}

// CHECK: total 15001025000
// ALLOC-ESC-NEXT: gosc: heap allocations: 0 objects, 0 bytes
// ALLOC-NOESC-NEXT: gosc: heap allocations: {{[1-9][0-9][0-9][0-9][0-9][0-9]+}} objects, {{[0-9]+}} bytes
