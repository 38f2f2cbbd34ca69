// Sieve of Eratosthenes over an array, with labelled loops and switch.
package main

import "fmt"

const limit = 100

func main() {
	var composite [limit + 1]bool
	count := 0
outer:
	for i := 2; i <= limit; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j <= limit; j += i {
			composite[j] = true
		}
		switch {
		case i > 90:
			break outer
		case i%10 == 3:
			fmt.Println("prime ending in 3:", i)
		}
	}
	fmt.Println("primes:", count)
}
