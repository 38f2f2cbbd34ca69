// RUN: not %gosc %s 2>&1 | FileCheck %s
// Two different errors on one line are both reported, as gc does (it drops only a repeated
// message on a line, and all but the first syntax error of a line).
package main

func main() {
	// CHECK: fail_two_errs_line.go:[[@LINE+2]]:14: error: cannot use "x" (untyped string constant) as int value in variable declaration
	// CHECK: fail_two_errs_line.go:[[@LINE+1]]:34: error: cannot use 1 (untyped int constant) as string value in variable declaration
	var a int = "x"; var b string = 1
	_, _ = a, b
}
