// Comparing interfaces (alone or inside structs and arrays) whose dynamic
// type is a slice panics "comparing uncomparable type T" even when the
// result is unused.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
// RUN: %gosc build -O0 -o %t0 %s && %t0 | FileCheck --match-full-lines %s
package main

import "fmt"

type K struct{ b interface{} }

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

func main() {
	var a, b interface{} = []int{}, []int{}
	try("unused eq", func() { _ = a == b })
	try("unused struct", func() { _ = K{a} == K{b} })
	try("unused arr", func() { _ = [1]interface{}{a} != [1]interface{}{b} })
	try("switch", func() {
		switch a {
		case b:
			fmt.Println("x")
		}
	})
}

// CHECK: unused eq runtime error: comparing uncomparable type []int
// CHECK-NEXT: unused struct runtime error: comparing uncomparable type []int
// CHECK-NEXT: unused arr runtime error: comparing uncomparable type []int
// CHECK-NEXT: switch runtime error: comparing uncomparable type []int
