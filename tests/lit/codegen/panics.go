// A runtime panic prints Go's message and exits with status 2; defers run.
// RUN: %gosc build -o %t %s && not %t > %t.out 2> %t.err; FileCheck %s --check-prefix=OUT < %t.out && FileCheck %s --check-prefix=ERR < %t.err
package main

import "fmt"

func get(xs []int, i int) int {
	defer fmt.Println("deferred in get")
	return xs[i]
}

func main() {
	// OUT: deferred in get
	// ERR: panic: runtime error: index out of range [5] with length 3
	fmt.Println(get([]int{1, 2, 3}, 5))
}
