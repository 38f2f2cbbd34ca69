// Tests for the type checker: the annotations later layers rely on, gc 1.19's
// error wording, and the shared corpora (every program must check cleanly).
//
// Why it exists: the SSA builder reads the checker's annotations (types,
// constant values, resolved objects, captures, init order) without
// re-deriving them, so each annotation contract is pinned here; diagnostics
// must match gc's text because the lit tests and users compare them.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "frontend/frontend.h"
#include "types/constant.h"

namespace gosc::frontend {
namespace {

namespace fs = std::filesystem;

struct Result {
  std::unique_ptr<SourceSet> sources;
  std::unique_ptr<Diagnostics> diags;
  std::unique_ptr<Package> pkg;
  // First lines of the messages, "line:col: msg", sorted by position.
  std::vector<std::string> errors;
};

Result CheckSource(const std::string& src) {
  static int counter = 0;
  fs::path dir = fs::temp_directory_path() / ("gosc_checker_test_" + std::to_string(getpid()));
  fs::create_directories(dir);
  fs::path file = dir / ("t" + std::to_string(counter++) + ".go");
  std::ofstream(file) << src;
  Result r;
  r.sources = std::make_unique<SourceSet>();
  r.diags = std::make_unique<Diagnostics>(*r.sources);
  r.pkg = ParseAndCheck({file.string()}, *r.sources, *r.diags);
  auto items = r.diags->Items();
  std::stable_sort(items.begin(), items.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.pos < b.pos; });
  int last_line = -1;
  for (const Diagnostic& d : items) {
    if (d.pos.line == last_line) continue;  // gc prints one error per line
    last_line = d.pos.line;
    std::string msg = d.message.substr(0, d.message.find('\n'));
    r.errors.push_back(std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + msg);
  }
  fs::remove(file);
  std::error_code ignored;
  fs::remove(dir, ignored);  // leave no per-process directory behind
  return r;
}

std::string Join(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += x + "\n";
  return s;
}

// Finds the first expression in function `fn` satisfying `pred` (walks the
// statements the tests use).
void WalkExpr(Expr* e, const std::function<void(Expr*)>& f);
void WalkStmt(Stmt* s, const std::function<void(Expr*)>& f) {
  if (!s) return;
  switch (s->kind) {
    case StmtKind::kExpr: WalkExpr(s->As<ExprStmt>()->x, f); break;
    case StmtKind::kAssign:
      for (Expr* e : s->As<AssignStmt>()->lhs) WalkExpr(e, f);
      for (Expr* e : s->As<AssignStmt>()->rhs) WalkExpr(e, f);
      break;
    case StmtKind::kBlock:
      for (Stmt* x : s->As<BlockStmt>()->list) WalkStmt(x, f);
      break;
    case StmtKind::kReturn:
      for (Expr* e : s->As<ReturnStmt>()->results) WalkExpr(e, f);
      break;
    case StmtKind::kDecl:
      for (auto& vs : s->As<DeclStmt>()->decl->values) {
        for (Expr* e : vs.values) WalkExpr(e, f);
      }
      break;
    default: break;
  }
}
void WalkExpr(Expr* e, const std::function<void(Expr*)>& f) {
  if (!e) return;
  f(e);
  switch (e->kind) {
    case ExprKind::kParen: WalkExpr(e->As<ParenExpr>()->x, f); break;
    case ExprKind::kSelector: WalkExpr(e->As<SelectorExpr>()->x, f); break;
    case ExprKind::kIndex:
      WalkExpr(e->As<IndexExpr>()->x, f);
      WalkExpr(e->As<IndexExpr>()->index, f);
      break;
    case ExprKind::kCall:
      WalkExpr(e->As<CallExpr>()->fun, f);
      for (Expr* a : e->As<CallExpr>()->args) WalkExpr(a, f);
      break;
    case ExprKind::kBinary:
      WalkExpr(e->As<BinaryExpr>()->x, f);
      WalkExpr(e->As<BinaryExpr>()->y, f);
      break;
    case ExprKind::kUnary: WalkExpr(e->As<UnaryExpr>()->x, f); break;
    case ExprKind::kFuncLit: WalkStmt(e->As<FuncLit>()->body, f); break;
    case ExprKind::kCompositeLit:
      for (Expr* x : e->As<CompositeLit>()->elts) WalkExpr(x, f);
      break;
    case ExprKind::kKeyValue:
      WalkExpr(e->As<KeyValueExpr>()->key, f);
      WalkExpr(e->As<KeyValueExpr>()->value, f);
      break;
    default: break;
  }
}

FuncDecl* FindFunc(Package& p, const std::string& name) {
  for (FuncDecl* f : p.funcs) {
    if (f->name->name == name) return f;
  }
  return nullptr;
}

TEST(CheckerTest, InitOrderFollowsDependenciesThroughFunctions) {
  Result r = CheckSource(R"(package main

var a = b + 1
var b = f()
var c, d = g()
var e = 5

func f() int { return c * 2 }
func g() (int, int) { return 3, 4 }

func main() { println(a, b, c, d, e) }
)");
  ASSERT_TRUE(r.pkg) << Join(r.errors);
  std::vector<std::string> order;
  for (const InitStep& s : r.pkg->init_order) {
    std::string names;
    for (Var* v : s.lhs) names += (v ? v->name() : "_");
    order.push_back(names);
  }
  EXPECT_EQ(order, (std::vector<std::string>{"cd", "b", "a", "e"}));
  EXPECT_EQ(r.pkg->globals.size(), 5u);
  ASSERT_TRUE(r.pkg->main);
}

TEST(CheckerTest, ClosureCapturesAndAddressTaken) {
  Result r = CheckSource(R"(package main

func main() {
	counter := 0
	unused := 1
	_ = unused
	inc := func() {
		f := func() { counter++ }
		f()
	}
	inc()
	x := 3
	p := &x
	_ = p
}
)");
  ASSERT_TRUE(r.pkg) << Join(r.errors);
  FuncDecl* m = FindFunc(*r.pkg, "main");
  ASSERT_TRUE(m);
  std::vector<FuncLit*> lits;
  WalkStmt(m->body, [&](Expr* e) {
    if (auto* fl = e->As<FuncLit>()) lits.push_back(fl);
  });
  ASSERT_EQ(lits.size(), 2u);
  ASSERT_EQ(lits[0]->captures.size(), 1u);  // the outer literal captures for the inner one
  ASSERT_EQ(lits[1]->captures.size(), 1u);
  Var* counter = lits[1]->captures[0]->As<Var>();
  ASSERT_TRUE(counter);
  EXPECT_EQ(counter->name(), "counter");
  EXPECT_TRUE(counter->captured);
  EXPECT_TRUE(counter->reassigned);      // counter++: a closure must share it
  EXPECT_FALSE(counter->address_taken);  // capturing is not taking its address
  bool x_taken = false;
  WalkStmt(m->body, [&](Expr* e) {
    if (auto* id = e->As<Ident>(); id && id->name == "x" && id->obj) {
      x_taken = id->obj->As<Var>()->address_taken;
    }
  });
  EXPECT_TRUE(x_taken);
}

// gc's reassignment facts behind capture by value: assignments before the
// first capture at the variable's own loop depth do not count; those after
// it, in a deeper loop, or by `:=` redeclaration after a capture do.
TEST(CheckerTest, ReassignedAsGcCountsIt) {
  Result r = CheckSource(R"(package main

func memo(f func(int) int) (func(int) int, int) { return f, 0 }

func main() {
	before := 1
	before = 2
	f1 := func() int { return before }
	after := 1
	f2 := func() int { return after }
	after = 2
	inLoop := 0
	for i := 0; i < 2; i++ {
		inLoop = i
		_ = func() int { return inLoop }
	}
	var fib func(int) int
	fib, calls := memo(func(n int) int { return fib(n - 1) })
	_, _, _, _ = f1, f2, fib, calls
}
)");
  ASSERT_TRUE(r.pkg) << Join(r.errors);
  ASSERT_TRUE(r.errors.empty()) << Join(r.errors);
  std::map<std::string, Var*> vars;
  FuncDecl* m = FindFunc(*r.pkg, "main");
  ASSERT_TRUE(m);
  WalkStmt(m->body, [&](Expr* e) {
    if (auto* id = e->As<Ident>(); id && id->obj && id->obj->As<Var>()) {
      vars[id->name] = id->obj->As<Var>();
    }
  });
  ASSERT_TRUE(vars.count("before") && vars.count("after") && vars.count("inLoop") &&
              vars.count("fib"));
  EXPECT_FALSE(vars["before"]->reassigned);  // assigned only before its first capture
  EXPECT_TRUE(vars["after"]->reassigned);    // assigned after being captured
  EXPECT_TRUE(vars["inLoop"]->reassigned);   // captured in a deeper loop
  EXPECT_TRUE(vars["fib"]->reassigned);      // `fib, calls :=` after the literal captured it
  for (const char* name : {"before", "after", "inLoop", "fib"}) {
    EXPECT_TRUE(vars[name]->captured) << name;
    EXPECT_FALSE(vars[name]->address_taken) << name;
  }
}

TEST(CheckerTest, CommaOkAndSelectors) {
  Result r = CheckSource(R"(package main

type Pt struct{ X, Y int }

func (p *Pt) Move(d int) { p.X += d }

type Outer struct {
	*Pt
	Name string
}

func main() {
	m := map[string]int{"a": 1}
	v, ok := m["a"]
	w := m["b"]
	o := Outer{Pt: &Pt{}}
	o.Move(1)
	println(v, ok, w, o.Y)
}
)");
  ASSERT_TRUE(r.pkg) << Join(r.errors);
  FuncDecl* m = FindFunc(*r.pkg, "main");
  std::vector<IndexExpr*> idx;
  std::vector<SelectorExpr*> sels;
  WalkStmt(m->body, [&](Expr* e) {
    if (auto* i = e->As<IndexExpr>()) idx.push_back(i);
    if (auto* s = e->As<SelectorExpr>()) sels.push_back(s);
  });
  ASSERT_EQ(idx.size(), 2u);
  EXPECT_EQ(idx[0]->mode, Mode::kCommaOk);
  ASSERT_TRUE(idx[0]->type->As<Tuple>());
  EXPECT_EQ(idx[0]->type->String(), "(int, bool)");
  EXPECT_EQ(idx[1]->mode, Mode::kMapIndex);
  EXPECT_EQ(idx[1]->type->String(), "int");
  ASSERT_EQ(sels.size(), 2u);
  EXPECT_EQ(sels[0]->sel_kind, SelKind::kMethod);
  EXPECT_EQ(sels[0]->path, (std::vector<int>{0}));
  EXPECT_EQ(sels[0]->obj->As<Func>()->FullName(), "main.(*Pt).Move");
  EXPECT_EQ(sels[1]->sel_kind, SelKind::kField);
  EXPECT_EQ(sels[1]->path, (std::vector<int>{0, 1}));
  EXPECT_EQ(sels[1]->path_deref, (std::vector<bool>{true, false}));
}

TEST(CheckerTest, ConstantsAndUntypedConversion) {
  Result r = CheckSource(R"(package main

import "unsafe"

type S struct {
	a bool
	b int64
	c int16
}

const (
	A = iota * 10
	B
	C
)

const big = 1 << 100

func main() {
	var f float32 = 0.1
	x := big >> 98
	var s S
	println(A, B, C, f, x, unsafe.Sizeof(s), unsafe.Offsetof(s.c), 7/2, 7.0/2)
}
)");
  ASSERT_TRUE(r.pkg) << Join(r.errors);
  FuncDecl* m = FindFunc(*r.pkg, "main");
  std::vector<std::string> values;
  WalkStmt(m->body, [&](Expr* e) {
    if (auto* c = e->As<CallExpr>(); c && c->builtin_id == static_cast<int>(BuiltinId::kPrintln)) {
      for (Expr* a : c->args) {
        values.push_back(a->value ? a->value->ToString() + ":" + a->type->String()
                                  : "-:" + a->type->String());
      }
    }
  });
  EXPECT_EQ(values, (std::vector<std::string>{"0:int", "10:int", "20:int", "-:float32", "-:int",
                                              "24:uintptr", "16:uintptr", "3:int", "3.5:float64"}));
}

struct ErrorCase {
  const char* name;
  const char* src;
  std::vector<std::string> want;
};

class CheckerErrors : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(CheckerErrors, MatchGc119) {
  Result r = CheckSource(GetParam().src);
  EXPECT_FALSE(r.pkg);
  EXPECT_EQ(Join(r.errors), Join(GetParam().want));
}

INSTANTIATE_TEST_SUITE_P(
    Gc, CheckerErrors,
    ::testing::Values(
        ErrorCase{
            "undefined", "package main\n\nfunc main() {\n\tx = 1\n}\n", {"4:2: undefined: x"}},
        ErrorCase{"unused",
                  "package main\n\nimport \"os\"\n\nfunc main() {\n\tx := 1\n}\n",
                  {"3:8: imported and not used: \"os\"", "6:2: x declared but not used"}},
        ErrorCase{"mismatched",
                  "package main\n\nfunc main() {\n\tx, y := 1, \"s\"\n\t_ = x + y\n}\n",
                  {"5:6: invalid operation: x + y (mismatched types int and string)"}},
        ErrorCase{"assign",
                  "package main\n\nfunc main() {\n\tvar s string\n\tx := 1\n\ts = x\n\t_ = s\n}\n",
                  {"6:6: cannot use x (variable of type int) as type string in assignment"}},
        ErrorCase{"overflow",
                  "package main\n\nfunc main() {\n\tvar b int8 = 300\n\t_ = b\n}\n",
                  {"4:15: cannot use 300 (untyped int constant) as int8 value in variable "
                   "declaration (overflows)"}},
        ErrorCase{"missing_return",
                  "package main\n\nfunc f() int {\n\tfor {\n\t\tbreak\n\t}\n}\n\nfunc main() {}\n",
                  {"7:1: missing return"}},
        ErrorCase{"return_count",
                  "package main\n\nfunc f() (int, string) {\n\treturn 1\n}\n\nfunc g() int "
                  "{\n\treturn 1, 2\n}\n\nfunc main() {}\n",
                  {"4:9: not enough return values", "8:12: too many return values"}},
        ErrorCase{"redeclared",
                  "package main\n\nvar x int\nvar x string\n\nfunc main() {}\n",
                  {"4:5: x redeclared in this block"}},
        ErrorCase{"no_new_vars",
                  "package main\n\nfunc main() {\n\tx := 1\n\tx := 2\n\t_ = x\n}\n",
                  {"5:4: no new variables on left side of :="}},
        ErrorCase{"unsupported",
                  "package main\n\nimport \"net/http\"\n\nfunc main() {\n\tgo main()\n\tvar c chan "
                  "int\n\t_ = c\n}\n",
                  {"3:8: package net/http is not supported", "6:2: go statement is not supported",
                   "7:8: channel type is not supported"}},
        ErrorCase{"generics",
                  "package main\n\nfunc f[T any](x T) {}\n\nfunc main() {}\n",
                  {"3:1: type parameters are not supported"}},
        ErrorCase{"lib_member",
                  "package main\n\nimport \"strings\"\n\nfunc main() {\n\t_ = "
                  "strings.Title(\"a\")\n\t_ = strings.Foo\n}\n",
                  {"6:14: strings.Title is not supported", "7:14: undefined: strings.Foo"}},
        ErrorCase{"call_args",
                  "package main\n\nfunc f(a int, b string) {}\n\nfunc main() {\n\tf(1)\n}\n",
                  {"6:4: not enough arguments in call to f"}}),
    [](const ::testing::TestParamInfo<ErrorCase>& info) { return std::string(info.param.name); });

TEST(CheckerCorpus, SharedProgramsCheckCleanly) {
  fs::path shared = GOSC_SHARED_DIR;
  if (!fs::exists(shared)) GTEST_SKIP() << "no shared corpus at " << shared;
  std::vector<fs::path> files;
  for (const char* sub :
       {"conformance/t1_core", "conformance/t2_composite", "conformance/t3_interfaces",
        "conformance/t4_panics", "escape", "bench/programs"}) {
    fs::path d = shared / sub;
    if (!fs::exists(d)) continue;
    for (const auto& ent : fs::directory_iterator(d)) {
      if (ent.path().extension() == ".go") files.push_back(ent.path());
    }
  }
  std::sort(files.begin(), files.end());
  ASSERT_FALSE(files.empty());
  for (const fs::path& f : files) {
    SourceSet sources;
    Diagnostics diags(sources);
    auto pkg = ParseAndCheck({f.string()}, sources, diags);
    std::string msgs;
    for (const auto& d : diags.Items()) msgs += sources.Format(d.pos) + ": " + d.message + "\n";
    EXPECT_TRUE(pkg != nullptr) << f << "\n" << msgs;
  }
}

}  // namespace
}  // namespace gosc::frontend
