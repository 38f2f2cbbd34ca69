// The escape pass on small hand-built SSA functions: decisions (stack/heap),
// reasons, and the -m wording, for each kind of flow the pass models.
#include <gtest/gtest.h>

#include <algorithm>

#include "passes/escape/escape.h"
#include "ssa/ir.h"
#include "types/types.h"

namespace gosc::passes::escape {
namespace {

using ssa::AllocSite;
using ssa::Op;
using ssa::Value;
using types::Pos;

class EscapePassTest : public ::testing::Test {
 protected:
  EscapePassTest() {
    module_.types = &types_;
    auto* field = types_.NewObject<types::Var>(Pos{}, "x", types_.Int(), types::VarKind::kField);
    struct_ = types_.NewStruct({field});
    ptr_ = types_.PointerTo(struct_);
  }

  // A function `name(params...) (results...)` with one entry block.
  ssa::Func* NewFunc(const std::string& name, std::vector<const types::Type*> params,
                     std::vector<const types::Type*> results) {
    std::vector<types::Var*> pvars, rvars;
    for (auto* t : params) {
      pvars.push_back(types_.NewObject<types::Var>(Pos{}, "p", t, types::VarKind::kParam));
    }
    for (auto* t : results) {
      rvars.push_back(types_.NewObject<types::Var>(Pos{}, "", t, types::VarKind::kResult));
    }
    ssa::Func* f = module_.NewFunc(name);
    f->sig = types_.SignatureOf(nullptr, types_.TupleOf(pvars), types_.TupleOf(rvars), false);
    entry_ = f->NewBlock("entry");
    for (size_t i = 0; i < params.size(); ++i) {
      Value* p = f->NewValue(entry_, Op::kParam, params[i], Pos{0, 1, static_cast<int>(i) + 1});
      p->index = static_cast<int64_t>(i);
      p->name = "p" + std::to_string(i);
      f->params.push_back(p);
    }
    return f;
  }

  Value* Alloc(ssa::Func* f, AllocSite site, const types::Type* elem, const std::string& desc,
               int line) {
    Value* v = f->NewValue(entry_, Op::kAlloc, types_.PointerTo(elem), Pos{0, line, 2});
    v->alloc_site = site;
    v->aux_type = elem;
    v->alloc_desc = desc;
    return v;
  }

  void ReturnValue(ssa::Func* f, Value* v) {
    f->NewValue(entry_, Op::kReturn, nullptr, Pos{}, {v});
  }

  // var last *int; for ... { x := i; last = &x }; return *last
  // SSA: header: last = phi(nil, &x); body (depth 1): x = alloc; jump header.
  // Returns x's Alloc.
  Value* BuildCarriedAcrossIterations() {
    ssa::Func* f = NewFunc("main.f", {}, {types_.Int()});
    ssa::Block* header = f->NewBlock("for.head");
    ssa::Block* body = f->NewBlock("for.body");
    ssa::Block* exit = f->NewBlock("for.done");
    header->loop_depth = 1;
    body->loop_depth = 1;
    const types::Type* int_ptr = types_.PointerTo(types_.Int());
    Value* nil = f->NewValue(entry_, Op::kConst, int_ptr, Pos{});
    f->NewValue(entry_, Op::kJump, nullptr, Pos{});
    Value* phi = f->NewValue(header, Op::kPhi, int_ptr, Pos{});
    Value* cond = f->NewValue(header, Op::kConst, types_.Bool(), Pos{});
    f->NewValue(header, Op::kIf, nullptr, Pos{}, {cond});
    Value* x = f->NewValue(body, Op::kAlloc, int_ptr, Pos{0, 5, 3});
    x->alloc_site = AllocSite::kLocalVar;
    x->aux_type = types_.Int();
    x->alloc_desc = "x";
    f->NewValue(body, Op::kJump, nullptr, Pos{});
    Value* v = f->NewValue(exit, Op::kLoad, types_.Int(), Pos{}, {phi});
    f->NewValue(exit, Op::kReturn, nullptr, Pos{}, {v});
    auto link = [](ssa::Block* from, ssa::Block* to) {
      from->succs.push_back(to);
      to->preds.push_back(from);
    };
    link(entry_, header);
    link(header, body);
    link(header, exit);
    link(body, header);
    phi->AddOperand(nil);
    phi->AddOperand(x);
    return x;
  }

