// Labelled break/continue out of nested for, switch and range loops; goto
// forwards and backwards.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
package main

import "fmt"

func findPair(xs []int, target int) (int, int) {
	i, j := -1, -1
outer:
	for a := range xs {
		for b := a + 1; b < len(xs); b++ {
			if xs[a]+xs[b] == target {
				i, j = a, b
				break outer
			}
		}
	}
	return i, j
}

func main() {
	fmt.Println(findPair([]int{1, 4, 6, 9}, 10))
	fmt.Println(findPair([]int{1, 2}, 10))

rows:
	for r := 0; r < 4; r++ {
		for c := 0; c < 4; c++ {
			if c > r {
				continue rows
			}
			if r == 3 {
				break rows
			}
			fmt.Print(r, c, " ")
		}
	}
	fmt.Println()

loop:
	for i := 0; ; i++ {
		switch {
		case i%2 == 0:
			continue loop
		case i > 7:
			break loop
		}
		fmt.Print(i, " ")
	}
	fmt.Println()

	n := 0
sw:
	switch n {
	case 0:
		for k := 0; k < 10; k++ {
			if k == 3 {
				break sw
			}
			fmt.Print("k", k, " ")
		}
		fmt.Print("unreached")
	}
	fmt.Println()

	i := 0
back:
	if i < 5 {
		fmt.Print("g", i, " ")
		i++
		goto back
	}
	fmt.Println()

	for j := 0; j < 10; j++ {
		if j == 2 {
			goto done
		}
		fmt.Print("j", j, " ")
	}
	fmt.Println("not printed")
done:
	fmt.Println("done")

	words := []string{"alpha", "beta", "gamma"}
scan:
	for _, w := range words {
		for _, ch := range w {
			if ch == 'm' {
				fmt.Println("found m in", w)
				break scan
			}
			if ch == 'e' {
				continue scan
			}
		}
		fmt.Println("no e in", w)
	}
}

// CHECK: 0 3
// CHECK-NEXT: -1 -1
// CHECK-NEXT: 0 0 1 0 1 1 2 0 2 1 2 2 
// CHECK-NEXT: 1 3 5 7 
// CHECK-NEXT: k0 k1 k2 
// CHECK-NEXT: g0 g1 g2 g3 g4 
// CHECK-NEXT: j0 j1 done
// CHECK-NEXT: no e in alpha
// CHECK-NEXT: found m in gamma
