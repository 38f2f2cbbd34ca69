// RUN: not %gosc %s 2>&1 | FileCheck %s
// RUN: not %gosc %s 2>&1 | grep -c ": error: " | FileCheck --check-prefix=COUNT %s
// COUNT: 2
// After a stray `}` the parse resumes at the next declaration that starts a line, skipping
// the statements before it as gc does; after an earlier error, nothing is reported at EOF.
package main

import "fmt"

func main() {
	acc := 0
	fmt.Println(acc)
// CHECK: fail_toplevel_cascade.go:[[@LINE+1]]:2: error: syntax error: unexpected literal 4 after top level declaration
}4 int64 = 1
for n := 1; n <= 22; n++ {
	acc++
}

func g() {
	// CHECK: fail_toplevel_cascade.go:[[@LINE+1]]:24: error: syntax error: unexpected newline in argument list; possibly missing comma or )
	fmt.Println("unclosed"
}

func h() {
	fmt.Println("no closing brace")
