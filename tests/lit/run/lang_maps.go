// Maps: delete during range (deleted entries are not visited), insertion,
// comma-ok, struct/array keys, nested maps, map values are copies.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
package main

import (
	"fmt"
	"sort"
)

type key struct {
	a int
	b string
}

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	// deleting every key during range: each is visited at most once
	visited := 0
	for k := range m {
		visited++
		delete(m, k)
		delete(m, k^1)
	}
	fmt.Println(len(m), visited <= 100, visited >= 50)

	m2 := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	seen := map[string]bool{}
	for k := range m2 {
		if k == "a" || k == "b" {
			delete(m2, "c")
		}
		seen[k] = true
	}
	_, cok := m2["c"]
	fmt.Println(len(m2), cok, seen["a"], seen["b"], seen["d"])

	// deleting only the current key is always safe
	m3 := map[int]string{1: "x", 2: "y", 3: "z", 4: "w"}
	for k, v := range m3 {
		if k%2 == 0 {
			delete(m3, k)
		} else {
			m3[k] = v + v
		}
	}
	keys := []int{}
	for k := range m3 {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys, m3)

	v, ok := m3[1]
	fmt.Println(v, ok)
	v, ok = m3[2]
	fmt.Printf("%q %v\n", v, ok)

	sk := map[key]int{{1, "a"}: 1}
	sk[key{1, "a"}]++
	sk[key{2, "b"}] += 5
	fmt.Println(sk[key{1, "a"}], sk[key{2, "b"}], len(sk))
	ak := map[[2]int]string{{1, 2}: "x"}
	fmt.Println(ak[[2]int{1, 2}], ak[[2]int{2, 1}] == "")

	type pt struct{ X, Y int }
	mv := map[string]pt{"p": {1, 2}}
	p := mv["p"]
	p.X = 100
	fmt.Println(mv["p"], p)
	mp := map[string]*pt{"p": {1, 2}}
	mp["p"].X = 100
	fmt.Println(*mp["p"])

	nested := map[string]map[string]int{}
	for _, w := range []string{"a:x", "a:y", "b:x", "a:x"} {
		outer, inner := w[:1], w[2:]
		if nested[outer] == nil {
			nested[outer] = map[string]int{}
		}
		nested[outer][inner]++
	}
	fmt.Println(nested)
	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	fmt.Println(counts['l'], counts['o'], counts['z'], len(counts))
	fm := map[float64]string{0.5: "half"}
	fmt.Println(fm[0.5], fm[1.0/2])
	alias := m3
	alias[99] = "new"
	fmt.Println(len(m3), m3[99])
	var ip1, ip2 = new(int), new(int)
	pm := map[*int]int{ip1: 1, ip2: 2}
	fmt.Println(pm[ip1], pm[ip2], len(pm))
}

// CHECK: 0 true true
// CHECK-NEXT: 3 false true true true
// CHECK-NEXT: [1 3] map[1:xx 3:zz]
// CHECK-NEXT: xx true
// CHECK-NEXT: "" false
// CHECK-NEXT: 2 5 2
// CHECK-NEXT: x true
// CHECK-NEXT: {1 2} {100 2}
// CHECK-NEXT: {100 2}
// CHECK-NEXT: map[a:map[x:2 y:1] b:map[x:1]]
// CHECK-NEXT: 3 2 0 8
// CHECK-NEXT: half half
// CHECK-NEXT: 3 new
// CHECK-NEXT: 1 2 2
