// RUN: cd %S && %gosc -m closures.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m closures.go 2>&1 | FileCheck --check-prefix=NOT %s
// RUN: cd %S && %gosc -m closures.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// Escape decisions for function literals and the variables they capture,
// checked against go1.19 `-gcflags='-m -l'` line for line. A closure that
// escapes moves its by-reference captures to the heap; gc captures a variable
// BY VALUE instead (so no `moved to heap`) when it is at most 128 bytes, its
// address is never taken and it is never reassigned after its first capture
// (assignments in straight-line code before the first capture, at the same
// loop depth, do not count; range variables are reassigned every iteration).
// Checks marked BYVALUE depend on that rule: without it gosc prints an extra
// `moved to heap: NAME`, which the NOT and COUNT runs reject.
package main

type state struct{ a, b int }
type words16 [16]int // 128 bytes: the largest by-value capture
type words17 [17]int // 136 bytes: captured by reference

var handler func() int
var stored func(int) int

// Reassigned inside the escaping closure: by reference, moved to heap.
func counter() func() int {
	// CHECK-DAG: closures.go:[[@LINE+1]]:2: moved to heap: n
	n := 0
	// CHECK-DAG: closures.go:[[@LINE+1]]:9: func literal escapes to heap
	return func() int {
		n++
		return n
	}
}

// BYVALUE: never reassigned, small: the escaping closure holds a copy.
// NOT-NOT: moved to heap: k
func readOnly() func() int {
	k := 42
	// CHECK-DAG: closures.go:[[@LINE+1]]:9: func literal escapes to heap
	return func() int { return k }
}

// Reassigned after the capture: by reference.
func modifiedAfter() func() int {
	// CHECK-DAG: closures.go:[[@LINE+1]]:2: moved to heap: v
	v := 1
	// CHECK-DAG: closures.go:[[@LINE+1]]:7: func literal escapes to heap
	f := func() int { return v }
	v = 2
	return f
}

// BYVALUE: assignments before the first capture, even in a branch, do not
// make the variable reassigned.
// NOT-NOT: moved to heap: w
func assignedBefore(c bool) func() int {
	var w int
	w = 7
	if c {
		w = 8
	}
	// CHECK-DAG: closures.go:[[@LINE+1]]:9: func literal escapes to heap
	return func() int { return w }
}

// ...but the same assignment counts when the capture sits in a deeper loop
// than the variable, since the closure is created once per iteration.
func capturedInLoop() []func() int {
	// CHECK-DAG: closures.go:[[@LINE+1]]:2: moved to heap: u
	u := 0
	u = 5
	var fs []func() int
	for i := 0; i < 2; i++ {
		// CHECK-DAG: closures.go:[[@LINE+1]]:19: func literal escapes to heap
		fs = append(fs, func() int { return u })
	}
	return fs
}

// Address taken: by reference even though never reassigned.
func addrTaken() func() int {
	// CHECK-DAG: closures.go:[[@LINE+1]]:2: moved to heap: x
	x := 1
	p := &x
	*p = 2
	// CHECK-DAG: closures.go:[[@LINE+1]]:9: func literal escapes to heap
	return func() int { return x }
}

// BYVALUE: exactly 128 bytes is still copied into the closure.
// NOT-NOT: moved to heap: a16
func size128() func() int {
	var a16 words16
	// CHECK-DAG: closures.go:[[@LINE+1]]:9: func literal escapes to heap
	return func() int { return a16[0] }
}

// 136 bytes: captured by reference even though never reassigned.
func size136() func() int {
	// CHECK-DAG: closures.go:[[@LINE+1]]:6: moved to heap: a17
	var a17 words17
	// CHECK-DAG: closures.go:[[@LINE+1]]:9: func literal escapes to heap
	return func() int { return a17[0] }
}

// BYVALUE: a struct read (not written) by the closure is copied.
// NOT-NOT: moved to heap: sv
func structRead() func() int {
	sv := state{a: 1, b: 2}
	// CHECK-DAG: closures.go:[[@LINE+1]]:9: func literal escapes to heap
	return func() int { return sv.a + sv.b }
}

// A struct whose field the closure writes is reassigned: by reference.
func structWritten() func() int {
	// CHECK-DAG: closures.go:[[@LINE+1]]:2: moved to heap: sw
	sw := state{a: 1, b: 2}
	// CHECK-DAG: closures.go:[[@LINE+1]]:9: func literal escapes to heap
	return func() int {
		sw.a++
		return sw.a
	}
}

// BYVALUE: the pointer is copied into the closure; its pointee escapes.
// NOT-NOT: moved to heap: ps
func pointerCapture() func() int {
	// CHECK-DAG: closures.go:[[@LINE+1]]:8: &state{...} escapes to heap
	ps := &state{a: 3}
	// CHECK-DAG: closures.go:[[@LINE+1]]:9: func literal escapes to heap
	return func() int { return ps.a }
}

