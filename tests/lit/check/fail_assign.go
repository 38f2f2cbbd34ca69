// RUN: not %gosc %s 2>&1 | FileCheck %s
// Assignability. gc 1.19 says "as type T" for typed values and "as T value"
// for untyped constants.
package main

func takes(s string) {}

func main() {
	x := 1
	var s string
	// CHECK: fail_assign.go:[[@LINE+1]]:6: error: cannot use x (variable of type int) as type string in assignment
	s = x
	// CHECK: fail_assign.go:[[@LINE+1]]:17: error: cannot use x (variable of type int) as type string in variable declaration
	var t string = x
	// CHECK: fail_assign.go:[[@LINE+1]]:8: error: cannot use x (variable of type int) as type string in argument to takes
	takes(x)
	// CHECK: fail_assign.go:[[@LINE+1]]:6: error: cannot use 5 (untyped int constant) as string value in assignment
	s = 5
	var e interface{} = x
	// CHECK: fail_assign.go:[[@LINE+2]]:6: error: cannot use e (variable of type interface{}) as type int in assignment:
	// CHECK-NEXT: need type assertion
	x = e
	const c = 10
	// CHECK: fail_assign.go:[[@LINE+1]]:2: error: cannot assign to c (untyped int constant 10)
	c = 5
	_, _ = s, t
}
