// RUN: cd %S && %gosc -m nested_maps.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m nested_maps.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// Escape decisions for maps of maps. gc sends every value stored into a map
// to the heap, so for gc an inner map always escapes. gosc gives a map's
// storage to the map (DESIGN.md, escape analysis §2): while the outer map
// does not escape, neither does an inner map stored into it, but the inner
// map must still escape as soon as the outer one does, or as soon as it is
// read back out of the outer map into something that escapes. Lines where
// gosc deliberately differs from gc say so.
package main

var global map[string]map[int]int
var innerSink map[int]int

// Outer and inner both local.
func localPair() int {
	// CHECK-DAG: nested_maps.go:[[@LINE+1]]:15: make(map[string]map[int]int) does not escape
	outer := make(map[string]map[int]int)
	// gc: "escapes to heap" (map values are heap sinks for gc). gosc is right:
	// the inner map is reachable only through outer, which dies with the frame.
	// CHECK-DAG: nested_maps.go:[[@LINE+1]]:15: make(map[int]int) does not escape
	inner := make(map[int]int)
	inner[1] = 10
	outer["a"] = inner
	return outer["a"][1]
}

// A nested literal used locally.
func localLiteral() int {
	// gc: both inner literals "escape to heap"; gosc keeps them with the local
	// outer literal, for the same reason as in localPair.
	// CHECK-DAG: nested_maps.go:[[@LINE+3]]:36: map[string]map[string]int{...} does not escape
	// CHECK-DAG: nested_maps.go:[[@LINE+2]]:42: map[string]int{...} does not escape
	// CHECK-DAG: nested_maps.go:[[@LINE+1]]:57: map[string]int{...} does not escape
	outer := map[string]map[string]int{"x": {"y": 1}, "z": {"w": 2}}
	return outer["x"]["y"] + outer["z"]["w"]
}

// Inner maps made in a loop outlive their iteration: they cannot share one
// stack slot (gc: "escapes to heap"), but they do not outlive loopInner, so
// they live in its per-call region (tests/lit/escape/regions.go).
func loopInner(n int) int {
	// CHECK-DAG: nested_maps.go:[[@LINE+1]]:15: make(map[int]map[int]int) does not escape
	outer := make(map[int]map[int]int)
	for i := 0; i < n; i++ {
		// CHECK-DAG: nested_maps.go:[[@LINE+1]]:16: make(map[int]int) does not escape: region of loopInner
		inner := make(map[int]int)
		inner[i] = i * i
		outer[i] = inner
	}
	return len(outer)
}

// Returning the outer map takes the inner one with it.
func returnedOuter() map[string]map[int]int {
	// CHECK-DAG: nested_maps.go:[[@LINE+1]]:15: make(map[string]map[int]int) escapes to heap
	outer := make(map[string]map[int]int)
	// CHECK-DAG: nested_maps.go:[[@LINE+1]]:15: make(map[int]int) escapes to heap
	inner := make(map[int]int)
	outer["r"] = inner
	return outer
}

// So does storing the outer map in a global.
func globalOuter() {
	// CHECK-DAG: nested_maps.go:[[@LINE+1]]:15: make(map[string]map[int]int) escapes to heap
	outer := make(map[string]map[int]int)
	// CHECK-DAG: nested_maps.go:[[@LINE+1]]:15: make(map[int]int) escapes to heap
	inner := make(map[int]int)
	outer["g"] = inner
	global = outer
}

// An inner map read back out of a local outer map and returned escapes;
// the outer map does not.
func innerReadBack() map[int]int {
	// CHECK-DAG: nested_maps.go:[[@LINE+1]]:15: make(map[string]map[int]int) does not escape
	outer := make(map[string]map[int]int)
	// CHECK-DAG: nested_maps.go:[[@LINE+1]]:15: make(map[int]int) escapes to heap
	inner := make(map[int]int)
	outer["k"] = inner
	return outer["k"]
}

