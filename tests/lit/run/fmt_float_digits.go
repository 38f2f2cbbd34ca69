// Float formatting over many values: shortest digits (%v, 'e'/'g' with
// precision -1, float32 and float64) and correctly rounded fixed digits
// (%.Ne, %.Ng, %.Nf, including huge precisions), all from std::to_chars in
// runtime/float_format.cpp. The program folds every formatted string into an
// FNV-1a hash; the CHECK values are Go 1.19's output for the same program.
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
package main

import (
	"fmt"
	"strconv"
)

var hash uint64 = 14695981039346656037

func fold(s string) {
	for i := 0; i < len(s); i++ {
		hash ^= uint64(s[i])
		hash *= 1099511628211
	}
}

func main() {
	x := uint64(88172645463325252)
	scale := []float64{1e-300, 1e-20, 1e-5, 1, 1e5, 1e15, 1e22, 1e100, 1e300}
	for i := 0; i < 4000; i++ {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		f := float64(int64(x)) / float64(x>>20|1) * scale[i%len(scale)]
		g := float32(f)
		fold(fmt.Sprint(f, g))
		fold(strconv.FormatFloat(f, 'e', -1, 64))
		fold(strconv.FormatFloat(float64(g), 'g', -1, 32))
		fold(strconv.FormatFloat(f, 'f', -1, 64))
		fold(fmt.Sprintf("%.3e %.10g %.2f %g %.17g %e %.0f", f, f, f, g, f, g, f))
	}
	fold(fmt.Sprintf("%.400f %.60e", 1.0/3, 1.7976931348623157e308))
	fmt.Println(hash)
	fmt.Println(5e-324, 1.7976931348623157e308, float32(1e-45), 1e23, 8.41e21, 0.1+0.2)
	fmt.Printf("%.0f %.0f %.0f %.1f %.3g\n", 0.5, 1.5, 2.5, 0.25, 2.675)
}

// CHECK: 5493822360488618617
// CHECK-NEXT: 5e-324 1.7976931348623157e+308 1e-45 1e+23 8.41e+21 0.3
// CHECK-NEXT: 0 2 2 0.2 2.67
