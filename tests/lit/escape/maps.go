// RUN: cd %S && %gosc -m maps.go 2>&1 | FileCheck %s
// Escape decisions for maps: local maps stay on the stack, returned or
// globally stored maps go to the heap, and (beyond gc) maps stored into a
// local map stay on the stack with it.
package main

var global map[string]int

func local() int {
	// CHECK-DAG: maps.go:[[@LINE+1]]:11: make(map[string]int) does not escape
	m := make(map[string]int)
	m["a"] = 1
	return m["a"]
}

func returned() map[int]int {
	// CHECK-DAG: maps.go:[[@LINE+1]]:11: make(map[int]int, 4) escapes to heap
	m := make(map[int]int, 4)
	m[1] = 2
	return m
}

func stored() {
	// CHECK-DAG: maps.go:[[@LINE+1]]:25: map[string]int{...} escapes to heap
	global = map[string]int{"x": 1}
}

func nested() int {
	// CHECK-DAG: maps.go:[[@LINE+1]]:15: make(map[string]map[int]int) does not escape
	outer := make(map[string]map[int]int)
	// gc says "escapes to heap" here: a value stored into a map is a heap sink for gc.
	// CHECK-DAG: maps.go:[[@LINE+1]]:15: make(map[int]int) does not escape
	inner := make(map[int]int)
	inner[1] = 1
	outer["a"] = inner
	return len(outer["a"])
}

func main() {
	println(local(), len(returned()), nested())
	stored()
}