// Read back out and stored in a global.
func innerToGlobal() {
	// CHECK-DAG: nested_maps.go:[[@LINE+1]]:15: make(map[string]map[int]int) does not escape
	outer := make(map[string]map[int]int)
	// CHECK-DAG: nested_maps.go:[[@LINE+1]]:19: make(map[int]int) escapes to heap
	outer["k"] = make(map[int]int)
	innerSink = outer["k"]
}

// Read back out by a range loop and returned.
func innerRange() map[int]int {
	// CHECK-DAG: nested_maps.go:[[@LINE+1]]:15: make(map[string]map[int]int) does not escape
	outer := make(map[string]map[int]int)
	// CHECK-DAG: nested_maps.go:[[@LINE+1]]:19: make(map[int]int) escapes to heap
	outer["k"] = make(map[int]int)
	for _, v := range outer {
		return v
	}
	return nil
}

// CHECK-DAG: nested_maps.go:[[@LINE+1]]:12: m does not escape
func count(m map[string]map[int]int) int {
	t := 0
	for _, in := range m {
		t += len(in)
	}
	return t
}

// The outer map goes to a callee that only reads it.
func passedToReader() int {
	// CHECK-DAG: nested_maps.go:[[@LINE+1]]:15: make(map[string]map[int]int) does not escape
	outer := make(map[string]map[int]int)
	// gc: "escapes to heap"; gosc: count's summary says nothing in m leaks.
	// CHECK-DAG: nested_maps.go:[[@LINE+1]]:19: make(map[int]int) does not escape
	outer["a"] = make(map[int]int)
	return count(outer)
}

// gc: "m does not escape", because for gc what a map holds is on the heap
// already. gosc keeps map contents off the heap, so reading an inner map
// out of m and storing it in a global must leak m's content.
// CHECK-DAG: nested_maps.go:[[@LINE+1]]:16: leaking param content: m
func leakInner(m map[string]map[int]int) {
	innerSink = m["a"]
}

// ...and that summary sends the caller's inner map to the heap.
func passedToLeaker() {
	// CHECK-DAG: nested_maps.go:[[@LINE+1]]:15: make(map[string]map[int]int) does not escape
	outer := make(map[string]map[int]int)
	// CHECK-DAG: nested_maps.go:[[@LINE+1]]:19: make(map[int]int) escapes to heap
	outer["a"] = make(map[int]int)
	leakInner(outer)
}

// Non-constant size hints do not force a map to the heap (only its buckets
// may come from the heap at run time).
func sized(n int) int {
	// CHECK-DAG: nested_maps.go:[[@LINE+1]]:15: make(map[int]map[int]int, n) does not escape
	outer := make(map[int]map[int]int, n)
	// gc: "escapes to heap" (stored into a map); gosc: as in localPair.
	// CHECK-DAG: nested_maps.go:[[@LINE+1]]:17: make(map[int]int, n) does not escape
	outer[0] = make(map[int]int, n)
	return len(outer)
}

type holder struct{ m map[string]map[int]int }

// Through a struct field, gosc currently agrees with gc that the inner
// literal escapes (conservative, not wrong: the outer map lives in a field).
func viaStruct() int {
	// CHECK-DAG: nested_maps.go:[[@LINE+1]]:21: make(map[string]map[int]int) does not escape
	h := holder{m: make(map[string]map[int]int)}
	// CHECK-DAG: nested_maps.go:[[@LINE+1]]:24: map[int]int{...} escapes to heap
	h.m["a"] = map[int]int{1: 2}
	return h.m["a"][1]
}

// Every decision is listed above; nothing else may be printed.
// COUNT: {{^ *}}27{{$}}

func main() {
	println(localPair(), localLiteral(), loopInner(3), len(returnedOuter()))
	globalOuter()
	println(len(innerReadBack()))
	innerToGlobal()
	println(len(innerRange()), passedToReader())
	passedToLeaker()
	println(sized(4), viaStruct())
}
