// unsafe.Sizeof, Alignof and Offsetof follow Go's amd64 layout rules.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
package main

import (
	"fmt"
	"unsafe"
)

type A struct {
	a bool
	b int64
	c bool
}

type B struct {
	a, c bool
	b    int64
}

type C struct {
	x int8
	y int16
	z int32
	s string
	p *int
	f []byte
	m map[int]int
	i any
	e error
	g func()
	r [3]int16
	u uintptr
	w float32
}

type Empty struct{}

type Trail struct {
	n int32
	e Empty
}

type Nest struct {
	b  byte
	in A
	c  byte
}

const sz = unsafe.Sizeof(A{})

func main() {
	var i int
	var s string
	fmt.Println(unsafe.Sizeof(i), unsafe.Sizeof(s), unsafe.Sizeof(int8(0)), unsafe.Sizeof(uint16(0)), unsafe.Sizeof(float32(0)), unsafe.Sizeof(3.0))
	fmt.Println(unsafe.Sizeof([]int{}), unsafe.Sizeof(map[int]int{}), unsafe.Sizeof(&i), unsafe.Sizeof(any(nil)), unsafe.Sizeof(func() {}), unsafe.Sizeof([5]int32{}))
	fmt.Println(sz, unsafe.Sizeof(B{}), unsafe.Alignof(A{}), unsafe.Alignof(int16(0)), unsafe.Alignof(true))
	var a A
	fmt.Println(unsafe.Offsetof(a.a), unsafe.Offsetof(a.b), unsafe.Offsetof(a.c))
	var c C
	fmt.Println(unsafe.Sizeof(c), unsafe.Alignof(c))
	fmt.Println(unsafe.Offsetof(c.x), unsafe.Offsetof(c.y), unsafe.Offsetof(c.z), unsafe.Offsetof(c.s), unsafe.Offsetof(c.p),
		unsafe.Offsetof(c.f), unsafe.Offsetof(c.m), unsafe.Offsetof(c.i), unsafe.Offsetof(c.e), unsafe.Offsetof(c.g),
		unsafe.Offsetof(c.r), unsafe.Offsetof(c.u), unsafe.Offsetof(c.w))
	fmt.Println(unsafe.Sizeof(Empty{}), unsafe.Sizeof(Trail{}), unsafe.Sizeof([0]int{}), unsafe.Alignof(Empty{}))
	var n Nest
	fmt.Println(unsafe.Sizeof(n), unsafe.Offsetof(n.in), unsafe.Offsetof(n.c), unsafe.Offsetof(n.in.c))
	var arr [sz]byte
	fmt.Println(len(arr))
	fmt.Printf("%T %T\n", unsafe.Sizeof(i), unsafe.Offsetof(a.b))
	x := 42
	p := unsafe.Pointer(&x)
	q := (*int)(p)
	*q = 43
	fmt.Println(x)
}

// CHECK: 8 16 1 2 4 8
// CHECK-NEXT: 24 8 8 16 8 20
// CHECK-NEXT: 24 16 8 2 1
// CHECK-NEXT: 0 8 16
// CHECK-NEXT: 128 8
// CHECK-NEXT: 0 2 4 8 24 32 56 64 80 96 104 112 120
// CHECK-NEXT: 0 8 0 1
// CHECK-NEXT: 40 8 32 16
// CHECK-NEXT: 24
// CHECK-NEXT: uintptr uintptr
// CHECK-NEXT: 43
