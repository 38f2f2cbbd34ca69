// RUN: cd %S && %gosc -m recursion.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m recursion.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// Mutually recursive functions share one graph: a parameter that reaches a
// global through the other function's body leaks, whichever body the
// analysis visits first (regression: a call could create the callee's
// parameter locations twice and lose the leak, leaving y on the stack).
package main

var keep *int

// CHECK-DAG: recursion.go:[[@LINE+1]]:18: leaking param: p
func down(n int, p *int) {
	if n == 0 {
		keep = p
		return
	}
	up(n-1, p)
}

// CHECK-DAG: recursion.go:[[@LINE+1]]:16: leaking param: p
func up(n int, p *int) {
	down(n, p)
}

// CHECK-NOT: p does not escape
func main() {
	// CHECK-DAG: recursion.go:[[@LINE+1]]:2: moved to heap: y
	y := 2
	up(2, &y)
	println(*keep)
}

// Every line of the output is checked above or counted here, so an extra
// decision fails the test.
// COUNT: {{^ *}}3{{$}}
