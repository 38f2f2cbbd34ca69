// panic(fmt.Sprintf(...)) and panic(fmt.Errorf(...)).
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

import "fmt"

func check(n int) {
	if n > 2 {
		panic(fmt.Sprintf("value %d too large (max %d), %q", n, 2, "x"))
	}
	fmt.Println("ok", n)
}

func main() {
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
		}()
		panic(fmt.Errorf("wrapped %d", 7))
	}()
	for i := 1; i < 5; i++ {
		check(i)
	}
}

// CHECK: recovered: wrapped 7
// CHECK-NEXT: ok 1
// CHECK-NEXT: ok 2
// CHECK-NEXT: exit=2
// ERR: panic: value 3 too large (max 2), "x"
