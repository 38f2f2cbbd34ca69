// Parser tests: semicolon insertion, gc positions, every statement and expression form,
// gc-worded syntax errors, and robustness (no crash on any prefix of a valid program).
//
// Why: the escape-analysis output and all diagnostics quote the positions the parser
// records, and the corpora compare them with gc's byte for byte, so positions are tested
// node kind by node kind; and bad input must never crash the compiler.
#include <dirent.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "frontend/frontend.h"

namespace gosc::frontend {
namespace {

struct Parsed {
  SourceSet sources;
  std::unique_ptr<Diagnostics> diags;
  std::unique_ptr<File> file;
  std::string Dump() const { return DumpAst(*file, sources); }
  std::string Errors() const {
    std::string s;
    for (const Diagnostic& d : diags->Items()) s += sources.Format(d.pos) + ": " + d.message + "\n";
    return s;
  }
};

std::unique_ptr<Parsed> Parse(const std::string& text, const std::string& path = "x.go") {
  auto p = std::make_unique<Parsed>();
  int id = p->sources.Add(path, text);
  p->diags = std::make_unique<Diagnostics>(p->sources);
  p->file = ParseFile(p->sources, id, *p->diags);
  return p;
}

std::string FirstError(const std::string& text) {
  auto p = Parse(text);
  if (!p->diags->HasErrors()) return "<no error>";
  // As printed: sorted by position.
  const Diagnostic* best = &p->diags->Items()[0];
  for (const Diagnostic& d : p->diags->Items()) {
    if (d.pos < best->pos) best = &d;
  }
  return p->sources.Format(best->pos) + ": " + best->message;
}

void ExpectContains(const std::string& haystack, const std::string& needle) {
  EXPECT_NE(haystack.find(needle), std::string::npos) << "missing: " << needle << "\nin:\n"
                                                      << haystack;
}

// ------------------------------------------------------------------------ semicolons

TEST(Semicolons, InsertedAfterLineEndingTokens) {
  auto p = Parse(
      "package main\n"
      "func f() (int, int) {\n"
      "\tx := 1\n"
      "\tx++\n"
      "\ty := []int{1,\n"
      "\t\t2,\n"
      "\t}\n"
      "\t_ = y[0]\n"
      "\tfor {\n"
      "\t\tbreak\n"
      "\t}\n"
      "\treturn x,\n"
      "\t\tx\n"
      "}\n");
  EXPECT_FALSE(p->diags->HasErrors()) << p->Errors();
}

TEST(Semicolons, MultiLineCommentActsAsNewline) {
  auto p = Parse("package main\nfunc main() {\n\tx := 1 /* a\n b */ x++\n\t_ = x\n}\n");
  EXPECT_FALSE(p->diags->HasErrors()) << p->Errors();
  // A one-line block comment does not end the statement.
  EXPECT_EQ(FirstError("package main\nfunc main() {\n\tx := 1 /* a */ x++\n}\n"),
            "x.go:3:17: syntax error: unexpected x at end of statement");
}

TEST(Semicolons, AtEofWithoutNewline) {
  auto p = Parse("package main\nfunc main() {}");
  EXPECT_FALSE(p->diags->HasErrors()) << p->Errors();
  EXPECT_EQ(p->file->funcs.size(), 1u);
}

TEST(Semicolons, NewlineInHeaderIsAnError) {
  EXPECT_EQ(FirstError("package main\nfunc main() {\n\tx := 1\n\tif x == 1\n\t{\n\t}\n}\n"),
            "x.go:4:11: syntax error: unexpected newline, expecting { after if clause");
}

// ------------------------------------------------------------------------- positions

// The dump prints each node's position; these tests look for `Kind ... @L:C` lines.
TEST(Positions, FollowGcConventions) {
  auto p = Parse(
      "package main\n"                 // 1
      "type T struct{ p *int }\n"      // 2
      "func main() {\n"                // 3
      "\tm := make(map[string]int)\n"  // 4: make( at col 11, := at 4
      "\tt := &T{p: nil}\n"            // 5: & at 7, { at 9, : at 11
      "\tv := T{}\n"                   // 6: { at 8
      "\t_ = t.p\n"                    // 7: . at 7, = at 4
      "\t_ = m[\"a\"] + 1\n"           // 8: [ at 7, + at 13
      "\tf := func() {}\n"             // 9: func at 7
      "\ts := []int{1}[0:1]\n"         // 10: { at 12, [ at 15
      "\tvar i any = v\n"              // 11
      "\t_, _ = i.(T)\n"               // 12: . at 10
      "\tm[\"k\"] += 2\n"              // 13: += at 9
      "\t_, _, _ = f, s, 'x'\n"        // 14
      "}\n");
  ASSERT_FALSE(p->diags->HasErrors()) << p->Errors();
  std::string d = p->Dump();
  ExpectContains(d, "Assign := @4:4");
  ExpectContains(d, "Call @4:11");
  ExpectContains(d, "MapType @4:12");
  ExpectContains(d, "Unary & @5:7");
  ExpectContains(d, "CompositeLit @5:9");
  ExpectContains(d, "KeyValue @5:11");
  ExpectContains(d, "CompositeLit @6:8");
  ExpectContains(d, "Selector .p @7:7");
  ExpectContains(d, "Assign = @7:4");
  ExpectContains(d, "Index @8:7");
  ExpectContains(d, "Binary + @8:13");
  ExpectContains(d, "FuncLit @9:7");
  ExpectContains(d, "CompositeLit @10:12");
  ExpectContains(d, "Slice @10:15");
  ExpectContains(d, "TypeAssert @12:10");
  ExpectContains(d, "Assign += @13:9");
  ExpectContains(d, "BasicLit Char 'x' @14:18");
  ExpectContains(d, "Ident m @4:2");
}

TEST(Positions, ColumnsAreBytes) {
  // "é" is two bytes: gc counts bytes, not characters.
  auto p = Parse("package main\nfunc main() {\n\ts := \"é\"; _ = s + \"x\"\n}\n");
  ASSERT_FALSE(p->diags->HasErrors()) << p->Errors();
  ExpectContains(p->Dump(), "Binary + @3:19");
}

TEST(Positions, FileOrderAndIota) {
  auto p = Parse(
      "package main\nimport \"fmt\"\nconst (\n\tA = iota\n\tB\n\tC, D = 1, 2\n)\n"
      "func f() {}\nvar x = 1\ntype T int\nfunc main() { fmt.Println(A) }\n");
  ASSERT_FALSE(p->diags->HasErrors()) << p->Errors();
  const File& f = *p->file;
  ASSERT_EQ(f.imports.size(), 1u);
  EXPECT_EQ(f.imports[0]->imports[0].path, "fmt");
  ASSERT_EQ(f.order.size(), 5u);
  EXPECT_EQ(f.order[0], std::make_pair(false, size_t{0}));
  EXPECT_EQ(f.order[1], std::make_pair(true, size_t{0}));
  EXPECT_EQ(f.order[2], std::make_pair(false, size_t{1}));
  EXPECT_EQ(f.order[3], std::make_pair(false, size_t{2}));
  EXPECT_EQ(f.order[4], std::make_pair(true, size_t{1}));
  const GenDecl* c = f.decls[0];
  ASSERT_EQ(c->values.size(), 3u);
  EXPECT_EQ(c->values[0].iota, 0);
  EXPECT_EQ(c->values[1].iota, 1);
  EXPECT_TRUE(c->values[1].values.empty());  // omitted: the checker repeats `iota`
  EXPECT_EQ(c->values[2].iota, 2);
  EXPECT_EQ(c->values[2].names.size(), 2u);
}

// ------------------------------------------------------------------------- all forms

TEST(Forms, EveryStatement) {
  auto p = Parse(
      "package main\n"
      "func f(xs ...int) (r int, err error) {\n"
      "\tconst k = 1\n\tvar v int\n\ttype L []int\n\ttype A = int\n"
      "\tv++\n\tv--\n\tv, r = r, v\n\tv <<= 2\n"
      "\tif v := 1; v > 0 {\n\t} else if v < 0 {\n\t} else {\n\t}\n"
      "\tfor {\n\t\tbreak\n\t}\n\tfor v < 10 {\n\t\tv++\n\t}\n"
      "\tfor i := 0; i < 3; i++ {\n\t\tcontinue\n\t}\n"
      "\tfor i, x := range xs {\n\t\t_, _ = i, x\n\t}\n\tfor range xs {\n\t}\n"
      "\tfor v = range xs {\n\t}\n"
      "outer:\n\tfor {\n\t\tbreak outer\n\t}\n"
      "\tswitch x := v; x {\n\tcase 1, 2:\n\t\tfallthrough\n\tdefault:\n\t}\n"
      "\tswitch {\n\t}\n"
      "\tvar e any\n\tswitch t := e.(type) {\n\tcase int, string:\n\t\t_ = t\n\tcase nil:\n\t}\n"
      "\tswitch e.(type) {\n\t}\n"
      "\tdefer func() { recover() }()\n"
      "\t{\n\t\tgoto end\n\t}\n"
      "end:\n"
      "\treturn\n"
      "}\n"
      "func main() { _, _ = f(1, 2); f([]int{}...) }\n");
  ASSERT_FALSE(p->diags->HasErrors()) << p->Errors();
  std::string d = p->Dump();
  for (const char* want : {"DeclStmt",
                           "IncDec ++",
                           "IncDec --",
                           "Assign <<=",
                           "If",
                           "Else",
                           "For",
                           "Range :=",
                           "Range @",
                           "Range =",
                           "Labeled outer",
                           "Branch break outer",
                           "Switch",
                           "Case",
                           "Default",
                           "Branch fallthrough",
                           "TypeSwitch t",
                           "TypeAssert (type)",
                           "Defer",
                           "Branch goto end",
                           "Return",
                           "Call ...",
                           "Ellipsis",
                           "TypeAlias A",
                           "Branch continue"}) {
    ExpectContains(d, want);
  }
}

TEST(Forms, EveryExpression) {
  auto p = Parse(
      "package main\n"
      "type P struct{ X, Y int; *P; fmt.Stringer }\n"
      "type I interface{ M(int) string; J }\n"
      "var a = [...]int{1, 2: 3}\nvar b = [2][]int{{1}, {}}\n"
      "var m = map[string]P{\"a\": {X: 1}}\nvar c = -1 + ^2*3/4%5<<1>>1&^7 | 8 ^ 9\n"
      "var d = 1 == 2 || 3 != 4 && 5 < 6 && 7 <= 8 && 9 > 0 && 1 >= 0 && !true\n"
      "var e = a[1:] ; var f = a[:2]; var g = a[1:2:2]; var h = a[:]\n"
      "var fn func(int, ...string) (int, error)\nvar pp = &P{}; var q = *pp\n"
      "var s = []byte(\"x\"); var r = (*P)(nil); var u = 0x1p-2 + 1e3 + .5 + 07 + 0b1 + 0o7 + "
      "1_000\n"
      "var im = 2i; var raw = `a\nb`\n"
      "func main() {}\n");
  ASSERT_FALSE(p->diags->HasErrors()) << p->Errors();
  std::string d = p->Dump();
  for (const char* want : {"StructType",
                           "InterfaceType",
                           "Method M",
                           "ArrayType",
                           "Ellipsis",
                           "SliceType",
                           "MapType",
                           "KeyValue",
                           "Binary &^",
                           "Binary ||",
                           "Binary &&",
                           "Unary !",
                           "Unary ^",
                           "Unary -",
                           "Slice3",
                           "FuncType",
                           "Unary &",
                           "Star",
                           "Paren",
                           "BasicLit Float 0x1p-2",
                           "BasicLit Int 07",
                           "BasicLit Imag 2i",
                           "BasicLit String `a\nb`",
                           "Field X,Y"}) {
    ExpectContains(d, want);
  }
}

TEST(Forms, RejectedConstructsStillParse) {
  // The checker names these; the parser must build them.
  auto p = Parse(
      "package main\n"
      "type L[T any] struct{ v T }\n"
      "func G[T any](x T) T { return x }\n"
      "type S struct{ a int `json:\"a\"` }\n"
      "func main() {\n"
      "\tch := make(chan int)\n\tgo func() { ch <- 1 }()\n\t<-ch\n"
      "\tselect {\n\tcase v := <-ch:\n\t\t_ = v\n\tdefault:\n\t}\n"
      "\t_ = G[int](1)\n"
      "}\n");
  ASSERT_FALSE(p->diags->HasErrors()) << p->Errors();
  std::string d = p->Dump();
  for (const char* want : {"Type L [type params]", "FuncType [type params]", "tag `json:\"a\"`",
                           "ChanType", "Go", "Send", "Unary <-", "Select"}) {
    ExpectContains(d, want);
  }
}

TEST(Forms, ParameterGrouping) {
  auto p = Parse(
      "package main\nfunc f(a, b int, c string) {}\nfunc g(int, string) {}\n"
      "func (r *T) m(x ...int) {}\n");
  ASSERT_FALSE(p->diags->HasErrors()) << p->Errors();
  const FuncTypeExpr* f = p->file->funcs[0]->sig;
  ASSERT_EQ(f->params.size(), 2u);
  EXPECT_EQ(f->params[0].names.size(), 2u);
  EXPECT_EQ(f->params[1].names[0]->name, "c");
  const FuncTypeExpr* g = p->file->funcs[1]->sig;
  ASSERT_EQ(g->params.size(), 2u);
  EXPECT_TRUE(g->params[0].names.empty());
  const FuncDecl* m = p->file->funcs[2];
  ASSERT_NE(m->recv, nullptr);
  EXPECT_EQ(m->recv->names[0]->name, "r");
  EXPECT_EQ(m->recv->type->kind, ExprKind::kStar);
  EXPECT_EQ(m->sig->params[0].type->kind, ExprKind::kEllipsis);
}

TEST(Forms, CompositeLiteralVersusBlockInHeaders) {
  auto p = Parse(
      "package main\ntype T struct{}\nfunc main() {\n"
      "\tx := 1\n\tif x == 1 { x++ }\n\tfor _, v := range []int{1} { x += v }\n"
      "\tswitch x { }\n\tif (T{}) == (T{}) {}\n"
      "}\n");
  ASSERT_FALSE(p->diags->HasErrors()) << p->Errors();
}

// ------------------------------------------------------------------------- errors

TEST(SyntaxErrors, GcWording) {
  struct Case {
    const char* src;
    const char* want;
  };
  const Case cases[] = {
      {"package main\n\nfunc main() {\n\tprintln(\"a\"\n}\n",
       "x.go:4:13: syntax error: unexpected newline in argument list; possibly missing comma or )"},
      {"package main\n\nfunc main() {\n\tx := []int{1, 2\n\t_ = x\n}\n",
       "x.go:4:17: syntax error: unexpected newline in composite literal; possibly missing comma "
       "or }"},
      {"package main\n\nx := 1\n",
       "x.go:3:1: syntax error: non-declaration statement outside "
       "function body"},
      {"package main\n\nfunc main() {\n\tprintln(1)\n",
       "x.go:5:1: syntax error: unexpected EOF, expecting }"},
      {"package main\n\nfunc main() {\n\tx := \n}\n",
       "x.go:5:1: syntax error: unexpected }, expecting expression"},
      {"package main\n\nfunc main() {\n\tif true {\n\t}\n\telse {\n\t}\n}\n",
       "x.go:6:2: syntax error: unexpected else, expecting }"},
      {"package main\n\nfunc main() {\n\tx = 1 2\n}\n",
       "x.go:4:8: syntax error: unexpected literal 2 at end of statement"},
      {"package main\nfunc main() {\n}}\n",
       "x.go:3:2: syntax error: unexpected } after top level declaration"},
      {"main\n", "x.go:1:1: syntax error: package statement must be first"},
      {"", "x.go:1:1: syntax error: package statement must be first"},
      {"package main\n\nfunc f(a int, string) {}\n",
       "x.go:3:15: syntax error: mixed named and unnamed parameters"},
      {"package main\nfunc main() {\n\tif x := 1 {\n\t}\n}\n",
       "x.go:3:7: syntax error: cannot use x := 1 as value"},
      {"package main\n\nfunc main() {\n\t1 := x\n}\n", "x.go:4:2: non-name 1 on left side of :="},
      {"package main\nfunc main() {\n\tx := [3]int{1,2,3}\n\tx[0 = 1\n}\n",
       "x.go:4:6: syntax error: unexpected =, expecting comma, : or ]"},
      {"package main\n\nfunc main() {\n\tswitch x {\n\tcase 1\n\t}\n}\n",
       "x.go:5:8: syntax error: unexpected newline, expecting :"},
      {"package main\n\nfunc main() {\n\tif {\n\t}\n}\n",
       "x.go:4:5: syntax error: missing condition in if statement"},
      {"package main\n\nfunc f()\n{\n}\n",
       "x.go:4:1: syntax error: unexpected semicolon or newline before {"},
      {"package main\n\nfunc main() {\n\tdefer 1\n}\n",
       "x.go:4:8: expression in defer must be function call"},
      {"package main\n\nfunc main() {\n\tfor i := 0; i < 3; i := 1 {\n\t}\n}\n",
       "x.go:4:23: syntax error: cannot declare in post statement of for loop"},
  };
  for (const Case& c : cases) EXPECT_EQ(FirstError(c.src), c.want) << c.src;
}

TEST(SyntaxErrors, LexicalErrors) {
  EXPECT_EQ(FirstError("package main\n\nfunc main() {\n\tx := \"abc\n}\n"),
            "x.go:4:11: newline in string");
  EXPECT_EQ(FirstError("package main\n\nfunc main() {\n\tx := `abc\n"),
            "x.go:4:7: string not terminated");
  EXPECT_EQ(FirstError("package main\n\nfunc main() {\n\t/* abc\n"),
            "x.go:4:2: comment not terminated");
  EXPECT_EQ(FirstError("package main\n\nfunc main() {\n\tx := 1 @ 2\n}\n"),
            "x.go:4:9: invalid character U+0040 '@'");
  EXPECT_EQ(FirstError("package main\n\nfunc main() {\n\tx := 08\n}\n"),
            "x.go:4:8: invalid digit '8' in octal literal");
  EXPECT_EQ(FirstError("package main\n\nfunc main() {\n\tx := 0x\n}\n"),
            "x.go:4:9: hexadecimal literal has no digits");
  EXPECT_EQ(FirstError("package main\nvar s = \"\xff\"\n"), "x.go:2:10: invalid UTF-8 encoding");
  EXPECT_EQ(FirstError("package main\nvar c = 'ab'\n"),
            "x.go:2:9: more than one character in rune literal");
}

TEST(SyntaxErrors, HexMinusIsNotAnExponent) {
  auto p = Parse("package main\nvar x = 0x1e-2\n");
  ASSERT_FALSE(p->diags->HasErrors()) << p->Errors();
  ExpectContains(p->Dump(), "Binary - @2:13");
}

TEST(SyntaxErrors, PrintFormat) {
  auto p = Parse("package main\nfunc main() {\n\tx := \n}\n", "./x.go");
  std::string out;
  {
    char* buf = nullptr;
    size_t len = 0;
    std::FILE* f = open_memstream(&buf, &len);
    p->diags->Print(f);
    std::fclose(f);
    out.assign(buf, len);
    free(buf);
  }
  EXPECT_EQ(out, "x.go:4:1: error: syntax error: unexpected }, expecting expression\n}\n^\n");
}

TEST(SyntaxErrors, AtMostTenThenTooMany) {
  SourceSet sources;
  int id = sources.Add("y.go", std::string(20, '\n'));
  Diagnostics diags(sources);
  for (int line = 20; line >= 1; --line) diags.Error(Pos{id, line, 1}, "e" + std::to_string(line));
  // A repeat of a message on its line is dropped (gc's base.ErrorfAt); a
  // different message on the same line would be kept (check/fail_two_errs_line.go).
  diags.Error(Pos{id, 1, 5}, "e1");
  char* buf = nullptr;
  size_t len = 0;
  std::FILE* f = open_memstream(&buf, &len);
  diags.Print(f);
  std::fclose(f);
  std::string out(buf, len);
  free(buf);
  EXPECT_NE(out.find("y.go:1:1: error: e1\n"), std::string::npos);
  EXPECT_EQ(out.find("y.go:1:5"), std::string::npos);
  EXPECT_NE(out.find("y.go:10:1: error: e10\n"), std::string::npos);
  EXPECT_EQ(out.find("e11\n"), std::string::npos);
  // gc stops at the tenth error and names its position.
  EXPECT_NE(out.find("y.go:10:1: error: e10\n\n^\ny.go:10:1: too many errors\n"),
            std::string::npos);
}

// ------------------------------------------------------------------------- robustness

const char* kSample =
    "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\n"
    "type Shape interface {\n\tArea() float64\n}\n\n"
    "type Rect struct {\n\tW, H float64\n\tName string\n}\n\n"
    "func (r *Rect) Area() float64 { return r.W * r.H }\n\n"
    "const (\n\tA = iota\n\tB\n)\n\n"
    "func main() {\n\tm := map[string][]int{\"a\": {1, 2}}\n"
    "\tvar b strings.Builder\n\tfor k, v := range m {\n\t\tb.WriteString(k)\n"
    "\t\tif len(v) > 1 && v[0] != 0 {\n\t\t\tcontinue\n\t\t}\n\t}\n"
    "\tvar s Shape = &Rect{W: 1, H: 2}\n\tswitch t := s.(type) {\n\tcase *Rect:\n"
    "\t\tfmt.Printf(\"%v %d\\n\", t.Area(), 'x')\n\t}\n"
    "\tf := func(xs ...int) (n int) {\n\t\tdefer func() { n++ }()\n\t\treturn len(xs[1:])\n\t}\n"
    "\t_ = f(1, 2, 3) + A + B\n\t/* done */\n}\n";

TEST(Robustness, SampleParses) {
  auto p = Parse(kSample);
  EXPECT_FALSE(p->diags->HasErrors()) << p->Errors();
}

TEST(Robustness, EveryPrefixParsesWithoutCrashing) {
  std::string src = kSample;
  for (size_t n = 0; n <= src.size(); ++n) {
    auto p = Parse(src.substr(0, n));
    ASSERT_NE(p->file, nullptr);
    // Every prefix that fails says so with a positioned message.
    for (const Diagnostic& d : p->diags->Items()) {
      EXPECT_TRUE(d.pos.IsValid()) << n;
      EXPECT_FALSE(d.message.empty());
    }
  }
}

TEST(Robustness, MutationsAndGarbageDoNotCrash) {
  std::string src = kSample;
  const char junk[] = {'{', '}',  '(',  ')', '[', ']',  ';',    ',', '.', ':', '"',
                       '`', '\'', '\n', '/', '*', '\0', '\xff', '#', '=', '&'};
  uint32_t seed = 12345;
  for (int iter = 0; iter < 400; ++iter) {
    std::string s = src;
    for (int k = 0; k < 3; ++k) {
      seed = seed * 1103515245 + 12345;
      size_t at = (seed >> 8) % s.size();
      seed = seed * 1103515245 + 12345;
      char c = junk[(seed >> 8) % sizeof junk];
      if (k % 2) {
        s[at] = c;
      } else {
        s.erase(at, 1);
      }
    }
    auto p = Parse(s);
    ASSERT_NE(p->file, nullptr);
  }
  // Deep nesting is refused, not a stack overflow.
  auto p = Parse("package main\nvar x = " + std::string(100000, '(') + "1\n");
  EXPECT_TRUE(p->diags->HasErrors());
  auto q = Parse("package main\nvar x = " + std::string(100000, '-') + "1\n");
  EXPECT_TRUE(q->diags->HasErrors());
}

// ------------------------------------------------------------------------- corpora

std::vector<std::string> GoFiles(const std::string& dir) {
  std::vector<std::string> out;
  DIR* d = opendir(dir.c_str());
  if (!d) return out;
  while (dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name.size() > 3 && name.compare(name.size() - 3, 3, ".go") == 0) {
      out.push_back(dir + "/" + name);
    }
  }
  closedir(d);
  return out;
}

TEST(Corpora, SharedProgramsAllParse) {
  std::string shared = GOSC_SHARED_DIR;
  std::vector<std::string> files;
  for (const char* sub :
       {"/conformance/t1_core", "/conformance/t2_composite", "/conformance/t3_interfaces",
        "/conformance/t4_panics", "/escape", "/bench/programs"}) {
    for (auto& f : GoFiles(shared + sub)) files.push_back(f);
  }
  if (files.empty()) GTEST_SKIP() << "no shared corpus at " << shared;
  for (const std::string& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    auto p = Parse(ss.str(), path);
    EXPECT_FALSE(p->diags->HasErrors()) << path << "\n" << p->Errors();
  }
}

}  // namespace
}  // namespace gosc::frontend
