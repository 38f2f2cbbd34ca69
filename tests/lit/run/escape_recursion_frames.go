// Recursion where every frame owns a stack map, a stack struct and a stack
// array: each activation must get its own copies (one alloca per frame, not
// one per function), deeper frames must not clobber shallower ones, and the
// values must still be right after the recursive calls return. Mutual
// recursion passes pointers to the caller's frame down one level. -m
// proves the objects are on the stack (nothing at all escapes: the builtin
// println boxes nothing); output is compared with Go's.
// RUN: cd %S && %gosc -m escape_recursion_frames.go 2>&1 | FileCheck --check-prefix=ESC %s
// RUN: cd %S && %gosc -m escape_recursion_frames.go 2>&1 | FileCheck --check-prefix=NOHEAP %s
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
// RUN: %gosc build --no-escape -o %t.noesc %s && %t.noesc 2>&1 | FileCheck --match-full-lines %s
// RUN: %if go %{ %go build -o %t.gobin %s && %t.gobin 2>&1 | FileCheck --match-full-lines %s %}
package main

type frame struct {
	depth int
	name  string
	vals  [3]int
}

// NOHEAP-NOT: moved to heap
// NOHEAP-NOT: escapes to heap
// ESC-DAG: escape_recursion_frames.go:[[@LINE+1]]:22: parent does not escape
func walk(depth int, parent *frame) int {
	// ESC-DAG: escape_recursion_frames.go:[[@LINE+1]]:11: make(map[int]int) does not escape
	m := make(map[int]int)
	for i := 0; i < depth+2; i++ {
		m[i] = depth*100 + i
	}
	// ESC-DAG: escape_recursion_frames.go:[[@LINE+1]]:7: &frame{...} does not escape
	f := &frame{depth: depth, name: "d"}
	for i := range f.vals {
		f.vals[i] = depth*10 + i
	}
	if parent != nil {
		parent.vals[0] += 1000
	}
	sub := 0
	if depth > 0 {
		sub = walk(depth-1, f)
	}
	// After the deeper frames returned: this frame's map and struct are
	// intact, except what the child wrote through the pointer it was given.
	sum := 0
	for k, v := range m {
		if v != depth*100+k {
			return -1
		}
		sum += v
	}
	if len(m) != depth+2 || f.depth != depth {
		return -2
	}
	if depth > 0 && f.vals[0] != depth*10+1000 {
		return -3
	}
	if depth == 0 && f.vals[0] != 0 {
		return -4
	}
	return sub + sum + f.vals[1] + f.vals[2]
}

// ESC-DAG: escape_recursion_frames.go:[[@LINE+1]]:18: acc does not escape
func even(n int, acc *[2]int) bool {
	var local [2]int
	local[0] = n
	if n == 0 {
		acc[0]++
		return true
	}
	r := odd(n-1, &local)
	acc[1] += local[0] + local[1]
	return r
}

// ESC-DAG: escape_recursion_frames.go:[[@LINE+1]]:17: acc does not escape
func odd(n int, acc *[2]int) bool {
	var local [2]int
	local[1] = n
	if n == 0 {
		acc[1]++
		return false
	}
	r := even(n-1, &local)
	acc[0] += local[0] + local[1]
	return r
}

func main() {
	for _, d := range []int{0, 1, 5, 30} {
		println(d, walk(d, nil))
	}
	var acc [2]int
	println(even(10, &acc), acc[0], acc[1])
	acc = [2]int{}
	println(odd(7, &acc), acc[0], acc[1])
}

// CHECK: 0 4
// CHECK-NEXT: 1 330
// CHECK-NEXT: 5 8874
// CHECK-NEXT: 30 1053349
// CHECK-NEXT: true 0 56
// CHECK-NEXT: true 29 0
