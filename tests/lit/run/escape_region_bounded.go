// Per-call regions are bounded. churn keeps the last few of many 4 KiB
// buffers made in a loop (each outlives its iteration, not the call: a
// region of churn), so with an unbounded region one call would hold
// 200000 x 4 KiB = 800 MB until it returns. The region stops at its byte cap
// (runtime/region.h) and later buffers come from the GC heap, where the
// dropped ones are collected: the program runs within a 400 MB address
// space limit, also with frequent collections (GOSCDEBUG=gcstress).
// Output is compared with Go's.
// RUN: cd %S && %gosc -m escape_region_bounded.go 2>&1 | FileCheck --check-prefix=ESC %s
// RUN: %gosc build -o %t %s && sh -c 'ulimit -v 400000 && %t' 2>&1 | FileCheck --match-full-lines %s
// RUN: env GOSCDEBUG=gcstress=1000 sh -c 'ulimit -v 400000 && %t' 2>&1 | FileCheck --match-full-lines %s
// RUN: %if go %{ %go build -o %t.gobin %s && %t.gobin 2>&1 | FileCheck --match-full-lines %s %}
package main

func churn(n int) int {
	var keep [4]*[512]int
	for i := 0; i < n; i++ {
		// ESC-DAG: escape_region_bounded.go:[[@LINE+1]]:11: new([512]int) does not escape: region of churn
		b := new([512]int)
		b[0] = i
		b[511] = i * 2
		keep[i%4] = b
	}
	s := 0
	for _, b := range keep {
		s += b[0] + b[511]
	}
	return s
}

func main() {
	// CHECK: 2399970
	println(churn(200000))
	// CHECK: 30
	println(churn(5))
}
