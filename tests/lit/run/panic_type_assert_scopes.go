// A failed type assertion between two types spelt alike (local types of
// different functions) adds Go's "(types from different scopes)".
// SSA-ROUNDTRIP: skip (the SSA text names both types main.T, and its parser rejects the second)
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

import "fmt"

type T struct{}

func local() interface{} {
	type T struct{}
	return T{}
}

func main() {
	x := local()
	func() {
		defer func() { fmt.Println(recover()) }()
		_ = x.(T)
	}()
	fmt.Printf("%T\n", x)
	var y interface{} = T{}
	_ = y.(struct{})
}

// CHECK: interface conversion: interface {} is main.T, not main.T (types from different scopes)
// CHECK-NEXT: main.T
// CHECK-NEXT: exit=2
// ERR: panic: interface conversion: interface {} is main.T, not struct {}
