// Type switches: concrete types, interfaces, nil case, multiple types per
// case (variable keeps the interface type), default, binding in each case.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type MyErr struct{}

func (MyErr) Error() string { return "myerr" }

func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", v+1)
	case int8, int16:
		return fmt.Sprintf("small int %v (%T)", v, v)
	case string:
		return "string " + v
	case []int:
		return fmt.Sprintf("slice len %d", len(v))
	case map[string]int:
		return fmt.Sprintf("map %d", v["k"])
	case error:
		return "error " + v.Error()
	case Shape:
		return fmt.Sprintf("shape %.1f", v.Area())
	case func() int:
		return fmt.Sprint("func ", v())
	case bool:
		if v {
			return "true!"
		}
		return "false!"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	vals := []any{nil, 1, int8(2), int16(3), "hi", []int{1, 2}, map[string]int{"k": 9},
		errors.New("e"), MyErr{}, Rect{2, 3}, &Circle{1}, Circle{1}, func() int { return 7 },
		true, 2.5, uint(1), [2]int{}}
	for _, v := range vals {
		fmt.Println(describe(v))
	}
	var s Shape = Rect{1, 1}
	switch s.(type) {
	case *Circle:
		fmt.Println("circle")
	case Rect:
		fmt.Println("rect")
	}
	switch t := s.(type) {
	case Rect, *Circle:
		fmt.Printf("%T %.0f\n", t, t.Area())
	}
	var e error = MyErr{}
	switch e.(type) {
	case MyErr:
		fmt.Println("is MyErr")
	default:
		fmt.Println("other")
	}
	var none any
	switch none.(type) {
	case int:
		fmt.Println("int")
	default:
		fmt.Println("default for nil")
	}
}

// CHECK: nil
// CHECK-NEXT: int 2
// CHECK-NEXT: small int 2 (int8)
// CHECK-NEXT: small int 3 (int16)
// CHECK-NEXT: string hi
// CHECK-NEXT: slice len 2
// CHECK-NEXT: map 9
// CHECK-NEXT: error e
// CHECK-NEXT: error myerr
// CHECK-NEXT: shape 6.0
// CHECK-NEXT: shape 3.0
// CHECK-NEXT: other main.Circle
// CHECK-NEXT: func 7
// CHECK-NEXT: true!
// CHECK-NEXT: other float64
// CHECK-NEXT: other uint
// CHECK-NEXT: other [2]int
// CHECK-NEXT: rect
// CHECK-NEXT: main.Rect 1
// CHECK-NEXT: is MyErr
// CHECK-NEXT: default for nil
