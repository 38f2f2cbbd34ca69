// Method expressions that are not the method itself go through a generated
// wrapper (ssa/build/build_wrappers.cpp): a value method through a pointer
// type, an interface's method (error.Error too), and methods promoted through
// embedded values and pointers. Each must call the right method with the
// receiver as the first argument, and a nil receiver must panic where Go's
// wrapper does. These forms were rejected as "not supported" before.
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
// RUN: %gosc build -O0 --no-escape -o %t0 %s && %t0 2>&1 | FileCheck --match-full-lines %s
package main

import (
	"errors"
	"fmt"
)

type T struct{ n int }

func (t T) Val() int             { return t.n }
func (t *T) Ptr() int            { return t.n * 10 }
func (t T) Pair(k int) (int, int) { return t.n, t.n * k }
func (t T) Sum(xs ...int) int {
	s := t.n
	for _, x := range xs {
		s += x
	}
	return s
}

type I interface{ Val() int }

type Outer struct{ T }

type Deep struct {
	*Outer
	tag string
}

func main() {
	t := T{3}
	f := (*T).Val
	fmt.Println(f(&t))
	t.n = 4
	fmt.Println(f(&t))
	g := I.Val
	fmt.Println(g(t), g(&t))
	e := error.Error
	fmt.Println(e(errors.New("boom")))
	h := Outer.Val
	fmt.Println(h(Outer{T{5}}))
	k := (*Outer).Ptr
	fmt.Println(k(&Outer{T{6}}))
	d := Deep.Val
	fmt.Println(d(Deep{&Outer{T{7}}, "x"}))
	dp := (*Deep).Ptr
	fmt.Println(dp(&Deep{&Outer{T{8}}, "y"}))
	a, b := (*T).Pair(&t, 5)
	fmt.Println(a, b)
	fmt.Println((*T).Sum(&t, 1, 2, 3), Outer.Sum(Outer{T{1}}, []int{10, 20}...))
	fs := []func(*T) int{(*T).Val, (*T).Ptr}
	for _, fn := range fs {
		fmt.Println(fn(&t))
	}
	try(func() {
		var p *T
		fmt.Println(f(p))
	})
	try(func() {
		var i I
		fmt.Println(g(i))
	})
	try(func() {
		fmt.Println(d(Deep{}))
	})
	try(func() {
		var p *T
		var i I = p // devirtualized, as gc does: a plain nil dereference
		fmt.Println(i.Val())
	})
	try(func() { fmt.Println(nilT().Val()) })
}

//go:noinline
func nilT() I {
	var p *T
	return p
}

func try(body func()) {
	defer func() { fmt.Println("recovered:", recover()) }()
	body()
}

// CHECK: 3
// CHECK-NEXT: 4
// CHECK-NEXT: 4 4
// CHECK-NEXT: boom
// CHECK-NEXT: 5
// CHECK-NEXT: 60
// CHECK-NEXT: 7
// CHECK-NEXT: 80
// CHECK-NEXT: 4 20
// CHECK-NEXT: 10 31
// CHECK-NEXT: 4
// CHECK-NEXT: 40
// CHECK-NEXT: recovered: value method main.T.Val called using nil *T pointer
// CHECK-NEXT: recovered: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: recovered: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: recovered: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: recovered: value method main.T.Val called using nil *T pointer
