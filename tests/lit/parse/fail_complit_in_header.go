// In an if header the `{` after a type name opens the body, so `T{}` there is not a
// composite literal (it must be parenthesised); gc's first error, as go1.19 prints it.
// RUN: not %gosc %s 2>&1 | FileCheck %s
package main

type T struct{ a int }

func main() {
	// CHECK: fail_complit_in_header.go:[[@LINE+1]]:7: error: syntax error: cannot use x := T as value
	if x := T{}; x.a == 0 {
	}
}
