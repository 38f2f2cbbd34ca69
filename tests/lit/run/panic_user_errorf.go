// panic(fmt.Errorf(...)) with struct operands prints the formatted error text.
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

import "fmt"

type P struct{ X, Y int }

func main() {
	panic(fmt.Errorf("bad point %v / %+v", P{1, 2}, &P{3, 4}))
}

// CHECK: exit=2
// ERR: panic: bad point {1 2} / &{X:3 Y:4}
