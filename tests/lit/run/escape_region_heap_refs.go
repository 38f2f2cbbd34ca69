// Per-call regions are scanned by the collector: region objects (inner maps
// and records made in a loop, kept in a local outer map until the function
// returns) hold the only references to heap objects — strings built at run
// time and slices grown by append. With a full collection every few
// allocations (GOSCDEBUG=gcstress) those heap objects must survive as long
// as the region does; if the collector did not see the region, their memory
// would be reused and the output would differ from Go's.
// RUN: cd %S && %gosc -m escape_region_heap_refs.go 2>&1 | FileCheck --check-prefix=ESC %s
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
// RUN: env GOSCDEBUG=gcstress=1 %t 2>&1 | FileCheck --match-full-lines %s
// RUN: env GOSCDEBUG=gcstress=2 %t 2>&1 | FileCheck --match-full-lines %s
// RUN: %if go %{ %go build -o %t.gobin %s && %t.gobin 2>&1 | FileCheck --match-full-lines %s %}
package main

import "strconv"

type record struct {
	name string
	vals []int
}

func collect(n int) string {
	byKey := make(map[int]map[int]string)
	recs := make(map[int]*record)
	for i := 0; i < n; i++ {
		// ESC-DAG: escape_region_heap_refs.go:[[@LINE+1]]:16: make(map[int]string) does not escape: region of collect
		inner := make(map[int]string)
		for k := 0; k < 10; k++ {
			inner[k] = "v" + strconv.Itoa(i*100+k)
		}
		byKey[i] = inner
		// ESC-DAG: escape_region_heap_refs.go:[[@LINE+1]]:8: &record{...} does not escape: region of collect
		r := &record{name: strconv.Itoa(i) + "-rec"}
		for k := 0; k < 40; k++ {
			r.vals = append(r.vals, i*k)
		}
		recs[i] = r
	}
	out := ""
	for i := 0; i < n; i++ {
		s := 0
		for _, v := range recs[i].vals {
			s += v
		}
		out += byKey[i][3] + byKey[i][9] + recs[i].name + strconv.Itoa(s) + ";"
	}
	return out
}

func main() {
	// CHECK: v3v90-rec0;v103v1091-rec780;v203v2092-rec1560;v303v3093-rec2340;
	println(collect(4))
	total := 0
	for round := 0; round < 50; round++ {
		total += len(collect(20))
	}
	// CHECK: total 19450
	println("total", total)
}
