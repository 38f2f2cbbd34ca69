// Checksums and fixed-width integer arithmetic: every integer width wraps
// silently on overflow, and conversions truncate or sign-extend.
package main

import (
	"fmt"
	"math"
)

func fnv1a32(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

func fnv1a64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func adler32(s string) uint32 {
	const mod = 65521
	a, b := uint32(1), uint32(0)
	for i := 0; i < len(s); i++ {
		a = (a + uint32(s[i])) % mod
		b = (b + a) % mod
	}
	return b<<16 | a
}

func sum8(s string) (sum uint8, xor byte) {
	for i := 0; i < len(s); i++ {
		sum += s[i]
		xor ^= s[i]
	}
	return
}

func factorials() {
	var f8 int8 = 1
	var f16 int16 = 1
	var f32 int32 = 1
	var f64 int64 = 1
	var u32 uint32 = 1
	for n := 1; n <= 22; n++ {
		f8 *= int8(n)
		f16 *= int16(n)
		f32 *= int32(n)
		f64 *= int64(n)
		u32 *= uint32(n)
		if n%3 == 0 || n > 19 {
			fmt.Printf("%2d! int8=%4d int16=%6d int32=%11d uint32=%10d int64=%d\n", n, f8, f16, f32, u32, f64)
		}
	}
}

func main() {
	inputs := [...]string{"", "a", "hello", "gosc", "The quick brown fox jumps over the lazy dog"}
	for _, w := range inputs {
		s, x := sum8(w)
		fmt.Printf("%-46q fnv32=%08x fnv64=%016x adler=%08x sum8=%3d xor=%3d\n", w, fnv1a32(w), fnv1a64(w), adler32(w), s, x)
	}
	factorials()

	var i8 int8 = 127
	i8++
	var i16 int16 = -32768
	i16--
	var i32 int32 = math.MaxInt32
	i32 += 10
	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println("signed wrap:", i8, i16, i32, i64)

	var u8 uint8
	u8--
	var u16 uint16 = 65535
	u16 += 2
	var u32 uint32 = math.MaxUint32
	u32 *= 3
	var u64 uint64
	u64 -= 2
	var up uintptr = 1
	up <<= 40
	fmt.Println("unsigned wrap:", u8, u16, u32, u64, up)

	x := 0x12345678
	neg := -1
	small := int64(-129)
	var b byte = 200
	fmt.Println("truncate:", int8(x), uint8(x), int16(x), uint16(x), int32(x))
	fmt.Println("sign-extend:", uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	fmt.Println("narrow:", int8(small), uint8(small), int8(b), int(int8(b)), int(b))

	var p, q int8 = 100, 3
	fmt.Println("int8 mul:", p*q, int(p)*int(q), -p*q)
	m := int32(-1 << 31)
	d := int32(-1)
	fmt.Println("min int32:", m, -m, m/d, m%d, m-1)
	var mi int64 = math.MinInt64
	fmt.Println("min int64:", mi, -mi, mi*-1, mi-1 == math.MaxInt64)
	var w uint = 3
	fmt.Println("uint sub:", w-5, w-5 > w, int(w)-5)

	var acc uint16
	for i := 0; i < 1000; i++ {
		acc = acc*31 + uint16(i)
	}
	var acc8 int8
	for i := 0; i < 300; i++ {
		acc8 += int8(i)
	}
	fmt.Println("accumulators:", acc, acc8, uint8(acc8))
}4 int64 = 1
	var u32 uint32 = 1
	for n := 1; n <= 22; n++ {
		f8 *= int8(n)
		f16 *= int16(n)
		f32 *= int32(n)
		f64 *= int64(n)
		u32 *= uint32(n)
		if n%3 == 0 || n > 19 {
			fmt.Printf("%2d! int8=%4d int16=%6d int32=%11d uint32=%10d int64=%d\n", n, f8, f16, f32, u32, f64)
		}
	}
}

func main() {
	inputs := [...]string{"", "a", "hello", "gosc", "The quick brown fox jumps over the lazy dog"}
	for _, w := range inputs {
		s, x := sum8(w)
		fmt.Printf("%-46q fnv32=%08x fnv64=%016x adler=%08x sum8=%3d xor=%3d\n", w, fnv1a32(w), fnv1a64(w), adler32(w), s, x)
	}
	factorials()

	var i8 int8 = 127
	i8++
	var i16 int16 = -32768
	i16--
	var i32 int32 = math.MaxInt32
	i32 += 10
	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println("signed wrap:", i8, i16, i32, i64)

	var u8 uint8
	u8--
	var u16 uint16 = 65535
	u16 += 2
	var u32 uint32 = math.MaxUint32
	u32 *= 3
	var u64 uint64
	u64 -= 2
	var up uintptr = 1
	up <<= 40
	fmt.Println("unsigned wrap:", u8, u16, u32, u64, up)

	x := 0x12345678
	neg := -1
	small := int64(-129)
	var b byte = 200
	fmt.Println("truncate:", int8(x), uint8(x), int16(x), uint16(x), int32(x))
	fmt.Pr
