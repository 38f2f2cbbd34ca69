// Other runtime errors, observed through recover: makeslice length out of
// range, negative shift amount, nil func call, nil slice index, array-pointer nil.
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			fmt.Println(name+":", e.Error())
		} else {
			fmt.Println(name+":", r)
		}
	}()
	f()
}

func main() {
	n := -1
	try("makeslice", func() { _ = make([]int, n) })
	try("makeslice cap", func() { _ = make([]int, 2, n+2) })
	try("shift", func() { x := 1; _ = x << n })
	var fn func()
	try("nil func", func() { fn() })
	var ns []int
	try("nil slice", func() { _ = ns[0] })
	var pa *[3]int
	try("nil array ptr", func() { _ = pa[1] })
	try("nil array ptr len", func() { fmt.Println(len(pa)) })
	var m map[string][]int
	try("nil map read", func() { fmt.Println(m["x"], len(m["x"])) })
	try("min int / -1", func() { a, b := -9223372036854775808, -1; fmt.Println(a/b, a%b) })
	panic(fmt.Sprint("final ", n))
}

// CHECK: makeslice: runtime error: makeslice: len out of range
// CHECK-NEXT: makeslice cap: runtime error: makeslice: cap out of range
// CHECK-NEXT: shift: runtime error: negative shift amount
// CHECK-NEXT: nil func: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: nil slice: runtime error: index out of range [0] with length 0
// CHECK-NEXT: nil array ptr: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: 3
// CHECK-NEXT: nil array ptr len: <nil>
// CHECK-NEXT: [] 0
// CHECK-NEXT: nil map read: <nil>
// CHECK-NEXT: -9223372036854775808 0
// CHECK-NEXT: min int / -1: <nil>
// CHECK-NEXT: exit=2
// ERR: panic: final -1
