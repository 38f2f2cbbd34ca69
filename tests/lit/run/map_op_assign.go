// `m[k] op= v` and `m[k]++` as gc runs them (checked against Go 1.19): the
// right side is evaluated before the element is read, so what f leaves in
// m is what gets added to, even when f deletes the key or grows the map; a
// nil map panics with "assignment to entry in nil map" after the right side
// ran; `/=` and `%=` by zero leave the map alone, while a negative `<<=`
// count panics after the zero element was inserted; every NaN key is a new
// entry; len of a nil map is 0.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
package main

import (
	"fmt"
	"math"
	"sort"
	"strconv"
)

var m = map[string]int{"a": 1}

func set() int    { m["a"] = 100; return 1 }
func remove() int { delete(m, "a"); return 2 }
func grow() int {
	for i := 0; i < 100; i++ {
		m[strconv.Itoa(i)] = i
	}
	m["a"] = 7
	return 1
}

func try(name string, f func()) {
	defer func() { fmt.Println(name, "recovered:", recover()) }()
	f()
}

func main() {
	m["a"] += set()
	fmt.Println(m["a"])
	m["a"] += remove()
	fmt.Println(m["a"], len(m))
	m["a"] += grow()
	fmt.Println(m["a"], len(m))
	m["a"]++
	m["b"]--
	m["c"] *= 5
	fmt.Println(m["a"], m["b"], m["c"], len(m))

	s := map[int]string{}
	s[1] += "x"
	s[1] += "y"
	fmt.Println(s[1], len(s))

	var nilmap map[string]int
	fmt.Println(len(nilmap))
	try("nil", func() { nilmap["x"] += set() })
	try("nil++", func() { nilmap["x"]++ })
	fmt.Println(m["a"], len(nilmap))

	d := map[string]int{}
	zero, neg := 0, -1
	try("div", func() { d["d"] /= zero })
	try("rem", func() { d["r"] %= zero })
	try("shl", func() { d["s"] <<= neg })
	_, okd := d["d"]
	_, oks := d["s"]
	fmt.Println(len(d), okd, oks)

	f := map[float64]int{}
	nan := math.NaN()
	f[nan] += 1
	f[nan]++
	f[nan] += 2
	f[1.5] += 1
	f[1.5]++
	var vals []int
	for k, v := range f {
		if k != k {
			vals = append(vals, v)
		}
	}
	sort.Ints(vals)
	fmt.Println(len(f), f[1.5], vals)
}

// CHECK: 101
// CHECK-NEXT: 2 1
// CHECK-NEXT: 8 101
// CHECK-NEXT: 9 -1 0 103
// CHECK-NEXT: xy 1
// CHECK-NEXT: 0
// CHECK-NEXT: nil recovered: assignment to entry in nil map
// CHECK-NEXT: nil++ recovered: assignment to entry in nil map
// CHECK-NEXT: 100 0
// CHECK-NEXT: div recovered: runtime error: integer divide by zero
// CHECK-NEXT: rem recovered: runtime error: integer divide by zero
// CHECK-NEXT: shl recovered: runtime error: negative shift amount
// CHECK-NEXT: 1 false true
// CHECK-NEXT: 4 2 [1 1 2]
