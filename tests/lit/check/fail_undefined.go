// RUN: not %gosc %s 2>&1 | FileCheck %s
// Undefined names, in gc 1.19's words (also for members of imported packages).
package main

import "strings"

func main() {
	// CHECK: fail_undefined.go:[[@LINE+1]]:2: error: undefined: x
	x = 1
	// CHECK: fail_undefined.go:[[@LINE+1]]:18: error: undefined: strings.Foo
	_ = len(strings.Foo)
	var s struct{ a int }
	// CHECK: fail_undefined.go:[[@LINE+1]]:8: error: s.b undefined (type struct{a int} has no field or method b)
	_ = s.b
	// CHECK: fail_undefined.go:[[@LINE+1]]:6: error: undefined: fmt
	_ = fmt.Sprint(1)
}
