// RUN: not %gosc %s 2>&1 | FileCheck %s
// The file ends inside main's body: reported at EOF, as gc does.
// CHECK: fail_missing_brace.go:10:1: error: syntax error: unexpected EOF, expecting }
package main

func main() {
	for i := 0; i < 3; i++ {
		println(i)
	}
