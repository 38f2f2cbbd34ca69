// RUN: not %gosc %s 2>&1 | FileCheck %s
package main

func main() {
	x := 1
	// CHECK: fail_if_newline.go:[[@LINE+1]]:11: error: syntax error: unexpected newline, expecting { after if clause
	if x == 1
	{
	}
}
