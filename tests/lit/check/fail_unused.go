// RUN: not %gosc %s 2>&1 | FileCheck %s
// Unused variables and imports. gc 1.19 says "x declared but not used" and
// `imported and not used: "os"` (Go 1.20 changed both wordings).
package main

// CHECK: fail_unused.go:[[@LINE+1]]:8: error: imported and not used: "os"
import "os"

// CHECK: fail_unused.go:[[@LINE+1]]:8: error: imported and not used: "strings" as str
import str "strings"

func main() {
	// CHECK: fail_unused.go:[[@LINE+1]]:2: error: x declared but not used
	x := 1
	var y int
	// Assigning is not using.
	y = 2
	// CHECK: fail_unused.go:[[@LINE-3]]:6: error: y declared but not used
	f := func() {
		// CHECK: fail_unused.go:[[@LINE+1]]:3: error: z declared but not used
		z := 3
	}
	f()
}
