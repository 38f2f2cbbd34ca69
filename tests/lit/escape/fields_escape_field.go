// RUN: cd %S && %gosc -m fields_escape_field.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m fields_escape_field.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// RUN: cd %S && %gosc -m --no-field-sensitive fields_escape_field.go 2>&1 | FileCheck --check-prefix=OFF %s
// RUN: cd %S && %gosc -m --no-field-sensitive fields_escape_field.go 2>&1 | wc -l | FileCheck --check-prefix=OFF-COUNT %s
// Field sensitivity (DESIGN.md § Escape analysis, 1): the `// BAD` cases of
// Go's test/escape_field.go (go1.19) that a per-field split of struct and
// array objects decides right. gc -m -l prints "moved to heap: i" for each
// `i` below; gosc keeps them on the stack and prints nothing (as gc does
// for a variable that does not escape). With --no-field-sensitive gosc
// prints gc's lines exactly (OFF). The cases where the field that escapes
// is the one written keep gc's decision (CHECK lines). Every line printed
// is checked: COUNT and OFF-COUNT are the numbers of CHECK and OFF lines.
// COUNT: {{^ *}}9{{$}}
// OFF-COUNT: {{^ *}}16{{$}}
package main

var sink interface{}

type X struct {
	p1 *int
	p2 *int
	a  [2]*int
}

type Y struct {
	x X
}

// escape_field.go:30 (field1): a store into x.p1, a read of x.p2.
func field1() {
	// OFF: fields_escape_field.go:[[@LINE+1]]:2: moved to heap: i
	i := 0
	var x X
	x.p1 = &i
	sink = x.p2
}

// The same with the read of the written field: i escapes (gc agrees).
func field0() {
	// CHECK: fields_escape_field.go:[[@LINE+2]]:2: moved to heap: i
	// OFF: fields_escape_field.go:[[@LINE+1]]:2: moved to heap: i
	i := 0
	var x X
	x.p1 = &i
	sink = x.p1
}

// escape_field.go:53 (field5): array elements with constant indices.
func field5() {
	// OFF: fields_escape_field.go:[[@LINE+1]]:2: moved to heap: i
	i := 0
	var x X
	x.a[0] = &i
	sink = x.a[1]
}

// A non-constant index may be any element: all of x.a (gc agrees).
func field5var(k int) {
	// CHECK: fields_escape_field.go:[[@LINE+2]]:2: moved to heap: i
	// OFF: fields_escape_field.go:[[@LINE+1]]:2: moved to heap: i
	i := 0
	var x X
	x.a[0] = &i
	sink = x.a[k]
}

// escape_field.go:105 (field10): nested fields copied as a whole struct,
// twice, before the other field is read.
func field10() {
	// OFF: fields_escape_field.go:[[@LINE+1]]:2: moved to heap: i
	i := 0
	var y Y
	y.x.p1 = &i
	x := y.x
	var y1 Y
	y1.x = x
	sink = y1.x.p2
}

// The same copies, reading the written field (escape_field.go:83, field8).
func field8() {
	// CHECK: fields_escape_field.go:[[@LINE+2]]:2: moved to heap: i
	// OFF: fields_escape_field.go:[[@LINE+1]]:2: moved to heap: i
	i := 0
	var y Y
	y.x.p1 = &i
	x := y.x
	var y1 Y
	y1.x = x
	sink = y1.x.p1
}

// escape_field.go:122 (field12): a composite literal value.
func field12() {
	// OFF: fields_escape_field.go:[[@LINE+1]]:2: moved to heap: i
	i := 0
	x := X{p1: &i}
	sink = x.p2
}

// escape_field.go:135 (field14): a composite literal's storage.
func field14() {
	// OFF: fields_escape_field.go:[[@LINE+1]]:2: moved to heap: i
	i := 0
	// CHECK: fields_escape_field.go:[[@LINE+2]]:7: &X{...} does not escape
	// OFF: fields_escape_field.go:[[@LINE+1]]:7: &X{...} does not escape
	x := &X{p1: &i}
	sink = x.p2
}

// escape_field.go:146 (field16): boxed and asserted back to the same type.
func field16() {
	// OFF: fields_escape_field.go:[[@LINE+1]]:2: moved to heap: i
	i := 0
	var x X
	x.p1 = &i
	// CHECK: fields_escape_field.go:[[@LINE+2]]:26: x does not escape
	// OFF: fields_escape_field.go:[[@LINE+1]]:26: x does not escape
	var iface interface{} = x
	x1 := iface.(X)
	sink = x1.p2
}

// escape_field.go:164 (field18): asserted to another type, which always fails.
func field18() {
	// OFF: fields_escape_field.go:[[@LINE+1]]:2: moved to heap: i
	i := 0
	var x X
	x.p1 = &i
	// CHECK: fields_escape_field.go:[[@LINE+2]]:26: x does not escape
	// OFF: fields_escape_field.go:[[@LINE+1]]:26: x does not escape
	var iface interface{} = x
	y, _ := iface.(Y)
	// CHECK: fields_escape_field.go:[[@LINE+2]]:2: y escapes to heap
	// OFF: fields_escape_field.go:[[@LINE+1]]:2: y escapes to heap
	sink = y
}

// Passing &x to a call connects every field (the summary reads *x): gc's
// decision, field6a at escape_field.go:66 stays BAD.
// CHECK: fields_escape_field.go:[[@LINE+2]]:13: leaking param content: x
// OFF: fields_escape_field.go:[[@LINE+1]]:13: leaking param content: x
func field6(x *X) {
	sink = x.p2
}

func field6a() {
	// CHECK: fields_escape_field.go:[[@LINE+2]]:2: moved to heap: i
	// OFF: fields_escape_field.go:[[@LINE+1]]:2: moved to heap: i
	i := 0
	var x X
	x.p1 = &i
	field6(&x)
}

func main() {
	field0()
	field1()
	field5()
	field5var(1)
	field6a()
	field8()
	field10()
	field12()
	field14()
	field16()
	field18()
}
