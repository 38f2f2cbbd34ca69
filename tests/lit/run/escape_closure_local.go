// A closure that does not escape keeps its context and its by-reference
// captures in the frame: writes through the closure must be seen by the
// enclosing function (and vice versa) while both run, across loops, nested
// closures and a recursive closure. -m proves that nothing moves to the
// heap; output is compared with Go's.
// RUN: cd %S && %gosc -m escape_closure_local.go 2>&1 | FileCheck --check-prefix=ESC %s
// RUN: cd %S && %gosc -m escape_closure_local.go 2>&1 | FileCheck --check-prefix=NOHEAP %s
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
// RUN: %gosc build --no-escape -o %t.noesc %s && %t.noesc 2>&1 | FileCheck --match-full-lines %s
// RUN: %if go %{ %go build -o %t.gobin %s && %t.gobin 2>&1 | FileCheck --match-full-lines %s %}
package main

type point struct{ x, y int }

// NOHEAP-NOT: moved to heap
// NOHEAP-NOT: escapes to heap
func counters(n int) (int, int, int) {
	total, calls := 0, 0
	var p point
	// ESC-DAG: escape_closure_local.go:[[@LINE+1]]:9: func literal does not escape
	add := func(d int) {
		total += d
		calls++
		p.x += d
		p.y = total * 2
	}
	for i := 1; i <= n; i++ {
		add(i)
		total -= 1 // the closure sees this write on its next call
	}
	return total, calls, p.x + p.y
}

func nestedLocal() int {
	a := 1
	// ESC-DAG: escape_closure_local.go:[[@LINE+1]]:11: func literal does not escape
	outer := func(k int) int {
		b := k
		// ESC-DAG: escape_closure_local.go:[[@LINE+1]]:12: func literal does not escape
		inner := func() {
			a *= 3
			b += a
		}
		inner()
		inner()
		return b
	}
	r := outer(5) + outer(7)
	return r*1000 + a
}

// ESC-DAG: escape_closure_local.go:[[@LINE+1]]:11: f does not escape
func fold(f func(int), n int) {
	for i := 0; i < n; i++ {
		f(i)
	}
}

func viaParam() (int, int) {
	evens, odds := 0, 0
	// ESC-DAG: escape_closure_local.go:[[@LINE+1]]:7: func literal does not escape
	fold(func(i int) {
		if i%2 == 0 {
			evens += i
		} else {
			odds += i
		}
	}, 101)
	return evens, odds
}

func recursiveLocal(n int) int {
	memo := [64]int{}
	var fib func(int) int
	// ESC-DAG: escape_closure_local.go:[[@LINE+1]]:8: func literal does not escape
	fib = func(k int) int {
		if k < 2 {
			return k
		}
		if memo[k] != 0 {
			return memo[k]
		}
		memo[k] = fib(k-1) + fib(k-2)
		return memo[k]
	}
	return fib(n)
}

func main() {
	t, c, s := counters(10)
	println(t, c, s)
	println(nestedLocal())
	println("fold")
	e, o := viaParam()
	println(e, o)
	println(recursiveLocal(60))
}

// CHECK: 45 10 147
// CHECK-NEXT: 132081
// CHECK: fold
// CHECK-NEXT: 2550 2500
// CHECK-NEXT: 1548008755920
