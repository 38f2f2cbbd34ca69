// RUN: not %gosc %s 2>&1 | FileCheck %s
// RUN: not %gosc %s 2>&1 | grep -c ": error: " | FileCheck --check-prefix=COUNT %s
// COUNT: 6
// Every top-level declaration with a syntax error is reported, as gc does (one per line, up
// to ten); parsing resumes at the next declaration that starts a line.
package main

import "fmt"

func one() {
	x := 1 +
// CHECK: fail_several_errors.go:[[@LINE+1]]:1: error: syntax error: unexpected }, expecting expression
}

func two() {
	// CHECK: fail_several_errors.go:[[@LINE+1]]:18: error: syntax error: unexpected literal "b" in argument list; possibly missing comma or )
	fmt.Println("a" "b")
}

// CHECK: fail_several_errors.go:[[@LINE+1]]:25: error: syntax error: unexpected literal 3 in composite literal; possibly missing comma or }
var three = [3]int{1, 2 3}

func four() {
	// CHECK: fail_several_errors.go:[[@LINE+1]]:18: error: syntax error: unexpected newline, expecting { after if clause
	if x := 1; x > 0
	{
	}
}

type five struct {
	// CHECK: fail_several_errors.go:[[@LINE+1]]:8: error: syntax error: unexpected b in struct type; possibly missing semicolon or newline or }
	a int b int
}

// A correct declaration between broken ones.
func six() int { return 6 }

func main() {
	one(
// CHECK: fail_several_errors.go:[[@LINE+1]]:1: error: syntax error: unexpected }, expecting expression
}
