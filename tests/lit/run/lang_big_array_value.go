// A 16 MB array value, copied and passed by value: gc moves the variables to
// the heap (too large for the stack) and so does gosc; gosc's own copy of
// the literal and the snapshot of a copied value must not land on the stack
// either (they overflowed it), and the literal's temporary gets no -m line
// (gc builds the literal in place and names no temporary). Expected output
// is go1.19's.
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
// RUN: cd %S && %gosc -m lang_big_array_value.go 2>&1 | FileCheck --check-prefix=ESC --implicit-check-not=autotmp %s
package main

import "fmt"

func sum(a [4 << 20]int32) int32 {
	var s int32
	for _, v := range a {
		s += v
	}
	return s
}

func main() {
	// ESC-DAG: lang_big_array_value.go:[[@LINE+1]]:2: moved to heap: c
	c := [4 << 20]int32{}
	c[5] = 7
	// ESC-DAG: lang_big_array_value.go:[[@LINE+1]]:2: moved to heap: d
	d := c
	d[6] = 1
	d[len(d)-1] = 3
	// CHECK: 4194304 7 1 0 11 7
	fmt.Println(len(c), c[5], d[6], c[6], sum(d), sum(c))
	for i := 0; i < 3; i++ {
		e := d
		e[i] = int32(i + 10)
		d = e
	}
	// CHECK-NEXT: 10 11 12 44
	fmt.Println(d[0], d[1], d[2], sum(d))
}
