// An interface map key holding a slice, map or func panics "hash of
// unhashable type T" on every lookup and delete, as in Go: also in a nil or
// empty map, through struct and array keys, and when the lookup's result is
// unused; == on such interfaces panics "comparing uncomparable type T".
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
// RUN: %gosc build -O0 -o %t0 %s && %t0 | FileCheck --match-full-lines %s
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

type K struct {
	a int
	b interface{}
}

func main() {
	var nilm map[interface{}]int
	empty := map[interface{}]int{}
	full := map[interface{}]int{1: 1}
	try("nil lookup", func() { _ = nilm[[]int{1}] })
	try("nil lookup used", func() { fmt.Println(nilm[[]int{1}]) })
	try("empty lookup", func() { _ = empty[map[int]int{}] })
	try("empty commaok", func() { _, ok := empty[func() {}]; fmt.Println(ok) })
	try("full lookup", func() { _ = full[[]string{}] })
	try("delete nil", func() { delete(nilm, []int{}) })
	try("delete empty", func() { delete(empty, []int{}) })
	try("assign", func() { empty[[]int{}] = 1 })
	try("struct key", func() { _ = map[K]int{}[K{1, []int{}}] })
	try("array key", func() { _ = map[[1]interface{}]int{}[[1]interface{}{[]int{}}] })
	try("literal", func() { _ = map[interface{}]int{[]int{}: 1} })
	var a, b interface{} = []int{}, []int{}
	try("compare", func() { fmt.Println(a == b) })
	try("compare diff", func() { fmt.Println(a == interface{}(1)) })
	try("struct cmp", func() { fmt.Println(K{1, a} == K{1, b}) })
}

// CHECK: nil lookup runtime error: hash of unhashable type []int
// CHECK-NEXT: nil lookup used runtime error: hash of unhashable type []int
// CHECK-NEXT: empty lookup runtime error: hash of unhashable type map[int]int
// CHECK-NEXT: empty commaok runtime error: hash of unhashable type func()
// CHECK-NEXT: full lookup runtime error: hash of unhashable type []string
// CHECK-NEXT: delete nil runtime error: hash of unhashable type []int
// CHECK-NEXT: delete empty runtime error: hash of unhashable type []int
// CHECK-NEXT: assign runtime error: hash of unhashable type []int
// CHECK-NEXT: struct key runtime error: hash of unhashable type []int
// CHECK-NEXT: array key runtime error: hash of unhashable type []int
// CHECK-NEXT: literal runtime error: hash of unhashable type []int
// CHECK-NEXT: compare runtime error: comparing uncomparable type []int
// CHECK-NEXT: false
// CHECK-NEXT: compare diff <nil>
// CHECK-NEXT: struct cmp runtime error: comparing uncomparable type []int
