// RUN: cd %S && %gosc -m structs_self_assign.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m structs_self_assign.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// gc's self-assignment rule: assignments between fields (or elements) of
// the same object move nothing new into it, so gc drops them from the
// escape graph and reports `F ignoring self-assignment in DST = SRC` at the
// assignment operator; with a pointer field, `p.P = p.Q` leaves p
// non-escaping.
package main

type T struct {
	X, Y int
	P, Q *int
}

// CHECK-DAG: structs_self_assign.go:[[@LINE+1]]:10: p does not escape
func add(p *T) {
	// CHECK-DAG: structs_self_assign.go:[[@LINE+1]]:6: add ignoring self-assignment in p.X += p.Y
	p.X += p.Y
}

// CHECK-DAG: structs_self_assign.go:[[@LINE+1]]:11: p does not escape
func swap(p *T) {
	// CHECK-DAG: structs_self_assign.go:[[@LINE+1]]:6: swap ignoring self-assignment in p.P = p.Q
	p.P = p.Q
}

func inClosure() int {
	t := T{X: 1, Y: 2}
	// CHECK-DAG: structs_self_assign.go:[[@LINE+1]]:7: func literal does not escape
	f := func() {
		// CHECK-DAG: structs_self_assign.go:[[@LINE+1]]:7: inClosure.func1 ignoring self-assignment in t.X = t.Y
		t.X = t.Y
	}
	f()
	return t.X
}

func main() {
	// CHECK-DAG: structs_self_assign.go:[[@LINE+1]]:7: &T{...} does not escape
	t := &T{X: 1, Y: 2}
	add(t)
	swap(t)
	println(t.X, inClosure())
}

// Every line of the output is checked above or counted here, so an extra
// decision fails the test.
// COUNT: {{^ *}}7{{$}}
