// RUN: not %gosc %s 2>&1 | FileCheck %s
// Malformed escapes in rune and string literals get gc's scanner errors, at gc's columns
// (the character being read when the escape went wrong); none were checked before.
package main

func main() {
	// CHECK: fail_escapes.go:[[@LINE+1]]:8: error: unknown escape
	_ = '\q'
	// CHECK: fail_escapes.go:[[@LINE+1]]:10: error: invalid character '\'' in hexadecimal escape
	_ = '\x4'
	// CHECK: fail_escapes.go:[[@LINE+1]]:9: error: invalid character 'g' in hexadecimal escape
	_ = "\xg1"
	// CHECK: fail_escapes.go:[[@LINE+1]]:11: error: octal escape value 256 > 255
	_ = '\400'
	// CHECK: fail_escapes.go:[[@LINE+1]]:14: error: escape is invalid Unicode code point U+D800
	_ = "a\uD800"
	// CHECK: fail_escapes.go:[[@LINE+1]]:17: error: escape is invalid Unicode code point U+110000
	_ = '\U00110000'
	// CHECK: fail_escapes.go:[[@LINE+1]]:6: error: more than one character in rune literal
	_ = 'ab'
	// CHECK: fail_escapes.go:[[@LINE+1]]:8: error: unknown escape
	_ = '\"'
	// CHECK: fail_escapes.go:[[@LINE+1]]:8: error: unknown escape
	_ = "\'"
}
