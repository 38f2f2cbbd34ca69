// RUN: cd %S && %gosc -m interfaces_gap_any.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m interfaces_gap_any.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// GAP (gosc vs gc), pinned as gosc prints it today: gc prints a type the way the source spells it, so a
// site written with `any` reads `[]any{...}`, `make(map[string]any)`,
// `new(any)`; gosc resolves the alias and prints `interface {}` (it is
// right to do so only where the source says `interface{}`). Repro:
// `xs := []any{1}` -> gosc `[]interface {}{...} does not escape`,
// gc `[]any{...} does not escape`.
package main

func anyForms() int {
	// gc: []any{...} does not escape
	// CHECK-DAG: interfaces_gap_any.go:[[@LINE+3]]:13: []interface {}{...} does not escape
	// CHECK-DAG: interfaces_gap_any.go:[[@LINE+2]]:14: 1 does not escape
	// CHECK-DAG: interfaces_gap_any.go:[[@LINE+1]]:17: "a" does not escape
	xs := []any{1, "a"}
	// gc: make(map[string]any) does not escape
	// CHECK-DAG: interfaces_gap_any.go:[[@LINE+1]]:11: make(map[string]interface {}) does not escape
	m := make(map[string]any)
	// gc: new(any) does not escape
	// CHECK-DAG: interfaces_gap_any.go:[[@LINE+1]]:10: new(interface {}) does not escape
	p := new(any)
	if *p != nil {
		return -1
	}
	return len(xs) + len(m)
}

// The explicit spelling must stay as it is.
func explicitForm() int {
	// CHECK-DAG: interfaces_gap_any.go:[[@LINE+2]]:21: []interface {}{...} does not escape
	// CHECK-DAG: interfaces_gap_any.go:[[@LINE+1]]:22: true does not escape
	xs := []interface{}{true}
	return len(xs)
}

func main() {
	println(anyForms(), explicitForm())
}

// COUNT: {{^ *}}7{{$}}
