// A 800 KB array copied by value and a 32 KB array passed by value compile
// quickly (no first-class LLVM aggregates of that size) and behave as values.
// RUN: %gosc build -o %t %s && %t | FileCheck %s
// CHECK: 5 0 7 false 100000
package main

import "fmt"

type Board [4096]int

func sum(b Board) int {
	t := 0
	for _, v := range b {
		t += v
	}
	return t
}

func main() {
	var a [100000]int
	for i := range a {
		a[i] = i
	}
	b := a
	b[5] = 0
	var bd Board
	bd[3] = 7
	c := bd
	fmt.Println(a[5], b[5], sum(c), a == b, len(b))
}
