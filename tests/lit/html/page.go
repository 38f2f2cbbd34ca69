// REQUIRES: dot
// RUN: rm -rf %t && mkdir -p %t && cd %t && %gosc build -o %t/a.out -html=nestedLoop %s
// RUN: FileCheck --input-file=%t/nestedLoop.html %s
// RUN: %t/a.out 2>&1 | FileCheck --check-prefix=OUT %s
// RUN: cd %t && env GOSSAFUNC=main.nestedLoop %gosc %s && FileCheck --input-file=%t/main.nestedLoop.html %s
// The -html page of one function: its source, every allocation site with
// its decision and -m=2 text, a column per pass, the optimised LLVM IR (the
// function is inlined into main, yet its own body is shown), the x86-64
// listing and the escape graph, whose red path leads from the inner map to
// the outer map and the variable `users`.
package main

func nestedLoop(n int) int {
	users := make(map[string]map[int]string)
	for _, name := range []string{"ann", "bob"} {
		inner := make(map[int]string)
		for i := 0; i < n; i++ {
			inner[i] = name
		}
		users[name] = inner
	}
	return len(users["ann"])
}

func main() {
	println(nestedLoop(3))
}

// CHECK: <!DOCTYPE html>
// CHECK: <style>
// CHECK-NOT: <link
// CHECK-NOT: src="http
// CHECK: id="col-source" data-title="source"
// CHECK: <span class="v alloc alloc-stack" data-v="[[USERS:[0-9]+]]" data-decision="stack" title="make(map[string]map[int]string) does not escape">make(</span>
// CHECK: <span class="v alloc alloc-stack" data-v="{{[0-9]+}}" data-decision="stack" title="[]string{...} does not escape">[]string{</span>
// CHECK: <span class="v alloc alloc-region" data-v="[[INNER:[0-9]+]]" data-decision="region" title="make(map[int]string) does not escape: region of nestedLoop
// CHECK-SAME: &#10;  not a stack slot: made at loop depth 1
// CHECK: id="col-allocs" data-title="allocation sites"
// CHECK: <div class="alloc-site alloc-stack" data-v="[[USERS]]" data-decision="stack"
// CHECK: <div class="alloc-site alloc-region" data-v="[[INNER]]" data-decision="region" data-line="16">
// CHECK-NEXT: make(map[int]string) does not escape: region of nestedLoop
// CHECK-NEXT: make(map[int]string) lives in a region of nestedLoop:
// CHECK: id="col-ssa-0" data-title="start"
// CHECK: id="col-ssa-{{[0-9]+}}" data-title="cleanup"
// CHECK: id="col-ssa-{{[0-9]+}}" data-title="escape"
// CHECK: <div class="line alloc-region" data-line="16">  <span class="v" data-v="[[INNER]]">%inner</span> = alloc region makemap
// CHECK: mapupdate <span class="v" data-v="{{[0-9]+}}">%users</span>, <span class="v" data-v="{{[0-9]+}}">%name</span>, <span class="v" data-v="[[INNER]]">%inner</span>
// CHECK: id="col-llvm" data-title="LLVM IR (optimised)"
// CHECK: define internal i64 @main.nestedLoop(
// CHECK: id="col-asm" data-title="x86-64"
// CHECK: main.nestedLoop:
// CHECK: runtime.regionmakemap
// CHECK: id="col-graph" data-title="escape graph"
// Graphviz writes the nodes in an order of its layout, which follows the
// locations' creation order: a gcc and a clang build of gosc create some in
// a different order (argument evaluation), so the nodes are checked in any
// order.
// CHECK: <svg
// CHECK-DAG: class="node loc kind&#45;allocation"
// CHECK-DAG: {storage for make(map[string]map[int]string)}
// CHECK-DAG: {temp} = *users
// CHECK-DAG: {storage for make(map[int]string)}
// CHECK-DAG: class="edge escape&#45;path"
// CHECK: </svg>
// CHECK: <script type="application/json" id="loc-keys">{
// CHECK: <script>
// CHECK: </html>

// OUT: 3
