// Slices: 2- and 3-index slicing, len/cap, append growth and aliasing of
// the backing array, copy with overlap, slices of arrays and strings.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
package main

import "fmt"

func show(name string, s []int) {
	fmt.Printf("%s len=%d cap=%d %v\n", name, len(s), cap(s), s)
}

func main() {
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	a := arr[2:5]
	show("a", a)
	b := arr[2:5:6]
	show("b", b)
	c := a[1:4] // re-slice beyond len, within cap
	show("c", c)

	// append within capacity writes into the shared array
	a = append(a, 100)
	fmt.Println(arr)
	// b has cap 4: first append aliases, second reallocates
	b = append(b, 200)
	fmt.Println(arr)
	b = append(b, 300)
	b[0] = -1
	fmt.Println(arr, b)

	// 3-index slice forces a copy on append
	d := arr[0:2:2]
	d = append(d, 42)
	d[0] = 77
	fmt.Println(arr[:3], d)

	s := make([]int, 0, 2)
	prevCap := cap(s)
	for i := 0; i < 20; i++ {
		s = append(s, i)
		if cap(s) != prevCap {
			prevCap = cap(s)
		}
	}
	show("s", s)

	x := []int{1, 2, 3}
	y := x[:2]
	z := append(y, 9) // overwrites x[2]
	fmt.Println(x, y, z)
	w := append(x[:1:1], 8)
	fmt.Println(x, w)

	buf := []int{1, 2, 3, 4, 5}
	n := copy(buf[1:], buf)
	fmt.Println(n, buf)
	n = copy(buf, buf[2:])
	fmt.Println(n, buf)
	bs := make([]byte, 3)
	n = copy(bs, "hello")
	fmt.Println(n, string(bs))

	str := "hello, world"
	fmt.Println(str[7:], str[:5], str[3:8], len(str[7:]))
	p := &arr
	fmt.Println(p[1:3], len(p), cap(p[5:]))
	var ns []int
	fmt.Println(ns == nil, len(ns), cap(ns), ns[:0] == nil, len(append(ns, 1)))
	e := []int{}
	fmt.Println(e == nil, len(e[0:0]))
	m := [][]int{{1, 2}, {3}}
	m[1] = append(m[1], 4, 5)
	m = append(m, m[0][:1])
	fmt.Println(m, len(m), cap(m[0]))
	full := arr[:]
	full2 := full[len(full):]
	fmt.Println(len(full2), cap(full2))
	rs := []rune("héllo")
	rs[1] = 'e'
	fmt.Println(string(rs), len(rs), len("héllo"))
}

// CHECK: a len=3 cap=6 [2 3 4]
// CHECK-NEXT: b len=3 cap=4 [2 3 4]
// CHECK-NEXT: c len=3 cap=5 [3 4 5]
// CHECK-NEXT: [0 1 2 3 4 100 6 7]
// CHECK-NEXT: [0 1 2 3 4 200 6 7]
// CHECK-NEXT: [0 1 2 3 4 200 6 7] [-1 3 4 200 300]
// CHECK-NEXT: [0 1 2] [77 1 42]
// CHECK-NEXT: s len=20 cap=32 [0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19]
// CHECK-NEXT: [1 2 9] [1 2] [1 2 9]
// CHECK-NEXT: [1 2 9] [1 8]
// CHECK-NEXT: 4 [1 1 2 3 4]
// CHECK-NEXT: 3 [2 3 4 3 4]
// CHECK-NEXT: 3 hel
// CHECK-NEXT: world hello lo, w 5
// CHECK-NEXT: [1 2] 8 3
// CHECK-NEXT: true 0 0 true 1
// CHECK-NEXT: false 0
// CHECK-NEXT: {{\[\[}}1 2] [3 4 5] [1]] 3 2
// CHECK-NEXT: 0 0
// CHECK-NEXT: hello 5 6
