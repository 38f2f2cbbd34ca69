// RUN: cd %S && %gosc -m=2 explain_basic.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m=2 explain_basic.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// -m=2 explains each decision as gc does: a header, then the flows from the
// decided location to the root that outlives it, each with the source
// constructs it passes through (checked against go1.19 -gcflags='-m=2 -l').
package main

var sink *int

type T struct {
	p *int
}

// CHECK: explain_basic.go:[[@LINE+5]]:12: parameter pp leaks to ~r0 with derefs=1:
// CHECK-NEXT: explain_basic.go:[[@LINE+4]]:12:   flow: ~r0 = *pp:
// CHECK-NEXT: explain_basic.go:[[@LINE+3]]:12:     from *pp (indirection) at explain_basic.go:[[@LINE+4]]:9
// CHECK-NEXT: explain_basic.go:[[@LINE+2]]:12:     from return *pp (return) at explain_basic.go:[[@LINE+3]]:2
// CHECK-NEXT: explain_basic.go:[[@LINE+1]]:12: leaking param: pp to result ~r0 level=1
func deref(pp **int) *int {
	return *pp
}

// CHECK: explain_basic.go:[[@LINE+4]]:12: parameter t leaks to ~r0 with derefs=1:
// CHECK-NEXT: explain_basic.go:[[@LINE+3]]:12:   flow: ~r0 = *t:
// CHECK-NEXT: explain_basic.go:[[@LINE+2]]:12:     from t.p (dot of pointer) at explain_basic.go:[[@LINE+3]]:10
// CHECK-NEXT: explain_basic.go:[[@LINE+1]]:12:     from return t.p (return) at explain_basic.go:[[@LINE+2]]:2
func field(t *T) *int {
	return t.p
}

func leakAddr() {
	// CHECK: explain_basic.go:[[@LINE+5]]:2: x escapes to heap:
	// CHECK-NEXT: explain_basic.go:[[@LINE+4]]:2:   flow: {heap} = &x:
	// CHECK-NEXT: explain_basic.go:[[@LINE+3]]:2:     from &x (address-of) at explain_basic.go:[[@LINE+4]]:9
	// CHECK-NEXT: explain_basic.go:[[@LINE+2]]:2:     from sink = &x (assign) at explain_basic.go:[[@LINE+3]]:7
	// CHECK-NEXT: explain_basic.go:[[@LINE+1]]:2: moved to heap: x
	x := 1
	sink = &x
}

func escapeVar() *T {
	// CHECK: explain_basic.go:[[@LINE+6]]:7: &T{} escapes to heap:
	// CHECK-NEXT: explain_basic.go:[[@LINE+5]]:7:   flow: t = &{storage for &T{}}:
	// CHECK-NEXT: explain_basic.go:[[@LINE+4]]:7:     from &T{} (spill) at explain_basic.go:[[@LINE+4]]:7
	// CHECK-NEXT: explain_basic.go:[[@LINE+3]]:7:     from t := &T{} (assign) at explain_basic.go:[[@LINE+3]]:4
	// CHECK-NEXT: explain_basic.go:[[@LINE+2]]:7:   flow: ~r0 = t:
	// CHECK-NEXT: explain_basic.go:[[@LINE+1]]:7:     from return t (return) at explain_basic.go:[[@LINE+2]]:2
	t := &T{}
	return t
}

func callParam() {
	// CHECK: explain_basic.go:[[@LINE+4]]:2: y escapes to heap:
	// CHECK-NEXT: explain_basic.go:[[@LINE+3]]:2:   flow: {heap} = &y:
	// CHECK-NEXT: explain_basic.go:[[@LINE+2]]:2:     from &y (address-of) at explain_basic.go:[[@LINE+3]]:7
	// CHECK-NEXT: explain_basic.go:[[@LINE+1]]:2:     from keep(&y) (call parameter) at explain_basic.go:[[@LINE+2]]:6
	y := 2
	keep(&y)
}

func keep(p *int) {
	sink = p
}

// CHECK: explain_basic.go:[[@LINE+4]]:12: parameter s leaks to ~r0 with derefs=0:
// CHECK-NEXT: explain_basic.go:[[@LINE+3]]:12:   flow: ~r0 = s:
// CHECK-NEXT: explain_basic.go:[[@LINE+2]]:12:     from s[1:] (slice) at explain_basic.go:[[@LINE+3]]:10
// CHECK-NEXT: explain_basic.go:[[@LINE+1]]:12:     from return s[1:] (return) at explain_basic.go:[[@LINE+2]]:2
func slice(s []*int) []*int {
	return s[1:]
}

func main() {
	a := 1
	pa := &a
	println(*deref(&pa), *field(&T{p: &a}))
	leakAddr()
	println(escapeVar() != nil)
	callParam()
	println(len(slice(nil)))
}

// Every line of the output is checked above or counted here, so an extra
// decision fails the test.
// COUNT: {{^ *}}37{{$}}
