// make with a length or capacity that SSA knows as a constant but the
// checker did not (a variable's value) still checks 0 <= len <= cap.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
// RUN: %gosc build -O0 -o %t0 %s && %t0 | FileCheck --match-full-lines %s
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	try(func() { i := 2; s := make([]int, i, 1); s[0] = 1 })
	try(func() { i := -1; s := make([]int, i, 3); s[0] = 1 })
	try(func() { i := 2; s := make([]int, i, 1); _ = s })
	try(func() { i, n := 0, -1; s := make([]int, i, n); _ = s })
	try(func() { n := -1; s := make([]int, n); _ = s })
	try(func() { n := 3; s := make([]int, n, 4); fmt.Println(len(s), cap(s)) })
}

// CHECK: runtime error: makeslice: cap out of range
// CHECK-NEXT: runtime error: makeslice: len out of range
// CHECK-NEXT: runtime error: makeslice: cap out of range
// CHECK-NEXT: runtime error: makeslice: cap out of range
// CHECK-NEXT: runtime error: makeslice: len out of range
// CHECK-NEXT: 3 4
// CHECK-NEXT: <nil>
