// Embedding an interface in a struct (method promotion through the
// interface value), overriding one method, and method values of promoted methods.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
package main

import (
	"fmt"
	"strings"
)

type Speaker interface {
	Speak() string
	Name() string
}

type Base struct{ n string }

func (b Base) Speak() string { return "I am " + b.n }
func (b Base) Name() string  { return b.n }

type Loud struct {
	Speaker
}

func (l Loud) Speak() string { return strings.ToUpper(l.Speaker.Speak()) + "!" }

type Counted struct {
	Loud
	count int
}

func main() {
	var s Speaker = Base{"bob"}
	l := Loud{s}
	fmt.Println(l.Speak(), l.Name())
	var s2 Speaker = l
	fmt.Println(s2.Speak(), s2.Name())
	c := &Counted{Loud: l}
	speak := c.Speak
	name := c.Name
	c.Loud = Loud{Base{"alice"}}
	fmt.Println(speak(), name(), c.Speak())
	var s3 Speaker = c
	fmt.Println(s3.Name())
	fn := Loud.Speak
	fmt.Println(fn(Loud{Base{"carol"}}))
	var empty Loud
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(empty.Name())
	}()
}

// CHECK: I AM BOB! bob
// CHECK-NEXT: I AM BOB! bob
// CHECK-NEXT: I AM BOB! bob I AM ALICE!
// CHECK-NEXT: alice
// CHECK-NEXT: I AM CAROL!
// CHECK-NEXT: recovered: runtime error: invalid memory address or nil pointer dereference
