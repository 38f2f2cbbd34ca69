// RUN: cd %S && %gosc -m coalloc.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m coalloc.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// RUN: cd %S && %gosc -m --no-coalloc coalloc.go 2>&1 | FileCheck --check-prefix=OFF %s
// RUN: cd %S && %gosc -m=2 coalloc.go 2>&1 | FileCheck --check-prefix=M2 %s
// Co-allocation (passes/escape/coalloc.cpp): an inner heap object whose
// address is stored only into one field of an outer heap object made in the
// same block, a field nothing else may store, shares the outer's allocation.
// gc says `escapes to heap` at every co-allocated site; the other lines
// match go1.19 -m -l. Each case has its own types, since a store to a field
// of any object of the outer's type that may alias disqualifies every site.
// OFF-NOT: co-allocated
// OFF: coalloc.go:{{[0-9]+}}:33: &Inner{...} escapes to heap
// OFF-NOT: co-allocated
package main

type Inner struct{ X, Y int }
type Outer struct {
	Name string
	In   *Inner
}

type Leaf struct{ V int }
type Node struct {
	Leaf *Leaf
	N    int
}

type C struct{ V int }
type B struct{ C *C }
type A struct {
	B *B
	K int
}

type RInner struct{ V int }
type ROuter struct{ In *RInner }

type GInner struct{ V int }
type GOuter struct{ In *GInner }

type LInner struct{ V int }
type LOuter struct{ In *LInner }

type SInner struct{ V int }
type SOuter struct{ In *SInner }

type MInner struct{ V int }
type MOuter struct{ In *MInner }

type XInner struct{ V int }
type XOuter struct{ In *XInner }

var gsink *GInner
var osink *GOuter

// The literal form: one allocation for both.
func lit(n int) *Outer {
	// CHECK-DAG: coalloc.go:[[@LINE+5]]:9: &Outer{...} escapes to heap
	// CHECK-DAG: coalloc.go:[[@LINE+4]]:33: &Inner{...} co-allocated with &Outer{...}
	// M2: coalloc.go:[[@LINE+3]]:33: &Inner{...} shares the allocation of &Outer{...} at coalloc.go:[[@LINE+3]]:9:
	// M2-NEXT: coalloc.go:[[@LINE+2]]:33:   its address is stored only into .In of that object, in the same block
	// M2-NEXT: coalloc.go:[[@LINE+1]]:33:   .In is stored nowhere else
	return &Outer{Name: "lit", In: &Inner{X: n}}
}

// The field assigned right after the outer is made.
func later(n int) *Node {
	// CHECK-DAG: coalloc.go:[[@LINE+1]]:7: &Node{...} escapes to heap
	o := &Node{N: n}
	// CHECK-DAG: coalloc.go:[[@LINE+1]]:11: &Leaf{...} co-allocated with &Node{...}
	o.Leaf = &Leaf{V: n * 2}
	return o
}

// A chain: C shares B's allocation, which is A's: one block for three.
func chain(k int) *A {
	// CHECK-DAG: coalloc.go:[[@LINE+3]]:9: &A{...} escapes to heap
	// CHECK-DAG: coalloc.go:[[@LINE+2]]:15: &B{...} co-allocated with &A{...}
	// CHECK-DAG: coalloc.go:[[@LINE+1]]:21: &C{...} co-allocated with &B{...}
	return &A{B: &B{C: &C{V: k}}, K: k}
}

// ROuter.In is stored again through a parameter, which may be any ROuter.
func reassigned() *ROuter {
	// CHECK-DAG: coalloc.go:[[@LINE+2]]:9: &ROuter{...} escapes to heap
	// CHECK-DAG: coalloc.go:[[@LINE+1]]:21: &RInner{...} escapes to heap
	return &ROuter{In: &RInner{V: 1}}
}

// CHECK-DAG: coalloc.go:[[@LINE+1]]:12: o does not escape
func reset(o *ROuter) {
	// CHECK-DAG: coalloc.go:[[@LINE+1]]:9: &RInner{...} escapes to heap
	o.In = &RInner{V: 2}
}

// The inner's address also goes elsewhere: it may outlive the outer.
func leaked() *GOuter {
	// CHECK-DAG: coalloc.go:[[@LINE+1]]:8: &GInner{...} escapes to heap
	in := &GInner{V: 3}
	gsink = in
	// CHECK-DAG: coalloc.go:[[@LINE+1]]:9: &GOuter{...} escapes to heap
	return &GOuter{In: in}
}

// The inner is made once per iteration, the outer once.
func loop(n int) *LOuter {
	// CHECK-DAG: coalloc.go:[[@LINE+1]]:7: &LOuter{} escapes to heap
	o := &LOuter{}
	for i := 0; i < n; i++ {
		// CHECK-DAG: coalloc.go:[[@LINE+1]]:10: &LInner{...} escapes to heap
		o.In = &LInner{V: i}
	}
	return o
}

// The outer stays on the stack; the inner keeps its own decision.
func stackOuter() *SInner {
	// CHECK-DAG: coalloc.go:[[@LINE+2]]:7: &SOuter{...} does not escape
	// CHECK-DAG: coalloc.go:[[@LINE+1]]:19: &SInner{...} escapes to heap
	o := &SOuter{In: &SInner{V: 4}}
	return o.In
}

// CHECK-DAG: coalloc.go:[[@LINE+1]]:7: m does not escape
func (m *MInner) bump() { m.V++ }

// The inner's address is passed to a method: not only stored into the field.
func method() *MOuter {
	// CHECK-DAG: coalloc.go:[[@LINE+1]]:8: &MInner{...} escapes to heap
	in := &MInner{V: 5}
	in.bump()
	// CHECK-DAG: coalloc.go:[[@LINE+1]]:9: &MOuter{...} escapes to heap
	return &MOuter{In: in}
}

// The field's address is taken (and may be stored through): disqualifies.
func fieldAddr() *XOuter {
	// CHECK-DAG: coalloc.go:[[@LINE+2]]:7: &XOuter{...} escapes to heap
	// CHECK-DAG: coalloc.go:[[@LINE+1]]:19: &XInner{...} escapes to heap
	o := &XOuter{In: &XInner{V: 6}}
	p := &o.In
	*p = &XInner{V: 7} // CHECK-DAG: coalloc.go:[[@LINE]]:7: &XInner{...} escapes to heap
	return o
}

// Every decision is listed above; nothing else may be printed.
// COUNT: {{^ *}}23{{$}}

func main() {
	o := lit(1)
	nd := later(2)
	a := chain(3)
	r := reassigned()
	reset(r)
	osink = leaked()
	println(o.In.X, nd.Leaf.V, a.B.C.V, r.In.V, osink.In.V, loop(3).In.V, stackOuter().V,
		method().In.V, fieldAddr().In.V)
}
