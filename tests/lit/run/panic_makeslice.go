// make([]T, len, cap) with run-time sizes must panic as gc does: "len out of range" when
// len alone is bad (negative, or len*elemsize beyond maxAlloc = 1<<48), else "cap out of
// range" (cap negative, too large, or below len). gosc used to check only the capacity at
// the allocation, so make([]int, 1, huge) blamed len. For a non-escaping make with a
// constant cap gc checks inline and blames len only when negative (ESC); a heap make
// (--no-escape) goes through runtime.makeslice, which blames the huge len (NOESC).
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines --check-prefixes=CHECK,ESC %s
// RUN: %gosc build -O0 -o %t0 %s && %t0 2>&1 | FileCheck --match-full-lines --check-prefixes=CHECK,ESC %s
// RUN: %gosc build --no-escape -o %t1 %s && %t1 2>&1 | FileCheck --match-full-lines --check-prefixes=CHECK,NOESC %s
package main

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover()) }()
	f()
}

type big struct{ a [1 << 20]byte }

func id(x int) int { return x }

func main() {
	n, c := 5, 3
	try("n>c", func() { s := make([]int, n, c); fmt.Println(len(s)) })
	try("n>c esc", func() { s := make([]int, n, c); sink = s })
	try("n<0", func() { s := make([]int, -n); fmt.Println(len(s)) })
	try("n<0 esc", func() { s := make([]int, -n); sink = s })
	try("n<0,c", func() { s := make([]int, -n, c); fmt.Println(len(s)) })
	try("c<0", func() { s := make([]int, 0, -c); fmt.Println(len(s)) })
	try("n<0,c<0", func() { s := make([]int, -n, -c); fmt.Println(len(s)) })
	try("n>const c", func() { s := make([]int, n, 3); fmt.Println(len(s)) })
	try("n>const c esc", func() { s := make([]int, n, 3); sink = s })
	try("-n, const c", func() { s := make([]int, -n, 3); fmt.Println(len(s)) })
	try("const n, c<", func() { s := make([]int, 4, id(3)); fmt.Println(len(s)) })
	try("const n, c<0", func() { s := make([]int, 4, id(-3)); fmt.Println(len(s)) })
	h := id(1 << 60)
	try("huge n", func() { s := make([]int, h); fmt.Println(len(s)) })
	try("huge c", func() { s := make([]int, 1, h); fmt.Println(len(s)) })
	try("huge n c", func() { s := make([]int, h, h); fmt.Println(len(s)) })
	try("huge n, c", func() { s := make([]int, h, 5); fmt.Println(len(s)) })
	try("neg n, huge c", func() { s := make([]int, -id(1), h); fmt.Println(len(s)) })
	try("big elem", func() { s := make([]big, id(1<<29)); fmt.Println(len(s)) })
	try("big elem c", func() { s := make([]big, 1, id(1<<29)); fmt.Println(len(s)) })
	try("byte 1<<48+1", func() { s := make([]byte, id(1<<48+1)); fmt.Println(len(s)) })
	try("int 1<<45+1", func() { s := make([]int, id(1<<45+1)); fmt.Println(len(s)) })
	try("empty struct", func() { s := make([]struct{}, id(1<<62)); fmt.Println(len(s)) })
	try("empty struct n>c", func() { s := make([]struct{}, id(5), id(3)); fmt.Println(len(s)) })
	try("ok", func() { s := make([]int, n, n+c); fmt.Println(len(s), cap(s)) })
	var u8 uint8 = 200
	try("uint8", func() { s := make([]int, u8, 100); fmt.Println(len(s)) })
}

var sink []int

// CHECK: n>c runtime error: makeslice: cap out of range
// CHECK: n>c esc runtime error: makeslice: cap out of range
// CHECK: n<0 runtime error: makeslice: len out of range
// CHECK: n<0 esc runtime error: makeslice: len out of range
// CHECK: n<0,c runtime error: makeslice: len out of range
// CHECK: c<0 runtime error: makeslice: cap out of range
// CHECK: n<0,c<0 runtime error: makeslice: len out of range
// CHECK: n>const c runtime error: makeslice: cap out of range
// CHECK: n>const c esc runtime error: makeslice: cap out of range
// CHECK: -n, const c runtime error: makeslice: len out of range
// CHECK: const n, c< runtime error: makeslice: cap out of range
// CHECK: const n, c<0 runtime error: makeslice: cap out of range
// CHECK: huge n runtime error: makeslice: len out of range
// CHECK: huge c runtime error: makeslice: cap out of range
// CHECK: huge n c runtime error: makeslice: len out of range
// ESC: huge n, c runtime error: makeslice: cap out of range
// NOESC: huge n, c runtime error: makeslice: len out of range
// CHECK: neg n, huge c runtime error: makeslice: len out of range
// CHECK: big elem runtime error: makeslice: len out of range
// CHECK: big elem c runtime error: makeslice: cap out of range
// CHECK: byte 1<<48+1 runtime error: makeslice: len out of range
// CHECK: int 1<<45+1 runtime error: makeslice: len out of range
// CHECK: 4611686018427387904
// CHECK: empty struct <nil>
// CHECK: empty struct n>c runtime error: makeslice: cap out of range
// CHECK: 5 8
// CHECK: ok <nil>
// CHECK: uint8 runtime error: makeslice: cap out of range
