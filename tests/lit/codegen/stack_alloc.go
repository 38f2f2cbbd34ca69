// Escape decisions become allocas or runtime calls.
// RUN: %gosc -O0 --emit=llvm %s | FileCheck %s --check-prefix=ESC
// RUN: %gosc -O0 --no-escape --emit=llvm %s | FileCheck %s --check-prefix=NOESC
package main

type pair struct{ a, b int }

// ESC-LABEL: define internal i64 @main.local(
// ESC: %p = alloca { i64, i64 }
// ESC-NOT: call ptr @gosc_mallocgc
// ESC: ret i64
// NOESC-LABEL: define internal i64 @main.local(
// NOESC: call ptr @gosc_mallocgc(i64 16, i8 0)
func local(x int) int {
	p := &pair{x, x + 1}
	return p.a + p.b
}

// ESC-LABEL: define internal ptr @main.escapes(
// ESC: call ptr @gosc_mallocgc(i64 16, i8 0)
func escapes(x int) *pair { return &pair{x, x} }

func main() { println(local(1), escapes(2).a) }
