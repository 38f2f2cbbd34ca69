// `gosc -S -g` on a function with a stack map: the listing's stack-slot
// variables are real DWARF variables under -g, which crashed LLVM's DWARF
// writer (a null DIE in DwarfDebug::finalizeModuleInfo) while the compile
// unit was line-tables-only. Found by the sanitizer build.
// RUN: %gosc -S -g %s | FileCheck %s
package main

func main() {
	// CHECK: listing_debug_map.go:[[@LINE+1]]:11: make(map[string]int) does not escape -> stack
	m := make(map[string]int)
	m["a"] = 1
	println(len(m))
}
// CHECK: .debug_info
