// RUN: not %gosc %s 2>&1 | FileCheck %s
// Constructs outside the subset (SUBSET.md) are rejected by name.
package main

// CHECK: fail_unsupported.go:[[@LINE+1]]:8: error: package net/http is not supported
import "net/http"

// CHECK: fail_unsupported.go:[[@LINE+1]]:1: error: type parameters are not supported
func generic[T any](x T) {}

type tagged struct {
	// CHECK: fail_unsupported.go:[[@LINE+1]]:2: error: struct tags are not supported
	A int `json:"a"`
}

func main() {
	// CHECK: fail_unsupported.go:[[@LINE+1]]:2: error: go statement is not supported
	go main()
	// CHECK: fail_unsupported.go:[[@LINE+1]]:8: error: channel type is not supported
	var c chan int
	// CHECK: fail_unsupported.go:[[@LINE+1]]:7: error: complex numbers are not supported
	z := 1i
	// CHECK: fail_unsupported.go:[[@LINE+1]]:2: error: select statement is not supported
	select {}
	_, _ = c, z
}
