// The differential tester found %q (and strconv.Quote) printing unassigned
// or non-printable runes raw; Go escapes them (\U0008dad8, \u0378, \x00).
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
package main

import (
	"fmt"
	"strconv"
)

func main() {
	r := rune(0x8dad8)
	s := "a-" + string(r) + string(rune(0x378)) + "\x00" + string(rune(0xe000))
	fmt.Printf("%q\n", s)
	fmt.Println(strconv.Quote(s))
	fmt.Printf("%q\n", r)
}

// CHECK: "a-\U0008dad8\u0378\x00\ue000"
// CHECK-NEXT: "a-\U0008dad8\u0378\x00\ue000"
// CHECK-NEXT: '\U0008dad8'
