// A named type defined as another named type that is still being declared
// (T1's field points to T2, and T2 is T1) is valid Go: T2 takes T1's
// underlying struct once T1 is done, through chains of names too.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
package main

import "fmt"

type T1 struct {
	Next *T2
	V    int
}

type T2 T1

type T3 struct{ Next *T4 }
type T4 T5
type T5 T6
type T6 T3

func main() {
	a := T2{Next: &T2{V: 2}, V: 1}
	fmt.Println(a.V, a.Next.V, a.Next.Next == nil, T1(a).V)
	var b T4
	b.Next = &T4{}
	fmt.Printf("%T %v\n", b, b.Next.Next == nil)
}

// CHECK: 1 2 true 1
// CHECK-NEXT: main.T4 true
