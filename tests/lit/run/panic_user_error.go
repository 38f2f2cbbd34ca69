// panic with an error value prints its Error() text.
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

import (
	"errors"
	"fmt"
)

func main() {
	err := errors.New("something failed")
	fmt.Println("err:", err)
	panic(err)
}

// CHECK: err: something failed
// CHECK-NEXT: exit=2
// ERR: panic: something failed
