// RUN: not %gosc %s 2>&1 | FileCheck %s
// Cycles of type names, and a struct containing itself through a name
// defined as it, are still invalid: one error per cycle.
package main

type A B

// CHECK: fail_recursive_type_names.go:[[@LINE+1]]:6: error: invalid recursive type B
type B A

type C struct{ d D }

// CHECK: fail_recursive_type_names.go:[[@LINE+1]]:6: error: invalid recursive type D
type D C

// CHECK: fail_recursive_type_names.go:[[@LINE+1]]:6: error: invalid recursive type E
type E E

// CHECK-NOT: error
func main() {}
