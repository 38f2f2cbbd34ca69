// A deferred function that recovers and panics again: the new panic
// propagates; Go prints the first panic marked [recovered].
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 2 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered:", r)
		panic(fmt.Sprintf("re-panic: %v", r))
	}()
	panic("first")
}

func main() {
	defer fmt.Println("main deferred")
	func() {
		defer func() {
			r := recover()
			fmt.Println("middle recovered:", r)
		}()
		inner()
	}()
	fmt.Println("after middle")
	inner()
}

// CHECK: inner recovered: first
// CHECK-NEXT: middle recovered: re-panic: first
// CHECK-NEXT: after middle
// CHECK-NEXT: inner recovered: first
// CHECK-NEXT: main deferred
// CHECK-NEXT: exit=2
// ERR: panic: first [recovered]
// ERR-NEXT: panic: re-panic: first
