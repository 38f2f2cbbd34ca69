// Struct embedding: field and method promotion through values and pointers,
// shadowing, multi-level embedding, and interfaces satisfied by promotion.
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string { return fmt.Sprintf("%s has %d legs", a.Name, a.Legs) }
func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Kind() string     { return "animal" }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Kind() string { return "dog" }

type Puppy struct {
	*Dog
	Age int
}

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Logger
	Animal
	Name string // shadows Animal.Name
}

type Describer interface{ Describe() string }
type Renamer interface {
	Describer
	Rename(string)
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed, d.Animal.Name)
	fmt.Println(d.Describe(), d.Kind(), d.Animal.Kind())
	d.Rename("Max")
	fmt.Println(d.Name)
	dp := &d
	dp.Legs = 3
	fmt.Println(dp.Describe())

	p := Puppy{&d, 1}
	p.Rename("Tiny")
	fmt.Println(p.Name, d.Name, p.Kind(), p.Describe(), p.Age)

	s := Service{&Logger{"[svc] "}, Animal{"cat", 4}, "outer"}
	s.Log("hello " + s.Name + " " + s.Animal.Name)

	var ds []Describer = []Describer{d, &d, p, s}
	for _, x := range ds {
		fmt.Println(x.Describe())
	}
	var r Renamer = &d
	r.Rename("ViaIface")
	fmt.Println(d.Describe())
	var r2 Renamer = p
	r2.Rename("ViaPuppy")
	fmt.Println(d.Name)
	fmt.Printf("%v %+v\n", d, d)
	d2 := d
	d2.Name = "copy"
	fmt.Println(d.Name, d2.Name)
}

// CHECK: Rex 4 lab Rex
// CHECK-NEXT: Rex has 4 legs dog animal
// CHECK-NEXT: Max
// CHECK-NEXT: Max has 3 legs
// CHECK-NEXT: Tiny Tiny dog Tiny has 3 legs 1
// CHECK-NEXT: [svc] hello outer cat
// CHECK-NEXT: Tiny has 3 legs
// CHECK-NEXT: Tiny has 3 legs
// CHECK-NEXT: Tiny has 3 legs
// CHECK-NEXT: cat has 4 legs
// CHECK-NEXT: ViaIface has 3 legs
// CHECK-NEXT: ViaPuppy
// CHECK-NEXT: {{\{\{}}ViaPuppy 3} lab} {Animal:{Name:ViaPuppy Legs:3} Breed:lab}
// CHECK-NEXT: ViaPuppy copy
