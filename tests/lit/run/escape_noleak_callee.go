// Pointers to stack objects passed to callees that do not leak them: the
// callee mutates the caller's frame through the pointer (a struct, a nested
// struct field, an array, a map header, a slice of a local array) and the
// caller must see every write. -m proves the objects are on the stack
// (nothing is moved to heap, the &T{} literal does not escape); the output
// is compared with Go's.
// RUN: cd %S && %gosc -m escape_noleak_callee.go 2>&1 | FileCheck --check-prefix=ESC %s
// RUN: cd %S && %gosc -m escape_noleak_callee.go 2>&1 | FileCheck --check-prefix=NOHEAP %s
// RUN: %gosc build -o %t %s && %t | FileCheck --match-full-lines %s
// RUN: %gosc build --no-escape -o %t.noesc %s && %t.noesc | FileCheck --match-full-lines %s
// RUN: %if go %{ %go build -o %t.gobin %s && %t.gobin | FileCheck --match-full-lines %s %}
package main

import "fmt"

type Account struct{ ID, Balance int }
type User struct {
	Name    string
	Account Account
}
type Txn struct {
	Amount int
	User   User
	Log    [4]int
}

// ESC-DAG: escape_noleak_callee.go:[[@LINE+1]]:13: t does not escape
func credit(t *Txn, n int) {
	t.User.Account.Balance += n
	t.Amount++
	t.Log[t.Amount%4] = n
}

// ESC-DAG: escape_noleak_callee.go:[[@LINE+1]]:15: a does not escape
func bumpAcct(a *Account) { a.Balance *= 2; a.ID = -a.ID }

// ESC-DAG: escape_noleak_callee.go:[[@LINE+1]]:14: arr does not escape
func fillArr(arr *[16]int, base int) {
	for i := range arr {
		arr[i] = base + i*i
	}
}

// ESC-DAG: escape_noleak_callee.go:[[@LINE+1]]:12: s does not escape
func scale(s []int, k int) {
	for i := range s {
		s[i] *= k
	}
}

// ESC-DAG: escape_noleak_callee.go:[[@LINE+1]]:14: m does not escape
func addKeys(m map[string]int, n int) {
	for i := 0; i < n; i++ {
		m[fmt.Sprint("k", i)] += i
	}
}

// ESC-DAG: escape_noleak_callee.go:[[@LINE+1]]:13: p does not escape
func swapXY(p *[2]*int) { *p[0], *p[1] = *p[1], *p[0] }

// NOHEAP-NOT: moved to heap
func run(seed int) {
	var t Txn
	t.User.Name = "ann"
	for i := 0; i < 5; i++ {
		credit(&t, seed+i)
	}
	bumpAcct(&t.User.Account)

	var arr [16]int
	fillArr(&arr, seed)
	scale(arr[4:8], 10)

	// ESC-DAG: escape_noleak_callee.go:[[@LINE+1]]:11: make(map[string]int) does not escape
	m := make(map[string]int)
	addKeys(m, 20)
	addKeys(m, 3)

	x, y := seed, -seed
	// ESC-DAG: escape_noleak_callee.go:[[@LINE+1]]:7: &[2]*int{...} does not escape
	p := &[2]*int{&x, &y}
	swapXY(p)

	// ESC-DAG: escape_noleak_callee.go:[[@LINE+1]]:9: &Account{...} does not escape
	acc := &Account{ID: 7, Balance: seed}
	bumpAcct(acc)

	fmt.Println(t.Amount, t.User.Name, t.User.Account.Balance, t.User.Account.ID, t.Log)
	fmt.Println(arr)
	fmt.Println(len(m), m["k0"], m["k1"], m["k2"], m["k19"])
	fmt.Println(x, y, *acc)
}

func main() {
	run(1)
	run(100)
}

// CHECK: 5 ann 30 0 [4 5 2 3]
// CHECK-NEXT: [1 2 5 10 170 260 370 500 65 82 101 122 145 170 197 226]
// CHECK-NEXT: 20 0 2 4 19
// CHECK-NEXT: -1 1 {-7 2}
// CHECK-NEXT: 5 ann 1020 0 [103 104 101 102]
// CHECK-NEXT: [100 101 104 109 1160 1250 1360 1490 164 181 200 221 244 269 296 325]
// CHECK-NEXT: 20 0 2 4 19
// CHECK-NEXT: -100 100 {-7 200}
