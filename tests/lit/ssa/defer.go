// RUN: cd %S && %gosc --emit=ssa defer.go | FileCheck %s
// A function with a defer keeps its results in cells (Func::result_cells) so
// deferred closures and a recovered panic can change them; its returns have
// no operands.
package main

import "errors"

// CHECK-LABEL: func main.safeDiv :
// CHECK-SAME: func(int, int) (int, error) @defer.go:[[@LINE+7]]:1 defer
// CHECK-NEXT: ; named results "q" "err"
// CHECK-NEXT: ; results in %q %err
// CHECK: %q = alloc {{heap|stack}} localvar "q" : *int
// CHECK: %err = alloc {{heap|stack}} localvar "err" : *error
// CHECK: defer %{{.*}}()
// CHECK: return @defer.go
func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("division by zero")
		}
	}()
	q = a / b
	return
}

// CHECK-LABEL: func main.safeDiv.func1 : func() @defer.go:{{.*}} parent=main.safeDiv recover
// CHECK: %err = freevar 0 : *error
// CHECK: recover : interface {}
func main() {
	q, err := safeDiv(1, 0)
	println(q, err != nil)
}
