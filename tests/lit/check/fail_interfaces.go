// RUN: not %gosc %s 2>&1 | FileCheck %s
// Interface satisfaction and method sets.
package main

type Shape interface {
	Area() float64
	Name() string
}

type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }
func (q *Sq) Name() string  { return "sq" }

type Bad struct{}

func (Bad) Area() int { return 0 }

func main() {
	var q Sq
	// CHECK: fail_interfaces.go:[[@LINE+2]]:16: error: cannot use q (variable of type Sq) as type Shape in variable declaration:
	// CHECK-NEXT: Sq does not implement Shape (Name method has pointer receiver)
	var s Shape = q
	// CHECK: fail_interfaces.go:[[@LINE+2]]:6: error: cannot use Bad{} (value of type Bad) as type Shape in assignment:
	// CHECK-NEXT: Bad does not implement Shape (wrong type for Area method)
	s = Bad{}
	var e interface{} = q
	// CHECK: fail_interfaces.go:[[@LINE+1]]:6: error: impossible type assertion: s.(Bad)
	_ = s.(Bad)
	// CHECK: fail_interfaces.go:[[@LINE+1]]:6: error: invalid operation: q (variable of type Sq) is not an interface
	_ = q.(Sq)
	// CHECK: fail_interfaces.go:[[@LINE+1]]:8: error: s.Perimeter undefined (type Shape has no field or method Perimeter)
	_ = s.Perimeter
	_ = e
}
