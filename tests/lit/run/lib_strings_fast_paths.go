// The library's fast paths give Go's results at their edges: ToLower/ToUpper
// (ASCII with and without changes, non-ASCII, invalid UTF-8, a real U+FFFD),
// Trim with one-byte, ASCII-set and non-ASCII cutsets, TrimSpace with
// Unicode spaces at either end, Fields of ASCII and non-ASCII text, Split
// with one-byte, longer and empty separators, Join, Repeat and Replace sizes
// (growing, shrinking, to empty), strconv.Itoa/FormatInt (0..99, negatives,
// the int64 limits, bases 2..36) and Builder.WriteRune/WriteByte with
// invalid runes. Every line is %q so bytes are compared exactly. The
// expected output is go1.19's.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func show(label string, ss ...string) {
	fmt.Printf("%s %q\n", label, ss)
}

func main() {
	// Lengths around the 8-byte words the ASCII paths read, letters next to
	// the bytes just outside A-Z and a-z, a non-ASCII byte in the last word.
	for _, s := range []string{"", "abc", "ABC", "MiXeD 123", "@[`{", "héllo WÖRLD", "ÀÉÎ", "a\xffB", "x\uFFFDy", "ǅ",
		"abcdefgh", "ABCDEFGH", "abcdefgHi", "@AZ[`az{\x7f", "0123456789abcdeF", "ABCDEFGHIJKLMNOPQ", "abcdefghijklmnoé", "lowercase only here"} {
		show("case", strings.ToLower(s), strings.ToUpper(s))
	}
	for _, c := range [][2]string{
		{"..hi,.", ".,"}, {"xxhixx", "x"}, {"", "x"}, {"abc", ""}, {"....", "."},
		{"¡¡hola!!", "¡!"}, {"éaé", "é"}, {"a\xffb\xff", "\uFFFD"}, {"  a b  ", " "},
		{"xyzaxyz", "xyz"}, {"wxyzawxyz", "zyxw"}, {"vwxyzavwxyz", "vwxyz"}, {"\x00a\x00", "\x00"}, {"é.a.é", ".é"},
	} {
		show("trim", strings.Trim(c[0], c[1]))
	}
	for _, s := range []string{"", "   ", " \t\na b\r\v\f", "\u00a0x\u3000", "x\u2003", "\u2003", "é ", " é", "a\u0085"} {
		show("trimspace", strings.TrimSpace(s))
	}
	for _, s := range []string{"", "   ", "a", " a  b\tc\n", "日本 語\u00a0x\u2028y", "a\xffb c", "\u3000lead trail\u3000",
		"abcdefg hijklmno  pqrstuvwxyz\t1234567\n", "       x", "x       ", "        ", "12345678 1234567\v\f\r 123456789",
		"a b c d e f g h i j k l m n o p", "one\x1ftwo\x0bthree four five six seven", "ascii words then é at the end"} {
		show("fields", strings.Fields(s)...)
		fmt.Println(len(strings.Fields(s)))
	}
	for _, c := range [][2]string{
		{"a,b,,c", ","}, {"", ","}, {",", ","}, {"abc", ""}, {"日本\xff", ""}, {"", ""},
		{"a--b----c", "--"}, {"abc", "abcd"}, {"aaa", "aa"},
	} {
		show("split", strings.Split(c[0], c[1])...)
	}
	show("join", strings.Join(nil, ","), strings.Join([]string{"a"}, ","), strings.Join([]string{"", ""}, ""),
		strings.Join([]string{"", ""}, "-"), strings.Join([]string{"x", "yy", "é"}, ", "))
	show("repeat", strings.Repeat("", 5), strings.Repeat("ab", 0), strings.Repeat("ab", 1), strings.Repeat("abc", 7), strings.Repeat("é", 3))
	show("replace", strings.Replace("banana", "a", "oo", -1), strings.Replace("banana", "an", "", -1),
		strings.Replace("banana", "a", "A", 2), strings.Replace("aaa", "a", "", -1), strings.Replace("héé", "", "-", -1),
		strings.Replace("abc", "", "_", 2), strings.ReplaceAll("abc", "x", "y"), strings.Replace("abc", "b", "b", -1))
	for _, v := range []int64{0, 7, 9, 10, 99, 100, 101, 999, 1000, 12345, -1, -99, -100, 9223372036854775807, -9223372036854775808} {
		show("int", strconv.Itoa(int(v)), strconv.FormatInt(v, 10), strconv.FormatInt(v, 2), strconv.FormatInt(v, 16), strconv.FormatInt(v, 36))
	}
	var b strings.Builder
	for _, r := range []rune{'a', 'é', '€', '😀', -1, 0xD800, 0x110000, 0x10FFFF} {
		b.WriteRune(r)
		b.WriteByte('|')
	}
	b.WriteByte(0xff)
	show("builder", b.String())
	fmt.Println(b.Len())
	show("runes", string(rune(-5)), string(rune(0x41)), string([]rune{'x', 0xD800, '€', -1}), string([]rune{}))
}

