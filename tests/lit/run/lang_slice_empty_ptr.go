// A slice or substring with no capacity left keeps its base pointer, as gc's slicemask
// does (rptr = ptr + (i*stride & mask(cap-i))): x[len(x):], x[4:4:4], a[3:] and s[2:2]
// must not point one past the end of their object. Also unsafe.Pointer -> uintptr
// conversions, which used to stop gosc with "changetype between different representations".
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
// RUN: %gosc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck --match-full-lines %s
package main

import (
	"fmt"
	"unsafe"
)

func data(p unsafe.Pointer) uintptr { return (*[3]uintptr)(p)[0] }


func id(x int) int { return x }

func main() {
	x := make([]int, 4)
	base := uintptr(unsafe.Pointer(&x[0]))
	y := x[len(x):]
	fmt.Println(len(y), cap(y), data(unsafe.Pointer(&y)) == base)
	z := x[2:2]
	fmt.Println(data(unsafe.Pointer(&z)) - base)
	w := x[4:4:4]
	fmt.Println(data(unsafe.Pointer(&w)) == base)
	i := id(3)
	v := x[i:i:i]
	fmt.Println(data(unsafe.Pointer(&v)) == base)
	v = x[i:id(4)]
	fmt.Println(data(unsafe.Pointer(&v)) - base)
	v = x[id(4):]
	fmt.Println(data(unsafe.Pointer(&v)) == base)
	x2 := x[1:3]
	fmt.Println(data(unsafe.Pointer(&x2))-base, len(x2), cap(x2))

	s := "hello"
	sb := data(unsafe.Pointer(&s))
	t := s[5:]
	fmt.Println(len(t), data(unsafe.Pointer(&t)) == sb)
	t = s[id(2):id(2)]
	fmt.Println(data(unsafe.Pointer(&t)) == sb)
	t = s[id(2):]
	fmt.Println(data(unsafe.Pointer(&t)) - sb, t)

	var a [3]int64
	ab := uintptr(unsafe.Pointer(&a))
	as := a[3:]
	fmt.Println(len(as), cap(as), data(unsafe.Pointer(&as)) == ab)
	p := &a
	ps := p[id(1):id(1):id(1)]
	fmt.Println(data(unsafe.Pointer(&ps)) == ab)
	ps = p[id(1):id(1)]
	fmt.Println(data(unsafe.Pointer(&ps)) - ab)
	hdr := (*[3]uintptr)(unsafe.Pointer(&x))
	fmt.Println(hdr[1], hdr[2])
	hs := (*[2]uintptr)(unsafe.Pointer(&s))
	fmt.Println(hs[1])
}

// CHECK: 0 0 true
// CHECK: 16
// CHECK: true
// CHECK: true
// CHECK: 24
// CHECK: true
// CHECK: 8 2 3
// CHECK: 0 true
// CHECK: true
// CHECK: 2 llo
// CHECK: 0 0 true
// CHECK: true
// CHECK: 8
// CHECK: 4 4
// CHECK: 5
