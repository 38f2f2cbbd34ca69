// The escape pass's decision record (ssa::AllocDecision): after the pass,
// run through the pass manager as the driver runs it, every Alloc carries a
// filled record whose kind, reason, -m message and -m=2 explanation agree
// with each other and with the report the driver prints.
#include <gtest/gtest.h>

#include <algorithm>

#include "passes/escape/escape.h"
#include "passes/pass_manager.h"
#include "ssa/ir.h"
#include "types/types.h"

namespace gosc::passes::escape {
namespace {

using ssa::AllocKind;
using ssa::AllocReason;
using ssa::AllocSite;
using ssa::Op;
using ssa::Value;
using types::Pos;

class EscapeDecisionTest : public ::testing::Test {
 protected:
  EscapeDecisionTest() {
    module_.types = &types_;
    f_ = module_.NewFunc("main.f");
    f_->sig = types_.SignatureOf(nullptr, types_.TupleOf({}), types_.TupleOf({}), false);
    entry_ = f_->NewBlock("entry");
    sink_ = module_.NewGlobal("main.sink", types_.PointerTo(types_.Int()));
    // escaping: new(int) stored into a global
    escaping_ = Alloc(AllocSite::kNew, types_.Int(), "new(int)", 3);
    Value* g = f_->NewValue(entry_, Op::kGlobal, types_.PointerTo(sink_->type), Pos{0, 3, 1});
    g->global = sink_;
    f_->NewValue(entry_, Op::kStore, nullptr, Pos{0, 3, 1}, {g, escaping_});
    // local: new(int) only loaded
    local_ = Alloc(AllocSite::kNew, types_.Int(), "new(int)", 4);
    f_->NewValue(entry_, Op::kLoad, types_.Int(), Pos{0, 4, 1}, {local_});
    // a variable that stays on the stack (-m says nothing about it)
    variable_ = Alloc(AllocSite::kLocalVar, types_.Int(), "x", 5);
    f_->NewValue(entry_, Op::kLoad, types_.Int(), Pos{0, 5, 1}, {variable_});
    // too large: a non-escaping 1 MiB array, over the implicit limit
    large_ = Alloc(AllocSite::kNew, types_.ArrayOf(types_.Int(), 1 << 17), "new([131072]int)", 6);
    f_->NewValue(entry_, Op::kReturn, nullptr, Pos{});
  }

  Value* Alloc(AllocSite site, const types::Type* elem, const std::string& desc, int line) {
    Value* v = f_->NewValue(entry_, Op::kAlloc, types_.PointerTo(elem), Pos{0, line, 2});
    v->alloc_site = site;
    v->aux_type = elem;
    v->alloc_desc = desc;
    return v;
  }

  // Runs the default pipeline's escape pass through the pass manager.
  const EscapeReport& Run(EscapeOptions options) {
    PassOptions popts;
    popts.verify_each = true;
    popts.escape = options;
    pm_ = std::make_unique<PassManager>(popts);
    EXPECT_TRUE(pm_->AddByName("escape"));
    pm_->Run(module_);
    return pm_->escape_report();
  }

  std::vector<Value*> Allocs() const {
    std::vector<Value*> out;
    for (Value* v : entry_->values) {
      if (v->op == Op::kAlloc) out.push_back(v);
    }
    return out;
  }

