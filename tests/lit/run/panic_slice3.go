// 3-index slice bounds: max beyond capacity, and high beyond max.
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

import "fmt"

func try(f func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f()
}

func main() {
	s := make([]int, 3, 5)
	a, b, c := 1, 4, 6
	try(func() { _ = s[a:b:c] })
	b, c = 4, 3
	try(func() { _ = s[a:b:c] })
	a, b, c = 3, 2, 4
	try(func() { _ = s[a:b:c] })
	arr := [3]int{}
	p := &arr
	c = 4
	try(func() { _ = p[:c] })
	a, b = 2, 1
	try(func() { _ = arr[a:b] })
	str := "hello"
	b = 9
	try(func() { _ = str[a:b] })
	fmt.Println(s[a:b:c])
}

// CHECK: recovered: runtime error: slice bounds out of range [::6] with capacity 5
// CHECK-NEXT: recovered: runtime error: slice bounds out of range [:4:3]
// CHECK-NEXT: recovered: runtime error: slice bounds out of range [3:2:]
// CHECK-NEXT: recovered: runtime error: slice bounds out of range [:4] with length 3
// CHECK-NEXT: recovered: runtime error: slice bounds out of range [2:1]
// CHECK-NEXT: recovered: runtime error: slice bounds out of range [:9] with length 5
// CHECK-NEXT: exit=2
// ERR: panic: runtime error: slice bounds out of range [:9:4]
