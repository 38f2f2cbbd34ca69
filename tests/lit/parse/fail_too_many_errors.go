// RUN: not %gosc %s 2>&1 | FileCheck %s
// RUN: not %gosc %s 2>&1 | grep -c ": error: " | FileCheck --check-prefix=COUNT %s
// COUNT: 10
// gc stops at the tenth error, with "too many errors" at its position.
package main

// CHECK: fail_too_many_errors.go:[[@LINE+1]]:18: error: syntax error: unexpected }, expecting expression
func f1() { x := }
// CHECK: fail_too_many_errors.go:[[@LINE+1]]:18: error: syntax error: unexpected }, expecting expression
func f2() { x := }
// CHECK: fail_too_many_errors.go:[[@LINE+1]]:18: error: syntax error: unexpected }, expecting expression
func f3() { x := }
// CHECK: fail_too_many_errors.go:[[@LINE+1]]:18: error: syntax error: unexpected }, expecting expression
func f4() { x := }
// CHECK: fail_too_many_errors.go:[[@LINE+1]]:18: error: syntax error: unexpected }, expecting expression
func f5() { x := }
// CHECK: fail_too_many_errors.go:[[@LINE+1]]:18: error: syntax error: unexpected }, expecting expression
func f6() { x := }
// CHECK: fail_too_many_errors.go:[[@LINE+1]]:18: error: syntax error: unexpected }, expecting expression
func f7() { x := }
// CHECK: fail_too_many_errors.go:[[@LINE+1]]:18: error: syntax error: unexpected }, expecting expression
func f8() { x := }
// CHECK: fail_too_many_errors.go:[[@LINE+1]]:18: error: syntax error: unexpected }, expecting expression
func f9() { x := }
// CHECK: fail_too_many_errors.go:[[@LINE+1]]:19: error: syntax error: unexpected }, expecting expression
func f10() { x := }
// CHECK: fail_too_many_errors.go:[[@LINE-1]]:19: too many errors
func f11() { x := }
func f12() { x := }

func main() {}
