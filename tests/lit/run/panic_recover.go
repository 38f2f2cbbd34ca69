// recover() in a deferred function stops a panic: the panicking function
// returns (named results as set by defers) and the program continues.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
package main

import (
	"errors"
	"fmt"
)

func safeIndex(xs []int, i int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("caught: %v", r)
			v = -1
		}
	}()
	return xs[i], nil
}

func nested() (s string) {
	defer func() {
		s += " outer"
		if r := recover(); r != nil {
			s += fmt.Sprint(" recovered(", r, ")")
		}
	}()
	defer func() {
		s = "inner"
	}()
	var m map[int]int
	m[1] = 2
	return "unreachable"
}

func noPanic() (r any) {
	defer func() { r = recover() }()
	return "value"
}

func recoverNotDeferred() any {
	return recover()
}

func deep(n int) {
	if n == 0 {
		panic(errors.New("deep error"))
	}
	defer fmt.Println("unwinding", n)
	deep(n - 1)
}

func main() {
	fmt.Println(safeIndex([]int{1, 2, 3}, 1))
	fmt.Println(safeIndex([]int{1, 2, 3}, 7))
	fmt.Println(nested())
	fmt.Println(noPanic())
	fmt.Println(recoverNotDeferred())
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("deep recovered:", err, ok)
		}()
		deep(3)
	}()
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("iteration", i, "recovered", r)
				}
			}()
			if i%2 == 1 {
				panic(fmt.Sprintf("odd %d", i))
			}
			fmt.Println("iteration", i, "fine")
		}()
	}
	fmt.Println("main continues")
}

// CHECK: 2 <nil>
// CHECK-NEXT: -1 caught: runtime error: index out of range [7] with length 3
// CHECK-NEXT: inner outer recovered(assignment to entry in nil map)
// CHECK-NEXT: <nil>
// CHECK-NEXT: <nil>
// CHECK-NEXT: unwinding 1
// CHECK-NEXT: unwinding 2
// CHECK-NEXT: unwinding 3
// CHECK-NEXT: deep recovered: deep error true
// CHECK-NEXT: iteration 0 fine
// CHECK-NEXT: iteration 1 recovered odd 1
// CHECK-NEXT: iteration 2 fine
// CHECK-NEXT: main continues
