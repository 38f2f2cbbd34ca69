// Standard-library functions and methods used as values: passed as an
// argument, stored in variables, struct fields, maps and slices, and
// strings.Builder method values. They reach codegen through forwarding
// wrappers (ssa/build/build_wrappers.cpp); before, a library function as a
// value was an internal compiler error ("funcref to unknown function").
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
// RUN: %gosc build -O0 --no-escape -o %t0 %s && %t0 2>&1 | FileCheck --match-full-lines %s
package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
)

type T struct{ f func(string) string }

func apply(f func(string) string, s string) string { return f(s) }

func main() {
	fmt.Println(apply(strings.ToUpper, "abc"))
	g := strings.ToLower
	fmt.Println(g("ABC"))
	t := T{f: strings.TrimSpace}
	fmt.Println(t.f("  x  ") + "|")
	m := map[string]func(string) string{"up": strings.ToUpper, "low": strings.ToLower}
	fmt.Println(m["up"]("q"), m["low"]("Q"))
	fs := []func(int) string{strconv.Itoa}
	fmt.Println(fs[0](42))
	atoi := strconv.Atoi
	n, err := atoi("17")
	fmt.Println(n, err)
	_, err = atoi("x")
	fmt.Println(err)
	var b strings.Builder
	w := b.WriteString
	w("hello")
	w(" world")
	wb := b.WriteByte
	_ = wb('!')
	fmt.Println(b.String(), b.Len())
	h := fmt.Sprintf
	fmt.Println(h("%d-%s", 1, "a"))
	pl := fmt.Println
	pl("via", "Println", 3)
	sq := math.Sqrt
	fmt.Println(sq(16))
	mk := errors.New
	fmt.Println(mk("made"))
	ss := []string{"b", "c", "a"}
	sorter := sort.Strings
	sorter(ss)
	fmt.Println(ss)
	join := strings.Join
	fmt.Println(join(ss, "+"))
	if g != nil {
		fmt.Println("non-nil")
	}
}

// CHECK: ABC
// CHECK-NEXT: abc
// CHECK-NEXT: x|
// CHECK-NEXT: Q q
// CHECK-NEXT: 42
// CHECK-NEXT: 17 <nil>
// CHECK-NEXT: strconv.Atoi: parsing "x": invalid syntax
// CHECK-NEXT: hello world! 12
// CHECK-NEXT: 1-a
// CHECK-NEXT: via Println 3
// CHECK-NEXT: 4
// CHECK-NEXT: made
// CHECK-NEXT: [a b c]
// CHECK-NEXT: a+b+c
// CHECK-NEXT: non-nil
