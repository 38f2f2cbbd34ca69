// panic with a string value.
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

import "fmt"

func main() {
	defer fmt.Println("deferred 1")
	defer fmt.Println("deferred 2")
	fmt.Println("about to panic")
	panic("boom")
}

// CHECK: about to panic
// CHECK-NEXT: deferred 2
// CHECK-NEXT: deferred 1
// CHECK-NEXT: exit=2
// ERR: panic: boom
