// Strings: concatenation, comparison, slicing, byte and rune conversions,
// UTF-8 ranging including an invalid byte.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()
	b := []byte(s)
	fmt.Println(len(s), len(b), len([]rune(s)), s[1:3] == "é", s < "i")
	bad := "a\xffb"
	for _, r := range bad {
		fmt.Print(r, " ")
	}
	fmt.Println(string(rune(0x4e16)), string(b[7:]))
	t := ""
	for i := 0; i < 5; i++ {
		t += string(rune('a' + i))
	}
	fmt.Println(t, t[len(t)-1], t[:2]+t[3:])
}
