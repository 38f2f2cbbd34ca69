// RUN: not %gosc %s 2>&1 | FileCheck %s
// Redeclarations and := without new variables.
package main

var x int

// CHECK: fail_redeclared.go:[[@LINE+1]]:5: error: x redeclared in this block
var x string

type T struct{}

func (T) M() {}

// CHECK: fail_redeclared.go:[[@LINE+1]]:10: error: T.M redeclared in this block
func (T) M() {}

func main() {
	a := 1
	// CHECK: fail_redeclared.go:[[@LINE+1]]:4: error: no new variables on left side of :=
	a := 2
	var b int
	// CHECK: fail_redeclared.go:[[@LINE+1]]:6: error: b redeclared in this block
	var b string
	_, _ = a, b
}
