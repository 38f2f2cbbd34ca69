// RUN: not %gosc %s 2>&1 | FileCheck %s
// break, continue, goto, fallthrough and labels.
package main

func main() {
	// CHECK: fail_branches.go:[[@LINE+1]]:2: error: break is not in a loop, switch, or select
	break
	// CHECK: fail_branches.go:[[@LINE+1]]:2: error: continue is not in a loop
	continue
	// CHECK: fail_branches.go:[[@LINE+1]]:1: error: label L defined and not used
L:
	for {
		// CHECK: fail_branches.go:[[@LINE+1]]:9: error: break label not defined: M
		break M
	}
	x := 1
	switch x {
	case 1:
		// CHECK: fail_branches.go:[[@LINE+2]]:4: error: fallthrough statement out of place
		if x > 0 {
			fallthrough
		}
	case 2:
		// CHECK: fail_branches.go:[[@LINE+1]]:3: error: cannot fallthrough final case in switch
		fallthrough
	}
	// CHECK: fail_branches.go:[[@LINE+1]]:7: error: label N not defined
	goto N
}
