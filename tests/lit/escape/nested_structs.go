// RUN: cd %S && %gosc -m nested_structs.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m nested_structs.go 2>&1 | FileCheck --check-prefix=NOT %s
// RUN: cd %S && %gosc -m nested_structs.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// Escape decisions for nested structs: chains of value fields
// (t.User.Account.Balance) are offsets from one object, so reading them
// leaks nothing and taking a nested field's address is taking the whole
// variable's; pointer fields (&Outer{In: &Inner{}}) are separate objects
// whose fates can differ. Every expectation matches go1.19 -m -l but
// fieldSensitive's (see there).
package main

type Account struct{ ID, Balance int }
type User struct {
	Name    string
	Account Account
}
type Txn struct {
	Amount int
	User   User
}
type Inner struct{ V int }
type Outer struct {
	Name string
	In   *Inner
}
type pair struct{ p, q *int }

var accSink *Account
var innerSink *Inner

// A chain of nested value fields read through a pointer: nothing escapes.
// CHECK-DAG: nested_structs.go:[[@LINE+1]]:14: t does not escape
func balance(t *Txn) int { return t.User.Account.Balance }

// Returning the address of a nested field leaks the parameter to the result.
// CHECK-DAG: nested_structs.go:[[@LINE+1]]:17: leaking param: t to result ~r0 level=0
func balancePtr(t *Txn) *int { return &t.User.Account.Balance }

// Reading a nested field of pointer type: content to result.
// CHECK-DAG: nested_structs.go:[[@LINE+1]]:15: leaking param: t to result ~r0 level=1
func userName(t *Txn) string { return t.User.Name }

// The address of a nested field of a local goes to a non-leaking callee.
func localNested() int {
	// NOT-NOT: nested_structs.go:[[@LINE+1]]:6: moved to heap: t
	var t Txn
	t.User.Account.Balance = 10
	p := &t.User.Account
	p.Balance++
	return balance(&t)
}

// The address of a nested field of a local is stored in a global.
func nestedAddrEscapes() {
	// CHECK-DAG: nested_structs.go:[[@LINE+1]]:6: moved to heap: t
	var t Txn
	accSink = &t.User.Account
}

// Both levels of a local &Outer{In: &Inner{}} stay on the stack.
func localBoth() int {
	// CHECK-DAG: nested_structs.go:[[@LINE+2]]:7: &Outer{...} does not escape
	// CHECK-DAG: nested_structs.go:[[@LINE+1]]:18: &Inner{...} does not escape
	o := &Outer{In: &Inner{V: 1}}
	o.In.V++
	return o.In.V
}

// Both levels escape when the outer is returned.
func returnedBoth() *Outer {
	// CHECK-DAG: nested_structs.go:[[@LINE+2]]:9: &Outer{...} escapes to heap
	// CHECK-DAG: nested_structs.go:[[@LINE+1]]:31: &Inner{...} escapes to heap
	return &Outer{Name: "r", In: &Inner{V: 2}}
}

// Only the inner escapes when it is the one returned.
func innerOnly() *Inner {
	// CHECK-DAG: nested_structs.go:[[@LINE+2]]:7: &Outer{...} does not escape
	// CHECK-DAG: nested_structs.go:[[@LINE+1]]:18: &Inner{...} escapes to heap
	o := &Outer{In: &Inner{V: 4}}
	return o.In
}

// The inner of a local outer value goes to a global.
func innerToGlobal() {
	// CHECK-DAG: nested_structs.go:[[@LINE+1]]:17: &Inner{...} escapes to heap
	o := Outer{In: &Inner{V: 5}}
	innerSink = o.In
}

// Storing a fresh inner into a parameter's field: the parameter is not
// leaked, but the inner is (o's pointee may be anywhere).
// CHECK-DAG: nested_structs.go:[[@LINE+1]]:13: o does not escape
func attach(o *Outer, v int) {
	// CHECK-DAG: nested_structs.go:[[@LINE+1]]:9: &Inner{...} escapes to heap
	o.In = &Inner{V: v}
}

// Field sensitivity: only x.q flows to the result; x.p = &i keeps i local.
// CHECK-DAG: nested_structs.go:[[@LINE+1]]:21: leaking param: q to result ~r0 level=0
func fieldSensitive(q *int) *int {
	// gc: "moved to heap: i" (field-insensitive: x.q reaches the result, so all
	// of x does). gosc splits x per field (DESIGN.md § Escape 1): i stays on
	// the stack (fields_*.go test field sensitivity in depth).
	// NOT-NOT: nested_structs.go:[[@LINE+1]]:2: moved to heap: i
	i := 1
	var x pair
	x.p = &i
	x.q = q
	*x.p = 2
	return x.q
}

// Without field separation the same flow through one field does escape.
// CHECK-DAG: nested_structs.go:[[@LINE+1]]:16: q does not escape
func sameField(q *int) *int {
	// CHECK-DAG: nested_structs.go:[[@LINE+1]]:2: moved to heap: i
	i := 1
	var x pair
	x.p = &i
	return x.p
}

// Every decision is listed above; nothing else may be printed.
// COUNT: {{^ *}}17{{$}}

func main() {
	// CHECK-DAG: nested_structs.go:[[@LINE+1]]:7: &Txn{...} does not escape
	t := &Txn{Amount: 3, User: User{Name: "ann", Account: Account{ID: 1, Balance: 50}}}
	println(balance(t), *balancePtr(t), userName(t), localNested())
	nestedAddrEscapes()
	println(localBoth(), returnedBoth().In.V, innerOnly().V)
	innerToGlobal()
	var o Outer
	attach(&o, 5)
	n := 3
	println(o.In.V, *fieldSensitive(&n), *sameField(&n))
}
