// Ties the library's three consumers together: every member the checker
// accepts has a runtime entry codegen can call and an escape summary, and
// every runtime entry of a library member is accepted by the checker.
//
// Why it exists: the functions, methods and variables are generated from one
// list (runtime/library.def), but the types, constants and builtins around
// them are written by hand in frontend/check/stdlib.cpp, and a row can
// disagree with itself (a runtime parameter list that does not fit the Go
// signature). Before the list existed, os.(*File).Write was accepted by the
// checker with no runtime entry (an internal compiler error at codegen) and
// fmt.Fprint was in the runtime but unreachable; this test would have failed
// on both.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

#include "codegen/internal.h"
#include "frontend/check/checker.h"
#include "frontend/frontend.h"
#include "passes/escape/internal.h"

namespace gosc::frontend::check {
bool IsRealLibraryMember(const std::string& pkg, const std::string& name);
}

namespace gosc {
namespace {

const char* const kPackages[] = {"fmt",  "strconv", "strings", "os",
                                 "math", "errors",  "sort",    "unsafe"};

// What the checker declares, by link name.
struct Accepted {
  std::map<std::string, const types::Func*> funcs;  // functions and methods
  std::set<std::string> vars;
};

class LibraryMembersTest : public ::testing::Test {
 protected:
  LibraryMembersTest() : diags_(sources_) {
    pkg_.sources = &sources_;
    checker_ = std::make_unique<frontend::check::Checker>(pkg_, diags_);
    checker_->InitUniverse();
    for (const char* path : kPackages) {
      frontend::check::Scope* scope = checker_->LibraryPackage(path);
      EXPECT_NE(scope, nullptr) << path;
      if (!scope) continue;
      for (const auto& [name, obj] : scope->names()) {
        EXPECT_TRUE(frontend::check::IsRealLibraryMember(path, name))
            << path << "." << name << " is not a member of Go 1.19's package";
        if (auto* f = obj->As<types::Func>()) {
          accepted_.funcs[f->FullName()] = f;
        } else if (auto* v = obj->As<types::Var>()) {
          accepted_.vars.insert(std::string(path) + "." + name);
        } else if (auto* tn = obj->As<types::TypeName>()) {
          const auto* named = tn->type() ? tn->type()->As<types::Named>() : nullptr;
          if (!named) continue;
          for (const types::Func* m : named->methods()) accepted_.funcs[m->FullName()] = m;
        }
      }
    }
  }

  static bool IsLibraryName(const std::string& go_name) {
    return go_name.rfind("runtime.", 0) != 0 && go_name.rfind("type.", 0) != 0;
  }

  types::SourceSet sources_;
  types::Diagnostics diags_;
  frontend::Package pkg_;
  std::unique_ptr<frontend::check::Checker> checker_;
  Accepted accepted_;
};

TEST_F(LibraryMembersTest, EveryAcceptedFunctionHasARuntimeEntryAndASummary) {
  ASSERT_GT(accepted_.funcs.size(), 50u);
  std::map<std::string, const codegen::RtEntry*> entries;
  for (const codegen::RtEntry& e : codegen::RuntimeEntries()) entries[e.go_name] = &e;
  for (const auto& [name, f] : accepted_.funcs) {
    auto it = entries.find(name);
    EXPECT_NE(it, entries.end()) << name << " is accepted but has no runtime entry";
    size_t nargs = f->sig()->params()->size() + (f->recv_named ? 1 : 0);
    std::vector<passes::escape::LibraryLeak> levels;
    EXPECT_TRUE(passes::escape::LibrarySummary(name, nargs, &levels))
        << name << " is accepted but has no escape summary";
    if (it == entries.end()) continue;
    // Codegen's rule (EmitLibCall): one runtime parameter per Go argument,
    // optionally after an out-pointer for the results.
    const std::vector<std::string>& rt = it->second->params;
    bool fits = rt.size() == nargs || (rt.size() == nargs + 1 && rt[0] == "ptr");
    EXPECT_TRUE(fits) << name << ": " << rt.size() << " runtime parameters for " << nargs
                      << " Go arguments";
  }
}

TEST_F(LibraryMembersTest, EveryAcceptedVariableIsARuntimeVariable) {
  ASSERT_FALSE(accepted_.vars.empty());
  std::set<std::string> vars;
  for (const codegen::RtEntry& e : codegen::RuntimeVars()) vars.insert(e.go_name);
  for (const std::string& v : accepted_.vars) {
    EXPECT_EQ(vars.count(v), 1u) << v << " is accepted but the runtime does not define it";
  }
}

TEST_F(LibraryMembersTest, EveryRuntimeLibraryEntryIsAccepted) {
  for (const codegen::RtEntry& e : codegen::RuntimeEntries()) {
    if (!IsLibraryName(e.go_name)) continue;
    EXPECT_EQ(accepted_.funcs.count(e.go_name), 1u)
        << e.go_name << " (" << e.symbol << ") is in the runtime but the checker rejects it";
  }
  for (const codegen::RtEntry& e : codegen::RuntimeVars()) {
    if (!IsLibraryName(e.go_name)) continue;
    EXPECT_EQ(accepted_.vars.count(e.go_name), 1u)
        << e.go_name << " is a runtime variable but the checker rejects it";
  }
}

TEST_F(LibraryMembersTest, SummariesExistOnlyForMembers) {
  // A summary for a name nothing declares would silently be dead.
  std::vector<passes::escape::LibraryLeak> levels;
  EXPECT_FALSE(passes::escape::LibrarySummary("strings.NoSuchMember", 1, &levels));
  EXPECT_FALSE(
      passes::escape::LibrarySummary("math.Tan", 1, &levels));  // math is not a prefix rule
  ASSERT_TRUE(passes::escape::LibrarySummary("fmt.Printf", 3, &levels));
  ASSERT_EQ(levels.size(), 3u);
  EXPECT_EQ(levels[0].derefs, passes::escape::Leaks::kNone);
  EXPECT_EQ(levels[1].derefs, 1);
  EXPECT_EQ(levels[2].derefs, 1);
  EXPECT_FALSE(levels[2].to_result);
  // strings.Trim(s, cutset): s reaches only the result, cutset nothing.
  ASSERT_TRUE(passes::escape::LibrarySummary("strings.Trim", 2, &levels));
  EXPECT_EQ(levels[0].derefs, 0);
  EXPECT_TRUE(levels[0].to_result);
  EXPECT_EQ(levels[1].derefs, passes::escape::Leaks::kNone);
}

TEST_F(LibraryMembersTest, SignaturesKeepGoNames) {
  // The checker prints these in messages, as gc does (`any` reads back as
  // interface{}, the checker's spelling of the empty interface).
  EXPECT_EQ(
      types::TypeString(accepted_.funcs.at("strings.Split")->sig(), types::TypeStyle::kMessage),
      "func(s string, sep string) []string");
  EXPECT_EQ(types::TypeString(accepted_.funcs.at("sort.Slice")->sig(), types::TypeStyle::kMessage),
            "func(x interface{}, less func(i int, j int) bool)");
  EXPECT_EQ(types::TypeString(accepted_.funcs.at("fmt.Fprintf")->sig(), types::TypeStyle::kMessage),
            "func(w io.Writer, format string, a ...interface{}) (n int, err error)");
}

}  // namespace
}  // namespace gosc
