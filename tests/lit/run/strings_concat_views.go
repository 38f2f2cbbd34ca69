// Concatenation chains are lowered as one runtime.concatstrings call and a
// []byte -> string conversion that is only compared or used as a lookup key
// is a view of the bytes (lower_strings.cpp). These programs check the
// results are still Go's: the one non-empty part is shared, chains through
// named variables and op-assignments, a conversion followed by a write to the
// bytes before its use still copies, and map reads through views while the
// map's own keys stay copies.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
// RUN: %gosc build -O0 -o %t0 %s && %t0 | FileCheck --match-full-lines %s
package main

import "fmt"

func parts(a, b, c string) string { return a + "<" + b + ">" + c }

func main() {
	fmt.Println(parts("x", "y", "z"), parts("", "", ""), len(parts("", "", "")))
	// CHECK: x<y>z <> 2
	e := ""
	s := e + "only" + e + e
	fmt.Println(s, len(s))
	// CHECK-NEXT: only 4
	line := "id=" + fmt.Sprint(7) + ";"
	line += "tag=" + "t" + fmt.Sprint(9)
	fmt.Println(line)
	// CHECK-NEXT: id=7;tag=t9

	b := []byte("key")
	m := map[string]int{"key": 1, "kex": 2}
	fmt.Println(string(b) == "key", string(b) < "kez", m[string(b)])
	// CHECK-NEXT: true true 1
	v, ok := m[string(b)]
	fmt.Println(v, ok)
	// CHECK-NEXT: 1 true
	// The conversion happens before the write: it must be a copy.
	old := string(b)
	b[2] = 'x'
	fmt.Println(old == "key", string(b) == "kex", m[string(b)])
	// CHECK-NEXT: true true 2
	// A key stored into the map is copied: changing b afterwards leaves it.
	m[string(b)] = 3
	b[0] = 'Z'
	fmt.Println(m["kex"], len(m), string(b))
	// CHECK-NEXT: 3 2 Zex
	var empty []byte
	fmt.Println(string(empty) == "", m[string(empty)])
	// CHECK-NEXT: true 0
}
