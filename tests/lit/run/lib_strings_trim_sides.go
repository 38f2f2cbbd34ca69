// strings.TrimLeft and TrimRight (added with one row in runtime/library.def):
// each end alone, with short and long ASCII cutsets, a non-ASCII cutset,
// invalid UTF-8 (every invalid byte is U+FFFD, so "\xff" trims "\xfe" too),
// empty inputs and cutsets, and results that are the whole input or nothing.
// Output compared with Go 1.19's; -m shows the summary the row gives, in
// gc's words (s leaks to the results only, the cutset not at all).
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
// RUN: %if go %{ %go build -o %t.gobin %s && %t.gobin 2>&1 | FileCheck --match-full-lines %s %}
// RUN: cd %S && %gosc -m lib_strings_trim_sides.go 2>&1 | FileCheck --check-prefix=ESC %s
package main

import (
	"fmt"
	"strings"
)

// ESC: lib_strings_trim_sides.go:[[@LINE+3]]:11: leaking param: s to result ~r0 level=0
// ESC-NEXT: lib_strings_trim_sides.go:[[@LINE+2]]:11: leaking param: s to result ~r1 level=0
// ESC-NEXT: lib_strings_trim_sides.go:[[@LINE+1]]:14: cutset does not escape
func both(s, cutset string) (string, string) {
	return strings.TrimLeft(s, cutset), strings.TrimRight(s, cutset)
}

func main() {
	cases := [][2]string{
		{"  xx  ", " "},
		{"..,hello,..", ".,"},
		{"abcabc-core-cba", "abc"},
		{"\t\n pad \n\t", " \t\n\r\v\f"},
		{"¡¡héllo!!", "¡!"},
		{"ééaéé", "é"},
		{"\xff\xfeok\xff", "\xff"},
		{"", "x"},
		{"keep", ""},
		{"xxxx", "x"},
		{"nothing", "z"},
	}
	for _, c := range cases {
		l, r := both(c[0], c[1])
		fmt.Printf("%q %q\n", l, r)
	}
}

// CHECK: "xx  " "  xx"
// CHECK-NEXT: "hello,.." "..,hello"
// CHECK-NEXT: "-core-cba" "abcabc-core-"
// CHECK-NEXT: "pad \n\t" "\t\n pad"
// CHECK-NEXT: "héllo!!" "¡¡héllo"
// CHECK-NEXT: "aéé" "ééa"
// CHECK-NEXT: "ok\xff" "\xff\xfeok"
// CHECK-NEXT: "" ""
// CHECK-NEXT: "keep" "keep"
// CHECK-NEXT: "" ""
// CHECK-NEXT: "nothing" "nothing"
