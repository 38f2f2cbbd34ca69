// panic with a value-receiver error type, then recovered values of other kinds.
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

import "fmt"

type CodeErr int

func (c CodeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }

func catch(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%v %T\n", r, r)
	}()
	f()
}

func main() {
	catch(func() { panic(42) })
	catch(func() { panic(2.5) })
	catch(func() { panic([]int{1, 2}) })
	catch(func() { panic(CodeErr(3)) })
	var e error = CodeErr(9)
	panic(e)
}

// CHECK: 42 int
// CHECK-NEXT: 2.5 float64
// CHECK-NEXT: [1 2] []int
// CHECK-NEXT: code 3 main.CodeErr
// CHECK-NEXT: exit=2
// ERR: panic: code 9
