// Integer division by zero panics (modulo too, and for narrow types);
// float division by zero yields +Inf.
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

import "fmt"

func main() {
	z := 0.0
	fmt.Println(1/z, -1/z)
	func() {
		defer func() { fmt.Println("mod:", recover()) }()
		a, b := int8(7), int8(0)
		fmt.Println(a % b)
	}()
	a, b := 10, 0
	fmt.Println(a / b)
}

// CHECK: +Inf -Inf
// CHECK-NEXT: mod: runtime error: integer divide by zero
// CHECK-NEXT: exit=2
// ERR: panic: runtime error: integer divide by zero
