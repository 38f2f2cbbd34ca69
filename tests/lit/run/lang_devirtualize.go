// Interface calls devirtualized because the dynamic type is static (gc's
// rule, ssa/build/devirtualize.cpp) must behave exactly like the interface
// calls they replace: value and pointer receivers, a value method reached
// through a *T dynamic type, a nil *T (the panic), and the call's -m line.
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
// RUN: cd %S && %gosc -m lang_devirtualize.go 2>&1 | FileCheck --check-prefix=M %s
package main

import "fmt"

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

type Sq struct{ S int }

func (s *Sq) Area() int { s.S++; return s.S * s.S }

func byValue(w int) int {
	var s Shape = Rect{W: w, H: 3}
	// M-DAG: lang_devirtualize.go:[[@LINE+1]]:15: devirtualizing s.Area to Rect
	return s.Area()
}

func byPointer() (int, int) {
	q := &Sq{S: 2}
	var s Shape = q
	// M-DAG: lang_devirtualize.go:[[@LINE+1]]:13: devirtualizing s.Area to *Sq
	a := s.Area()
	return a, q.S // the method changed q through the same pointer
}

func valueMethodThroughPointer() int {
	r := &Rect{W: 4, H: 5}
	var s Shape = r
	r.W = 10 // seen by the call: the interface holds the pointer
	// M-DAG: lang_devirtualize.go:[[@LINE+1]]:15: devirtualizing s.Area to *Rect
	return s.Area()
}

func nilPointer() (res string) {
	defer func() { res = fmt.Sprint(recover()) }()
	var r *Rect
	var s Shape = r
	// M-DAG: lang_devirtualize.go:[[@LINE+1]]:8: devirtualizing s.Area to *Rect
	s.Area()
	return "no panic"
}

func reassigned(flag bool) int {
	var s Shape = Rect{W: 1, H: 1}
	if flag {
		s = &Sq{S: 5}
	}
	// M-NOT: lang_devirtualize.go:[[@LINE+1]]:{{.*}}devirtualizing
	return s.Area()
}

func main() {
	// CHECK: 6
	fmt.Println(byValue(2))
	// CHECK-NEXT: 9 3
	fmt.Println(byPointer())
	// CHECK-NEXT: 50
	fmt.Println(valueMethodThroughPointer())
	// CHECK-NEXT: runtime error: invalid memory address or nil pointer dereference
	fmt.Println(nilPointer())
	// CHECK-NEXT: 1 36
	fmt.Println(reassigned(false), reassigned(true))
}
