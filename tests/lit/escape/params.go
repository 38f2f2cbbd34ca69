// RUN: cd %S && %gosc -m params.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m params.go 2>&1 | FileCheck --check-prefix=NOLEAK %s
// RUN: cd %S && %gosc -m params.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// Elements without pointers carry no addresses: spreading or copying an
// []int leaks nothing (gc discards them). A parameter whose address escapes
// is reported only as moved to heap, as gc does.
package main

var sink **int

// CHECK-DAG: params.go:[[@LINE+2]]:17: a does not escape
// CHECK-DAG: params.go:[[@LINE+1]]:20: b does not escape
func appendInts(a, b []int) int {
	c := append(a, b...)
	return len(c)
}

// CHECK-DAG: params.go:[[@LINE+2]]:15: dst does not escape
// CHECK-DAG: params.go:[[@LINE+1]]:20: src does not escape
func copyInts(dst, src []int) int {
	return copy(dst, src)
}

// NOLEAK-NOT: leaking param: p
// CHECK-DAG: params.go:[[@LINE+1]]:15: moved to heap: p
func keepAddr(p *int) {
	sink = &p
}

func main() {
	x := 1
	keepAddr(&x)
	println(appendInts([]int{1}, []int{2}), copyInts(make([]int, 1), []int{3}))
}

// Every line of the output is checked above or counted here, so an extra
// decision fails the test.
// COUNT: {{^ *}}10{{$}}
