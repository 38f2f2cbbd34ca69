// RUN: cd %S && %gosc -m fields_escape_array.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m fields_escape_array.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// RUN: cd %S && %gosc -m --no-field-sensitive fields_escape_array.go 2>&1 | FileCheck --check-prefix=OFF %s
// RUN: cd %S && %gosc -m --no-field-sensitive fields_escape_array.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// Field sensitivity on arrays (DESIGN.md § Escape analysis, 1): the
// `// BAD` case `fun` of Go's test/escape_array.go (go1.19, line 49): gc
// -m -l says "leaking param: y to result ~r0 level=0" because x[0] and x[1]
// are one location; gosc splits the array parameter's cell per element.
// A non-constant index (funVar) or an element read back (funSame) keeps
// gc's decision. With --no-field-sensitive gosc prints gc's lines (OFF).
// COUNT: {{^ *}}6{{$}}
package main

type U [2]*string

// CHECK: fields_escape_array.go:[[@LINE+4]]:10: leaking param: x to result ~r0 level=0
// CHECK: fields_escape_array.go:[[@LINE+3]]:15: y does not escape
// OFF: fields_escape_array.go:[[@LINE+2]]:10: leaking param: x to result ~r0 level=0
// OFF: fields_escape_array.go:[[@LINE+1]]:15: leaking param: y to result ~r0 level=0
func fun(x U, y *string) *string {
	x[0] = y
	return x[1]
}

// CHECK: fields_escape_array.go:[[@LINE+4]]:13: leaking param: x to result ~r0 level=0
// CHECK: fields_escape_array.go:[[@LINE+3]]:18: leaking param: y to result ~r0 level=0
// OFF: fields_escape_array.go:[[@LINE+2]]:13: leaking param: x to result ~r0 level=0
// OFF: fields_escape_array.go:[[@LINE+1]]:18: leaking param: y to result ~r0 level=0
func funVar(x U, y *string, k int) *string {
	x[k] = y
	return x[1]
}

// CHECK: fields_escape_array.go:[[@LINE+4]]:14: leaking param: x to result ~r0 level=0
// CHECK: fields_escape_array.go:[[@LINE+3]]:19: leaking param: y to result ~r0 level=0
// OFF: fields_escape_array.go:[[@LINE+2]]:14: leaking param: x to result ~r0 level=0
// OFF: fields_escape_array.go:[[@LINE+1]]:19: leaking param: y to result ~r0 level=0
func funSame(x U, y *string) *string {
	x[0] = y
	return x[0]
}

func main() {
	s, t := "a", "b"
	u := U{&t, &t}
	println(*fun(u, &s), *funVar(u, &s, 0), *funSame(u, &s))
}
