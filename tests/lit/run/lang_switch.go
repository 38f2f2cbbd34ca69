// switch: expression switches with multiple values, no-condition switches,
// init statements, fallthrough (including into default), break inside switch.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
package main

import "fmt"

func classify(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	case n < 10:
		return "small"
	default:
		return "large"
	}
}

func fall(n int) []string {
	var out []string
	switch n {
	case 1:
		out = append(out, "one")
		fallthrough
	case 2:
		out = append(out, "two")
		fallthrough
	case 3:
		out = append(out, "three")
	case 4:
		out = append(out, "four")
		fallthrough
	default:
		out = append(out, "default")
	case 5:
		out = append(out, "five")
		fallthrough
	case 6:
		out = append(out, "six")
	}
	return out
}

func next() int {
	fmt.Print("[eval] ")
	return 2
}

func main() {
	for _, n := range []int{-5, 0, 3, 42} {
		fmt.Print(classify(n), " ")
	}
	fmt.Println()
	for n := 0; n <= 7; n++ {
		fmt.Println(n, fall(n))
	}
	switch x := next(); x {
	case 1, 2, 3:
		fmt.Println("1..3:", x)
	case 4:
		fmt.Println("four")
	}
	switch c := 'b'; c {
	case 'a', 'e', 'i', 'o', 'u':
		fmt.Println("vowel")
	default:
		fmt.Println("consonant", string(c))
	}
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			fmt.Println("break at 1")
			break
			fmt.Println("unreachable")
		default:
			fmt.Println("i =", i)
		}
	}
	s := "go"
	switch s + "lang" {
	case "golang":
		fmt.Println("matched golang")
	}
	switch {
	}
	switch f := 2.5; {
	case f > 2:
		fmt.Println("f > 2")
		fallthrough
	case f > 100:
		fmt.Println("fell into f > 100")
	}
	type pair struct{ a, b int }
	switch (pair{1, 2}) {
	case pair{2, 1}:
		fmt.Println("swapped")
	case pair{1, 2}:
		fmt.Println("pair match")
	}
}

// CHECK: negative zero small large 
// CHECK-NEXT: 0 [default]
// CHECK-NEXT: 1 [one two three]
// CHECK-NEXT: 2 [two three]
// CHECK-NEXT: 3 [three]
// CHECK-NEXT: 4 [four default]
// CHECK-NEXT: 5 [five six]
// CHECK-NEXT: 6 [six]
// CHECK-NEXT: 7 [default]
// CHECK-NEXT: [eval] 1..3: 2
// CHECK-NEXT: consonant b
// CHECK-NEXT: i = 0
// CHECK-NEXT: break at 1
// CHECK-NEXT: i = 2
// CHECK-NEXT: matched golang
// CHECK-NEXT: f > 2
// CHECK-NEXT: fell into f > 100
// CHECK-NEXT: pair match
