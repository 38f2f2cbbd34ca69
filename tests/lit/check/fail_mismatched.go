// RUN: not %gosc %s 2>&1 | FileCheck %s
// Operators on operands of the wrong types.
package main

func main() {
	x, y := 1, "s"
	// CHECK: fail_mismatched.go:[[@LINE+1]]:6: error: invalid operation: x + y (mismatched types int and string)
	_ = x + y
	// CHECK: fail_mismatched.go:[[@LINE+1]]:6: error: invalid operation: "a" + 1 (mismatched types untyped string and untyped int)
	_ = "a" + 1
	b := true
	// CHECK: fail_mismatched.go:[[@LINE+1]]:6: error: invalid operation: operator - not defined on b (variable of type bool)
	_ = b - b
	var s1, s2 []int
	// CHECK: fail_mismatched.go:[[@LINE+1]]:6: error: invalid operation: s1 == s2 (slice can only be compared to nil)
	_ = s1 == s2
	// CHECK: fail_mismatched.go:[[@LINE+1]]:10: error: invalid operation: division by zero
	_ = x / 0
	// CHECK: fail_mismatched.go:[[@LINE+1]]:7: error: invalid operation: operator ! not defined on x (variable of type int)
	_ = !x
}
