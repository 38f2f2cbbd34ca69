// RUN: cd %S && %gosc -m slices.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m slices.go 2>&1 | FileCheck --check-prefix=NOT %s
// RUN: cd %S && %gosc -m slices.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// Escape decisions for slices: constant-size makes and literals stay on the
// stack when local, non-constant sizes go to the heap (the frame size must
// be static), appended pointers go to the heap (append may reallocate), and
// slicing a local array shares the array. One deliberate improvement over
// gc: a slice stored into a local map stays with the map. The gaps against
// gc (appendee content, make with a variable that happens to be constant)
// are in slices_gap_*.go.
package main

type Item struct{ ID int }

var saved []int
var savedPtrs []*int

func constLen() int {
	// CHECK-DAG: slices.go:[[@LINE+1]]:11: make([]int, 10) does not escape
	s := make([]int, 10)
	s[9] = 9
	return s[9]
}

func constLenCap() int {
	// CHECK-DAG: slices.go:[[@LINE+1]]:11: make([]int, 0, 32) does not escape
	s := make([]int, 0, 32)
	s = append(s, 1, 2)
	return len(s)
}

func varLen(n int) int {
	// CHECK-DAG: slices.go:[[@LINE+1]]:11: make([]int, n) escapes to heap
	s := make([]int, n)
	return len(s)
}

func varCap(n int) int {
	// CHECK-DAG: slices.go:[[@LINE+1]]:11: make([]int, 0, n) escapes to heap
	s := make([]int, 0, n)
	return cap(s)
}

func returned() []int {
	// CHECK-DAG: slices.go:[[@LINE+1]]:13: make([]int, 4) escapes to heap
	return make([]int, 4)
}

func global() {
	// CHECK-DAG: slices.go:[[@LINE+1]]:14: make([]int, 2) escapes to heap
	saved = make([]int, 2)
}

func literalLocal() int {
	// CHECK-DAG: slices.go:[[@LINE+1]]:12: []int{...} does not escape
	s := []int{1, 2, 3}
	return s[1]
}

func literalReturned() []string {
	// CHECK-DAG: slices.go:[[@LINE+1]]:17: []string{...} escapes to heap
	return []string{"a", "b"}
}

func appendPtr() int {
	var ps []*Item
	// CHECK-DAG: slices.go:[[@LINE+1]]:2: moved to heap: a
	a := Item{ID: 1}
	ps = append(ps, &a)
	// CHECK-DAG: slices.go:[[@LINE+1]]:18: &Item{...} escapes to heap
	ps = append(ps, &Item{ID: 2})
	return ps[0].ID + ps[1].ID
}

// CHECK-DAG: slices.go:[[@LINE+1]]:20: leaking param: s to result ~r0 level=0
func appendToParam(s []int, v int) []int {
	return append(s, v)
}

// CHECK-DAG: slices.go:[[@LINE+1]]:10: s does not escape
func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func sliceOfLocalArray() int {
	// NOT-NOT: slices.go:[[@LINE+1]]:2: moved to heap: a
	a := [5]int{1, 2, 3, 4, 5}
	return sum(a[1:4])
}

func returnSliceOfArray() []int {
	// CHECK-DAG: slices.go:[[@LINE+1]]:6: moved to heap: a
	var a [4]int
	return a[:]
}

func ptrSliceLocal() int {
	// NOT-NOT: slices.go:[[@LINE+1]]:{{[0-9]+}}: moved to heap
	x, y := 1, 2
	// CHECK-DAG: slices.go:[[@LINE+1]]:14: []*int{...} does not escape
	ps := []*int{&x, &y}
	*ps[0] = 10
	return x + *ps[1]
}

func ptrSliceStored() {
	// CHECK-DAG: slices.go:[[@LINE+1]]:2: moved to heap: z
	z := 3
	// CHECK-DAG: slices.go:[[@LINE+1]]:20: []*int{...} escapes to heap
	savedPtrs = []*int{&z}
}

func sliceInLocalMap() int {
	// CHECK-DAG: slices.go:[[@LINE+1]]:11: make(map[string][]int) does not escape
	m := make(map[string][]int)
	// gc: "escapes to heap" (stored into a map). gosc is right: the slice is
	// reachable only through m, which does not outlive the call.
	// CHECK-DAG: slices.go:[[@LINE+1]]:11: make([]int, 4) does not escape
	s := make([]int, 4)
	s[0] = 5
	m["a"] = s
	return m["a"][0]
}

func sliceInEscapingMap() map[string][]int {
	// CHECK-DAG: slices.go:[[@LINE+2]]:11: make(map[string][]int) escapes to heap
	// CHECK-DAG: slices.go:[[@LINE+2]]:15: make([]int, 4) escapes to heap
	m := make(map[string][]int)
	m["a"] = make([]int, 4)
	return m
}

// CHECK-DAG: slices.go:[[@LINE+1]]:14: leaking param: s to result ~r0 level=1
func firstOf(s []*Item) *Item {
	return s[0]
}

// Every decision is listed above; nothing else may be printed.
// COUNT: {{^ *}}24{{$}}

func main() {
	println(constLen(), constLenCap(), varLen(5), varCap(6))
	println(len(returned()))
	global()
	println(literalLocal(), len(literalReturned()), appendPtr())
	// CHECK-DAG: slices.go:[[@LINE+1]]:32: make([]int, 0, 4) does not escape
	println(len(appendToParam(make([]int, 0, 4), 3)))
	println(sliceOfLocalArray(), len(returnSliceOfArray()), ptrSliceLocal())
	ptrSliceStored()
	println(sliceInLocalMap(), len(sliceInEscapingMap()))
	// CHECK-DAG: slices.go:[[@LINE+2]]:25: []*Item{...} does not escape
	// CHECK-DAG: slices.go:[[@LINE+1]]:26: &Item{...} does not escape
	println(firstOf([]*Item{{ID: 1}}).ID)
}
