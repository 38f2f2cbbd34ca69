// RUN: not %gosc %s 2>&1 | FileCheck %s
// Method expressions that would need a generated wrapper are rejected by
// name instead of being miscompiled.
package main

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }

type Getter interface{ Get() int }

func main() {
	c := Counter{7}
	// CHECK: fail_method_expr.go:[[@LINE+1]]:17: error: method expression (*Counter).Get is not supported
	f := (*Counter).Get
	// CHECK: fail_method_expr.go:[[@LINE+1]]:13: error: method expression Getter.Get is not supported
	g := Getter.Get
	println(f(&c), g(c), Counter.Get(c))
}
