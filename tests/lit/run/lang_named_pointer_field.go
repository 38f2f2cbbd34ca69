// x.f through a defined pointer type (type T *S) selects the field of *x,
// as Go's spec allows for fields (not methods).
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
package main

import "fmt"

type S struct {
	x struct{ y int }
	n int
}

type T *S

func main() {
	var q T = &S{n: 1}
	q.x.y = 7
	p := q
	p.n++
	fmt.Println(p.x.y, (*q).x.y, q.n)
}

// CHECK: 7 7 2
