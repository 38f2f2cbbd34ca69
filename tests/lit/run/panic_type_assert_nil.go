// A type assertion on a nil interface value.
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

import "fmt"

func main() {
	var x any
	_, ok := x.(string)
	fmt.Println(ok)
	fmt.Println(x.(string))
}

// CHECK: false
// CHECK-NEXT: exit=2
// ERR: panic: interface conversion: interface {} is nil, not string
