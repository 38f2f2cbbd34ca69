// Calling a method through a nil interface panics with a nil dereference;
// a pointer method on a nil receiver can run if it does not dereference.
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

import "fmt"

type T struct{ n int }

func (t *T) Safe() string {
	if t == nil {
		return "nil receiver ok"
	}
	return "non-nil"
}

type I interface{ Safe() string }

func main() {
	var t *T
	fmt.Println(t.Safe())
	var i I
	fmt.Println(i.Safe())
}

// CHECK: nil receiver ok
// CHECK-NEXT: exit=2
// ERR: panic: runtime error: invalid memory address or nil pointer dereference