  types::TypeTable types_;
  ssa::Module module_;
  ssa::Func* f_;
  ssa::Block* entry_;
  ssa::Global* sink_;
  Value *escaping_, *local_, *variable_, *large_;
  std::unique_ptr<PassManager> pm_;
};

TEST_F(EscapeDecisionTest, BeforeThePassEverySiteIsUndecidedHeap) {
  for (const Value* v : Allocs()) {
    EXPECT_EQ(v->decision.kind, AllocKind::kHeap);
    EXPECT_EQ(v->decision.reason, AllocReason::kUndecided);
    EXPECT_TRUE(v->decision.message.empty());
  }
}

TEST_F(EscapeDecisionTest, EveryRecordIsFilledAndConsistent) {
  const EscapeReport& report = Run({});
  int stack = 0, heap = 0;
  for (const Value* v : Allocs()) {
    const ssa::AllocDecision& d = v->decision;
    ASSERT_NE(d.reason, AllocReason::kUndecided) << v->alloc_desc;
    // Only "does not escape" is a stack reason.
    EXPECT_EQ(d.kind == AllocKind::kStack, d.reason == AllocReason::kDoesNotEscape)
        << v->alloc_desc;
    ++(d.kind == AllocKind::kStack ? stack : heap);
    // The record's message is the line -m prints for the site, at its position.
    if (!d.message.empty()) {
      EXPECT_TRUE(std::any_of(
          report.messages.begin(), report.messages.end(),
          [&](const EscapeMessage& m) { return m.pos == v->pos && m.text == d.message; }))
          << d.message;
    }
    EXPECT_TRUE(d.explanation.empty()) << "-m=1 explains nothing";
  }
  EXPECT_EQ(report.stack_sites, stack);
  EXPECT_EQ(report.heap_sites, heap);

  EXPECT_EQ(escaping_->decision.reason, AllocReason::kEscapes);
  EXPECT_EQ(escaping_->decision.message, "new(int) escapes to heap");
  EXPECT_EQ(local_->decision.kind, AllocKind::kStack);
  EXPECT_EQ(local_->decision.message, "new(int) does not escape");
  EXPECT_EQ(variable_->decision.kind, AllocKind::kStack);
  EXPECT_EQ(variable_->decision.message, "");  // gc is silent about such variables
  EXPECT_EQ(large_->decision.kind, AllocKind::kHeap);
  EXPECT_EQ(large_->decision.reason, AllocReason::kTooLargeForStack);
  EXPECT_EQ(large_->decision.message, "new([131072]int) escapes to heap");
}

TEST_F(EscapeDecisionTest, ExplanationIsTheSitesPartOfTheReport) {
  const EscapeReport& report = Run({.enabled = true, .message_level = 2});
  for (const Value* v : {escaping_, large_}) {
    const std::vector<std::string>& lines = v->decision.explanation;
    ASSERT_FALSE(lines.empty()) << v->alloc_desc;
    EXPECT_EQ(lines[0], v->alloc_desc + " escapes to heap:");
    // The same lines, in order and at the site's position, are in the report.
    auto it = std::find_if(report.messages.begin(), report.messages.end(),
                           [&](const EscapeMessage& m) { return m.text == lines[0]; });
    ASSERT_NE(it, report.messages.end());
    for (const std::string& line : lines) {
      ASSERT_NE(it, report.messages.end());
      EXPECT_EQ(it->text, line);
      EXPECT_EQ(it->pos, v->pos);
      ++it;
    }
  }
  EXPECT_EQ(large_->decision.explanation.back(),
            "    from new([131072]int) (too large for stack) at 6:2");
  EXPECT_TRUE(local_->decision.explanation.empty());
  EXPECT_TRUE(variable_->decision.explanation.empty());
}

TEST_F(EscapeDecisionTest, DisabledAnalysisLeavesEverySiteOnTheHeapSilently) {
  const EscapeReport& report = Run({.enabled = false, .message_level = 1});
  EXPECT_TRUE(report.messages.empty());
  for (const Value* v : Allocs()) {
    EXPECT_EQ(v->decision.kind, AllocKind::kHeap);
    EXPECT_EQ(v->decision.reason, AllocReason::kEscapeAnalysisDisabled);
    EXPECT_TRUE(v->decision.message.empty());
  }
  EXPECT_EQ(report.heap_sites, 4);
}

TEST_F(EscapeDecisionTest, PrintAfterEscapeShowsTheDecisions) {
  PassOptions popts;
  popts.print_after = {"escape"};
  std::vector<std::string> printed;
  popts.print = [&](const std::string& pass, const ssa::Module&) { printed.push_back(pass); };
  PassManager pm(popts);
  for (const std::string& name : DefaultPassNames()) ASSERT_TRUE(pm.AddByName(name));
  pm.Run(module_);
  EXPECT_EQ(printed, std::vector<std::string>{"escape"});
  EXPECT_EQ(local_->decision.kind, AllocKind::kStack);
}

}  // namespace
}  // namespace gosc::passes::escape
