// Failed type assertions from a nil interface, in every form: to an interface type gc
// says "interface is nil, not error" (no source type), to a concrete type it names the
// source interface ("interface {} is nil", "main.I is nil"); the comma-ok forms and
// type switches give false / default; and the panic's first stderr line.
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
// ERR: panic: interface conversion: interface is nil, not error
package main

import (
	"errors"
	"fmt"
)

type I interface{ M() }
type J interface {
	M()
	N()
}
type T int
type Str interface{ String() string }

func (T) M() {}
func (T) Error() string { return "t" }

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	var x interface{}
	var i I
	try(func() { _ = x.(error) })
	try(func() { _ = x.(I) })
	try(func() { _ = x.(int) })
	try(func() { _ = x.(Str) })
	try(func() { _ = i.(J) })
	try(func() { _ = i.(T) })
	try(func() { _ = i.(interface{}) })
	var e error
	try(func() { _ = e.(Str) })
	try(func() { _ = e.(T) })
	v, ok := x.(error)
	fmt.Println(v, ok)
	w, ok := i.(J)
	fmt.Println(w, ok)
	u, ok := x.(I)
	fmt.Println(u, ok)
	k, ok := x.(interface{})
	fmt.Println(k, ok)
	switch y := x.(type) {
	case error:
		fmt.Println("error", y)
	case nil:
		fmt.Println("nil", y)
	}
	switch i.(type) {
	case J:
		fmt.Println("J")
	default:
		fmt.Println("default")
	}
	i = T(1)
	try(func() { _ = i.(J) })
	x = errors.New("e")
	try(func() { _ = x.(I) })
	var r interface{} = e
	_ = r.(error)
}

// CHECK: interface conversion: interface is nil, not error
// CHECK: interface conversion: interface is nil, not main.I
// CHECK: interface conversion: interface {} is nil, not int
// CHECK: interface conversion: interface is nil, not main.Str
// CHECK: interface conversion: interface is nil, not main.J
// CHECK: interface conversion: main.I is nil, not main.T
// CHECK: interface conversion: interface is nil, not interface {}
// CHECK: interface conversion: interface is nil, not main.Str
// CHECK: interface conversion: error is nil, not main.T
// CHECK: <nil> false
// CHECK: <nil> false
// CHECK: <nil> false
// CHECK: <nil> false
// CHECK: nil <nil>
// CHECK: default
// CHECK: interface conversion: main.T is not main.J: missing method N
// CHECK: interface conversion: *errors.errorString is not main.I: missing method M
// CHECK: exit=2
