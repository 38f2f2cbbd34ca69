// RUN: cd %S && %gosc -m slices_make_local_len.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m slices_make_local_len.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// gc decides "constant size" on the syntax after type checking, and so does
// gosc: `n := 8; make([]int, n)` has a non-constant length (although the
// optimiser folds n to 8), so the backing store goes to the heap.
package main

func localVarLen() int {
	n := 8
	// CHECK-DAG: slices_make_local_len.go:[[@LINE+1]]:11: make([]int, n) escapes to heap
	s := make([]int, n)
	return len(s)
}

func main() {
	println(localVarLen())
}

// Every line of the output is checked above or counted here, so an extra
// decision fails the test.
// COUNT: {{^ *}}1{{$}}
