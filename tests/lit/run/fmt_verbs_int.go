// fmt integer verbs: %d %x %X %o %b %c %U with width, precision and flags.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines --strict-whitespace %s
package main

import "fmt"

type myInt int

func main() {
	vals := []int{0, 7, -7, 255, -255, 123456789}
	for _, v := range vals {
		fmt.Printf("[%d][%5d][%-5d][%05d][%+d][% d][%x][%X][%#x][%#X][%o][%#o][%b]\n",
			v, v, v, v, v, v, v, v, v, v, v, v, v)
	}
	fmt.Printf("[%8.3d][%-8.3d][%.0d][%.0d]\n", 42, 42, 0, 5)
	fmt.Printf("[%08x][%-8x|][%#08x]\n", 0xbeef, 0xbeef, 0xbeef)
	var i8 int8 = -128
	var u8 uint8 = 200
	var i64 int64 = -9223372036854775808
	var u64 uint64 = 18446744073709551615
	fmt.Printf("%d %d %d %d\n", i8, u8, i64, u64)
	fmt.Printf("%x %x %X %o\n", i8, u8, u64, u64)
	fmt.Printf("%b %b\n", u8, i8)
	fmt.Printf("[%c][%c][%c][%3c][%-3c]\n", 'A', 0x4E16, 0x1F600, 'z', 'z')
	fmt.Printf("[%U][%U][%#U][%#U][%10U]\n", 'A', 0x1F600, 'x', 0x4E16, 'a')
	fmt.Printf("%d %v %x\n", myInt(12), myInt(13), myInt(255))
	var up uintptr = 4096
	fmt.Printf("%d %x\n", up, up)
	fmt.Printf("%d\n", []int{1, 2, 3})
	fmt.Printf("%x %X\n", []int{10, 11, 255}, [2]uint8{171, 205})
	fmt.Printf("%5d|%-5d|\n", []int{1, 22}, []int{1, 22})
	fmt.Printf("%v %d\n", int32(-5), uint16(65535))
	fmt.Printf("%*d|%-*d|\n", 6, 42, 6, 42)
	fmt.Println(fmt.Sprintf("%03d:%02d", 7, 5))
	var r rune = 'é'
	var b byte = 'q'
	fmt.Printf("%v %d %c %q %v %c %q\n", r, r, r, r, b, b, b)
}

// CHECK:[0][    0][0    ][00000][+0][ 0][0][0][0x0][0X0][0][0][0]
// CHECK-NEXT:[7][    7][7    ][00007][+7][ 7][7][7][0x7][0X7][7][07][111]
// CHECK-NEXT:[-7][   -7][-7   ][-0007][-7][-7][-7][-7][-0x7][-0X7][-7][-07][-111]
// CHECK-NEXT:[255][  255][255  ][00255][+255][ 255][ff][FF][0xff][0XFF][377][0377][11111111]
// CHECK-NEXT:[-255][ -255][-255 ][-0255][-255][-255][-ff][-FF][-0xff][-0XFF][-377][-0377][-11111111]
// CHECK-NEXT:[123456789][123456789][123456789][123456789][+123456789][ 123456789][75bcd15][75BCD15][0x75bcd15][0X75BCD15][726746425][0726746425][111010110111100110100010101]
// CHECK-NEXT:[     042][042     ][][5]
// CHECK-NEXT:[0000beef][beef    |][0x0000beef]
// CHECK-NEXT:-128 200 -9223372036854775808 18446744073709551615
// CHECK-NEXT:-80 c8 FFFFFFFFFFFFFFFF 1777777777777777777777
// CHECK-NEXT:11001000 -10000000
// CHECK-NEXT:[A][世][😀][  z][z  ]
// CHECK-NEXT:[U+0041][U+1F600][U+0078 'x'][U+4E16 '世'][    U+0061]
// CHECK-NEXT:12 13 ff
// CHECK-NEXT:4096 1000
// CHECK-NEXT:[1 2 3]
// CHECK-NEXT:[a b ff] ABCD
// CHECK-NEXT:[    1    22]|[1     22   ]|
// CHECK-NEXT:-5 65535
// CHECK-NEXT:    42|42    |
// CHECK-NEXT:007:05
// CHECK-NEXT:233 233 é 'é' 113 q 'q'
