// Co-allocated objects (passes/escape/coalloc.cpp) are still two objects:
// both are mutated independently, the outer is dropped while only the inner
// pointer is kept (an interior pointer into the shared block, which keeps it
// alive), and many are made so that collections run, also with a collection
// at every allocation step (GOSCDEBUG=gcstress=1). Output is compared with Go's.
// RUN: cd %S && %gosc -m escape_coalloc.go 2>&1 | FileCheck --check-prefix=ESC %s
// RUN: %gosc build -o %t %s && %t 2>&1 | FileCheck --match-full-lines %s
// RUN: env GOSCDEBUG=gcstress=1 %t 2>&1 | FileCheck --match-full-lines %s
// RUN: %gosc build --no-coalloc -o %t.off %s && env GOSCDEBUG=gcstress=1 %t.off 2>&1 | FileCheck --match-full-lines %s
// RUN: %if go %{ %go build -o %t.gobin %s && %t.gobin 2>&1 | FileCheck --match-full-lines %s %}
package main

import "fmt"

type Inner struct {
	X    int
	Name string
	Next *Inner
}

type Outer struct {
	ID int
	In *Inner
}

type Leaf struct{ Vals [3]int }
type Mid struct{ L *Leaf }
type Top struct {
	M   *Mid
	Tag string
}

func newOuter(i int) *Outer {
	// ESC: escape_coalloc.go:[[@LINE+1]]:27: &Inner{...} co-allocated with &Outer{...}
	return &Outer{ID: i, In: &Inner{X: i * 10, Name: fmt.Sprint("in", i)}}
}

func newTop(i int) *Top {
	// ESC: escape_coalloc.go:[[@LINE+1]]:7: &Top{...} escapes to heap
	t := &Top{Tag: fmt.Sprint("top", i)}
	// ESC: escape_coalloc.go:[[@LINE+2]]:8: &Mid{...} co-allocated with &Top{...}
	// ESC: escape_coalloc.go:[[@LINE+1]]:16: &Leaf{...} co-allocated with &Mid{...}
	t.M = &Mid{L: &Leaf{Vals: [3]int{i, i + 1, i + 2}}}
	return t
}

func main() {
	// Keep only the inner pointers; the outers become garbage.
	var inners []*Inner
	for i := 0; i < 2000; i++ {
		o := newOuter(i)
		o.ID += 5
		o.In.X++
		if o.ID != i+5 {
			panic("outer clobbered")
		}
		if i%100 == 0 {
			inners = append(inners, o.In)
		}
	}
	// Inner objects link to each other: more interior pointers.
	for i := 1; i < len(inners); i++ {
		inners[i].Next = inners[i-1]
	}
	sum := 0
	for _, in := range inners {
		sum += in.X
		in.Name += "!"
	}
	fmt.Println(len(inners), sum, inners[3].Name, inners[len(inners)-1].Next.Name)

	var leaves []*Leaf
	var tops []*Top
	for i := 0; i < 1000; i++ {
		t := newTop(i)
		t.M.L.Vals[1] *= 2
		if i%250 == 0 {
			leaves = append(leaves, t.M.L)
			tops = append(tops, t)
		}
	}
	for i, l := range leaves {
		fmt.Println(i, l.Vals, tops[i].Tag, tops[i].M.L == l)
	}
	// Writing the outer does not touch the inner, and the other way round.
	o := newOuter(7)
	in := o.In
	o.ID = -1
	in.X = 99
	fmt.Println(o.ID, o.In.X, in.Name)
}

// CHECK: 20 190020 in300! in1800!
// CHECK-NEXT: 0 [0 2 2] top0 true
// CHECK-NEXT: 1 [250 502 252] top250 true
// CHECK-NEXT: 2 [500 1002 502] top500 true
// CHECK-NEXT: 3 [750 1502 752] top750 true
// CHECK-NEXT: -1 99 in7
