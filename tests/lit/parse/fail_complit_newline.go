// RUN: not %gosc %s 2>&1 | FileCheck %s
// A composite literal whose last element is not followed by a comma before the newline.
package main

func main() {
	m := map[string]int{
		// CHECK: fail_complit_newline.go:[[@LINE+1]]:9: error: syntax error: unexpected newline in composite literal; possibly missing comma or }
		"a": 1
	}
	_ = m
}
