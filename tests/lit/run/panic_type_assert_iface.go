// A failed type assertion to an interface type: the dynamic type is missing a method.
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

import "fmt"

type Stringer interface{ String() string }

type T struct{}

func main() {
	var x any = T{}
	_, ok := x.(Stringer)
	fmt.Println(ok)
	s := x.(Stringer)
	fmt.Println(s)
}

// CHECK: false
// CHECK-NEXT: exit=2
// ERR: panic: interface conversion: main.T is not main.Stringer: missing method String
