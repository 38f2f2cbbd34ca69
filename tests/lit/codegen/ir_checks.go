// Go's run-time checks and wrap-around rules, as they appear in the IR.
// RUN: %gosc -O0 --emit=llvm %s | FileCheck %s
package main

// CHECK-LABEL: define internal i64 @main.div(ptr %ctx, i64 %a, i64 %b)
// CHECK: icmp eq i64 %b, 0
// CHECK: call void @gosc_panic_divide()
// CHECK: icmp eq i64 %b, -1
// CHECK: sdiv i64
func div(a, b int) int { return a / b }

// CHECK-LABEL: define internal i32 @main.shl(ptr %ctx, i32 %x, i64 %s)
// CHECK: icmp uge i64 %s, 32
// CHECK: shl i32
// CHECK: select
func shl(x int32, s uint) int32 { return x << s }

// CHECK-LABEL: define internal i64 @main.at(ptr %ctx, %go.slice %xs, i64 %i)
// CHECK: icmp uge i64 %i,
// CHECK: call void @gosc_panic_index(i64 %i,
func at(xs []int, i int) int { return xs[i] }

// CHECK-LABEL: define internal i64 @main.trunc(ptr %ctx, double %f)
// CHECK: fcmp oge double %f, 0xC3E0000000000000
// CHECK: fptosi double %f to i64
// CHECK: select i1 {{.*}}, i64 -9223372036854775808
func trunc(f float64) int { return int(f) }

// CHECK-LABEL: define void @gosc_main_main()
// CHECK: call void @main.main(ptr null)
func main() {
	println(div(7, 2), shl(1, 3), at([]int{1}, 0), trunc(2.5))
}