// BYVALUE: same for a map: the map escapes, the variable holding it does not.
// NOT-NOT: moved to heap: cache
func mapCapture() func(int) int {
	// CHECK-DAG: closures.go:[[@LINE+1]]:15: make(map[int]int) escapes to heap
	cache := make(map[int]int)
	// CHECK-DAG: closures.go:[[@LINE+1]]:9: func literal escapes to heap
	return func(k int) int {
		cache[k]++
		return cache[k]
	}
}

// A closure that does not escape may mutate its capture in place: nothing
// moves (by reference, but to a stack variable).
// NOT-NOT: moved to heap: total
func localMutating() int {
	total := 10
	// CHECK-DAG: closures.go:[[@LINE+1]]:7: func literal does not escape
	f := func() int {
		total++
		return total
	}
	f()
	return f()
}

// Called on the spot.
func immediate() int {
	y := 3
	// CHECK-DAG: closures.go:[[@LINE+1]]:9: func literal does not escape
	return func() int { return y * 2 }()
}

// CHECK-DAG: closures.go:[[@LINE+1]]:12: f does not escape
func apply(f func(int) int, v int) int {
	return f(v)
}

// Passed to a callee that only calls it.
func passedDown() int {
	base := 100
	// CHECK-DAG: closures.go:[[@LINE+1]]:15: func literal does not escape
	return apply(func(v int) int { return base + v }, 1)
}

// CHECK-DAG: closures.go:[[@LINE+1]]:15: leaking param: f
func keepFunc(f func(int) int) {
	stored = f
}

// BYVALUE: passed to a callee that keeps it: the closure escapes, its
// never-reassigned capture does not move.
// NOT-NOT: moved to heap: mul
func passedAndKept() int {
	mul := 2
	// CHECK-DAG: closures.go:[[@LINE+1]]:11: func literal escapes to heap
	keepFunc(func(v int) int { return v * mul })
	return stored(21)
}

// Stored in a global and mutating its capture.
func toGlobal() {
	// CHECK-DAG: closures.go:[[@LINE+1]]:2: moved to heap: acc
	acc := 0
	// CHECK-DAG: closures.go:[[@LINE+1]]:12: func literal escapes to heap
	handler = func() int {
		acc += 5
		return acc
	}
}

// A range variable is assigned on every iteration: by reference.
func rangeVar() []func() int {
	var fs []func() int
	// CHECK-DAG: closures.go:[[@LINE+2]]:9: moved to heap: rv
	// CHECK-DAG: closures.go:[[@LINE+1]]:26: []int{...} does not escape
	for _, rv := range []int{1, 2} {
		// CHECK-DAG: closures.go:[[@LINE+1]]:19: func literal escapes to heap
		fs = append(fs, func() int { return rv })
	}
	return fs
}

// BYVALUE: the per-iteration copy `j := i` is never reassigned.
// NOT-NOT: moved to heap: j
func loopCopy() []func() int {
	var fs []func() int
	for i := 0; i < 2; i++ {
		j := i
		// CHECK-DAG: closures.go:[[@LINE+1]]:19: func literal escapes to heap
		fs = append(fs, func() int { return j })
	}
	return fs
}

// Nested closures: x is written by the innermost one (by reference), y is
// only read (BYVALUE).
// NOT-NOT: moved to heap: y
func nested() func() func() int {
	// CHECK-DAG: closures.go:[[@LINE+1]]:2: moved to heap: x
	x := 5
	// CHECK-DAG: closures.go:[[@LINE+1]]:9: func literal escapes to heap
	return func() func() int {
		y := 1
		// CHECK-DAG: closures.go:[[@LINE+1]]:10: func literal escapes to heap
		return func() int {
			x += y
			return x
		}
	}
}

// BYVALUE: a parameter captured by an escaping closure.
// NOT-NOT: moved to heap: prm
func paramCaptured(prm int) func() int {
	// CHECK-DAG: closures.go:[[@LINE+1]]:9: func literal escapes to heap
	return func() int { return prm }
}

// A deferred literal outside any loop runs in the frame: it does not escape
// and the named result it updates stays put.
// NOT-NOT: moved to heap: res
func deferred() (res int) {
	// CHECK-DAG: closures.go:[[@LINE+1]]:8: func literal does not escape
	defer func() {
		res *= 2
	}()
	res = 21
	return res
}

// 37 lines: every check above (the NOT lines forbid the by-reference
// fallbacks, this count forbids anything else).
// COUNT: {{^ *}}37{{$}}

func main() {
	println(counter()(), readOnly()(), modifiedAfter()(), assignedBefore(true)())
	println(len(capturedInLoop()), addrTaken()(), size128()(), size136()())
	println(structRead()(), structWritten()(), pointerCapture()(), mapCapture()(1))
	println(localMutating(), immediate(), passedDown(), passedAndKept())
	toGlobal()
	println(handler(), len(rangeVar()), len(loopCopy()), nested()()(), paramCaptured(4)())
	println(deferred())
}
