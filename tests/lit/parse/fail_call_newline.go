// RUN: not %gosc %s 2>&1 | FileCheck %s
// A call left open at the end of a line: gc's wording and position (the newline).
package main

func main() {
	// CHECK: fail_call_newline.go:[[@LINE+1]]:13: error: syntax error: unexpected newline in argument list; possibly missing comma or )
	println("a"
}
