// RUN: cd %S && %gosc -m interfaces_gap_box_position.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m interfaces_gap_box_position.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// GAP (gosc vs gc), pinned as gosc prints it today (gc's columns in the
// comments): positions of values boxed into interfaces on their way
// into a map. gc reports a map literal's boxed value at its key's `:` and a
// value boxed by `m[k] = v` at the start of the statement (like
// `anySink = x`), but one boxed by `*p = v` at the `p`. gosc reports them
// elsewhere: literal values at the value, `m[k] = v` at the `[`, `*p = v`
// at the `*`. Repro: `m["x"] = x` with m a map[string]interface{} -> gosc
// `:3: x ...`, gc `:2: x ...`. The decisions below are gosc's: where gosc
// keeps a value boxed into a local map (or into a non-escaping new'd
// pointer) off the heap it is right and gc ("escapes to heap") is not.
package main

var anyMap map[string]interface{}

func literalValues() {
	// gc: :37 for 1 and :45 for "x" (the keys' colons)
	// CHECK-DAG: interfaces_gap_box_position.go:[[@LINE+3]]:33: map[string]interface {}{...} escapes to heap
	// CHECK-DAG: interfaces_gap_box_position.go:[[@LINE+2]]:39: 1 escapes to heap
	// CHECK-DAG: interfaces_gap_box_position.go:[[@LINE+1]]:47: "x" escapes to heap
	anyMap = map[string]interface{}{"a": 1, "b": "x"}
}

func intoLocalMap(x int) int {
	// CHECK-DAG: interfaces_gap_box_position.go:[[@LINE+1]]:11: make(map[string]interface {}) does not escape
	m := make(map[string]interface{})
	// gc: "x escapes to heap" (a map value); gosc keeps it with the map.
	// gc: column 2 (the statement)
	// CHECK-DAG: interfaces_gap_box_position.go:[[@LINE+1]]:3: x does not escape
	m["x"] = x
	return m["x"].(int)
}

func intoEscapingMap(x int) map[string]interface{} {
	// CHECK-DAG: interfaces_gap_box_position.go:[[@LINE+1]]:11: make(map[string]interface {}) escapes to heap
	m := make(map[string]interface{})
	// gc: column 2 (the statement)
	// CHECK-DAG: interfaces_gap_box_position.go:[[@LINE+1]]:3: x escapes to heap
	m["x"] = x
	return m
}

func throughNewPointer(x int) int {
	// CHECK-DAG: interfaces_gap_box_position.go:[[@LINE+1]]:10: new(interface {}) does not escape
	p := new(interface{})
	// gc: "escapes to heap" (a store through a pointer); gosc sees that p's
	// pointee does not escape, as for `*p = make(map...)`.
	// gc: column 3 (the p)
	// CHECK-DAG: interfaces_gap_box_position.go:[[@LINE+1]]:2: x does not escape
	*p = x
	return (*p).(int)
}

func main() {
	literalValues()
	println(intoLocalMap(1), len(intoEscapingMap(2)), throughNewPointer(3))
}

// COUNT: {{^ *}}9{{$}}
