// RUN: not %gosc %s 2>&1 | FileCheck %s
// Return statements with the wrong number of values.
package main

func f() (int, string) {
	// CHECK: fail_return_count.go:[[@LINE+3]]:9: error: not enough return values
	// CHECK-NEXT: have (number)
	// CHECK-NEXT: want (int, string)
	return 1
}

func g() int {
	// CHECK: fail_return_count.go:[[@LINE+3]]:12: error: too many return values
	// CHECK-NEXT: have (number, number)
	// CHECK-NEXT: want (int)
	return 1, 2
}

func two() (int, int) { return 1, 2 }

func main() {
	// CHECK: fail_return_count.go:[[@LINE+1]]:7: error: assignment mismatch: 1 variable but two returns 2 values
	a := two()
	// CHECK: fail_return_count.go:[[@LINE+1]]:10: error: assignment mismatch: 2 variables but 1 value
	b, c := 1
	_, _, _ = a, b, c
}
