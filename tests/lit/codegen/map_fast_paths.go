// Map operations lower to the key kind's specialised runtime entry, and a
// read-modify-write of one element (`m[k] op= v`, `m[k]++`) looks the key up
// once: mapassign's slot is loaded, updated and stored in place. `/=` and
// `%=` read first (a zero divisor must leave the map alone, as in gc), and a
// call between an explicit read and write keeps two lookups. `v, ok := m[k]`
// is one mapaccess2; len(m) loads the header's count, no call.
// RUN: %gosc -O0 --emit=llvm %s | FileCheck %s
package main

// CHECK-LABEL: define internal void @main.inc(
// CHECK-NOT: @gosc_mapaccess
// CHECK: call ptr @gosc_mapassign_faststr(
// CHECK-NOT: @gosc_map
// CHECK: ret void
func inc(m map[string]int, k string) { m[k]++ }

// CHECK-LABEL: define internal void @main.addTo(
// CHECK-NOT: @gosc_mapaccess
// CHECK: call ptr @gosc_mapassign_fast64(
// CHECK-NOT: @gosc_map
// CHECK: ret void
func addTo(m map[int]int, k, v int) { m[k] += v }

// CHECK-LABEL: define internal void @main.shift32(
// CHECK-NOT: @gosc_mapaccess
// CHECK: call ptr @gosc_mapassign_fast32(
// CHECK-NOT: @gosc_map
// CHECK: ret void
func shift32(m map[int32]uint, k int32, s int) { m[k] <<= s }

// CHECK-LABEL: define internal void @main.concat(
// CHECK-NOT: @gosc_mapaccess
// CHECK: call ptr @gosc_mapassign_faststr(
// CHECK-NOT: @gosc_map
// CHECK: ret void
func concat(m map[string]string, k, s string) { m[k] += s }

// CHECK-LABEL: define internal void @main.arrayKey(
// CHECK-NOT: @gosc_mapaccess
// CHECK: call ptr @gosc_mapassign(ptr @"type:map{{\[}}{{\[}}2]int]int"
// CHECK-NOT: @gosc_map
// CHECK: ret void
func arrayKey(m map[[2]int]int, k [2]int) { m[k] += 3 }

// CHECK-LABEL: define internal void @main.explicitPure(
// CHECK-NOT: @gosc_mapaccess
// CHECK: call ptr @gosc_mapassign_fast64(
// CHECK-NOT: @gosc_map
// CHECK: ret void
func explicitPure(m map[int]int, k int) { m[k] = m[k]*2 + 1 }

// CHECK-LABEL: define internal void @main.div(
// CHECK: call ptr @gosc_mapaccess1_fast64(
// CHECK: call void @gosc_panic_divide()
// CHECK: call ptr @gosc_mapassign_fast64(
func div(m map[int]int, k, v int) { m[k] /= v }

// CHECK-LABEL: define internal void @main.explicitCall(
// CHECK: call ptr @gosc_mapaccess1_fast64(
// CHECK: call i64 %code(
// CHECK: call ptr @gosc_mapassign_fast64(
func explicitCall(m map[int]int, k int, f func() int) { m[k] = m[k] + f() }

// CHECK-LABEL: define internal void @main.otherKey(
// CHECK: call ptr @gosc_mapaccess1_fast64(
// CHECK: call ptr @gosc_mapassign_fast64(
func otherKey(m map[int]int, k int) { m[k+1] = m[k] }

// CHECK-LABEL: define internal { i64, i8 } @main.get(
// CHECK: call ptr @gosc_mapaccess2_faststr(
// CHECK-NOT: @gosc_map
// CHECK: ret { i64, i8 }
func get(m map[string]int, k string) (int, bool) {
	v, ok := m[k]
	return v, ok
}

// CHECK-LABEL: define internal void @main.del(
// CHECK: call void @gosc_mapdelete_fast64(
func del(m map[uint64]bool, k uint64) { delete(m, k) }

// CHECK-LABEL: define internal i64 @main.size(
// CHECK-NOT: call
// CHECK: load i64, ptr %m
// CHECK-NOT: call
// CHECK: ret i64
func size(m map[string]int) int { return len(m) }

func main() {}
