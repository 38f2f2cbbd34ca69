// RUN: rm -rf %t && mkdir -p %t && cp %s %t/remarks.go
// RUN: cd %t && %gosc -json=0,%t/out remarks.go
// RUN: FileCheck --input-file=%t/out/main/remarks.json --match-full-lines --strict-whitespace %s
// RUN: cd %t && %gosc -json=0,file://%t/uri remarks.go && cmp %t/out/main/remarks.json %t/uri/main/remarks.json
// RUN: cd %t && %gosc -m -json 0,%t/m remarks.go | FileCheck --check-prefix=M %s
// RUN: cd %t && %gosc build -o %t/a.out -json=0,%t/b remarks.go && cmp %t/out/main/remarks.json %t/b/main/remarks.json
// The -json=0,DIR remark file in gc's format (go1.19 cmd/compile/internal/logopt):
// a header, then one LSP Diagnostic per line sorted by position, keys in gc's
// order, positions 1-based as -m prints them, & written as \u0026 as Go does,
// each -m=2 flow line a relatedInformation entry at its own location.
// Stack decisions ("does not escape") get no line, as in gc.
package main

var sink *int

// CHECK:{"version":0,"package":"main","goos":"linux","goarch":"amd64","gc_version":"gosc version {{.*}}","file":"{{.*}}/remarks.go"}

func leak(p *int) { // parameter leak: code "leak", gc's wording
	sink = p
}
// CHECK-NEXT:{"range":{"start":{"line":[[@LINE-3]],"character":11},"end":{"line":[[@LINE-3]],"character":11}},"severity":3,"code":"leak","source":"gosc","message":"parameter p leaks to {heap} with derefs=0","relatedInformation":[{"location":{"uri":"file://{{.*}}/remarks.go","range":{"start":{"line":[[@LINE-2]],"character":7},"end":{"line":[[@LINE-2]],"character":7}}},"message":"escflow:    flow: {heap} = p:"},{"location":{"uri":"file://{{.*}}/remarks.go","range":{"start":{"line":[[@LINE-2]],"character":7},"end":{"line":[[@LINE-2]],"character":7}}},"message":"escflow:      from sink = p (assign)"}]}

func moved() {
	x := 1 // moved to heap: found while building the graph, code "escapes"
	sink = &x
}
// CHECK-NEXT:{"range":{"start":{"line":[[@LINE-3]],"character":2},"end":{"line":[[@LINE-3]],"character":2}},"severity":3,"code":"escapes","source":"gosc","message":"x escapes to heap","relatedInformation":[{"location":{"uri":"file://{{.*}}/remarks.go","range":{"start":{"line":[[@LINE-2]],"character":9},"end":{"line":[[@LINE-2]],"character":9}}},"message":"escflow:    flow: {heap} = \u0026x:"},{"location":{"uri":"file://{{.*}}/remarks.go","range":{"start":{"line":[[@LINE-2]],"character":9},"end":{"line":[[@LINE-2]],"character":9}}},"message":"escflow:      from \u0026x (address-of)"},{"location":{"uri":"file://{{.*}}/remarks.go","range":{"start":{"line":[[@LINE-2]],"character":7},"end":{"line":[[@LINE-2]],"character":7}}},"message":"escflow:      from sink = \u0026x (assign)"}]}

func returned() map[string]int {
	m := make(map[string]int) // two flows to a result: code "escape", then gc's empty "escape"
	return m
}
// CHECK-NEXT:{"range":{"start":{"line":[[@LINE-3]],"character":11},"end":{"line":[[@LINE-3]],"character":11}},"severity":3,"code":"escape","source":"gosc","message":"make(map[string]int) escapes to heap","relatedInformation":[{{.*}}"message":"escflow:    flow: m = \u0026{storage for make(map[string]int)}:"},{{.*}}"message":"escflow:      from make(map[string]int) (spill)"},{{.*}}"message":"escflow:      from m := make(map[string]int) (assign)"},{"location":{"uri":"file://{{.*}}","range":{"start":{"line":[[@LINE-2]],"character":2},"end":{"line":[[@LINE-2]],"character":2}}},"message":"escflow:    flow: ~r0 = m:"},{{.*}}"message":"escflow:      from return m (return)"}]}
// CHECK-NEXT:{"range":{"start":{"line":[[@LINE-4]],"character":11},"end":{"line":[[@LINE-4]],"character":11}},"severity":3,"code":"escape","source":"gosc","message":""}

func local() int {
	m := make(map[string]int) // does not escape: no line
	m["a"] = 1
	return len(m)
}
// CHECK-NOT:{{.}}

func main() {
	leak(nil)
	moved()
	_ = returned()
	_ = local()
}

// -json does not add -m=2's lines to -m's.
// M: remarks.go:18:11: leaking param: p
// M-NOT: flow:
