// The example README's first command compiles and runs: a little of
// everything the core language offers.
package main

import "fmt"

const greeting = "hello from gosc"

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	fmt.Println(greeting)
	for i := 0; i < 10; i++ {
		fmt.Printf("fib(%d) = %d\n", i, fib(i))
	}
	s := ""
	for _, r := range "héllo" {
		s = string(r) + s
	}
	fmt.Println("reversed:", s, len(s))
}
