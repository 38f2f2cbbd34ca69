// Duplicate bool constants in an expression switch are accepted by gc (go/types checks only
// integer, float and string cases for duplicates); gosc rejected them.
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
package main

import "fmt"

func main() {
	x := true
	switch x {
	case true:
		fmt.Println("t")
	case true:
		fmt.Println("t2")
	case false:
		fmt.Println("f")
	}
	switch {
	case x:
		fmt.Println("a")
	case true:
		fmt.Println("b")
	}
}
// CHECK: t
// CHECK: a
