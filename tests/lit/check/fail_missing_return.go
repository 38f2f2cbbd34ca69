// RUN: not %gosc %s 2>&1 | FileCheck %s
// "missing return" follows the spec's terminating statements.
package main

func f(x int) int {
	for {
		if x > 0 {
			break
		}
	}
	// CHECK: fail_missing_return.go:[[@LINE+1]]:1: error: missing return
}

func g(x int) int {
	if x > 0 {
		return 1
	}
	// CHECK: fail_missing_return.go:[[@LINE+1]]:1: error: missing return
}

func h(x int) int {
	switch x {
	case 1:
		return 1
	}
	// CHECK: fail_missing_return.go:[[@LINE+1]]:1: error: missing return
}

// Terminating: no error.
func k(x int) int {
	for {
	}
}

func l(x int) int {
	switch {
	case x > 0:
		return 1
	default:
		panic("no")
	}
}

func main() { _, _, _, _, _ = f(1), g(1), h(1), k(1), l(1) }