// CHECK: case ["" ""]
// CHECK-NEXT: case ["abc" "ABC"]
// CHECK-NEXT: case ["abc" "ABC"]
// CHECK-NEXT: case ["mixed 123" "MIXED 123"]
// CHECK-NEXT: case ["@[`{" "@[`{"]
// CHECK-NEXT: case ["héllo wörld" "HÉLLO WÖRLD"]
// CHECK-NEXT: case ["àéî" "ÀÉÎ"]
// CHECK-NEXT: case ["a�b" "A�B"]
// CHECK-NEXT: case ["x�y" "X�Y"]
// CHECK-NEXT: case ["ǆ" "Ǆ"]
// CHECK-NEXT: case ["abcdefgh" "ABCDEFGH"]
// CHECK-NEXT: case ["abcdefgh" "ABCDEFGH"]
// CHECK-NEXT: case ["abcdefghi" "ABCDEFGHI"]
// CHECK-NEXT: case ["@az[`az{\x7f" "@AZ[`AZ{\x7f"]
// CHECK-NEXT: case ["0123456789abcdef" "0123456789ABCDEF"]
// CHECK-NEXT: case ["abcdefghijklmnopq" "ABCDEFGHIJKLMNOPQ"]
// CHECK-NEXT: case ["abcdefghijklmnoé" "ABCDEFGHIJKLMNOÉ"]
// CHECK-NEXT: case ["lowercase only here" "LOWERCASE ONLY HERE"]
// CHECK-NEXT: trim ["hi"]
// CHECK-NEXT: trim ["hi"]
// CHECK-NEXT: trim [""]
// CHECK-NEXT: trim ["abc"]
// CHECK-NEXT: trim [""]
// CHECK-NEXT: trim ["hola"]
// CHECK-NEXT: trim ["a"]
// CHECK-NEXT: trim ["a\xffb"]
// CHECK-NEXT: trim ["a b"]
// CHECK-NEXT: trim ["a"]
// CHECK-NEXT: trim ["a"]
// CHECK-NEXT: trim ["a"]
// CHECK-NEXT: trim ["a"]
// CHECK-NEXT: trim ["a"]
// CHECK-NEXT: trimspace [""]
// CHECK-NEXT: trimspace [""]
// CHECK-NEXT: trimspace ["a b"]
// CHECK-NEXT: trimspace ["x"]
// CHECK-NEXT: trimspace ["x"]
// CHECK-NEXT: trimspace [""]
// CHECK-NEXT: trimspace ["é"]
// CHECK-NEXT: trimspace ["é"]
// CHECK-NEXT: trimspace ["a"]
// CHECK-NEXT: fields []
// CHECK-NEXT: 0
// CHECK-NEXT: fields []
// CHECK-NEXT: 0
// CHECK-NEXT: fields ["a"]
// CHECK-NEXT: 1
// CHECK-NEXT: fields ["a" "b" "c"]
// CHECK-NEXT: 3
// CHECK-NEXT: fields ["日本" "語" "x" "y"]
// CHECK-NEXT: 4
// CHECK-NEXT: fields ["a\xffb" "c"]
// CHECK-NEXT: 2
// CHECK-NEXT: fields ["lead" "trail"]
// CHECK-NEXT: 2
// CHECK-NEXT: fields ["abcdefg" "hijklmno" "pqrstuvwxyz" "1234567"]
// CHECK-NEXT: 4
// CHECK-NEXT: fields ["x"]
// CHECK-NEXT: 1
// CHECK-NEXT: fields ["x"]
// CHECK-NEXT: 1
// CHECK-NEXT: fields []
// CHECK-NEXT: 0
// CHECK-NEXT: fields ["12345678" "1234567" "123456789"]
// CHECK-NEXT: 3
// CHECK-NEXT: fields ["a" "b" "c" "d" "e" "f" "g" "h" "i" "j" "k" "l" "m" "n" "o" "p"]
// CHECK-NEXT: 16
// CHECK-NEXT: fields ["one\x1ftwo" "three" "four" "five" "six" "seven"]
// CHECK-NEXT: 6
// CHECK-NEXT: fields ["ascii" "words" "then" "é" "at" "the" "end"]
// CHECK-NEXT: 7
// CHECK-NEXT: split ["a" "b" "" "c"]
// CHECK-NEXT: split [""]
// CHECK-NEXT: split ["" ""]
// CHECK-NEXT: split ["a" "b" "c"]
// CHECK-NEXT: split ["日" "本" "\xff"]
// CHECK-NEXT: split []
// CHECK-NEXT: split ["a" "b" "" "c"]
// CHECK-NEXT: split ["abc"]
// CHECK-NEXT: split ["" "a"]
// CHECK-NEXT: join ["" "a" "" "-" "x, yy, é"]
// CHECK-NEXT: repeat ["" "" "ab" "abcabcabcabcabcabcabc" "ééé"]
// CHECK-NEXT: replace ["boonoonoo" "ba" "bAnAna" "" "-h-é-é-" "_a_bc" "abc" "abc"]
// CHECK-NEXT: int ["0" "0" "0" "0" "0"]
// CHECK-NEXT: int ["7" "7" "111" "7" "7"]
// CHECK-NEXT: int ["9" "9" "1001" "9" "9"]
// CHECK-NEXT: int ["10" "10" "1010" "a" "a"]
// CHECK-NEXT: int ["99" "99" "1100011" "63" "2r"]
// CHECK-NEXT: int ["100" "100" "1100100" "64" "2s"]
// CHECK-NEXT: int ["101" "101" "1100101" "65" "2t"]
// CHECK-NEXT: int ["999" "999" "1111100111" "3e7" "rr"]
// CHECK-NEXT: int ["1000" "1000" "1111101000" "3e8" "rs"]
// CHECK-NEXT: int ["12345" "12345" "11000000111001" "3039" "9ix"]
// CHECK-NEXT: int ["-1" "-1" "-1" "-1" "-1"]
// CHECK-NEXT: int ["-99" "-99" "-1100011" "-63" "-2r"]
// CHECK-NEXT: int ["-100" "-100" "-1100100" "-64" "-2s"]
// CHECK-NEXT: int ["9223372036854775807" "9223372036854775807" "111111111111111111111111111111111111111111111111111111111111111" "7fffffffffffffff" "1y2p0ij32e8e7"]
// CHECK-NEXT: int ["-9223372036854775808" "-9223372036854775808" "-1000000000000000000000000000000000000000000000000000000000000000" "-8000000000000000" "-1y2p0ij32e8e8"]
// CHECK-NEXT: builder ["a|é|€|😀|�|�|�|\U0010ffff|\xff"]
// CHECK-NEXT: 32
// CHECK-NEXT: runes ["�" "A" "x�€�" ""]
