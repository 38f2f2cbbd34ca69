// RUN: not %gosc %s 2>&1 | FileCheck %s
package main

func main() {
	var x int
	// CHECK: fail_end_of_statement.go:[[@LINE+1]]:8: error: syntax error: unexpected literal 2 at end of statement
	x = 1 2
	_ = x
}
