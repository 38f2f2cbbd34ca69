// RUN: cd %S && %gosc -m maps.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m maps.go 2>&1 | FileCheck --check-prefix=NOT %s
// RUN: cd %S && %gosc -m maps.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// Escape decisions for maps: local maps stay on the stack, returned or
// globally stored maps go to the heap, and (beyond gc) maps stored into a
// local map stay on the stack with it, as do pointers, strings and maps
// stored into a local map or through a non-escaping new'd pointer (each
// marked where gc says otherwise).
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


type node struct {
	id   int
	next *node
}

var keep *node

// `*p = make(map)` through a new'd pointer that does not escape: gc sends
// the map to the heap (a store through a pointer is a heap sink for it);
// gosc follows p to its non-escaping pointee, so the map stays.
func newMapHeader() int {
	// CHECK-DAG: maps.go:[[@LINE+1]]:10: new(map[string]int) does not escape
	p := new(map[string]int)
	// CHECK-DAG: maps.go:[[@LINE+1]]:11: make(map[string]int) does not escape
	*p = make(map[string]int)
	(*p)["k"] = 7
	return (*p)["k"]
}

// ...and when the pointer escapes, the map stored through it does too.
func newMapHeaderEscapes() *map[string]int {
	// CHECK-DAG: maps.go:[[@LINE+1]]:10: new(map[string]int) escapes to heap
	p := new(map[string]int)
	// CHECK-DAG: maps.go:[[@LINE+1]]:11: make(map[string]int) escapes to heap
	*p = make(map[string]int)
	return p
}

// &T{} stored into a local map: gc says "escapes to heap" for both; gosc is
// right that they stay, as the map that holds them dies with the frame.
func ptrValues() int {
	// CHECK-DAG: maps.go:[[@LINE+1]]:11: make(map[int]*node) does not escape
	m := make(map[int]*node)
	// CHECK-DAG: maps.go:[[@LINE+1]]:9: &node{...} does not escape
	m[1] = &node{id: 1}
	// CHECK-DAG: maps.go:[[@LINE+1]]:9: &node{...} does not escape
	m[2] = &node{id: 2, next: m[1]}
	return m[2].next.id
}

// A pointer read back out of a local map and stored globally escapes.
func ptrValueReadBack() {
	// CHECK-DAG: maps.go:[[@LINE+1]]:11: make(map[int]*node) does not escape
	m := make(map[int]*node)
	// CHECK-DAG: maps.go:[[@LINE+1]]:9: &node{...} escapes to heap
	m[1] = &node{id: 1}
	keep = m[1]
}

// gc: "moved to heap: x" (map values are heap sinks); gosc keeps x.
// NOT-NOT: maps.go:[[@LINE+2]]:2: moved to heap: x
func addrOfLocalInMap() int {
	x := 5
	// CHECK-DAG: maps.go:[[@LINE+1]]:22: map[string]*int{} does not escape
	m := map[string]*int{}
	m["x"] = &x
	*m["x"] = 6
	return x
}

// Keys too: gc says new(int) "escapes to heap".
func ptrKeys() int {
	// CHECK-DAG: maps.go:[[@LINE+1]]:10: new(int) does not escape
	a := new(int)
	// CHECK-DAG: maps.go:[[@LINE+1]]:11: make(map[*int]string, 2) does not escape
	m := make(map[*int]string, 2)
	m[a] = "a"
	return len(m)
}

// gc: "leaking param: s" (the string is stored into a map); gosc: the map
// is local, so the string does not leak.
// CHECK-DAG: maps.go:[[@LINE+1]]:19: s does not escape
func stringValues(s string) int {
	// CHECK-DAG: maps.go:[[@LINE+1]]:11: make(map[int]string) does not escape
	m := make(map[int]string)
	m[0] = s
	return len(m[0])
}

// A non-constant hint does not send a map to the heap (gc agrees).
func hinted(n int) int {
	// CHECK-DAG: maps.go:[[@LINE+1]]:11: make(map[int]int, n) does not escape
	m := make(map[int]int, n)
	m[n] = 1
	return len(m)
}

// new of a map type allocates only the header variable.
func newMapNil() bool {
	// CHECK-DAG: maps.go:[[@LINE+1]]:10: new(map[string]int) does not escape
	m := new(map[string]int)
	return *m == nil
}

// Every decision is listed above; nothing else may be printed.
// COUNT: {{^ *}}21{{$}}

func main() {
	println(local(), len(returned()), nested())
	stored()
	println(newMapHeader(), len(*newMapHeaderEscapes()), ptrValues())
	ptrValueReadBack()
	println(addrOfLocalInMap(), ptrKeys(), stringValues("ab"), hinted(3), newMapNil())
}
