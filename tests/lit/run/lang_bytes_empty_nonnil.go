// Converting an empty string to []byte or []rune gives an empty, non-nil slice (gc's
// rawbyteslice(0) returns &zerobase), while appending nothing to a nil slice keeps it nil.
// gosc used to return nil slices for []byte("") and []rune("").
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
// RUN: %gosc build --no-escape -o %t1 %s && %t1 2>&1 | FileCheck --match-full-lines %s
package main

import "fmt"


func id(s string) string { return s }

func main() {
	b := []byte("")
	fmt.Println(b == nil, len(b), cap(b))
	s := id("")
	c := []byte(s)
	fmt.Println(c == nil, len(c))
	r := []rune(s)
	fmt.Println(r == nil, len(r))
	r2 := []rune("")
	fmt.Println(r2 == nil)
	var nb []byte
	fmt.Println(string(nb) == "", len(string(nb)))
	a := append([]byte(nil), ""...)
	fmt.Println(a == nil)
	a = append([]byte(nil), s...)
	fmt.Println(a == nil)
	a = append(b, s...)
	fmt.Println(a == nil)
	d := []byte(id("hi"))
	fmt.Println(d == nil, len(d), string(d))
	m := map[string]int{}
	m[string(c)]++
	fmt.Println(m)
	for i := 0; i < 3; i++ {
		e := []byte(s[:0])
		e = append(e, 'x')
		fmt.Println(e == nil, string(e))
	}
	sink = []byte(s)
	fmt.Println(sink == nil)
}

var sink []byte

// CHECK: false 0 0
// CHECK: false 0
// CHECK: false 0
// CHECK: false
// CHECK: true 0
// CHECK: true
// CHECK: true
// CHECK: false
// CHECK: false 2 hi
// CHECK: map[:1]
// CHECK: false x
// CHECK: false x
// CHECK: false x
// CHECK: false
