// RUN: not %gosc %s 2>&1 | FileCheck %s
// Lexical errors: every one is reported (one per line), in gc's words.
package main

func main() {
	// CHECK: fail_lexical.go:[[@LINE+1]]:11: error: newline in string
	s := "abc
	// CHECK: fail_lexical.go:[[@LINE+1]]:9: error: invalid character U+0040 '@'
	x := 1 @ 2
	// CHECK: fail_lexical.go:[[@LINE+1]]:8: error: invalid digit '8' in octal literal
	y := 08
	_, _, _ = s, x, y
}
