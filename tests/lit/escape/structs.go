// RUN: cd %S && %gosc -m structs.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m structs.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// Escape decisions for structs, pointers to them and address-taken variables.
package main

type Point struct{ X, Y int }

var sink *Point

// CHECK-DAG: structs.go:[[@LINE+1]]:11: p does not escape
func norm(p *Point) int { return p.X*p.X + p.Y*p.Y }

// CHECK-DAG: structs.go:[[@LINE+1]]:11: leaking param: p to result ~r0 level=0
func same(p *Point) *Point { return p }

// CHECK-DAG: structs.go:[[@LINE+1]]:11: leaking param: p
func keep(p *Point) { sink = p }

func temporaries() int {
	// CHECK-DAG: structs.go:[[@LINE+1]]:7: &Point{...} does not escape
	a := &Point{1, 2}
	// CHECK-DAG: structs.go:[[@LINE+1]]:10: new(Point) does not escape
	b := new(Point)
	b.X = 3
	return norm(a) + norm(same(b))
}

func escaping() *Point {
	// CHECK-DAG: structs.go:[[@LINE+1]]:2: moved to heap: v
	v := Point{5, 6}
	keep(&Point{7, 8})
	// CHECK-DAG: structs.go:[[@LINE-1]]:7: &Point{...} escapes to heap
	return &v
}

func main() {
	println(temporaries(), escaping().X)
}

// Every line of the output is checked above or counted here, so an extra
// decision fails the test.
// COUNT: {{^ *}}7{{$}}
