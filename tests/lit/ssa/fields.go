// RUN: cd %S && %gosc --emit=ssa fields.go | FileCheck %s
// Nested struct fields of an addressable value are one constant offset
// (field_inline folds the FieldAddr chain); embedded pointers are followed
// with a load, and promoted methods get the receiver they want.
package main

type Account struct{ Balance int }
type User struct {
	Name    string
	Account Account
}
type T struct {
	ID   int
	User User
}

type Base struct{ ID int }

func (b *Base) Bump() { b.ID++ }

type Derived struct {
	*Base
	Name string
}

// CHECK-LABEL: func main.main :
// CHECK: %t = alloc {{heap|stack}} localvar "t" : *main.T
// CHECK: fieldaddr %t [0] +24 : *int
// CHECK-NOT: +16
// CHECK: call main.(*Base).Bump(
func main() {
	var t T
	t.User.Account.Balance = 5
	d := Derived{Base: &Base{}}
	d.Bump()
	println(t.User.Account.Balance, d.ID)
}
