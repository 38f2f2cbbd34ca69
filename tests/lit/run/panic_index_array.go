// Index out of range on an array with a negative variable index.
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

import "fmt"

func idx() int { return -1 }

func main() {
	var a [4]int
	fmt.Println("start")
	a[idx()] = 1
}

// CHECK: start
// CHECK-NEXT: exit=2
// ERR: panic: runtime error: index out of range [-1]
