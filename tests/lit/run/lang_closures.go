// Closures capture variables by reference; Go 1.19 loop variables are
// shared across iterations (one variable per loop).
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	var hs []func() int
	for i := 0; i < 3; i++ {
		i := i
		hs = append(hs, func() int { return i * 10 })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()

	var ks []func() int
	for k := range [3]int{} {
		ks = append(ks, func() int { k += 100; return k })
	}
	fmt.Println(ks[0](), ks[1](), ks[2]())

	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	x := 1
	add := func(d int) { x += d }
	add(5)
	add(10)
	fmt.Println(x)

	fib := func() func() int {
		a, b := 0, 1
		return func() int {
			r := a
			a, b = b, a+b
			return r
		}
	}()
	for i := 0; i < 10; i++ {
		fmt.Print(fib(), ",")
	}
	fmt.Println()

	var rec func(int) int
	rec = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * rec(n-1)
	}
	fmt.Println(rec(10))

	acc := make([]func(int) int, 0)
	for _, m := range []int{2, 3} {
		m := m
		acc = append(acc, func(v int) int { return v * m })
	}
	fmt.Println(acc[0](7), acc[1](7))
}

// CHECK: 3 3 3 
// CHECK-NEXT: c c c 
// CHECK-NEXT: 0 10 20 
// CHECK-NEXT: 102 202 302
// CHECK-NEXT: 1 2 3
// CHECK-NEXT: 101
// CHECK-NEXT: 16
// CHECK-NEXT: 0,1,1,2,3,5,8,13,21,34,
// CHECK-NEXT: 3628800
// CHECK-NEXT: 14 21
