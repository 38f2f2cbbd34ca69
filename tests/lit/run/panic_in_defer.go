// A panic raised inside a deferred call while another panic is in flight
// (without recover): Go prints both, the first one first.
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 2 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

import "fmt"

func main() {
	defer func() {
		panic("second")
	}()
	fmt.Println("start")
	panic("first")
}

// CHECK: start
// CHECK-NEXT: exit=2
// ERR: panic: first
// ERR-NEXT: panic: second
