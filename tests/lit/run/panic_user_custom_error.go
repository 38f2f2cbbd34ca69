// panic with a custom error type (pointer receiver) prints Error().
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

import "fmt"

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string {
	return fmt.Sprintf("line %d: %s", e.Line, e.Msg)
}

func parse() error {
	return &ParseError{Line: 12, Msg: "unexpected token"}
}

func main() {
	if err := parse(); err != nil {
		fmt.Println("got:", err)
		panic(err)
	}
}

// CHECK: got: line 12: unexpected token
// CHECK-NEXT: exit=2
// ERR: panic: line 12: unexpected token
