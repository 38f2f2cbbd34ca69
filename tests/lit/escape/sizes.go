// RUN: cd %S && %gosc -m sizes.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m sizes.go 2>&1 | FileCheck --check-prefix=NOT %s
// RUN: cd %S && %gosc -m sizes.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// Stack size limits, as gc applies them: an implicit allocation (new, &T{},
// make) of more than 64 KiB goes to the heap, an explicitly declared
// variable of more than 10 MiB is moved to the heap; both boundaries are
// checked on each side. gc's -m prints only the decision; the reason "too
// large for stack" appears at -m=2 (see sizes_gap_m2_reason.go).
// A map's size hint never matters: only its header lives in the frame.
package main

type Big struct{ Data [1 << 17]byte }
type Small struct{ Data [64]byte }

// 128 KiB through new and &T{}: heap; 64 bytes: stack.
func bigNew() int {
	// CHECK-DAG: sizes.go:[[@LINE+1]]:10: new(Big) escapes to heap
	b := new(Big)
	b.Data[0] = 1
	return int(b.Data[0])
}

func bigLit() int {
	// CHECK-DAG: sizes.go:[[@LINE+1]]:7: &Big{} escapes to heap
	b := &Big{}
	b.Data[1] = 2
	return int(b.Data[1])
}

func smallNew() int {
	// CHECK-DAG: sizes.go:[[@LINE+1]]:10: new(Small) does not escape
	s := new(Small)
	s.Data[5] = 5
	return int(s.Data[5])
}

// A declared 128 KiB variable whose address goes to a non-leaking callee
// stays: the 64 KiB limit is for implicit allocations only.
// NOT-NOT: moved to heap: b
func bigVarAddr() int {
	var b Big
	fill(&b, 4)
	return int(b.Data[3])
}

// CHECK-DAG: sizes.go:[[@LINE+1]]:11: b does not escape
func fill(b *Big, v byte) {
	for i := range b.Data {
		b.Data[i] = v
	}
}

// 11 MiB declared: over the 10 MiB limit for variables.
func hugeVar() int {
	// CHECK-DAG: sizes.go:[[@LINE+1]]:6: moved to heap: h
	var h [11 << 20]byte
	h[100] = 6
	return int(h[100])
}

// Exactly 10 MiB: still a stack variable (this test only compiles).
// NOT-NOT: moved to heap: l
func limitVar() int {
	var l [10 << 20]byte
	l[100] = 6
	return int(l[100])
}

// make([]T, const) is an implicit allocation: 64 KiB stays, one byte more
// does not, whatever the element size.
func bytes64k() int {
	// CHECK-DAG: sizes.go:[[@LINE+1]]:11: make([]byte, 65536) does not escape
	s := make([]byte, 65536)
	return len(s)
}

func bytes64k1() int {
	// CHECK-DAG: sizes.go:[[@LINE+1]]:11: make([]byte, 65537) escapes to heap
	s := make([]byte, 65537)
	return len(s)
}

func ints8k() int {
	// CHECK-DAG: sizes.go:[[@LINE+1]]:11: make([]int, 8192) does not escape
	s := make([]int, 8192)
	return len(s)
}

func ints8k1() int {
	// CHECK-DAG: sizes.go:[[@LINE+1]]:11: make([]int, 8193) escapes to heap
	s := make([]int, 8193)
	return len(s)
}

// Same limit for new of an array.
func new64k() int {
	// CHECK-DAG: sizes.go:[[@LINE+1]]:10: new([65536]byte) does not escape
	p := new([65536]byte)
	return len(p)
}

func new64k1() int {
	// CHECK-DAG: sizes.go:[[@LINE+1]]:10: new([65537]byte) escapes to heap
	p := new([65537]byte)
	return len(p)
}

// A large constant hint does not move a map to the heap.
func bigMapHint() int {
	// CHECK-DAG: sizes.go:[[@LINE+1]]:11: make(map[int]int, 100000) does not escape
	m := make(map[int]int, 100000)
	m[1] = 1
	return len(m)
}

// Every decision is listed above; nothing else may be printed.
// COUNT: {{^ *}}12{{$}}

func main() {
	println(bigNew(), bigLit(), smallNew(), bigVarAddr(), hugeVar(), limitVar())
	println(bytes64k(), bytes64k1(), ints8k(), ints8k1(), new64k(), new64k1(), bigMapHint())
}
