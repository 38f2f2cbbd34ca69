// RUN: cd %S && %gosc --emit=ssa local_types.go > %t.ssa
// RUN: FileCheck %s < %t.ssa
// RUN: %gosc --ssa-in %t.ssa --emit=ssa | diff %t.ssa -
// Two local types of one name are two types: Go prints both as main.T, the
// SSA text spells them main.T·1 and main.T·2 (as gc's link names do) so that
// the text reads back with each use bound to its own declaration. A type
// declared at package level keeps its plain name.
package main

import "fmt"

type T struct{ top bool }

// CHECK: type main.T struct { top bool } @local_types.go:[[@LINE-2]]:6
// CHECK: type main.T·1 struct { a int } @local_types.go:[[@LINE+2]]:7
func f() interface{} {
	type T struct{ a int }
	return T{1}
}

// CHECK: type main.T·2 struct { b string } @local_types.go:[[@LINE+2]]:7
func g() interface{} {
	type T struct{ b string }
	return T{"x"}
}

// CHECK-LABEL: func main.f
// CHECK: makeiface <main.T·1>
// CHECK-LABEL: func main.g
// CHECK: makeiface <main.T·2>
func main() {
	fmt.Println(f(), g(), T{})
}
