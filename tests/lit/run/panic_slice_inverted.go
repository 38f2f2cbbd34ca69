// Slice bounds: low bound greater than high bound.
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4}
	lo, hi := 3, 2
	fmt.Println(s[lo:])
	fmt.Println(s[lo:hi])
}

// CHECK: [4]
// CHECK-NEXT: exit=2
// ERR: panic: runtime error: slice bounds out of range [3:2]
