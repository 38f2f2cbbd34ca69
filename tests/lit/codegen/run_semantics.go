// Compiled programs follow Go's arithmetic, conversion and string rules.
// RUN: %gosc build -o %t %s && %t | FileCheck %s
package main

import (
	"fmt"
	"math"
)

func divs(a, b int64) (int64, int64) { return a / b, a % b }

func shifts(x int32, s uint) (int32, int32, uint32) { return x << s, x >> s, uint32(x) >> s }

func f2i(f float64) (int64, int32, uint64, uint8) { return int64(f), int32(f), uint64(f), uint8(f) }

func main() {
	// CHECK: -9223372036854775808 0
	fmt.Println(divs(math.MinInt64, -1))
	// CHECK-NEXT: -3 -1
	fmt.Println(divs(-7, 2))
	// CHECK-NEXT: -24690 -6173 2147477475
	fmt.Println(shifts(-12345, 1))
	// CHECK-NEXT: 0 -1 0
	fmt.Println(shifts(-12345, 40))
	// CHECK-NEXT: -9223372036854775808 -2147483648 9223372036854775808 0
	fmt.Println(f2i(math.NaN()))
	// CHECK-NEXT: 1 1 1 1
	fmt.Println(f2i(1.9))
	// CHECK-NEXT: -1 -1 18446744073709551615 255
	fmt.Println(f2i(-1.9))
	var i8 int8 = 127
	i8++
	// CHECK-NEXT: -128 true false
	fmt.Println(i8, "abc" < "abd", [2]string{"a", "b"} == [2]string{"a", "c"})
	// CHECK-NEXT: 0:h 1:é 3:! 
	for i, r := range "hé!" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
}
