// RUN: not %gosc %s 2>&1 | FileCheck %s
// `else` must be on the line of the closing brace: the newline ends the if statement.
package main

func main() {
	x := 1
	if x > 0 {
		println(x)
	}
	// CHECK: fail_else_newline.go:[[@LINE+1]]:2: error: syntax error: unexpected else, expecting }
	else {
		println(-x)
	}
}
