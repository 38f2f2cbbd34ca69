// Bare returns in functions whose named results include blanks
// (`func f() (_ int)`, `(x int, _ string)`): a blank result has no variable,
// so a bare return yields its zero value. This was an internal compiler
// error ("bare return without named results") and a crash in the builder.
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
// RUN: %gosc build -O0 --no-escape -o %t0 %s && %t0 2>&1 | FileCheck --match-full-lines %s
package main

import "fmt"

func f() (_ int) { return }

func g() (_ int, _ string) { return }

func h() (x int, _ string) {
	x = 3
	return
}

func withDefer() (_ int, y []int) {
	defer func() { y = append(y, 2) }()
	y = []int{1}
	return
}

func recovered() (_ error, n int) {
	defer func() {
		recover()
		n = 9
	}()
	panic("x")
}

func main() {
	fmt.Println(f())
	fmt.Println(g())
	fmt.Println(h())
	fmt.Println(withDefer())
	fmt.Println(recovered())
}

// CHECK: 0
// CHECK-NEXT: 0 
// CHECK-NEXT: 3 
// CHECK-NEXT: 0 [1 2]
// CHECK-NEXT: <nil> 9
