// panic with a value of a named string type prints Go's typed form.
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

type MyStr string

func main() {
	panic(MyStr("typed"))
}

// CHECK: exit=2
// ERR: panic: main.MyStr("typed")
