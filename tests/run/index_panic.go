// An out-of-range index panics with Go's message and exit status 2.
package main

import "fmt"

func get(xs []int, i int) int { return xs[i] }

func main() {
	xs := []int{1, 2, 3}
	fmt.Println(get(xs, 2))
	fmt.Println(get(xs, 5))
}
