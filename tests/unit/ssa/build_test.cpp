// Builder tests: small Go programs through the frontend and BuildSsa,
// asserting on the printed SSA (allocation sites and their -m wording and
// positions, SSA construction, closures, defers) and on Verify().
//
// Why it exists: the conformance test shows that programs build; these pin
// down the translation decisions other layers rely on (escape analysis reads
// alloc sites/descs/positions and loop depths, codegen reads op conventions).
// Shapes the lit tests in tests/lit/ssa/ already check on the printed IR
// (allocation sites, phis and loop depth, defer result cells, folded field
// offsets) live there only.
#include <gtest/gtest.h>

#include "build_test_util.h"
#include "passes/pass_manager.h"

namespace gosc::ssa {
namespace {

using testing::BuildSource;
using testing::FuncText;

bool Has(const std::string& text, const std::string& needle) {
  return text.find(needle) != std::string::npos;
}

TEST(Build, CapturedVariablesLiveInCellsOncePerLoop) {
  auto b = BuildSource(R"(package main

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	println(fs[0]())
}
)");
  ASSERT_TRUE(b.module) << b.error;
  std::string f = FuncText(b, "main.main");
  // Go 1.19: one variable for the whole loop, allocated before the loop header.
  EXPECT_TRUE(Has(f, "%i = alloc heap localvar \"i\" : *int @x.go:5:6")) << f;
  size_t alloc_at = f.find("localvar \"i\"");
  size_t header_at = f.find("for.cond");
  EXPECT_LT(alloc_at, header_at) << f;
  EXPECT_TRUE(Has(f, "alloc heap closureenv \"func literal\"")) << f;
  EXPECT_TRUE(Has(f, "makeclosure main.main.func1")) << f;
  std::string c = FuncText(b, "main.main.func1");
  EXPECT_TRUE(Has(c, "%i = freevar 0 : *int")) << c;
}

TEST(Build, InterfacesBoxNonPointerValues) {
  auto b = BuildSource(R"(package main

import "fmt"

type S struct{ A int }

type Stringer interface{ String() string }

func (s *S) String() string { return "s" }

func main() {
	x := 42
	var st Stringer = &S{}
	fmt.Println(x, st.String())
	st = &S{A: 1}
	fmt.Println(st.String())
}
)");
  ASSERT_TRUE(b.module) << b.error;
  std::string f = FuncText(b, "main.main");
  // A plain variable's box sits at the call's `(` (gc's position for it).
  EXPECT_TRUE(Has(f, "alloc heap box \"x\" : *int @x.go:14:13")) << f;
  EXPECT_TRUE(Has(f, "makeiface <*main.S> %")) << f;  // pointer-shaped: no box
  EXPECT_TRUE(Has(f, ".String()")) << f;              // an invoke (st is reassigned)
  EXPECT_TRUE(Has(f, "invoke")) << f;
  EXPECT_TRUE(Has(f, "alloc heap slicelit \"... argument\"")) << f;
}

TEST(Build, DevirtualizesCallsOnAStaticInterfaceValue) {
  auto b = BuildSource(R"(package main

type Stringer interface{ String() string }

type C int

func (c C) String() string { return "c" }

func main() {
	var s Stringer = C(1)
	println(s.String())
}
)");
  ASSERT_TRUE(b.module) << b.error;
  std::string f = FuncText(b, "main.main");
  // gc's rewrite s.(C).String(): a type assertion that cannot fail feeds a
  // static call, and no interface call is left.
  EXPECT_TRUE(Has(f, "typeassert <main.C>")) << f;
  EXPECT_TRUE(Has(f, "call main.C.String(")) << f;
  EXPECT_FALSE(Has(f, "invoke")) << f;
  const ssa::Func* main_fn = b.module->FindFunc("main.main");
  ASSERT_EQ(main_fn->devirtualized.size(), 1u);
  EXPECT_EQ(main_fn->devirtualized[0].text, "s.String to C");
}

TEST(Build, PackageInitInDependencyOrder) {
  auto b = BuildSource(R"(package main

var a = b + 1
var b = f()

func f() int { return 2 }

func init() { a++ }

func main() { println(a, b) }
)");
  ASSERT_TRUE(b.module) << b.error;
  std::string f = FuncText(b, "main.init");
  size_t call_f = f.find("call main.f(");
  size_t store_a = f.find("store %t");
  size_t call_init = f.find("call main.init.0()");
  ASSERT_NE(call_f, std::string::npos) << f;
  ASSERT_NE(call_init, std::string::npos) << f;
  EXPECT_LT(call_f, call_init) << f;
  EXPECT_NE(store_a, std::string::npos) << f;
  EXPECT_EQ(b.module->globals.size(), 2u);
}

TEST(Build, SwitchFallthroughAndLabels) {
  auto b = BuildSource(R"(package main

func main() {
	x := 2
	switch x {
	case 1:
		println("one")
		fallthrough
	case 2:
		println("two")
	default:
		println("d")
	}
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	n := 0
loop:
	if n < 3 {
		n++
		goto loop
	}
	println(n)
}
)");
  ASSERT_TRUE(b.module) << b.error;
  std::string f = FuncText(b, "main.main");
  EXPECT_TRUE(Has(f, "label.outer")) << f;
  EXPECT_TRUE(Has(f, "; label.loop preds")) << f;
  EXPECT_TRUE(Has(f, "%n = phi")) << f;
  EXPECT_TRUE(Has(f, "depth=2")) << f;
}

TEST(Build, MethodValuesAndEmbedding) {
  auto b = BuildSource(R"(package main

type Base struct{ ID int }

func (b *Base) Bump() { b.ID++ }
func (b Base) Get() int { return b.ID }

type Derived struct {
	*Base
	Name string
}

func main() {
	d := Derived{Base: &Base{}}
	d.Bump()
	g := d.Get
	println(g())
}
)");
  ASSERT_TRUE(b.module) << b.error;
  std::string f = FuncText(b, "main.main");
  EXPECT_TRUE(Has(f, "makeclosure main.Base.Get-fm")) << f;
  EXPECT_TRUE(Has(f, "(method value)")) << f;
  EXPECT_NE(b.module->FindFunc("main.Base.Get-fm"), nullptr);
}

TEST(Build, RangeForms) {
  auto b = BuildSource(R"(package main

func main() {
	t := 0
	for i, r := range "héllo" {
		t += i + int(r)
	}
	m := map[string]int{"a": 1}
	for k, v := range m {
		t += len(k) + v
	}
	arr := [3]int{1, 2, 3}
	for _, v := range arr {
		t += v
	}
	for i := range &arr {
		t += i
	}
	println(t)
}
)");
  ASSERT_TRUE(b.module) << b.error;
  std::string f = FuncText(b, "main.main");
  EXPECT_TRUE(Has(f, "stringnext")) << f;
  EXPECT_TRUE(Has(f, "mapiterinit")) << f;
  EXPECT_TRUE(Has(f, "mapiternext")) << f;
  EXPECT_TRUE(Has(f, "= index %")) << f;  // ranging over an array value copies it
}

TEST(Build, PanicsAndTypeSwitches) {
  auto b = BuildSource(R"(package main

func kind(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		if v > 0 {
			panic("positive")
		}
		return "int"
	case string, error:
		return "str"
	}
	return "other"
}

func main() { println(kind(1)) }
)");
  ASSERT_TRUE(b.module) << b.error;
  std::string f = FuncText(b, "main.kind");
  EXPECT_TRUE(Has(f, "typeassert <int> %x ,ok : (int, bool)")) << f;
  EXPECT_TRUE(Has(f, "panic %")) << f;
}

}  // namespace
}  // namespace gosc::ssa
