// Hexadecimal floats whose mantissa has digits only after the radix point
// (0x.8p0) are valid Go; "no digits" is only for a mantissa without any.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
package main

import "fmt"

func main() {
	fmt.Println(0x.8p0, 0x.8p-0, 0X.Cp4, 0x_1p-2, 0x1.Fp+0, 0x.1p1_0)
	const c = 0x.4p2
	var f float32 = 0x.8p1
	fmt.Println(c, f)
}

// CHECK: 0.5 0.5 12 0.25 1.9375 64
// CHECK-NEXT: 1 1
