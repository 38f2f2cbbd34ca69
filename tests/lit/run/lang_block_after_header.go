// Blocks after if, for and switch statements, and composite literals in their headers:
// the `{` after a header's name is its body (gc's rule), the `{` after a type literal is
// a composite literal. Expected output is go1.19's.
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
package main

import "fmt"

type T struct{ a int }

func ok() bool { return true }

func main() {
	b := true
	if b {
	}
	{
		fmt.Println("block after if")
	}
	if b {
		ok()
	}
	{
		fmt.Println("block after if with a call")
	}
	for i := 0; i < 1; i++ {
	}
	{
		fmt.Println("block after for")
	}
	switch {
	}
	{
		fmt.Println("block after switch")
	}
	p := T{1}
	if p.a == 1 {
	}
	{
		fmt.Println("block after selector")
	}
	m := map[string]bool{"k": true}
	if m["k"] {
	}
	{
		fmt.Println("block after index")
	}
	for _, v := range []int{1, 2} {
		fmt.Println("range slice literal", v)
	}
	for _, v := range [...]string{"x"} {
		fmt.Println("range array literal", v)
	}
	for k := range map[string]int{"y": 1} {
		fmt.Println("range map literal", k)
	}
	for _, v := range []struct{ n int }{{3}} {
		fmt.Println("range struct literal", v.n)
	}
	for _, v := range []*T{&p} {
		fmt.Println("range pointer slice", v.a)
	}
	for _, f := range []func() int{func() int { return 4 }} {
		fmt.Println("range func slice", f())
	}
	if x := (T{5}); x.a == 5 {
		fmt.Println("parenthesised literal", x.a)
	}
	if func() bool { if b { return true }; return false }() {
		fmt.Println("func literal in header")
	}
	switch s := struct{ v int }{6}; s.v {
	case 6:
		fmt.Println("struct literal in switch")
	}
	if [][]int{{7}}[0][0] == 7 {
		fmt.Println("nested slice literal")
	}
	if interface{}(b) == true {
		fmt.Println("interface conversion")
	}
}

// CHECK: block after if
// CHECK-NEXT: block after if with a call
// CHECK-NEXT: block after for
// CHECK-NEXT: block after switch
// CHECK-NEXT: block after selector
// CHECK-NEXT: block after index
// CHECK-NEXT: range slice literal 1
// CHECK-NEXT: range slice literal 2
// CHECK-NEXT: range array literal x
// CHECK-NEXT: range map literal y
// CHECK-NEXT: range struct literal 3
// CHECK-NEXT: range pointer slice 1
// CHECK-NEXT: range func slice 4
// CHECK-NEXT: parenthesised literal 5
// CHECK-NEXT: func literal in header
// CHECK-NEXT: struct literal in switch
// CHECK-NEXT: nested slice literal
// CHECK-NEXT: interface conversion
