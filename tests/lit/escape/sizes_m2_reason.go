// RUN: cd %S && %gosc -m=2 sizes_m2_reason.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m=2 sizes_m2_reason.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// -m=2 explains a decision forced by gc's size limits with its reason: "too
// large for stack", and for a non-constant make "non-constant size".
// Expected text is go1.19's -m=2 output.
package main

type Big struct{ Data [1 << 17]byte }

func bigNew() int {
	// CHECK: sizes_m2_reason.go:[[@LINE+4]]:10: new(Big) escapes to heap:
	// CHECK-NEXT: sizes_m2_reason.go:[[@LINE+3]]:10:   flow: {heap} = &{storage for new(Big)}:
	// CHECK-NEXT: sizes_m2_reason.go:[[@LINE+2]]:10:     from new(Big) (too large for stack) at sizes_m2_reason.go:[[@LINE+2]]:10
	// CHECK-NEXT: sizes_m2_reason.go:[[@LINE+1]]:10: new(Big) escapes to heap
	b := new(Big)
	b.Data[0] = 1
	return int(b.Data[0])
}

func hugeVar() int {
	// CHECK: sizes_m2_reason.go:[[@LINE+4]]:6: h escapes to heap:
	// CHECK-NEXT: sizes_m2_reason.go:[[@LINE+3]]:6:   flow: {heap} = &h:
	// CHECK-NEXT: sizes_m2_reason.go:[[@LINE+2]]:6:     from h (too large for stack) at sizes_m2_reason.go:[[@LINE+2]]:6
	// CHECK-NEXT: sizes_m2_reason.go:[[@LINE+1]]:6: moved to heap: h
	var h [11 << 20]byte
	h[100] = 6
	return int(h[100])
}

func varLen(n int) int {
	// CHECK: sizes_m2_reason.go:[[@LINE+4]]:11: make([]int, n) escapes to heap:
	// CHECK-NEXT: sizes_m2_reason.go:[[@LINE+3]]:11:   flow: {heap} = &{storage for make([]int, n)}:
	// CHECK-NEXT: sizes_m2_reason.go:[[@LINE+2]]:11:     from make([]int, n) (non-constant size) at sizes_m2_reason.go:[[@LINE+2]]:11
	// CHECK-NEXT: sizes_m2_reason.go:[[@LINE+1]]:11: make([]int, n) escapes to heap
	s := make([]int, n)
	return len(s)
}

func main() {
	println(bigNew(), hugeVar(), varLen(3))
}

// Every line of the output is checked above or counted here, so an extra
// decision fails the test.
// COUNT: {{^ *}}12{{$}}
