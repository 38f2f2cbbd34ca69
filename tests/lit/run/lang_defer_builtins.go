// `defer` of builtins (delete, print, println, copy, panic, recover) and
// builtins whose arguments are one multi-value call (copy(f()), append(f()),
// delete(f()), print(f())). Deferred builtins evaluate their arguments at
// the defer statement and run at function exit, in LIFO order with other
// deferred calls. Both were internal compiler errors before.
// RUN: %gosc build -o %t %s && %t > %t.out 2> %t.err
// RUN: FileCheck --check-prefix=OUT --match-full-lines %s < %t.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines %s < %t.err
// RUN: %gosc build -O0 --no-escape -o %t0 %s && %t0 > %t0.out 2> %t0.err
// RUN: FileCheck --check-prefix=OUT --match-full-lines %s < %t0.out
// RUN: FileCheck --check-prefix=ERR --match-full-lines %s < %t0.err
package main

import "fmt"

func deletes(m map[string]int) {
	k := "a"
	defer delete(m, k)
	k = "b" // the key was evaluated at the defer statement
	defer println("deferred println", len(m), k)
	defer print("deferred print\n")
	fmt.Println("in deletes", len(m))
}

func panics() {
	defer func() { fmt.Println("recovered:", recover()) }()
	msg := "boom"
	defer panic(msg)
	msg = "changed"
	fmt.Println("in panics")
}

func copies() (dst []int) {
	dst = make([]int, 3)
	src := []int{7, 8, 9, 10}
	defer copy(dst, src)
	src = nil
	return dst
}

func recovers() {
	defer func() { fmt.Println("outer recovered:", recover()) }()
	defer recover() // not called by a deferred function: recovers nothing
	panic("still panicking")
}

func loop() {
	for i := 0; i < 3; i++ {
		defer println("loop", i)
	}
}

func two() ([]int, []int)            { return make([]int, 2), []int{5, 6, 7} }
func slicePlus() ([]int, int, int)   { return []int{1}, 2, 3 }
func mapKey() (map[string]int, string) { return map[string]int{"x": 1, "y": 2}, "x" }
func pair() (int, string)            { return 7, "x" }

func main() {
	m := map[string]int{"a": 1, "b": 2}
	deletes(m)
	fmt.Println(len(m), m["b"])
	panics()
	fmt.Println(copies())
	recovers()
	loop()
	fmt.Println(copy(two()))
	fmt.Println(append(slicePlus()))
	delete(mapKey())
	print(pair())
	println()
	println(pair())
	defer print(pair())
}

// OUT: in deletes 2
// OUT-NEXT: 1 2
// OUT-NEXT: in panics
// OUT-NEXT: recovered: boom
// OUT-NEXT: [7 8 9]
// OUT-NEXT: outer recovered: still panicking
// OUT-NEXT: 2
// OUT-NEXT: [1 2 3]
// ERR: deferred print
// ERR-NEXT: deferred println 2 b
// ERR-NEXT: loop 2
// ERR-NEXT: loop 1
// ERR-NEXT: loop 0
// ERR-NEXT: 7x
// ERR-NEXT: 7 x
// ERR-NEXT: 7x
