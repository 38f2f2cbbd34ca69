// RUN: cd %S && %gosc -m slices_appendee.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m slices_appendee.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// gc's "appendee slice" rule, which gosc follows: append may copy the old
// elements of a slice whose elements hold pointers into a fresh heap array,
// so `append(a, b...)` with a, b of type []*T leaks the content of both a
// (the appendee) and b (the appended values).
package main

type Item struct{ ID int }

// CHECK-DAG: slices_appendee.go:[[@LINE+2]]:22: leaking param content: a
// CHECK-DAG: slices_appendee.go:[[@LINE+1]]:25: leaking param content: b
func appendPtrSlices(a, b []*Item) int {
	c := append(a, b...)
	return len(c)
}

func main() {
	println(appendPtrSlices(nil, nil))
}

// Every line of the output is checked above or counted here, so an extra
// decision fails the test.
// COUNT: {{^ *}}2{{$}}
