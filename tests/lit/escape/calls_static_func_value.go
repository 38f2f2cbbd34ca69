// RUN: cd %S && %gosc -m calls_static_func_value.go 2>&1 | FileCheck --implicit-check-not=escape %s
// RUN: %gosc build -o %t %s && env GOSCDEBUG=gcstress=1 %t 2>&1 | FileCheck --check-prefix=OUT %s
// A func value that can only be one function is a static call of it, as gc
// decides with ir.StaticValue: a local never reassigned whose value is a
// declared function, a method expression or a method value. The callee's
// summary then applies, so the map and &Q{...} stay on the stack (gc 1.19's
// -m, line for line). A func variable that is reassigned is a call to
// unknown code: its argument escapes.
package main

type Q struct{ base string }

// CHECK-DAG: calls_static_func_value.go:[[@LINE+3]]:7: q does not escape
// CHECK-DAG: calls_static_func_value.go:[[@LINE+2]]:17: x does not escape
// CHECK-DAG: calls_static_func_value.go:[[@LINE+1]]:50: q.base + x escapes to heap
func (q *Q) SQL(x string) string { return q.base + x }

// CHECK-DAG: calls_static_func_value.go:[[@LINE+1]]:10: m does not escape
func sum(m map[string]int) int {
	s := 0
	for _, v := range m {
		s += v
	}
	return s
}

// CHECK-DAG: calls_static_func_value.go:[[@LINE+1]]:14: m does not escape
func product(m map[string]int) int {
	p := 1
	for _, v := range m {
		p *= v
	}
	return p
}

func main() {
	// CHECK-DAG: calls_static_func_value.go:[[@LINE+1]]:21: map[string]int{...} does not escape
	m := map[string]int{"a": 2, "b": 3}
	// CHECK-DAG: calls_static_func_value.go:[[@LINE+1]]:7: &Q{...} does not escape
	q := &Q{base: "x"}
	f := (*Q).SQL
	g := sum
	// CHECK-DAG: calls_static_func_value.go:[[@LINE+1]]:8: q.SQL does not escape
	h := q.SQL
	// OUT: 5 xy xz
	println(g(m), f(q, "y"), h("z"))
	// CHECK-DAG: calls_static_func_value.go:[[@LINE+1]]:22: map[string]int{...} escapes to heap
	m2 := map[string]int{"c": 4}
	k := sum
	if len(m) > 1 {
		k = product
	}
	// OUT-NEXT: 4
	println(k(m2))
}
