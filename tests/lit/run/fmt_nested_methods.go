// fmt on error and Stringer values nested in structs, slices, maps and pointers to
// structs: Go's handleMethods runs on every operand at depth > 0 whose field is
// exported, for verbs v s x X q only, on the dynamic value of an interface field;
// nil interfaces print <nil>. gosc used to call the interface descriptor's method
// entry (no code) and crash with a nil dereference.
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
// RUN: %gosc build --no-escape -O0 -o %t1 %s && %t1 2>&1 | FileCheck --match-full-lines %s
package main

import (
	"errors"
	"fmt"
)

type Color int

func (c Color) String() string { return fmt.Sprintf("color%d", int(c)) }

type PS struct{ n int }

func (p *PS) String() string { return fmt.Sprintf("ps%d", p.n) }

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprintf("code %d", e.code) }

type valErr struct{ s string }

func (v valErr) Error() string { return "valErr:" + v.s }

type S struct {
	E error
	N int
}

type Mixed struct {
	C   Color
	P   *PS
	V   PS
	Any interface{}
	Err error
	c   Color
	e   error
	Nil *PS
}

type Both struct{ x int }

type Str interface{ String() string }

func (Both) Error() string  { return "both-error" }
func (Both) String() string { return "both-string" }

func main() {
	s := S{E: errors.New("bad"), N: 1}
	fmt.Println(s)
	fmt.Printf("%v %+v\n", s, s)
	es := []error{errors.New("x"), &myErr{3}, nil}
	fmt.Println(es)
	m := map[string]error{"k": &myErr{4}}
	fmt.Println(m)
	p := &S{E: &myErr{5}}
	fmt.Println(p)
	fmt.Printf("%+v\n", p)
	var nilS S
	fmt.Println(nilS)
	fmt.Printf("%+v|%s|%d\n", nilS, nilS, nilS)
	mx := Mixed{C: 2, P: &PS{7}, V: PS{8}, Any: Color(3), Err: valErr{"v"}, c: 4, e: valErr{"hidden"}}
	fmt.Println(mx)
	fmt.Printf("%+v\n", mx)
	fmt.Printf("%s\n", mx)
	fmt.Printf("%d\n", []Color{1, 2})
	fmt.Printf("%v %s %x %q\n", []Color{1, 2}, []Color{1, 2}, []Color{1, 2}, []Color{1, 2})
	fmt.Printf("%d %v\n", []error{valErr{"a"}}, []error{valErr{"a"}})
	fmt.Printf("%x %X %q\n", []error{valErr{"a"}}, []error{valErr{"a"}}, []error{valErr{"a"}})
	fmt.Println(map[Color]Color{1: 2, 3: 4})
	fmt.Println([]*PS{{1}, nil})
	fmt.Println([]interface{}{Color(5), &PS{6}, PS{7}, nil, 8, "s", errors.New("e")})
	fmt.Println([2]Both{}, []Str{Both{}})
	fmt.Println(struct{ B Both }{})
	fmt.Println(&mx == nil, &struct{ E error }{errors.New("ptr")})
	fmt.Printf("%v\n", &[]error{errors.New("in slice ptr")})
	fmt.Printf("%v\n", map[string]interface{}{"a": Color(1), "b": nil})
	var pp **PS
	fmt.Println(pp, []**PS{pp})
	fmt.Printf("%6v|%-8v|\n", []Color{1}, S{E: errors.New("w")})
	fmt.Printf("%#v\n", []Color{1})
	fmt.Println(Color(9), &PS{10}, PS{11}, valErr{"top"}, &valErr{"ptr"})
}

// CHECK: {bad 1}
// CHECK: {bad 1} {E:bad N:1}
// CHECK: [x code 3 <nil>]
// CHECK: map[k:code 4]
// CHECK: &{code 5 0}
// CHECK: &{E:code 5 N:0}
// CHECK: {<nil> 0}
// CHECK: {E:<nil> N:0}|{<nil> %!s(int=0)}|{<nil> 0}
// CHECK: {color2 ps7 {8} color3 valErr:v 4 {hidden} <nil>}
// CHECK: {C:color2 P:ps7 V:{n:8} Any:color3 Err:valErr:v c:4 e:{s:hidden} Nil:<nil>}
// CHECK: {color2 ps7 {%!s(int=8)} color3 valErr:v %!s(main.Color=4) {hidden} <nil>}
// CHECK: [1 2]
// CHECK: [color1 color2] [color1 color2] [636f6c6f7231 636f6c6f7232] ["color1" "color2"]
// CHECK: [{%!d(string=a)}] [valErr:a]
// CHECK: [76616c4572723a61] [76616C4572723A61] ["valErr:a"]
// CHECK: map[color1:color2 color3:color4]
// CHECK: [ps1 <nil>]
// CHECK: [color5 ps6 {7} <nil> 8 s e]
// CHECK: [both-error both-error] [both-error]
// CHECK: {both-error}
// CHECK: false &{ptr}
// CHECK: &[in slice ptr]
// CHECK: map[a:color1 b:<nil>]
// CHECK: <nil> [<nil>]
// CHECK: [color1]|{w        0       }|
// CHECK: []main.Color{1}
// CHECK: color9 ps10 {11} valErr:top valErr:ptr
