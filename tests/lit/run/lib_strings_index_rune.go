// strings.IndexRune, the member added to show that a library member needs
// one row in runtime/library.def (plus its runtime implementation): every
// case of Go 1.19's implementation — ASCII, multi-byte runes, U+FFFD
// matching invalid bytes as well as a real U+FFFD, invalid runes (negative,
// surrogates, beyond U+10FFFF) never found, empty input — and no allocation,
// as in Go. Expected output is go1.19's.
// RUN: %gosc build -o %t %s && env GOSCDEBUG=allocs=1 %t 2>&1 | FileCheck --match-full-lines %s
// RUN: cd %S && %gosc -m lib_strings_index_rune.go 2>&1 | FileCheck --check-prefix=ESC %s
package main

import "strings"

func find(s string, r rune) int {
	return strings.IndexRune(s, r)
}

func main() {
	s := "héllo, wörld 😀!"
	println(find(s, 'l'), find(s, 'é'), find(s, 'ö'), find(s, '😀'), find(s, '!'), find(s, 'z'))
	println(find("a\xffb\uFFFD", 0xFFFD), find("ab\uFFFDc", 0xFFFD), find("abc", 0xFFFD))
	println(find("a\xed\xa0\x80", 0xD800), find("x", -1), find("x", 0x110000), find("x\U0010FFFF", 0x10FFFF))
	println(find("", 'a'), find("", 0xFFFD), find("\x00", 0), find("\xc3", 0xFFFD))
	total := 0
	for i := 0; i < 1000; i++ {
		total += find(s, rune('a'+i%26)) + find(s, '😀')
	}
	println(total)
}

// CHECK: 3 1 9 15 19 -1
// CHECK-NEXT: 1 2 -1
// CHECK-NEXT: -1 -1 -1 1
// CHECK-NEXT: -1 -1 0 0
// CHECK-NEXT: 15767
// CHECK-NEXT: gosc: heap allocations: 0 objects, 0 bytes
// The string argument does not escape (gc: "s does not escape").
// ESC: lib_strings_index_rune.go:13:11: s does not escape
