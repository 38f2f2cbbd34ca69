// RUN: cd %S && %gosc --emit=ssa allocs.go | FileCheck %s
// RUN: cd %S && %gosc --emit=ssa allocs.go | FileCheck --check-prefix=NIL %s
// Every allocation site is one alloc with its site kind, gc's -m wording and
// gc's position: calls at `(`, &T{} at `&`, literals at `{`, variables at
// their declaration.
package main

type Point struct{ X, Y int }

// CHECK-LABEL: func main.main :
func main() {
	// CHECK: %m = alloc {{heap|stack}} makemap "make(map[string]int)" : map[string]int @allocs.go:[[@LINE+1]]:11
	m := make(map[string]int)
	// CHECK: %p = alloc {{heap|stack}} complit "&Point{...}" : *main.Point @allocs.go:[[@LINE+1]]:7
	p := &Point{X: 1}
	// CHECK: alloc {{heap|stack}} new "new(int)" : *int @allocs.go:[[@LINE+1]]:10
	q := new(int)
	// CHECK: alloc {{heap|stack}} makeslice "make([]int, 3)" %{{.*}} : *int @allocs.go:[[@LINE+1]]:11
	s := make([]int, 3)
	// CHECK: alloc {{heap|stack}} slicelit "[]int{...}" %{{.*}} : *int @allocs.go:[[@LINE+1]]:12
	l := []int{1, 2}
	// CHECK: alloc {{heap|stack}} maplit "map[string]int{...}" : map[string]int @allocs.go:[[@LINE+1]]:22
	ml := map[string]int{"a": 1}
	// CHECK: %x = alloc {{heap|stack}} localvar "x" : *int @allocs.go:[[@LINE+1]]:6
	var x int
	q = &x
	// CHECK: mapupdate %m
	m["k"] = *q + p.X + len(s) + len(l) + ml["a"]
	// CHECK: alloc {{heap|stack}} closureenv "func literal"
	// CHECK: makeclosure main.main.func1
	f := func() int { return x }
	// CHECK: alloc {{heap|stack}} box "f()" : *int
	// CHECK: alloc {{heap|stack}} slicelit "... argument"
	// CHECK: call main.println2(
	println2(f(), deref(p))
}

// q and p are allocations, never nil: no check before their loads; a
// parameter may be nil: it is checked before the load.
// NIL-LABEL: func main.main :
// NIL-NOT: nilcheck
// NIL-LABEL: func main.deref :
// NIL: nilcheck %p
func deref(p *Point) int { return p.X }

func println2(v ...interface{}) {}
