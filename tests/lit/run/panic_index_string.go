// Index out of range on a string.
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

import "fmt"

func main() {
	s := "héllo"
	n := len(s)
	fmt.Println(n, s[1])
	_ = s[n]
}

// CHECK: 6 195
// CHECK-NEXT: exit=2
// ERR: panic: runtime error: index out of range [6] with length 6
