// RUN: cd %S && %gosc --emit=ssa consts.go | FileCheck %s
// SSA constants are resolved to their type's representation by the builder:
// integers as the type reads them (unsigned types as uint64), floats rounded
// once to the type's precision and printed as their shortest round-trip text,
// and conversions of untyped constants stay exact (1<<63 as a float64).
package main

func main() {
	var big float64 = 1 << 63
	var max uint64 = 1<<64 - 1
	var neg int8 = -128
	var tenth float32 = 0.1
	var third = 1.0 / 3
	var whole = 1e6
	var huge = 1e300
	var s = "a\"b\n"
	var ok = true
	// CHECK: const 9223372036854775808.0 : float64
	// CHECK: const 18446744073709551615 : uint64
	// CHECK: const -128 : int8
	// CHECK: const 0.1 : float32
	// CHECK: const 0.3333333333333333 : float64
	// CHECK: const 1e+06 : float64
	// CHECK: const 1e+300 : float64
	// CHECK: const "a\"b\n" : string
	// CHECK: const true : bool
	println(big, max, neg, tenth, third, whole, huge, s, ok)
}
