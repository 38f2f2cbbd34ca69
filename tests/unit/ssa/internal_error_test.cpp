// Internal errors of the SSA builder and the pass manager: each layer throws
// gosc::InternalError with the position and message the driver prints
// before exiting 3 (types/internal_error.h).
//
// Why it exists: an internal error is a bug, so no valid Go program reaches
// these paths on purpose; the tests break the input by hand (a checked
// function stripped of its body, a pass that corrupts the IR) and check
// what is thrown and how the driver's line reads.
#include "types/internal_error.h"

#include <gtest/gtest.h>

#include <string>

#include "build_test_util.h"
#include "passes/pass_manager.h"
#include "ssa/build.h"
#include "ssa/ir.h"

namespace gosc::ssa {
namespace {

TEST(InternalError, BuilderThrowsWithThePosition) {
  testing::Built b = testing::BuildSource("package main\n\nfunc main() {\n\tprintln(1)\n}\n");
  ASSERT_TRUE(b.module) << b.error;
  // The checker accepted main; without its body the builder meets a
  // function declaration it cannot build.
  ASSERT_NE(b.pkg->main, nullptr);
  b.pkg->main->body = nullptr;
  try {
    BuildSsa(*b.pkg);
    FAIL() << "BuildSsa accepted a function without body";
  } catch (const InternalError& e) {
    EXPECT_EQ(e.message, "function without body");
    EXPECT_EQ(e.pos.line, 3);
    EXPECT_TRUE(e.pos.IsValid());
    EXPECT_EQ(FormatInternalError(e, b.sources.get()),
              b.sources->Format(e.pos) + ": internal compiler error: function without body");
  }
}

// A one-function module: func main.f() { return }.
struct TinyModule {
  TinyModule() {
    m.types = &types;
    f = m.NewFunc("main.f");
    f->sig = types.SignatureOf(nullptr, types.TupleOf({}), types.TupleOf({}), false);
    Block* b = f->NewBlock("entry");
    f->NewValue(b, Op::kReturn, nullptr, Pos{});
  }
  types::TypeTable types;
  Module m;
  Func* f = nullptr;
};

TEST(InternalError, PassLeavingInvalidIrIsNamed) {
  TinyModule t;
  passes::PassOptions options;
  options.verify_each = true;
  passes::PassManager pm(options);
  pm.Add("cleanup", [](Module& m) { passes::RunCleanup(m); });
  // Drops the entry block's terminator: the verifier must reject the result.
  pm.Add("breaker", [](Module& m) {
    Block* b = m.funcs[0]->blocks[0].get();
    b->values.clear();
  });
  try {
    pm.Run(t.m);
    FAIL() << "the pass manager accepted a block without terminator";
  } catch (const InternalError& e) {
    EXPECT_FALSE(e.pos.IsValid());
    EXPECT_EQ(e.message.rfind("SSA invalid after pass breaker:\n", 0), 0u) << e.message;
    EXPECT_GT(e.message.size(), std::string("SSA invalid after pass breaker:\n").size());
    EXPECT_EQ(FormatInternalError(e, nullptr)
                  .rfind("gosc: internal compiler error: SSA invalid after pass breaker:", 0),
              0u);
  }
}

TEST(InternalError, PassesOwnErrorPropagates) {
  TinyModule t;
  passes::PassManager pm;
  pm.Add("failing", [](Module&) { throw InternalError{Pos{0, 7, 3}, "cannot fold this"}; });
  try {
    pm.Run(t.m);
    FAIL() << "the pass's internal error was swallowed";
  } catch (const InternalError& e) {
    EXPECT_EQ(e.pos, (Pos{0, 7, 3}));
    EXPECT_EQ(e.message, "cannot fold this");
  }
}

}  // namespace
}  // namespace gosc::ssa
