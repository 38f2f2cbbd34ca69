// Where Go makes one copy or none, so does gosc (lower_strings.cpp): a chain
// of + is one runtime.concatstrings call over all its parts, and a []byte ->
// string conversion only compared or used to read a map is a view of the
// bytes, with no runtime.slicebytetostring call; stored or written-before-use
// conversions still copy.
// RUN: %gosc -O0 --emit=llvm %s | FileCheck %s
package main

// CHECK-LABEL: define internal %go.string @main.chain(
// CHECK-NOT: call {{.*}}@gosc_concatstring2
// CHECK: call %go.string @gosc_concatstrings(ptr %{{.*}}, i64 5)
// CHECK-NOT: call {{.*}}@gosc_concat
// CHECK: ret %go.string
func chain(a, b, c string) string { return a + "<" + b + ">" + c }

// CHECK-LABEL: define internal %go.string @main.pair(
// CHECK: call %go.string @gosc_concatstring2(
// CHECK-NOT: call {{.*}}@gosc_concat
// CHECK: ret %go.string
func pair(a, b string) string { return a + b }

// CHECK-LABEL: define internal i8 @main.compare(
// CHECK-NOT: @gosc_slicebytetostring
// CHECK: ret i8
func compare(b []byte, m map[string]int) bool { return string(b) == "k" && m[string(b)] > 0 }

// CHECK-LABEL: define internal void @main.store(
// CHECK: call %go.string @gosc_slicebytetostring(
// CHECK: ret void
func store(b []byte, m map[string]int) { m[string(b)] = 1 }

// CHECK-LABEL: define internal i8 @main.writeBetween(
// CHECK: call %go.string @gosc_slicebytetostring(
// CHECK: ret i8
func writeBetween(b []byte) bool {
	s := string(b)
	b[0] = 'x'
	return s == "k"
}

func main() {
	b := []byte("k")
	m := map[string]int{}
	store(b, m)
	println(chain("a", "b", "c"), pair("a", "b"), compare(b, m), writeBetween(b))
}
