// Slice bounds on a string: high bound beyond length.
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

import "fmt"

func main() {
	s := "abc"
	h := 4
	fmt.Println(s[1:3])
	fmt.Println(s[1:h])
}

// CHECK: bc
// CHECK-NEXT: exit=2
// ERR: panic: runtime error: slice bounds out of range [:4] with length 3
