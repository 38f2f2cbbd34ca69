// Per-call regions and panics. fill makes region objects (inner maps in a
// loop stored into a local outer map) and panics while they are live; the
// panic unwinds through fill's frame without releasing its region (the
// collector takes the chunks) and is recovered above it. guarded owns a
// region and recovers inside itself: it returns normally through the
// recovery path, which releases its region. Both run many times, with a
// collection every few allocations (GOSCDEBUG=gcstress), and later regions
// must not see anything of the abandoned ones. Output is compared with Go's.
// RUN: cd %S && %gosc -m escape_region_panic.go 2>&1 | FileCheck --check-prefix=ESC %s
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
// RUN: env GOSCDEBUG=gcstress=5 %t 2>&1 | FileCheck --match-full-lines %s
// RUN: %if go %{ %go build -o %t.gobin %s && %t.gobin 2>&1 | FileCheck --match-full-lines %s %}
package main

func fill(n int, fail bool) int {
	outer := make(map[int]map[int]int)
	for i := 0; i < n; i++ {
		// ESC-DAG: escape_region_panic.go:[[@LINE+1]]:16: make(map[int]int) does not escape: region of fill
		inner := make(map[int]int)
		for k := 0; k < 12; k++ {
			inner[k] = i + k
		}
		outer[i] = inner
		if fail && i == n/2 {
			panic("fill failed")
		}
	}
	total := 0
	for _, in := range outer {
		for _, v := range in {
			total += v
		}
	}
	return total
}

func tryFill(n int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -1
		}
	}()
	return fill(n, true)
}

func guarded(n int) (r int) {
	defer func() {
		if recover() != nil {
			r = r*10 + 7
		}
	}()
	outer := make(map[int]map[int]int)
	for i := 0; i < n; i++ {
		// ESC-DAG: escape_region_panic.go:[[@LINE+1]]:16: make(map[int]int) does not escape: region of guarded
		inner := make(map[int]int)
		inner[i] = i * i
		outer[i] = inner
		r += outer[i][i]
	}
	var m map[int]int
	m[0] = r // panics: assignment to entry in nil map
	return r
}

func main() {
	sum := 0
	for round := 0; round < 300; round++ {
		sum += tryFill(8 + round%5)
		sum += fill(4+round%3, false)
		sum += guarded(5 + round%4)
	}
	// CHECK: sum 375000
	println("sum", sum)
}
