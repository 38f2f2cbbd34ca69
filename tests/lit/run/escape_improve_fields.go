// Deliberate improvement over gc (DESIGN.md § Escape analysis, 1): field
// sensitivity keeps on the stack the variables whose address is stored in
// one field of a local struct or array while another field goes to the
// heap (the `// BAD` cases of Go's test/escape_field.go and escape_array.go
// that tests/lit/escape/fields_*.go check). This proves it safe: each
// function stores &i in one field, sends another field to the heap, lets
// the collector run (churn) and then writes and reads i through the
// stored pointer; the results must be Go's, with field sensitivity, without
// it (--no-field-sensitive) and without escape analysis.
// With the argument `small` every function runs 1000 times without churn:
// the field-sensitive build then allocates only field18's box of y (gc and
// --no-field-sensitive also move each i to the heap).
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
// RUN: %gosc build --no-field-sensitive -o %t.nofs %s && %t.nofs 2>&1 | FileCheck --match-full-lines %s
// RUN: %gosc build --no-escape -o %t.noesc %s && %t.noesc 2>&1 | FileCheck --match-full-lines %s
// RUN: env GOSCDEBUG=allocs=1 %t small 2>&1 | FileCheck --check-prefixes=SMALL,ALLOC-FS --match-full-lines %s
// RUN: env GOSCDEBUG=allocs=1 %t.nofs small 2>&1 | FileCheck --check-prefixes=SMALL,ALLOC-NOFS --match-full-lines %s
// RUN: %if go %{ %go build -o %t.gobin %s && %t.gobin 2>&1 | FileCheck --match-full-lines %s %}
// RUN: %if go %{ %t.gobin small 2>&1 | FileCheck --check-prefix=SMALL --match-full-lines %s %}
package main

import "os"

var sink interface{}
var garbage []byte

type X struct {
	p1 *int
	p2 *int
	a  [2]*int
}

type Y struct {
	x X
}

type U [2]*string

func churn(n int) {
	for k := 0; k < n; k++ {
		garbage = make([]byte, 512)
		garbage[k%512] = byte(k)
	}
}

func field1(n, c int) int {
	i := n
	var x X
	x.p1 = &i
	sink = x.p2
	churn(c)
	*x.p1 += 1
	return i
}

func field5(n, c int) int {
	i := n
	var x X
	x.a[0] = &i
	sink = x.a[1]
	churn(c)
	*x.a[0] *= 2
	return i + *x.a[0]
}

func field10(n, c int) int {
	i := n
	var y Y
	y.x.p1 = &i
	x := y.x
	var y1 Y
	y1.x = x
	sink = y1.x.p2
	churn(c)
	*y1.x.p1 += 3
	return i + *x.p1
}

func field12(n, c int) int {
	i := n
	x := X{p1: &i}
	sink = x.p2
	churn(c)
	*x.p1 -= 5
	return i
}

func field14(n, c int) int {
	i := n
	x := &X{p1: &i}
	sink = x.p2
	churn(c)
	*x.p1 += 7
	return i * 2
}

func field16(n, c int) int {
	i := n
	var x X
	x.p1 = &i
	var iface interface{} = x
	x1 := iface.(X)
	sink = x1.p2
	churn(c)
	*x1.p1 += 11
	return i
}

func field18(n, c int) int {
	i := n
	var x X
	x.p1 = &i
	var iface interface{} = x
	y, ok := iface.(Y)
	sink = y
	churn(c)
	*x.p1 += 13
	if ok || y.x.p1 != nil {
		return -1
	}
	return i
}

func fun(x U, y *string) *string {
	x[0] = y
	return x[1]
}

func arrays(c int) int {
	s := "dog"
	t := "cat"
	var u U
	u[1] = &t
	r := fun(u, &s)
	churn(c)
	return len(*r) + len(s)
}

func all(n, c int) int {
	return field1(n, c) + field5(n, c) + field10(n, c) + field12(n, c) + field14(n, c) +
		field16(n, c) + field18(n, c) + arrays(c)
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "small" {
		t := 0
		for r := 0; r < 1000; r++ {
			t += all(r, 0)
		}
		println("small", t)
		return
	}
	println(field1(1, 2000), field5(2, 2000), field10(3, 2000), field12(4, 2000))
	println(field14(5, 2000), field16(6, 2000), field18(7, 2000), arrays(2000))
	println(all(8, 300))
	_ = sink
}

// CHECK: 2 8 12 -1
// CHECK-NEXT: 24 17 20 6
// CHECK-NEXT: 142
// CHECK-NOT: {{.}}

// SMALL: small 6040000
// ALLOC-FS-NEXT: gosc: heap allocations: 1000 objects, {{[0-9]+}} bytes
// ALLOC-NOFS-NEXT: gosc: heap allocations: 8000 objects, {{[0-9]+}} bytes
