// Conversion of a slice to an array pointer (Go 1.17): the pointer shares
// the slice's backing array, a nil slice gives nil, named types convert too,
// package-level initialisers convert, and len(s) < N panics even when the
// result is unused.
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
// RUN: %gosc build -O0 -o %t0 %s
// RUN: sh -c '%t0 2>/dev/null; echo exit=$?' | FileCheck --match-full-lines %s
package main

import "fmt"

type Slice []int
type PInt4 *[4]int

func arr() *[4]int {
	s := make([]int, 4)
	s[2] = 7
	return (*[4]int)(s)
}

var gs = make([]string, 3)
var gp = (*[2]string)(gs)

func main() {
	s := make([]byte, 8, 10)
	p := (*[8]byte)(s)
	p[1] = 5
	fmt.Println(s[1], &p[0] == &s[0], len(p))
	var n []byte
	fmt.Println((*[0]byte)(n) == nil, (*[0]byte)(make([]byte, 0)) != nil)
	ii := make(Slice, 4)
	q := PInt4(ii)
	q[3] = 9
	fmt.Println(ii, *arr())
	gp[1] = "x"
	fmt.Println(gs)
	func() {
		defer func() { fmt.Println(recover()) }()
		_ = (*[9]byte)(s)
	}()
	fmt.Println((*[11]byte)(s[:]))
}

// CHECK: 5 true 8
// CHECK-NEXT: true true
// CHECK-NEXT: [0 0 0 9] [0 0 7 0]
// CHECK-NEXT: [ x ]
// CHECK-NEXT: runtime error: cannot convert slice with length 8 to pointer to array with length 9
// CHECK-NEXT: exit=2
// ERR: panic: runtime error: cannot convert slice with length 8 to pointer to array with length 11
