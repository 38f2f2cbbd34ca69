// panic with a float64 value uses the runtime's float formatting.
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

func main() {
	panic(2.5)
}

// CHECK: exit=2
// ERR: panic: +2.500000e+000
