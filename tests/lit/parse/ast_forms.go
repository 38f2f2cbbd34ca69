// RUN: %gosc --emit=ast %s | FileCheck %s
// Statement forms the parser must tell apart from one grammar rule (simpleStmt) and from
// the shared if/switch header rule.
package main

func main() {
	var e any = 1
	// CHECK: TypeSwitch v
	// CHECK: TypeAssert (type)
	switch v := e.(type) {
	case int:
		_ = v
	}
	xs := []int{1, 2}
	// CHECK: Range :=
	for i, x := range xs {
		_, _ = i, x
	}
	n := 0
	// CHECK: IncDec ++
	n++
	// CHECK: Assign <<=
	n <<= 1
	// CHECK: If
	// CHECK: Init
	// CHECK: Assign :=
	if k := n; k > 0 {
	}
}
