// RUN: cd %S && %gosc -m=2 explain_closure.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m=2 explain_closure.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// -m=2 on closures: how each captured variable is captured (gc's rule: by
// value when never reassigned, not address-taken and at most 128 bytes),
// and the flows of captures into the closure's storage (checked against
// go1.19 -gcflags='-m=2 -l').
package main

func counter() func() int {
	// CHECK: explain_closure.go:[[@LINE+1]]:2: counter capturing by ref: n (addr=false assign=true width=8)
	n := 0
	// CHECK: explain_closure.go:[[@LINE+4]]:9: func literal escapes to heap:
	// CHECK-NEXT: explain_closure.go:[[@LINE+3]]:9:   flow: ~r0 = &{storage for func literal}:
	// CHECK-NEXT: explain_closure.go:[[@LINE+2]]:9:     from func literal (spill) at explain_closure.go:[[@LINE+2]]:9
	// CHECK-NEXT: explain_closure.go:[[@LINE+1]]:9:     from return func literal (return) at explain_closure.go:[[@LINE+1]]:2
	return func() int {
		// CHECK: explain_closure.go:[[@LINE-6]]:2: n escapes to heap:
		// CHECK-NEXT: explain_closure.go:[[@LINE-7]]:2:   flow: {storage for func literal} = &n:
		// CHECK-NEXT: explain_closure.go:[[@LINE-8]]:2:     from n (captured by a closure) at explain_closure.go:[[@LINE+3]]:3
		// CHECK-NEXT: explain_closure.go:[[@LINE-9]]:2:     from n (reference) at explain_closure.go:[[@LINE+2]]:3
		// CHECK-NEXT: explain_closure.go:[[@LINE-10]]:2: moved to heap: n
		n++
		return n
	}
}

// CHECK: explain_closure.go:[[@LINE+5]]:12: adder capturing by value: k (addr=false assign=false width=8)
// CHECK: explain_closure.go:[[@LINE+4]]:12: parameter k leaks to {storage for func literal} with derefs=0:
// CHECK-NEXT: explain_closure.go:[[@LINE+3]]:12:   flow: {storage for func literal} = k:
// CHECK-NEXT: explain_closure.go:[[@LINE+2]]:12:     from k (captured by a closure) at explain_closure.go:[[@LINE+3]]:38
// CHECK: explain_closure.go:[[@LINE+2]]:9: func literal escapes to heap
func adder(k int) func(int) int {
	return func(x int) int { return x + k }
}

func main() {
	c := counter()
	c()
	println(c(), adder(2)(3))
}

// Every line of the output is checked above or counted here, so an extra
// decision fails the test.
// COUNT: {{^ *}}20{{$}}
