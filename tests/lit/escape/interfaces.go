// RUN: cd %S && %gosc -m interfaces.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m interfaces.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// Escape decisions for interface boxing and interface parameters, checked
// against go1.19 -m -l: a value converted to an interface is a fresh
// allocation site ("x escapes to heap" / "does not escape"); calling a
// method through an interface parameter leaks it (the callee is unknown),
// while a type assertion to a non-pointer type only reads it. Gaps against
// gc (the spelling of `any`, positions of boxed map values,
// devirtualization) are in interfaces_gap_*.go.
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

type Circle struct{ R int }

// CHECK-DAG: interfaces.go:[[@LINE+1]]:7: c does not escape
func (c *Circle) Area() int { return 3 * c.R * c.R }

var anySink any
var shapeSink Shape

// Boxed into a local interface that is only asserted: stays.
func toAnyLocal(x int) bool {
	// CHECK-DAG: interfaces.go:[[@LINE+1]]:14: x does not escape
	var i any = x
	_, ok := i.(int)
	return ok
}

// Boxed into a global: reported at the statement, as gc does.
func toAnyGlobal(x int) {
	// CHECK-DAG: interfaces.go:[[@LINE+1]]:2: x escapes to heap
	anySink = x
}

// CHECK-DAG: interfaces.go:[[@LINE+1]]:20: leaking param: s
func toAnyReturned(s string) any {
	// CHECK-DAG: interfaces.go:[[@LINE+1]]:9: s escapes to heap
	return s
}

// A boxed constant is still an allocation site when returned.
func constToAny() any {
	// CHECK-DAG: interfaces.go:[[@LINE+1]]:9: 42 escapes to heap
	return 42
}

// A method call through an interface leaks the receiver.
// CHECK-DAG: interfaces.go:[[@LINE+1]]:11: leaking param: s
func area(s Shape) int {
	return s.Area()
}

// ...so boxing a value to pass it there escapes, and so does a pointer.
func valueThroughCall() int {
	r := Rect{W: 2, H: 3}
	// CHECK-DAG: interfaces.go:[[@LINE+1]]:13: r escapes to heap
	return area(r)
}

func ptrThroughCall() int {
	// CHECK-DAG: interfaces.go:[[@LINE+1]]:7: &Circle{...} escapes to heap
	c := &Circle{R: 2}
	return area(c)
}

func storedShape() {
	// CHECK-DAG: interfaces.go:[[@LINE+1]]:14: &Circle{...} escapes to heap
	shapeSink = &Circle{R: 1}
}

// Asserting to a non-pointer type copies the value out: v does not escape.
// CHECK-DAG: interfaces.go:[[@LINE+1]]:18: v does not escape
func onlyAsserts(v any) int {
	if n, ok := v.(int); ok {
		return n
	}
	return 0
}

// Asserting to a pointer type and returning it: v to the result.
// CHECK-DAG: interfaces.go:[[@LINE+1]]:16: leaking param: v to result ~r0 level=0
func assertPtr(v any) *Circle {
	return v.(*Circle)
}

// fmt boxes its arguments; the variadic slice itself stays.
// CHECK-DAG: interfaces.go:[[@LINE+1]]:21: leaking param: s
func printed(n int, s string) {
	// CHECK-DAG: interfaces.go:[[@LINE+3]]:13: ... argument does not escape
	// CHECK-DAG: interfaces.go:[[@LINE+2]]:13: n escapes to heap
	// CHECK-DAG: interfaces.go:[[@LINE+1]]:13: s escapes to heap
	fmt.Println(n, s)
}

// errors.New keeps its string: the concatenation escapes, k does not.
// CHECK-DAG: interfaces.go:[[@LINE+1]]:13: k does not escape
func newErr(k string) error {
	// CHECK-DAG: interfaces.go:[[@LINE+1]]:31: "missing " + k escapes to heap
	return errors.New("missing " + k)
}

// CHECK-DAG: interfaces.go:[[@LINE+1]]:14: leaking param: k
func wrapped(k string) error {
	// CHECK-DAG: interfaces.go:[[@LINE+2]]:19: ... argument does not escape
	// CHECK-DAG: interfaces.go:[[@LINE+1]]:20: k escapes to heap
	return fmt.Errorf("bad %s", k)
}

// Boxed constants in a local []interface{} all stay.
func localSliceOfAny() int {
	// CHECK-DAG: interfaces.go:[[@LINE+4]]:21: []interface {}{...} does not escape
	// CHECK-DAG: interfaces.go:[[@LINE+3]]:22: 1 does not escape
	// CHECK-DAG: interfaces.go:[[@LINE+2]]:25: "a" does not escape
	// CHECK-DAG: interfaces.go:[[@LINE+1]]:30: 2.5 does not escape
	xs := []interface{}{1, "a", 2.5}
	return len(xs)
}

// A type switch with an interface case calls a method on v.
// CHECK-DAG: interfaces.go:[[@LINE+1]]:17: leaking param: v
func typeSwitch(v any) int {
	switch t := v.(type) {
	case int:
		return t
	case string:
		return len(t)
	case Shape:
		return t.Area()
	}
	return -1
}

// Every decision is listed above; nothing else may be printed.
// COUNT: {{^ *}}32{{$}}

func main() {
	println(toAnyLocal(5))
	toAnyGlobal(6)
	println(toAnyReturned("s").(string), constToAny().(int))
	println(valueThroughCall(), ptrThroughCall())
	storedShape()
	// CHECK-DAG: interfaces.go:[[@LINE+2]]:22: 3 does not escape
	// CHECK-DAG: interfaces.go:[[@LINE+1]]:36: &Circle{...} does not escape
	println(onlyAsserts(3), assertPtr(&Circle{R: 1}).R)
	printed(1, "x")
	println(newErr("k").Error(), wrapped("j").Error(), localSliceOfAny())
	// CHECK-DAG: interfaces.go:[[@LINE+4]]:21: 3 escapes to heap
	// CHECK-DAG: interfaces.go:[[@LINE+3]]:36: "ab" escapes to heap
	// CHECK-DAG: interfaces.go:[[@LINE+2]]:58: Rect{...} escapes to heap
	// CHECK-DAG: interfaces.go:[[@LINE+1]]:84: 1.5 escapes to heap
	println(typeSwitch(3), typeSwitch("ab"), typeSwitch(Rect{W: 2, H: 2}), typeSwitch(1.5))
}
