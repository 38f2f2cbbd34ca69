// A method value taken from a nil interface (`f := i.M`) and a deferred
// method call on one (`defer i.Close()`) panic where Go evaluates them: at
// the method value and at the defer statement, not later when the function
// value is called, even when the value is never used. Likewise a deferred
// value method on a nil pointer.
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
// RUN: %gosc build -O0 --no-escape -o %t0 %s && %t0 2>&1 | FileCheck --match-full-lines %s
package main

import "fmt"

type Closer interface{ Close() error }

type File struct{ name string }

func (f File) Close() error {
	fmt.Println("closing", f.name)
	return nil
}

func methodValue(c Closer) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f := c.Close
	fmt.Println("method value taken")
	_ = f()
}

func unusedMethodValue(c Closer) {
	defer func() { fmt.Println("recovered:", recover()) }()
	f := c.Close
	_ = f
	fmt.Println("unused method value taken")
}

func deferred(c Closer) {
	defer func() { fmt.Println("recovered:", recover()) }()
	defer c.Close()
	fmt.Println("defer registered")
}

func deferredNilPointer(p *File) {
	defer func() { fmt.Println("recovered:", recover()) }()
	defer p.Close()
	fmt.Println("defer registered")
}

func main() {
	methodValue(File{"a"})
	methodValue(nil)
	unusedMethodValue(File{"u"})
	unusedMethodValue(nil)
	deferred(File{"b"})
	deferred(nil)
	deferredNilPointer(&File{"c"})
	deferredNilPointer(nil)
}

// CHECK: method value taken
// CHECK-NEXT: closing a
// CHECK-NEXT: recovered: <nil>
// CHECK-NEXT: recovered: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: unused method value taken
// CHECK-NEXT: recovered: <nil>
// CHECK-NEXT: recovered: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: defer registered
// CHECK-NEXT: closing b
// CHECK-NEXT: recovered: <nil>
// CHECK-NEXT: recovered: runtime error: invalid memory address or nil pointer dereference
// CHECK-NEXT: defer registered
// CHECK-NEXT: closing c
// CHECK-NEXT: recovered: <nil>
// CHECK-NEXT: recovered: runtime error: invalid memory address or nil pointer dereference
