// defer: LIFO order, arguments evaluated at defer time, deferred closures
// modifying named results, defers in loops, method values as defers.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
package main

import (
	"errors"
	"fmt"
)

func order() {
	for i := 0; i < 4; i++ {
		defer fmt.Print(i, " ")
	}
	fmt.Print("loop done: ")
}

func argsEval() {
	x := 1
	defer fmt.Println("deferred x =", x)
	defer func() { fmt.Println("closure x =", x) }()
	x = 2
}

func double() (n int) {
	defer func() { n *= 2 }()
	n = 3
	return n + 1
}

func withErr(fail bool) (res string, err error) {
	defer func() {
		if err != nil {
			res = "failed: " + err.Error()
			err = nil
		}
	}()
	if fail {
		return "", errors.New("oops")
	}
	return "ok", nil
}

func tripleDefer() (s string) {
	defer func() { s += "c" }()
	defer func() { s += "b" }()
	defer func() { s += "a" }()
	return "x"
}

type T struct{ name string }

func (t T) Hello()   { fmt.Println("hello from", t.name) }
func (t *T) PHello() { fmt.Println("phello from", t.name) }

func methods() {
	t := T{"first"}
	defer t.Hello()
	defer t.PHello()
	t.name = "second"
}

func unnamed() int {
	x := 10
	defer func() { x = 20 }()
	return x
}

func main() {
	order()
	fmt.Println()
	argsEval()
	fmt.Println(double())
	fmt.Println(withErr(false))
	fmt.Println(withErr(true))
	fmt.Println(tripleDefer())
	methods()
	fmt.Println(unnamed())
	func() {
		defer fmt.Println("inner func deferred")
		fmt.Println("inner func body")
	}()
	fmt.Println("end")
}

// CHECK: loop done: 3 2 1 0 
// CHECK-NEXT: closure x = 2
// CHECK-NEXT: deferred x = 1
// CHECK-NEXT: 8
// CHECK-NEXT: ok <nil>
// CHECK-NEXT: failed: oops <nil>
// CHECK-NEXT: xabc
// CHECK-NEXT: phello from second
// CHECK-NEXT: hello from first
// CHECK-NEXT: 10
// CHECK-NEXT: inner func body
// CHECK-NEXT: inner func deferred
// CHECK-NEXT: end
