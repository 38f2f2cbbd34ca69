// Writing to a nil map panics; reading, len and delete on it do not.
// RUN: %gosc build -o %t %s
// RUN: sh -c '%t 2>%t.err; echo exit=$?' | FileCheck --match-full-lines %s
// RUN: head -n 1 %t.err | FileCheck --check-prefix=ERR --match-full-lines %s
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["x"], len(m), m == nil)
	delete(m, "x")
	v, ok := m["y"]
	fmt.Println(v, ok)
	for k := range m {
		fmt.Println(k)
	}
	m["a"] = 1
}

// CHECK: 0 0 true
// CHECK-NEXT: 0 false
// CHECK-NEXT: exit=2
// ERR: panic: assignment to entry in nil map
