// Every escape form of rune and string literals: the lexer once read '\\' as an
// unterminated rune (the backslash escape was optional), so `case '\\':` failed with
// "newline in rune literal" and a second backslash literal on the line was misread.
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
package main

import "fmt"

func classify(c rune) string {
	switch c {
	case '\\':
		return "backslash"
	case '\'':
		return "quote"
	case '\x41':
		return "A"
	case '\101' + 1:
		return "B"
	case '\u00e9':
		return "e-acute"
	case '\U0001F600':
		return "smile"
	case '\t', '\n', '\a', '\b', '\f', '\r', '\v':
		return "ctl"
	case '"', '\000', '\377', '\uFFFD', '\U0010FFFF':
		return "misc"
	}
	return "other"
}

func main() {
	fmt.Println(classify('\\'), classify('\\'), "\\x", '\\', "a\\b")
	for _, r := range []rune{'\'', 'A', 'B', 'é', '😀', '\v', 'z', '"', 0, 255, 0x10FFFF} {
		fmt.Println(classify(r))
	}
	fmt.Printf("%q %s\n", "\x41\101\u00e9\U0001F600\"\\\a\b\f\n\r\t\v", `raw\n`)
	fmt.Printf("%q\n", "\xff\x00")
	fmt.Println(len("\xff\u00ff\377"), []byte("\xe9\u00e9"), "'", `\\ \x "\"`, '\\'+'\'')
	s := "x\\" + `y\` + "\\"
	fmt.Println(s, len(s), '\x7f', '\177', '\u007F', '\U0000007f')
}
// CHECK: backslash backslash \x 92 a\b
// CHECK: quote
// CHECK: A
// CHECK: B
// CHECK: e-acute
// CHECK: smile
// CHECK: ctl
// CHECK: other
// CHECK: misc
// CHECK: misc
// CHECK: misc
// CHECK: misc
// CHECK: "AAé😀\"\\\a\b\f\n\r\t\v" raw\n
// CHECK: "\xff\x00"
// CHECK: 4 [233 195 169] ' \\ \x "\" 131
// CHECK: x\y\\ 5 127 127 127 127
