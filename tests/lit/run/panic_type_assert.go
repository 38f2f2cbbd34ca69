// A failed single-result type assertion from any to a concrete type.
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

import "fmt"

func main() {
	var x any = "hello"
	n, ok := x.(int)
	fmt.Println(n, ok)
	fmt.Println(x.(string))
	fmt.Println(x.(int))
}

// CHECK: 0 false
// CHECK-NEXT: hello
// CHECK-NEXT: exit=2
// ERR: panic: interface conversion: interface {} is string, not int
