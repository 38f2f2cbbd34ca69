// RUN: rm -rf %t && mkdir -p %t && cp %s %t/gosc_only.go
// RUN: cd %t && %gosc -json=0,%t/out gosc_only.go
// RUN: FileCheck --input-file=%t/out/main/gosc_only.json %s
// RUN: grep -c '"code":"gosc-' %t/out/main/gosc_only.json | FileCheck --check-prefix=COUNT %s
// RUN: cd %t && %gosc --no-region -json=0,%t/noregion gosc_only.go
// RUN: FileCheck --input-file=%t/noregion/main/gosc_only.json --check-prefix=NOREGION %s
// The decisions gosc makes better than gc get remarks of their own (README,
// "Optimisation remarks for editors"): gc's model (no map storage, no field
// sensitivity, no regions) sends these sites to the heap — go1.19 -m says
// "&node{...} escapes to heap" at 20:9 and "make(map[int]int) escapes to
// heap" at 29:16 — where gosc keeps them on the stack or in a region.
package main

import "fmt"

type node struct{ v int }

func inMap() int {
	m := map[int]*node{}
	m[1] = &node{1}
	return m[1].v
}

// CHECK: {"range":{"start":{"line":20,"character":9},{{.*}}"code":"gosc-stack","source":"gosc","message":"\u0026node{...} does not escape","relatedInformation":[{{.*}}"message":"escflow: gc's model moves it to the heap"}]}

func inRegion() int {
	outer := map[int]map[int]int{}
	for i := 0; i < 3; i++ {
		inner := make(map[int]int)
		inner[i] = i
		outer[i] = inner
	}
	return len(outer)
}

// CHECK: {"range":{"start":{"line":29,"character":16},{{.*}}"code":"gosc-region","source":"gosc","message":"make(map[int]int) does not escape: region of inRegion","relatedInformation":[{{.*}}"message":"escflow: make(map[int]int) lives in a region of inRegion:"},{{.*}}"message":"escflow:   not the heap: it reaches no result, parameter, global or heap object that outlives inRegion"}]}
// COUNT: 2

// Without regions the inner map is a heap site, as in gc: gc's own remark.
// NOREGION: "code":"gosc-stack"
// NOREGION-NOT: gosc-region
// NOREGION: {"range":{"start":{"line":29,"character":16},{{.*}}"code":"escape","source":"gosc","message":"make(map[int]int) escapes to heap"

func main() { fmt.Println(inMap(), inRegion()) }
