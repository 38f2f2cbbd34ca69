// RUN: cd %S && %gosc --emit=ssa control.go | FileCheck %s
// Register-like locals become SSA values with phis at loop headers and
// joins (Braun et al.); blocks carry the loop depth.
package main

// CHECK-LABEL: func main.sum : func(int) int
// CHECK: b0: ; entry
// CHECK: jump [[COND:b[0-9]+]]
// CHECK: [[COND]]: ; for.cond preds b0,b{{[0-9]+}} depth=1
// CHECK-DAG: %i = phi [b0: %{{.*}}] [b{{[0-9]+}}: %i.{{[0-9]+}}] : int
// CHECK-DAG: %total = phi [b0: %{{.*}}] [b{{[0-9]+}}: %total.{{[0-9]+}}] : int
// CHECK: lt %i, %n : bool
// CHECK: return %total
// CHECK-NOT: alloc
func sum(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			continue
		}
		total += i
	}
	return total
}

// CHECK-LABEL: func main.classify : func(int) string
// CHECK: ; switch.done preds
// CHECK: %r = phi
// CHECK: ; switch.default preds
// CHECK: %r.1 = phi
func classify(x int) string {
	r := ""
	switch {
	case x < 0:
		r = "neg"
	case x == 0:
		r = "zero"
		fallthrough
	default:
		r += "!"
	}
	return r
}

// CHECK-LABEL: func main.main : func()
func main() { println(sum(10), classify(0)) }
