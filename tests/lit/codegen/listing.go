// The annotated -S listing: Go source lines before the instructions they
// became, each allocation site's escape decision right before the code that
// implements it, runtime calls by their Go names.
// RUN: %gosc -S %s | FileCheck %s
// RUN: %gosc -S -O0 %s | FileCheck %s --check-prefix=O0
// RUN: %gosc -S -g %s | FileCheck %s --check-prefix=DEBUG
// RUN: %gosc -O0 --emit=llvm %s | FileCheck %s --check-prefix=IR
// RUN: %gosc build -S -o %t.exe %s | FileCheck %s --check-prefix=BUILD
// RUN: %t.exe 2>&1 | FileCheck %s --check-prefix=OUT
package main

type T struct{ a, b int }

type Account struct{ Balance int }
type User struct {
	Name    string
	Account Account
}
type Txn struct {
	ID   int
	User User
}

var global map[string]int

// A local map: its header and bucket are stack slots initialised inline,
// no runtime.makemap call. Line info is kept as .loc only with -g.
// CHECK-LABEL: main.localMap:
// CHECK-NOT: makemap
// CHECK: # {{.*}}listing.go:[[@LINE+8]]   m := make(map[string]int)
// CHECK-NEXT: # {{.*}}listing.go:[[@LINE+7]]:11: make(map[string]int) does not escape -> stack, 48+200 bytes at {{-[0-9]+}}(%rbp), {{-[0-9]+}}(%rbp)
// CHECK-NOT: {{makemap|\.loc}}
// CHECK: .size main.localMap
// DEBUG-LABEL: main.localMap:
// DEBUG: .loc 1 [[@LINE+3]] 11
// DEBUG: # {{.*}}listing.go:[[@LINE+2]]:11: make(map[string]int) does not escape
func localMap() int {
	m := make(map[string]int)
	m["a"] = 1
	return len(m)
}

// An escaping map: the note, then the call.
// CHECK-LABEL: main.escapingMap:
// CHECK: # {{.*}}listing.go:[[@LINE+3]]:11: make(map[string]int) escapes to heap -> call runtime.makemap
// CHECK-NEXT: callq runtime.makemap
func escapingMap() {
	m := make(map[string]int) // escapes
	m["g"] = 2
	global = m
}

// A nested field chain is one load at the folded offset (8 + 16).
// CHECK-LABEL: main.nestedField:
// CHECK: # {{.*}}listing.go:[[@LINE+4]]   return t.User.Account.Balance
// CHECK: movq 24(%rsi), %rax
// CHECK-NEXT: retq
func nestedField(t *Txn) int {
	return t.User.Account.Balance
}

// new(T) and &T{} on both sides of the decision. At -O2 the local objects
// live in registers; at -O0 they keep their stack slots.
// CHECK-LABEL: main.newLocal:
// CHECK-NEXT: # {{.*}}listing.go:[[@LINE+6]]:10: new(T) does not escape -> stack, 16 bytes, kept in registers (no stack slot)
// CHECK-NOT: call
// CHECK: .size main.newLocal
// O0-LABEL: main.newLocal:
// O0: # {{.*}}listing.go:[[@LINE+2]]:10: new(T) does not escape -> stack, 16 bytes at {{-[0-9]+}}(%rbp)
func newLocal(x int) int {
	p := new(T)
	p.a = x
	return p.a + p.b
}

// CHECK-LABEL: main.newEscapes:
// CHECK: # {{.*}}listing.go:[[@LINE+5]]:34: new(T) escapes to heap -> call runtime.mallocgc
// CHECK-NEXT: {{callq|jmp}} runtime.mallocgc
// O0-LABEL: main.newEscapes:
// O0: # {{.*}}listing.go:[[@LINE+2]]:34: new(T) escapes to heap -> call runtime.mallocgc
// O0-NEXT: callq runtime.mallocgc
func newEscapes() *T { return new(T) }

// CHECK-LABEL: main.litLocal:
// CHECK-NEXT: # {{.*}}listing.go:[[@LINE+6]]:7: &T{...} does not escape -> stack, 16 bytes, kept in registers (no stack slot)
// CHECK-NOT: call
// CHECK: .size main.litLocal
// O0-LABEL: main.litLocal:
// O0: # {{.*}}listing.go:[[@LINE+2]]:7: &T{...} does not escape -> stack, 16 bytes at {{-[0-9]+}}(%rbp)
func litLocal(x int) int {
	p := &T{x, x + 1}
	return p.a * p.b
}

// CHECK-LABEL: main.litEscapes:
// CHECK: # {{.*}}listing.go:[[@LINE+2]]:36: &T{...} escapes to heap -> call runtime.mallocgc
// CHECK-NEXT: {{callq|jmp}} runtime.mallocgc
func litEscapes(x int) *T { return &T{x, x} }

// --emit=llvm carries the same notes, as comments over the instructions
// holding them (the header's alloca; the call).
// IR-LABEL: define internal i64 @main.localMap(
// IR: ; {{.*}}listing.go:[[@LINE-65]]:11: make(map[string]int) does not escape -> stack, 48+200 bytes
// IR-NEXT: alloca [48 x i8]{{.*}}!gosc.alloc
// IR-NOT: @gosc_makemap
// IR-LABEL: define internal void @main.escapingMap(
// IR: ; {{.*}}listing.go:[[@LINE-59]]:11: make(map[string]int) escapes to heap -> call runtime.makemap
// IR-NEXT: call ptr @gosc_makemap({{.*}}!gosc.alloc
// BUILD: main.localMap:
// BUILD: does not escape -> stack
// OUT: 1 2 24 7 12
func main() {
	escapingMap()
	t := &Txn{User: User{Account: Account{Balance: 24}}}
	println(localMap(), global["g"], nestedField(t), newLocal(7)+newEscapes().a, litLocal(3)+litEscapes(1).a*0)
}
