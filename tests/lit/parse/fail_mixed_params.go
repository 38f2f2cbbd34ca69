// RUN: not %gosc %s 2>&1 | FileCheck %s
package main

// CHECK: fail_mixed_params.go:[[@LINE+1]]:15: error: syntax error: mixed named and unnamed parameters
func f(a int, string) {}

func main() { f(1, "") }
