// Interface boxes that need no fresh memory, as in gc (lower_alloc.cpp's
// LowerSharedBox): a boxed constant is a read-only global, a zero value or
// zero-size value the zero global, a run-time integer goes through
// runtime.convT8/16/32/64 (0..255 from a static table), a run-time string
// through runtime.convTstring ("" shared); only what gc copies (a struct,
// here) still calls runtime.mallocgc.
// RUN: %gosc -O0 --emit=llvm %s | FileCheck %s
package main

import "fmt"

type pair struct{ a, b int }

// CHECK-DAG: @box{{[.0-9]*}} = private unnamed_addr constant i64 300, align 8
// CHECK-DAG: @box{{[.0-9]*}} = private unnamed_addr constant double 2.500000e+00, align 8
// CHECK-DAG: @box{{[.0-9]*}} = private unnamed_addr constant %go.string { ptr @{{.*}}, i64 3 }, align 8

// CHECK-LABEL: define internal void @main.constants(
// CHECK-NOT: call {{.*}}@gosc_mallocgc
// CHECK-NOT: call {{.*}}@gosc_convT
// CHECK: call {{.*}}@gosc_fmt_Println(
// CHECK: ret void
func constants() {
	fmt.Println(300, 2.5, "lit", struct{}{}, pair{}, false)
}

// CHECK-LABEL: define internal void @main.values(
// CHECK-DAG: call ptr @gosc_convT64(i64 %
// CHECK-DAG: call ptr @gosc_convT32(i32 %
// CHECK-DAG: call ptr @gosc_convT8(i8 %
// CHECK-DAG: call ptr @gosc_convT64(i64 %{{.*}})
// CHECK-DAG: call ptr @gosc_convTstring(ptr %{{.*}}, i64 %
// CHECK-DAG: call ptr @gosc_mallocgc(i64 16, i8 0)
// CHECK: ret void
func values(n int, r rune, b byte, f float64, s string, p pair) {
	fmt.Println(n, r, b, f, s, p)
}

func main() {
	constants()
	values(1, 'x', 2, 3.5, "s", pair{1, 2})
}
