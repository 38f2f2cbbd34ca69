// -S for co-allocated sites (passes/escape/coalloc.cpp): one runtime
// allocation holds the outer object and its inner ones, the host's note
// gives the layout, and the inner address is an offset from the result.
// With --no-coalloc every site has its own call.
// RUN: %gosc -S %s | FileCheck %s
// RUN: %gosc -S --no-coalloc %s | FileCheck %s --check-prefix=OFF
package main

type Inner struct{ X, Y int }
type Outer struct {
	Name string
	In   *Inner
}

// CHECK-LABEL: main.lit:
// CHECK: # {{.*}}listing_coalloc.go:[[@LINE+7]]:9: &Outer{...} escapes to heap -> call runtime.mallocgc, one allocation of 40 bytes for &Outer{...} at 0, &Inner{...} ({{.*}}listing_coalloc.go:[[@LINE+7]]:33) at 24
// CHECK-NEXT: callq runtime.mallocgc
// CHECK-NOT: runtime.mallocgc
// CHECK: ret
// OFF-LABEL: main.lit:
// OFF-COUNT-2: callq runtime.mallocgc
func lit(n int) *Outer {
	return &Outer{Name: "lit", In: &Inner{X: n}}
}

func main() {
	println(lit(1).In.X)
}
