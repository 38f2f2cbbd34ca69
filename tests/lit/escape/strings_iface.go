// RUN: cd %S && %gosc -m strings_iface.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m strings_iface.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// String copies (conversions, concatenations) are allocation sites worded as
// gc words them, and the implicit interface conversion of a plain variable
// sits where gc puts it (the call's `(`, the last literal argument before
// it, or an assignment's left-hand side).
package main

import "fmt"

var anySink any

func toBytes(s string) int {
	// CHECK-DAG: strings_iface.go:[[@LINE+1]]:13: ([]byte)(s) does not escape
	b := []byte(s)
	return len(b)
}

func toString(b []byte) string {
	// CHECK-DAG: strings_iface.go:[[@LINE+1]]:15: string(b) escapes to heap
	return string(b)
}

func concat(a, b string) string {
	// CHECK-DAG: strings_iface.go:[[@LINE+1]]:17: a + "-" + b escapes to heap
	return a + "-" + b
}

func local(a, b string) int {
	// CHECK-DAG: strings_iface.go:[[@LINE+1]]:9: a + b does not escape
	s := a + b
	return len(s)
}

func printTwo(a, b int) {
	// CHECK-DAG: strings_iface.go:[[@LINE+2]]:13: a escapes to heap
	// CHECK-DAG: strings_iface.go:[[@LINE+1]]:13: b escapes to heap
	fmt.Println(a, b)
}

func format(n int) string {
	// CHECK-DAG: strings_iface.go:[[@LINE+1]]:21: n escapes to heap
	return fmt.Sprintf("n=%d", n)
}

func store(x int) {
	// CHECK-DAG: strings_iface.go:[[@LINE+1]]:2: x escapes to heap
	anySink = x
}

func describe(k int) string {
	// CHECK-DAG: strings_iface.go:[[@LINE+1]]:14: "k=" + fmt.Sprint(... argument...) escapes to heap
	return "k=" + fmt.Sprint(k)
}

// An interface-to-interface assertion keeps the data word: a method called
// on it leaks the whole parameter, not only its content.
type Shape interface{ Area() int }

// CHECK-DAG: strings_iface.go:[[@LINE+1]]:13: leaking param: v
func areaOf(v any) int {
	if s, ok := v.(Shape); ok {
		return s.Area()
	}
	return 0
}

func main() {
	println(toBytes("abc"), toString([]byte("x")), concat("a", "b"), local("a", "b"))
	printTwo(1, 2)
	println(format(3), describe(4), areaOf(5))
	store(6)
}

// Every line of the output is checked above or counted here, so an extra
// decision fails the test.
// COUNT: {{^ *}}22{{$}}
