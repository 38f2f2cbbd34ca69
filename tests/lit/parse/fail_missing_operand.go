// RUN: not %gosc %s 2>&1 | FileCheck %s
package main

func main() {
	x := 1 +
	// CHECK: fail_missing_operand.go:[[@LINE+1]]:1: error: syntax error: unexpected }, expecting expression
}
