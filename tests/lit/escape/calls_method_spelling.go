// RUN: cd %S && %gosc -m calls_method_spelling.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m calls_method_spelling.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// COUNT: {{^}}17{{$}}
// A method call's result is named as gc names it after rewriting the call
// into one of the method expression: (*T).M(recv, args) or T.M(recv, args),
// T the method's declared receiver (the embedded type's for a promoted
// method), the receiver's implicit embedded fields written out and its
// implicit & or * not; a devirtualized interface call as T.M(i.(T)).
// Checked against go1.19 -gcflags='-m -l', line for line.
package main

import "fmt"

type Q struct{ base string }

// CHECK-DAG: calls_method_spelling.go:[[@LINE+2]]:7: q does not escape
// CHECK-DAG: calls_method_spelling.go:[[@LINE+1]]:47: q.base + "!" escapes to heap
func (q *Q) SQL(n int) string { return q.base + "!" }

// CHECK-DAG: calls_method_spelling.go:[[@LINE+1]]:7: leaking param: q to result ~r0 level=0
func (q Q) Val() string { return q.base }

type W struct{ Q }
type PW struct{ *Q }

type I interface{ Val() string }

func main() {
	var v Q
	var w W
	pw := PW{&v}
	// CHECK-DAG: calls_method_spelling.go:[[@LINE+1]]:12: v does not escape
	var i I = v
	// CHECK-DAG: calls_method_spelling.go:[[@LINE+8]]:13: ... argument does not escape
	// CHECK-DAG: calls_method_spelling.go:[[@LINE+7]]:19: (*Q).SQL(v, 1) escapes to heap
	// CHECK-DAG: calls_method_spelling.go:[[@LINE+6]]:29: (*Q).SQL(w.Q, 2) escapes to heap
	// CHECK-DAG: calls_method_spelling.go:[[@LINE+5]]:39: Q.Val(w.Q) escapes to heap
	// CHECK-DAG: calls_method_spelling.go:[[@LINE+4]]:49: Q.Val(pw.Q) escapes to heap
	// CHECK-DAG: calls_method_spelling.go:[[@LINE+3]]:59: (*Q).SQL(pw.Q, 3) escapes to heap
	// CHECK-DAG: calls_method_spelling.go:[[@LINE+2]]:69: Q.Val(i.(Q)) escapes to heap
	// CHECK-DAG: calls_method_spelling.go:[[@LINE+1]]:69: devirtualizing i.Val to Q
	fmt.Println(v.SQL(1), w.SQL(2), w.Val(), pw.Val(), pw.SQL(3), i.Val())
	// CHECK-DAG: calls_method_spelling.go:[[@LINE+5]]:13: ... argument does not escape
	// CHECK-DAG: calls_method_spelling.go:[[@LINE+4]]:24: ... argument does not escape
	// CHECK-DAG: calls_method_spelling.go:[[@LINE+3]]:24: fmt.Sprint(... argument...) escapes to heap
	// CHECK-DAG: calls_method_spelling.go:[[@LINE+2]]:25: 1 escapes to heap
	// CHECK-DAG: calls_method_spelling.go:[[@LINE+1]]:37: Q.Val(&v) escapes to heap
	fmt.Println(fmt.Sprint(1), (&v).Val())
}
