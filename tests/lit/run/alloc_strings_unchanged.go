// Library calls that allocate nothing in Go 1.19 allocate nothing in gosc:
// strings.ToLower/ToUpper of a string that is already in that case (ASCII
// and not) return their input, and strconv.Itoa/FormatInt of 0..99 in base
// 10 come from a static table (testing.AllocsPerRun gives 0 for each in Go).
// RUN: %gosc build -o %t %s && env GOSCDEBUG=allocs=1 %t 2>&1 | FileCheck --match-full-lines %s
package main

import (
	"strconv"
	"strings"
)

func main() {
	total := 0
	for i := 0; i < 1000; i++ {
		total += len(strings.ToLower("already lower, ünïcode"))
		total += len(strings.ToUpper("ALREADY UPPER, ÜNÏCODE"))
		total += len(strconv.Itoa(i % 100))
		total += len(strconv.FormatInt(int64(i%100), 10))
	}
	println(total, strings.ToLower("MiXeD"), strconv.Itoa(7), strconv.Itoa(99))
}

// CHECK: 51800 mixed 7 99
// CHECK-NEXT: gosc: heap allocations: 1 objects, 5 bytes
