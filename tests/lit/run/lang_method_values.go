// Method values (x.M bound at evaluation time) and method expressions (T.M, (*T).M).
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) Get() int       { return c.n }
func (c *Counter) Inc()          { c.n++ }
func (c *Counter) Add(k int) int { c.n += k; return c.n }

type Op func(int, int) int

type Calc struct{ name string }

func (c Calc) Apply(f Op, a, b int) string { return fmt.Sprintf("%s:%d", c.name, f(a, b)) }

type Getter interface{ Get() int }

func main() {
	c := Counter{5}
	get := c.Get // receiver copied now
	inc := c.Inc // receiver is &c
	c.n = 10
	inc()
	inc()
	fmt.Println(get(), c.n, c.Get())

	add := (&c).Add
	fmt.Println(add(3), add(4), c.n)

	fget := Counter.Get
	finc := (*Counter).Inc
	fadd := (*Counter).Add
	finc(&c)
	fmt.Println(fget(c), fadd(&c, 100), c.n)

	var g Getter = c
	gv := g.Get
	c.n = 0
	fmt.Println(gv(), g.Get())

	funcs := []func(){c.Inc, c.Inc, c.Inc}
	for _, f := range funcs {
		f()
	}
	fmt.Println(c.n)

	calc := Calc{"sum"}
	apply := calc.Apply
	fmt.Println(apply(func(a, b int) int { return a + b }, 2, 3))
	fmt.Println(Calc.Apply(Calc{"mul"}, func(a, b int) int { return a * b }, 4, 5))

	counters := []*Counter{{1}, {2}, {3}}
	var getters []func() int
	for _, p := range counters {
		getters = append(getters, p.Get)
	}
	counters[0].n = 99
	for _, f := range getters {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}

// CHECK: 5 12 12
// CHECK-NEXT: 15 19 19
// CHECK-NEXT: 20 120 120
// CHECK-NEXT: 120 120
// CHECK-NEXT: 3
// CHECK-NEXT: sum:5
// CHECK-NEXT: mul:20
// CHECK-NEXT: 1 2 3 
