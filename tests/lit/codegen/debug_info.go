// -g emits DWARF line information from SSA positions.
// RUN: %gosc -g -O0 --emit=llvm %s | FileCheck %s
package main

// CHECK: define internal i64 @main.add(ptr %ctx, i64 %a, i64 %b) {{.*}}!dbg
// CHECK: add i64 %a, %b, !dbg [[LOC:![0-9]+]]
func add(a, b int) int {
	return a + b
}

func main() { println(add(1, 2)) }

// CHECK: !DICompileUnit(language: DW_LANG_Go
// CHECK: [[LOC]] = !DILocation(line: 8, column: 11
