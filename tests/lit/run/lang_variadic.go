// Variadic functions: zero/many args, f(s...) passes the slice itself
// (aliasing), append(a, b...), ...any with Println-style forwarding.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
package main

import (
	"fmt"
	"strings"
)

func sum(prefix string, xs ...int) string {
	t := 0
	for _, x := range xs {
		t += x
	}
	return fmt.Sprintf("%s%d(n=%d,nil=%v)", prefix, t, len(xs), xs == nil)
}

func mutate(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 999
	}
}

func logf(format string, args ...any) {
	fmt.Printf("LOG "+format+"\n", args...)
}

func join(sep string, parts ...string) string { return strings.Join(parts, sep) }

func forward(args ...any) {
	fmt.Println(args...)
	fmt.Println(args)
	fmt.Println(len(args))
}

func main() {
	fmt.Println(sum("a"))
	fmt.Println(sum("b", 1))
	fmt.Println(sum("c", 1, 2, 3))
	s := []int{4, 5, 6}
	fmt.Println(sum("d", s...))
	fmt.Println(sum("e", s[:0]...))
	var ns []int
	fmt.Println(sum("f", ns...))
	mutate(s...)
	fmt.Println(s)
	mutate(1, 2)
	logf("%d-%s", 7, "x")
	logf("plain")
	fmt.Println(join(", ", "a", "b", "c"), join("-"), join("+", []string{"x", "y"}...))
	forward(1, "two", 3.0)
	forward()
	var a []any = []any{"p", 'q', nil}
	forward(a...)
	b := append([]int{1}, s...)
	b = append(b, []int{7, 8}...)
	bs := append([]byte("hi "), "there"...)
	fmt.Println(b, string(bs))
	f := func(xs ...string) int { return len(xs) }
	fmt.Println(f(), f("a"), f([]string{"a", "b"}...))
}

// CHECK: a0(n=0,nil=true)
// CHECK-NEXT: b1(n=1,nil=false)
// CHECK-NEXT: c6(n=3,nil=false)
// CHECK-NEXT: d15(n=3,nil=false)
// CHECK-NEXT: e0(n=0,nil=false)
// CHECK-NEXT: f0(n=0,nil=true)
// CHECK-NEXT: [999 5 6]
// CHECK-NEXT: LOG 7-x
// CHECK-NEXT: LOG plain
// CHECK-NEXT: a, b, c  x+y
// CHECK-NEXT: 1 two 3
// CHECK-NEXT: [1 two 3]
// CHECK-NEXT: 3
// CHECK-EMPTY:
// CHECK-NEXT: []
// CHECK-NEXT: 0
// CHECK-NEXT: p 113 <nil>
// CHECK-NEXT: [p 113 <nil>]
// CHECK-NEXT: 3
// CHECK-NEXT: [1 999 5 6 7 8] hi there
// CHECK-NEXT: 0 1 2
