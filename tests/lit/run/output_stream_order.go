// Standard output is buffered by the runtime, but whatever goes to standard
// error (println, fmt.Fprintln(os.Stderr, ...), a panic message) must come
// out after the stdout text printed before it, as with Go's unbuffered
// os.Stdout, when both streams share one pipe (`prog 2>&1`).
// RUN: %gosc build -o %t %s && not %t 2>&1 | FileCheck --match-full-lines %s
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("out 1")
	println("err 1")
	fmt.Print("out 2\n")
	fmt.Fprintln(os.Stderr, "err 2")
	fmt.Fprintln(os.Stdout, "out 3")
	fmt.Fprintf(os.Stderr, "err %d\n", 3)
	fmt.Println("out 4")
	panic("last")
}

// CHECK: out 1
// CHECK-NEXT: err 1
// CHECK-NEXT: out 2
// CHECK-NEXT: err 2
// CHECK-NEXT: out 3
// CHECK-NEXT: err 3
// CHECK-NEXT: out 4
// CHECK-NEXT: panic: last
