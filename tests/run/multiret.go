// Multiple and named results, recursion, and integer edge cases.
package main

import "fmt"

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func swap(a, b string) (string, string) { return b, a }

func main() {
	for _, p := range [...][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}} {
		q, r := divmod(p[0], p[1])
		fmt.Println(p[0], p[1], q, r)
	}
	fmt.Println(gcd(1071, 462))
	x, y := swap("a", "b")
	fmt.Println(x, y)
	var i8 int8 = 127
	i8++
	var u8 uint8 = 0
	u8--
	fmt.Println(i8, u8, -9>>1, uint32(1)<<31)
}
