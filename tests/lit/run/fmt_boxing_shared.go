// Interface boxes that share memory instead of allocating (codegen's
// LowerSharedBox, the runtime's convT8/16/32/64 and convTstring) hold the
// right values: constants boxed as read-only globals, zero values and
// zero-size values as a zero global, run-time integers at the edges of the
// 0..255 table (255, 256, -1 of every width: int8(-1) is 0xff, in the table),
// floats (0, -0, NaN bits), "" and one-byte strings; the boxes compare,
// assert back, serve value methods (which change their receiver copy, not
// the read-only box) and map keys. Expected output is go1.19's.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
package main

import (
	"fmt"
	"math"
	"os"
)

type celsius int

func (c celsius) String() string {
	c += 1000 // a change to the receiver copy only
	return fmt.Sprintf("%d°C", int(c)-1000)
}

type point struct{ x, y int }

func (p point) String() string {
	p.x++
	return fmt.Sprint("P", p.x-1, p.y)
}

type nothing struct{}

func main() {
	k := len(os.Args) - 1 // 0 at run time: values the compiler cannot fold
	fmt.Println(7, "const", true, 2.5, byte(3), int8(-1), uint16(65535), nil, 'x', celsius(21), point{}, nothing{})
	fmt.Println(255+k, 256+k, -1-k, int8(-1-k), int16(-1-k), int32(-1-k), uint8(255+k), uint32(256+k), int64(k), celsius(k))
	zero := float64(k)
	fmt.Println(zero, -zero, 1/math.Inf(-1), math.NaN(), math.Inf(1), float32(zero+0.5))
	empty, one := "xyz"[:k], "xyz"[k:k+1]
	fmt.Printf("%q %q %v %v %v\n", empty, one, one == "x", point{k, k + 1}, nothing{})
	var a, b interface{} = 5 + k, 5
	var c, d interface{} = "", empty
	fmt.Println(a == b, c == d, a.(int)+1, c.(string) == "", interface{}(point{}) == interface{}(point{k, k}))
	m := map[interface{}]int{}
	for i := 0; i < 300; i++ {
		m[i%260+k]++
		m[int8(i)]++
	}
	fmt.Println(len(m), m[0], m[259], m[int8(-1)], m[255])
	x := a.(int)
	x++
	fmt.Println(x, a, b)
	for i := 250 + k; i < 260; i++ {
		fmt.Print(i, " ", uint8(i), " ", int16(i-255), ";")
	}
	fmt.Println()
}

// CHECK: 7 const true 2.5 3 -1 65535 <nil> 120 21°C P0 0 {}
// CHECK-NEXT: 255 256 -1 -1 -1 -1 255 256 0 0°C
// CHECK-NEXT: 0 -0 -0 NaN +Inf 0.5
// CHECK-NEXT: "" "x" true P0 1 {}
// CHECK-NEXT: true true 6 true true
// CHECK-NEXT: 516 2 1 1 1
// CHECK-NEXT: 6 5 5
// CHECK-NEXT: 250 250 -5;251 251 -4;252 252 -3;253 253 -2;254 254 -1;255 255 0;256 0 1;257 1 2;258 2 3;259 3 4;
