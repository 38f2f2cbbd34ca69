// Local types of one name are different types: an assertion from one to the
// other fails with Go's message, which names both as main.T and says why
// (runtime.TypeAssertionError: "types from different scopes"); %T prints the
// plain name for both and each asserts to itself.
// RUN: %gosc build -o %t %s && not %t 2>&1 | FileCheck --match-full-lines %s
// RUN: %if go %{ %go build -o %t.gobin %s && not %t.gobin 2>&1 | FileCheck --match-full-lines %s %}
package main

import "fmt"

func first() interface{} {
	type T struct{ a int }
	return T{1}
}

func second() interface{} {
	type T struct{ a int }
	return T{2}
}

func isFirst(x interface{}) bool {
	type T struct{ a int }
	_, ok := x.(T)
	return ok
}

func main() {
	x, y := first(), second()
	// CHECK: main.T main.T {1} {2} false false
	fmt.Printf("%T %T %v %v %v %v\n", x, y, x, y, x == y, isFirst(x))
	defer func() {
		r := recover()
		// CHECK-NEXT: interface conversion: interface {} is main.T, not main.T (types from different scopes)
		fmt.Println(r)
		// CHECK-NEXT: panic: interface conversion: interface {} is main.T, not main.T (types from different scopes) [recovered]
		panic(r)
	}()
	type T struct{ a int }
	_ = x.(T)
}
