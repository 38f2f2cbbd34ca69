// Index out of range on a slice panics with Go's message and exit status 2;
// output before the panic is flushed, deferred calls run.
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

import "fmt"

func main() {
	defer fmt.Println("deferred runs")
	xs := []int{1, 2, 3}
	i := 5
	fmt.Println("before", len(xs))
	fmt.Println(xs[i])
	fmt.Println("not reached")
}

// CHECK: before 3
// CHECK-NEXT: deferred runs
// CHECK-NEXT: exit=2
// ERR: panic: runtime error: index out of range [5] with length 3
