// Maps (insert, update, delete, comma-ok, ranging with sorted output) and
// closures capturing by reference, with defer order.
package main

import (
	"fmt"
	"sort"
)

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func deferred() (result int) {
	defer func() { result *= 10 }()
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	return 4
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	m["c"] = 3
	m["a"] += 10
	delete(m, "b")
	v, ok := m["b"]
	fmt.Println(len(m), v, ok, m["a"])
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys, m)
	nested := map[string]map[int]string{}
	for i := 0; i < 3; i++ {
		inner := make(map[int]string)
		inner[i] = fmt.Sprint("v", i)
		nested[fmt.Sprint("k", i)] = inner
	}
	fmt.Println(nested)
	next := counter()
	next()
	next()
	fmt.Println(next())
	fmt.Println(deferred())
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	fmt.Println(fs[0](), fs[2]())
}
