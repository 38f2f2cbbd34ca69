// RUN: cd %S && %gosc -m interfaces_devirt.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m interfaces_devirt.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// Devirtualization, as gc does it: when the dynamic type of an interface
// variable is known (a local assigned once from a concrete value), the
// method is called directly (`devirtualizing s.Area to Rect`), and the boxed
// value then does not escape. (gc reports the box of `Rect{W: w, H: 2}` at
// column 24, gosc at the `{`: the position gap of interfaces_gap_box_position.go.)
package main

type Shape interface{ Area() int }

type Rect struct{ W, H int }

func (r Rect) Area() int { return r.W * r.H }

type Circle struct{ R int }

// CHECK-DAG: interfaces_devirt.go:[[@LINE+1]]:7: c does not escape
func (c *Circle) Area() int { return 3 * c.R * c.R }

func byValue(w int) int {
	// CHECK-DAG: interfaces_devirt.go:[[@LINE+1]]:{{[0-9]+}}: Rect{...} does not escape
	var s Shape = Rect{W: w, H: 2}
	// CHECK-DAG: interfaces_devirt.go:[[@LINE+1]]:15: devirtualizing s.Area to Rect
	return s.Area()
}

func byPointer(r int) int {
	// CHECK-DAG: interfaces_devirt.go:[[@LINE+1]]:16: &Circle{...} does not escape
	var s Shape = &Circle{R: r}
	// CHECK-DAG: interfaces_devirt.go:[[@LINE+1]]:15: devirtualizing s.Area to *Circle
	return s.Area()
}

func main() {
	println(byValue(1), byPointer(2))
}

// Every line of the output is checked above or counted here, so an extra
// decision fails the test.
// COUNT: {{^ *}}5{{$}}
