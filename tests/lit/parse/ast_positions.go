// RUN: %gosc --emit=ast %s | FileCheck %s
// Positions recorded by the parser follow gc's -m conventions: calls at '(', composite
// literals at '{' (but &T{} at '&'), selectors at '.', binary expressions at the operator,
// function literals at 'func'.
package main

type T struct{ n int }

func main() {
	// CHECK: Assign := @[[@LINE+2]]:4
	// CHECK: Call @[[@LINE+1]]:11
	m := make(map[string]int)
	// CHECK: Unary & @[[@LINE+2]]:7
	// CHECK: CompositeLit @[[@LINE+1]]:9
	p := &T{n: 1}
	// CHECK: Binary + @[[@LINE+2]]:15
	// CHECK: Selector .n @[[@LINE+1]]:12
	m["a"] = p.n + 1
	// CHECK: FuncLit @[[@LINE+1]]:7
	f := func() int { return len(m) }
	_ = f
}
