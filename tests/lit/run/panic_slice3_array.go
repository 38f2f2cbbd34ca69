// 3-index slicing of an array or a pointer to an array reports a max beyond the array
// as gc's boundsSlice3Alen: "[::7] with length 5" (an array's cap is its length), while
// slices say "with capacity". gosc used to say "with capacity" for all three.
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
// RUN: %gosc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck --match-full-lines %s
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

type A [5]int

func main() {
	var a [5]int
	i, j, k := 3, 2, 4
	try(func() { _ = a[i:j:k] })
	i, j, k = 1, 4, 3
	try(func() { _ = a[i:j:k] })
	i, j, k = 1, 2, 6
	try(func() { _ = a[i:j:k] })
	p := &a
	try(func() { _ = p[i:j:k] })
	try(func() { _ = p[:j:k] })
	s := a[:]
	try(func() { _ = s[i:j:k] })
	var na A
	try(func() { _ = na[i:j:k] })
	pa := &na
	try(func() { _ = pa[:2:k] })
	k = -1
	try(func() { _ = a[i:j:k] })
	try(func() { _ = s[i:j:k] })
	k = 5
	try(func() { _ = a[i:j:k] })
	i, j = 1, 6
	try(func() { _ = a[i:j] })
	try(func() { _ = s[i:j] })
	try(func() { _ = p[i:j] })
}

// CHECK: runtime error: slice bounds out of range [3:2:]
// CHECK: runtime error: slice bounds out of range [:4:3]
// CHECK: runtime error: slice bounds out of range [::6] with length 5
// CHECK: runtime error: slice bounds out of range [::6] with length 5
// CHECK: runtime error: slice bounds out of range [::6] with length 5
// CHECK: runtime error: slice bounds out of range [::6] with capacity 5
// CHECK: runtime error: slice bounds out of range [::6] with length 5
// CHECK: runtime error: slice bounds out of range [::6] with length 5
// CHECK: runtime error: slice bounds out of range [::-1]
// CHECK: runtime error: slice bounds out of range [::-1]
// CHECK: <nil>
// CHECK: runtime error: slice bounds out of range [:6] with length 5
// CHECK: runtime error: slice bounds out of range [:6] with capacity 5
// CHECK: runtime error: slice bounds out of range [:6] with length 5
