// os.Stdout and os.Stderr are io.Writers: (*os.File).Write and fmt.Fprint
// work as in Go 1.19, in order with fmt's buffered output; a nil *os.File
// fails with os.ErrInvalid's text. Before runtime/library.def the checker
// accepted (*os.File).Write with no runtime entry (an internal compiler
// error) and rejected fmt.Fprint, which the runtime implemented.
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
// RUN: cd %S && %gosc -m lib_os_file_writer.go 2>&1 | FileCheck --check-prefix=ESC %s
package main

import (
	"fmt"
	"os"
)

// io.Writer's method set (package io is outside the subset).
type writer interface {
	Write(p []byte) (n int, err error)
}

func emit(f *os.File, s string) {
	fmt.Fprint(f, s, len(s), "\n")
}

func main() {
	fmt.Println("first")
	b := make([]byte, 0, 8)
	b = append(b, "bytes\n"...)
	n, err := os.Stdout.Write(b)
	fmt.Println(n, err)
	emit(os.Stdout, "via Fprint")
	var w writer = os.Stdout
	w.Write([]byte("interface call\n"))
	var f *os.File
	n, err = f.Write([]byte("lost"))
	fmt.Println(n, err)
	fmt.Fprint(os.Stdout, 1, 2, "x", 3, "\n")
}

// CHECK: first
// CHECK-NEXT: bytes
// CHECK-NEXT: 6 <nil>
// CHECK-NEXT: via Fprint10
// CHECK-NEXT: interface call
// CHECK-NEXT: 0 invalid argument
// CHECK-NEXT: 1 2x3
// Go 1.19's -m for the same lines (gosc's whole -m output equals gc's):
// Fprint leaks its writer, Write keeps neither its receiver nor the bytes.
// ESC: lib_os_file_writer.go:20:11: leaking param: f
// ESC: lib_os_file_writer.go:26:11: make([]byte, 0, 8) does not escape
// ESC: lib_os_file_writer.go:32:16: ([]byte)("interface call\n") does not escape
// ESC: lib_os_file_writer.go:34:25: ([]byte)("lost") does not escape
