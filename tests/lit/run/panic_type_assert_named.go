// A failed type assertion from a non-empty interface to a concrete type.
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

import "fmt"

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }
type Circle struct{ r float64 }

func (q Sq) Area() float64      { return q.s * q.s }
func (c *Circle) Area() float64 { return 3 * c.r * c.r }

func main() {
	var s Shape = &Circle{1}
	fmt.Println(s.Area())
	fmt.Println(s.(Sq).s)
}

// CHECK: 3
// CHECK-NEXT: exit=2
// ERR: panic: interface conversion: main.Shape is *main.Circle, not main.Sq