  bool HasMessage(const EscapeReport& r, const std::string& text) {
    return std::any_of(r.messages.begin(), r.messages.end(),
                       [&](const EscapeMessage& m) { return m.text == text; });
  }

  types::TypeTable types_;
  ssa::Module module_;
  const types::Type* struct_;
  const types::Type* ptr_;
  ssa::Block* entry_ = nullptr;
};

TEST_F(EscapePassTest, ReturnedObjectEscapes) {
  ssa::Func* f = NewFunc("main.f", {}, {ptr_});
  Value* a = Alloc(f, AllocSite::kCompositeLit, struct_, "&T{...}", 3);
  f->NewValue(entry_, Op::kReturn, nullptr, Pos{0, 4, 2}, {a});
  EscapeReport r = RunEscapeAnalysis(module_, {});
  EXPECT_EQ(a->decision.kind, ssa::AllocKind::kHeap);
  EXPECT_TRUE(HasMessage(r, "&T{...} escapes to heap"));
}

TEST_F(EscapePassTest, LocalObjectGoesOnTheStack) {
  ssa::Func* f = NewFunc("main.f", {}, {types_.Int()});
  Value* a = Alloc(f, AllocSite::kNew, struct_, "new(T)", 3);
  Value* x = f->NewValue(entry_, Op::kFieldAddr, types_.PointerTo(types_.Int()), Pos{}, {a});
  Value* v = f->NewValue(entry_, Op::kLoad, types_.Int(), Pos{}, {x});
  f->NewValue(entry_, Op::kReturn, nullptr, Pos{}, {v});
  EscapeReport r = RunEscapeAnalysis(module_, {});
  EXPECT_EQ(a->decision.kind, ssa::AllocKind::kStack);
  EXPECT_TRUE(HasMessage(r, "new(T) does not escape"));
  EXPECT_EQ(r.stack_sites, 1);
}

TEST_F(EscapePassTest, StoreToGlobalEscapes) {
  ssa::Func* f = NewFunc("main.f", {}, {});
  ssa::Global* g = module_.NewGlobal("main.sink", ptr_);
  Value* a = Alloc(f, AllocSite::kCompositeLit, struct_, "&T{...}", 3);
  Value* gv = f->NewValue(entry_, Op::kGlobal, types_.PointerTo(ptr_), Pos{});
  gv->global = g;
  f->NewValue(entry_, Op::kStore, nullptr, Pos{}, {gv, a});
  f->NewValue(entry_, Op::kReturn, nullptr, Pos{});
  RunEscapeAnalysis(module_, {});
  EXPECT_EQ(a->decision.kind, ssa::AllocKind::kHeap);
}

TEST_F(EscapePassTest, ParamSummariesAreWordedAsGc) {
  ssa::Func* id = NewFunc("main.id", {ptr_}, {ptr_});
  ReturnValue(id, id->params[0]);
  ssa::Func* keep = NewFunc("main.keep", {ptr_}, {});
  ssa::Global* g = module_.NewGlobal("main.sink", ptr_);
  Value* gv = keep->NewValue(entry_, Op::kGlobal, types_.PointerTo(ptr_), Pos{});
  gv->global = g;
  keep->NewValue(entry_, Op::kStore, nullptr, Pos{}, {gv, keep->params[0]});
  keep->NewValue(entry_, Op::kReturn, nullptr, Pos{});
  ssa::Func* look = NewFunc("main.look", {ptr_}, {types_.Int()});
  Value* x = look->NewValue(entry_, Op::kFieldAddr, types_.PointerTo(types_.Int()), Pos{},
                            {look->params[0]});
  ReturnValue(look, look->NewValue(entry_, Op::kLoad, types_.Int(), Pos{}, {x}));
  EscapeReport r = RunEscapeAnalysis(module_, {});
  EXPECT_TRUE(HasMessage(r, "leaking param: p0 to result ~r0 level=0"));
  EXPECT_TRUE(HasMessage(r, "leaking param: p0"));
  EXPECT_TRUE(HasMessage(r, "p0 does not escape"));
}

TEST_F(EscapePassTest, CallSummaryKeepsArgumentOnStack) {
  ssa::Func* look = NewFunc("main.look", {ptr_}, {});
  look->NewValue(entry_, Op::kReturn, nullptr, Pos{});
  ssa::Func* caller = NewFunc("main.caller", {}, {});
  Value* a = Alloc(caller, AllocSite::kCompositeLit, struct_, "&T{...}", 3);
  Value* call = caller->NewValue(entry_, Op::kCall, nullptr, Pos{}, {a});
  call->callee = look;
  caller->NewValue(entry_, Op::kReturn, nullptr, Pos{});
  RunEscapeAnalysis(module_, {});
  EXPECT_EQ(a->decision.kind, ssa::AllocKind::kStack);
}

TEST_F(EscapePassTest, ValueStoredInLocalMapStaysOnStack) {
  // Beyond gc: m := make(map[int]*T); m[0] = &T{} with m local.
  const types::Type* map_t = types_.MapOf(types_.Int(), ptr_);
  ssa::Func* f = NewFunc("main.f", {}, {});
  Value* m = f->NewValue(entry_, Op::kAlloc, map_t, Pos{0, 2, 7});
  m->alloc_site = AllocSite::kMakeMap;
  m->alloc_desc = "make(map[int]*T)";
  Value* a = Alloc(f, AllocSite::kCompositeLit, struct_, "&T{...}", 3);
  Value* k = f->NewValue(entry_, Op::kConst, types_.Int(), Pos{});
  f->NewValue(entry_, Op::kMapUpdate, nullptr, Pos{}, {m, k, a});
  f->NewValue(entry_, Op::kReturn, nullptr, Pos{});
  EscapeReport r = RunEscapeAnalysis(module_, {});
  EXPECT_EQ(m->decision.kind, ssa::AllocKind::kStack);
  EXPECT_EQ(a->decision.kind, ssa::AllocKind::kStack);
  EXPECT_TRUE(HasMessage(r, "make(map[int]*T) does not escape"));
}

TEST_F(EscapePassTest, AddressCarriedAcrossIterationsGoesToTheRegion) {
  // x outlives its iteration (last keeps it) but not f: a per-call region.
  Value* x = BuildCarriedAcrossIterations();
  EscapeReport r = RunEscapeAnalysis(module_, {});
  EXPECT_EQ(x->decision.kind, ssa::AllocKind::kRegion);
  EXPECT_EQ(x->decision.reason, ssa::AllocReason::kOutlivesIteration);
  EXPECT_TRUE(HasMessage(r, "moved to region of f: x"));
  EXPECT_EQ(r.region_sites, 1);
}

TEST_F(EscapePassTest, AddressCarriedAcrossIterationsEscapesWithoutRegions) {
  Value* x = BuildCarriedAcrossIterations();
  EscapeOptions no_region;
  no_region.regions = false;
  EscapeReport r = RunEscapeAnalysis(module_, no_region);
  EXPECT_EQ(x->decision.kind, ssa::AllocKind::kHeap);
  EXPECT_TRUE(HasMessage(r, "moved to heap: x"));
}

TEST_F(EscapePassTest, TooLargeObjectsGoToTheHeap) {
  const types::Type* big = types_.ArrayOf(types_.Int(), 100000);
  ssa::Func* f = NewFunc("main.f", {}, {});
  Value* a = Alloc(f, AllocSite::kNew, big, "new([100000]int)", 3);
  f->NewValue(entry_, Op::kReturn, nullptr, Pos{});
  RunEscapeAnalysis(module_, {});
  EXPECT_EQ(a->decision.kind, ssa::AllocKind::kHeap);
  EXPECT_EQ(a->decision.reason, ssa::AllocReason::kTooLargeForStack);
}

TEST_F(EscapePassTest, NoEscapeKeepsEverythingOnTheHeap) {
  ssa::Func* f = NewFunc("main.f", {}, {});
  Value* a = Alloc(f, AllocSite::kNew, struct_, "new(T)", 3);
  f->NewValue(entry_, Op::kReturn, nullptr, Pos{});
  EscapeOptions off;
  off.enabled = false;
  EscapeReport r = RunEscapeAnalysis(module_, off);
  EXPECT_EQ(a->decision.kind, ssa::AllocKind::kHeap);
  EXPECT_TRUE(r.messages.empty());
}

}  // namespace
}  // namespace gosc::passes::escape
