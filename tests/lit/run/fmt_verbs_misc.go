// fmt %T, %t, %%, %p (nil only), and the error forms: bad verb, wrong type,
// missing and extra arguments, nil operands.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines --strict-whitespace %s
package main

import (
	"errors"
	"fmt"
)

type Point struct{ X, Y int }
type Celsius float64
type Shape interface{ Area() float64 }

func (c Celsius) Area() float64 { return float64(c) }

func main() {
	var a any
	var e error = errors.New("x")
	fmt.Printf("%T %T %T %T %T %T\n", 1, "s", 2.5, true, 'r', byte(1))
	fmt.Printf("%T %T %T %T\n", int8(1), uint64(2), float32(3), uintptr(4))
	fmt.Printf("%T %T %T %T\n", []int{}, [3]string{}, map[string][]int{}, &Point{})
	fmt.Printf("%T %T %T\n", Point{}, Celsius(1), a)
	fmt.Printf("%T %T\n", func(int) string { return "" }, func(a, b int) (int, error) { return 0, nil })
	fmt.Printf("%T %T %T\n", e, []any{1}, struct{ A int }{})
	var s Shape = Celsius(2)
	fmt.Printf("%T %v\n", s, s)
	fmt.Printf("[%10T][%-10T]\n", 1, "x")

	fmt.Printf("%t %t %v\n", true, false, 1 < 2)
	fmt.Printf("[%6t][%-6t]\n", true, false)
	fmt.Printf("100%% %d%%\n", 5)
	fmt.Printf("%%d %%%d\n", 7)

	fmt.Printf("%d\n", "str")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d %s\n", 1, "a", 3.5, "b")
	fmt.Printf("no verbs\n", 1)
	fmt.Printf("%!\n")
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s %v\n", nil, nil)
	fmt.Printf("%x\n", true)
	fmt.Printf("%f\n", "s")
	fmt.Printf("%d %s\n", []string{"a"}, []int{1})
	fmt.Printf("%e\n", 3)
	fmt.Printf("%c\n", "s")
	fmt.Printf("%q\n", 2.5)
	fmt.Printf("end%")
	fmt.Println()
	fmt.Println(fmt.Sprintf("%d-%d", 1))
	var p *Point
	fmt.Printf("%p %v\n", p, p)
	fmt.Println(fmt.Sprintf("%v", e) == e.Error())
}

// CHECK:int string float64 bool int32 uint8
// CHECK-NEXT:int8 uint64 float32 uintptr
// CHECK-NEXT:[]int [3]string map[string][]int *main.Point
// CHECK-NEXT:main.Point main.Celsius <nil>
// CHECK-NEXT:func(int) string func(int, int) (int, error)
// CHECK-NEXT:*errors.errorString []interface {} struct { A int }
// CHECK-NEXT:main.Celsius 2
// CHECK-NEXT:[       int][string    ]
// CHECK-NEXT:true false true
// CHECK-NEXT:[  true][false ]
// CHECK-NEXT:100% 5%
// CHECK-NEXT:%d %7
// CHECK-NEXT:%!d(string=str)
// CHECK-NEXT:%!s(int=42)
// CHECK-NEXT:%!t(int=1)
// CHECK-NEXT:%!z(int=3)
// CHECK-NEXT:1 %!d(MISSING)
// CHECK-NEXT:1
// CHECK-NEXT:%!(EXTRA int=2)1 a
// CHECK-NEXT:%!(EXTRA float64=3.5, string=b)no verbs
// CHECK-NEXT:%!(EXTRA int=1)%!!(MISSING)
// CHECK-NEXT:%!d(<nil>)
// CHECK-NEXT:%!s(<nil>) <nil>
// CHECK-NEXT:%!x(bool=true)
// CHECK-NEXT:%!f(string=s)
// CHECK-NEXT:[%!d(string=a)] [%!s(int=1)]
// CHECK-NEXT:%!e(int=3)
// CHECK-NEXT:%!c(string=s)
// CHECK-NEXT:%!q(float64=2.5)
// CHECK-NEXT:end%!(NOVERB)
// CHECK-NEXT:1-%!d(MISSING)
// CHECK-NEXT:0x0 <nil>
// CHECK-NEXT:true
