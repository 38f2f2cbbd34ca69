// RUN: not %gosc %s 2>&1 | FileCheck %s
// Calls with the wrong arguments.
package main

func f(a int, b string) int { return a }

func v(xs ...int) {}

func main() {
	// CHECK: fail_calls.go:[[@LINE+3]]:4: error: not enough arguments in call to f
	// CHECK-NEXT: have (number)
	// CHECK-NEXT: want (int, string)
	f(1)
	// CHECK: fail_calls.go:[[@LINE+3]]:12: error: too many arguments in call to f
	// CHECK-NEXT: have (number, string, number)
	// CHECK-NEXT: want (int, string)
	f(1, "a", 3)
	// CHECK: fail_calls.go:[[@LINE+1]]:7: error: cannot use "x" (untyped string constant) as int value in argument to v
	v(1, "x")
	// A call is a statement even when its result is dropped; other expressions are not.
	f(1, "a")
	// CHECK: fail_calls.go:[[@LINE+1]]:2: error: len("abc") (constant 3 of type int) is not used
	len("abc")
	x := 3
	// CHECK: fail_calls.go:[[@LINE+1]]:2: error: invalid operation: cannot call non-function x (variable of type int)
	x()
}
