// RUN: not %gosc %s 2>&1 | FileCheck %s
// Constants that do not fit their type.
package main

func main() {
	var i8 int8
	// CHECK: fail_const_overflow.go:[[@LINE+1]]:7: error: cannot use 300 (untyped int constant) as int8 value in assignment (overflows)
	i8 = 300
	// CHECK: fail_const_overflow.go:[[@LINE+1]]:12: error: 200 (untyped int constant) overflows int8
	i8 = i8 + 200
	// CHECK: fail_const_overflow.go:[[@LINE+1]]:14: error: cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)
	var n int = 1.5
	// CHECK: fail_const_overflow.go:[[@LINE+1]]:10: error: int8(1) << 10 (constant 1024 of type int8) overflows int8
	var y = int8(1) << 10
	// CHECK: fail_const_overflow.go:[[@LINE+1]]:15: error: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)
	var u uint = -1
	// CHECK: fail_const_overflow.go:[[@LINE+1]]:17: error: cannot convert 1000 (untyped int constant) to type int8
	const c = int8(1000)
	_, _, _, _ = i8, n, y, u
}
