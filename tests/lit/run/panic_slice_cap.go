// Slice bounds: high bound beyond capacity.
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	h := 5
	fmt.Println(len(s), cap(s))
	fmt.Println(s[:h])
}

// CHECK: 2 3
// CHECK-NEXT: exit=2
// ERR: panic: runtime error: slice bounds out of range [:5] with capacity 3
