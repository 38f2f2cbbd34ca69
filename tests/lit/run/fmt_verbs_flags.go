// fmt flag combinations and width/precision applied to composite operands.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines --strict-whitespace %s
package main

import "fmt"

type P struct {
	A int
	B string
	C float32
}

func main() {
	fmt.Printf("[%-08d][%+08d][% 08d][%+ d][%-+5d]\n", 42, 42, 42, 42, 42)
	fmt.Printf("[%08.3f][%-8.3f][%+08.2e][%08g][% 08.1f]\n", -3.14159, 3.14159, 1234.5, 2.5, 2.0)
	fmt.Printf("[%6v][%-6v][%6v]\n", []int{1, 2}, []string{"a"}, map[string]int{"k": 1})
	fmt.Printf("[%5v][%-5v]\n", P{1, "x", 0.5}, &P{2, "y", 1.25})
	fmt.Printf("[%+5v]\n", P{1, "x", 0.5})
	fmt.Printf("[%.1f][%5.1f]\n", []float64{1.25, 2.35}, [2]float32{1.5, 2.5})
	fmt.Printf("[%03d][%x][%X][% x]\n", []int{1, 2}, "hi", []string{"ab", "c"}, []byte{1, 2, 255})
	fmt.Printf("[%#v][%#v][%#v]\n", int8(-1), uint32(255), float32(0.5))
	fmt.Printf("[%v][%.3v][%10.4v]\n", 1.0/3, 1.0/3, 2.0/3)
	fmt.Printf("[%.2s][%.10s][%.0s]\n", "abc", "abc", "abc")
	fmt.Printf("[%#o][%#b][%#x]\n", 8, 5, -255)
	fmt.Printf("[%x][%X]\n", int64(-1), uint8(10))
	fmt.Printf("[%d][%d]\n", int16(-32768), uint32(4294967295))
	fmt.Printf("[%5t][%q]\n", true, []rune("ab"))
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	fmt.Printf("%v|%s|%d\n", []any{1, "a", nil, 2.5, true}, []any{"x", 3}, []any{1, "y"})
	fmt.Println(fmt.Sprintln("a", 1, true, nil, 2.5), fmt.Sprint("a", "b", 1, 2, true, "c"))
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("a", 1, "b"), fmt.Sprint(1.5, true))
}

// CHECK:[42      ][+0000042][ 0000042][+42][+42  ]
// CHECK-NEXT:[-003.142][3.142   ][+1.23e+03][000002.5][ 00002.0]
// CHECK-NEXT:{{\[\[}}     1      2]]{{\[\[}}a     ]][map[     k:     1]]
// CHECK-NEXT:[{    1     x   0.5}][&{2     y     1.25 }]
// CHECK-NEXT:[{A:    1 B:    x C:  0.5}]
// CHECK-NEXT:{{\[\[}}1.2 2.4]]{{\[\[}}  1.5   2.5]]
// CHECK-NEXT:{{\[\[}}001 002]][6869]{{\[\[}}6162 63]][01 02 ff]
// CHECK-NEXT:[-1][0xff][0.5]
// CHECK-NEXT:[0.3333333333333333][0.333][    0.6667]
// CHECK-NEXT:[ab][abc][]
// CHECK-NEXT:[010][0b101][-0xff]
// CHECK-NEXT:[-1][A]
// CHECK-NEXT:[-32768][4294967295]
// CHECK-NEXT:[ true]{{\[\[}}'a' 'b']]
// CHECK-NEXT:{} []
// CHECK-NEXT:[1 a <nil> 2.5 true]|[x %!s(int=3)]|[1 %!d(string=y)]
// CHECK-NEXT:a 1 true <nil> 2.5
// CHECK-NEXT: ab1 2 truec
// CHECK-NEXT:1 2 a1b 1.5 true
