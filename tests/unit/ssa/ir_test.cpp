// Unit tests of the hand-built IR: use lists, replacement, dead blocks,
// renumbering, the verifier catching broken IR, the printer's golden text,
// and the cleanup / field_inline passes.
//
// Why by hand: these pin down the IR API's contract independently of the
// builder, so a builder bug and an IR bug never hide behind each other.
#include "ssa/ir.h"

#include <gtest/gtest.h>

#include "passes/pass_manager.h"
#include "ssa/print.h"
#include "ssa/verify.h"
#include "types/types.h"

namespace gosc::ssa {
namespace {

using types::Pos;
using types::TypeTable;
using types::Var;
using types::VarKind;

class IrTest : public ::testing::Test {
 protected:
  IrTest() {
    m.types = &types;
    int_t = types.Int();
    bool_t = types.Bool();
    Var* a = types.NewObject<Var>(Pos{}, "a", int_t, VarKind::kParam);
    Var* r = types.NewObject<Var>(Pos{}, "", int_t, VarKind::kResult);
    sig = types.SignatureOf(nullptr, types.TupleOf({a}), types.TupleOf({r}), false);
  }
  Value* Const(Func* f, Block* b, int64_t v) {
    Value* c = f->NewValue(b, Op::kConst, int_t, Pos{});
    c->cval = ConstVal::Int(v);
    return c;
  }
  // func f(a int) int { return a + 1 }
  Func* Simple() {
    Func* f = m.NewFunc("main.f");
    f->sig = sig;
    Block* b = f->NewBlock("entry");
    Value* a = f->NewValue(b, Op::kParam, int_t, Pos{0, 1, 8});
    a->name = "a";
    f->params.push_back(a);
    Value* one = Const(f, b, 1);
    Value* sum = f->NewValue(b, Op::kAdd, int_t, Pos{0, 2, 11}, {a, one});
    f->NewValue(b, Op::kReturn, nullptr, Pos{0, 2, 2}, {sum});
    return f;
  }
  // Adds edge from -> to.
  static void Edge(Block* from, Block* to) {
    from->succs.push_back(to);
    to->preds.push_back(from);
  }

  TypeTable types;
  Module m;
  const types::Type* int_t;
  const types::Type* bool_t;
  const types::Signature* sig;
};

TEST_F(IrTest, OpTablesComeFromOpsDef) {
  EXPECT_STREQ(OpName(Op::kAlloc), "alloc");
  EXPECT_EQ(OpArity(Op::kStore), 2);
  EXPECT_EQ(OpArity(Op::kCall), -1);
  EXPECT_TRUE(IsTerminator(Op::kReturn));
  EXPECT_FALSE(IsTerminator(Op::kAdd));
  EXPECT_TRUE(OpFlagsOf(Op::kStore) & kSideEffect);
}

TEST_F(IrTest, UseListsFollowOperands) {
  Func* f = Simple();
  Value* a = f->params[0];
  Value* sum = f->blocks[0]->values[2];
  ASSERT_EQ(a->uses().size(), 1u);
  EXPECT_EQ(a->uses()[0], sum);
  // Using a value twice records two uses.
  Value* twice = f->NewValue(nullptr, Op::kMul, int_t, Pos{}, {a, a});
  EXPECT_EQ(a->uses().size(), 3u);
  twice->SetOperand(1, sum);
  EXPECT_EQ(a->uses().size(), 2u);
  EXPECT_EQ(sum->uses().size(), 2u);
}

TEST_F(IrTest, ReplaceAllUsesWith) {
  Func* f = Simple();
  Block* b = f->blocks[0].get();
  Value* a = f->params[0];
  Value* sum = b->values[2];
  Value* two = Const(f, nullptr, 2);
  f->InsertBefore(b, 1, two);
  a->ReplaceAllUsesWith(two);
  EXPECT_TRUE(a->uses().empty());
  EXPECT_EQ(sum->operand(0), two);
  EXPECT_EQ(two->uses().size(), 1u);
  std::string err;
  EXPECT_TRUE(Verify(m, &err)) << err;
}

TEST_F(IrTest, RemoveValueAndDeadBlocks) {
  Func* f = m.NewFunc("main.g");
  f->sig = sig;
  Block* entry = f->NewBlock("entry");
  Block* dead = f->NewBlock("dead");
  Block* join = f->NewBlock("join");
  Value* a = f->NewValue(entry, Op::kParam, int_t, Pos{});
  f->params.push_back(a);
  f->NewValue(entry, Op::kJump, nullptr, Pos{});
  Edge(entry, join);
  Value* c = Const(f, dead, 7);
  f->NewValue(dead, Op::kJump, nullptr, Pos{});
  Edge(dead, join);
  Value* phi = f->NewValue(join, Op::kPhi, int_t, Pos{}, {a, c});
  f->NewValue(join, Op::kReturn, nullptr, Pos{}, {phi});
  f->RemoveDeadBlocks();
  ASSERT_EQ(f->blocks.size(), 2u);
  EXPECT_EQ(join->preds.size(), 1u);
  EXPECT_EQ(phi->num_operands(), 1u);
  EXPECT_EQ(a->uses().size(), 1u);
  f->Renumber();
  EXPECT_EQ(join->id, 1);
  std::string err;
  EXPECT_TRUE(Verify(*f, &err)) << err;
  passes::RunCleanup(*f);
  EXPECT_TRUE(Verify(*f, &err)) << err;
  // The trivial phi is gone and the return uses the param directly.
  EXPECT_EQ(f->blocks.back()->Terminator()->operand(0), a);
}

TEST_F(IrTest, VerifierCatchesBrokenIr) {
  {
    Func* f = Simple();
    std::string err;
    EXPECT_TRUE(Verify(*f, &err)) << err;
    // Terminator not last.
    Block* b = f->blocks[0].get();
    Const(f, b, 3);
    err.clear();
    EXPECT_FALSE(Verify(*f, &err));
    EXPECT_NE(err.find("terminator"), std::string::npos) << err;
  }
  {
    // Use before definition and wrong operand count.
    Func* f = m.NewFunc("main.h");
    f->sig = sig;
    Block* b = f->NewBlock("entry");
    Value* a = f->NewValue(b, Op::kParam, int_t, Pos{});
    f->params.push_back(a);
    Value* later = f->NewValue(nullptr, Op::kAdd, int_t, Pos{}, {a, a});
    Value* early = f->NewValue(b, Op::kNeg, int_t, Pos{}, {later});
    b->values.push_back(later);
    later->block = b;
    f->NewValue(b, Op::kReturn, nullptr, Pos{}, {early});
    std::string err;
    EXPECT_FALSE(Verify(*f, &err));
    EXPECT_NE(err.find("before it is defined"), std::string::npos) << err;
  }
  {
    // If on a non-bool, phi count mismatch, missing pred link, bad return type.
    Func* f = m.NewFunc("main.k");
    f->sig = sig;
    Block* b0 = f->NewBlock("entry");
    Block* b1 = f->NewBlock("then");
    Block* b2 = f->NewBlock("else");
    Value* a = f->NewValue(b0, Op::kParam, int_t, Pos{});
    f->params.push_back(a);
    f->NewValue(b0, Op::kIf, nullptr, Pos{}, {a});
    Edge(b0, b1);
    b0->succs.push_back(b2);  // b2 does not list b0 as a pred
    Value* phi = f->NewValue(b1, Op::kPhi, int_t, Pos{}, {a, a});
    Value* cmp = f->NewValue(b1, Op::kEq, bool_t, Pos{}, {phi, a});
    f->NewValue(b1, Op::kReturn, nullptr, Pos{}, {cmp});
    f->NewValue(b2, Op::kUnreachable, nullptr, Pos{});
    std::string err;
    EXPECT_FALSE(Verify(*f, &err));
    EXPECT_NE(err.find("not a bool"), std::string::npos) << err;
    EXPECT_NE(err.find("phi has 2 operands for 1 preds"), std::string::npos) << err;
    EXPECT_NE(err.find("does not list it as pred"), std::string::npos) << err;
    EXPECT_NE(err.find("has type bool, want int"), std::string::npos) << err;
  }
  {
    // Dominance: a value from one branch used in the other.
    Func* f = m.NewFunc("main.d");
    f->sig = sig;
    Block* b0 = f->NewBlock("entry");
    Block* b1 = f->NewBlock("then");
    Block* b2 = f->NewBlock("else");
    Value* a = f->NewValue(b0, Op::kParam, int_t, Pos{});
    f->params.push_back(a);
    Value* c = f->NewValue(b0, Op::kEq, bool_t, Pos{}, {a, a});
    f->NewValue(b0, Op::kIf, nullptr, Pos{}, {c});
    Edge(b0, b1);
    Edge(b0, b2);
    Value* x = f->NewValue(b1, Op::kNeg, int_t, Pos{}, {a});
    f->NewValue(b1, Op::kReturn, nullptr, Pos{}, {x});
    f->NewValue(b2, Op::kReturn, nullptr, Pos{}, {x});
    std::string err;
    EXPECT_FALSE(Verify(*f, &err));
    EXPECT_NE(err.find("does not dominate"), std::string::npos) << err;
  }
  {
    // Store of the wrong type.
    Func* f = m.NewFunc("main.s");
    f->sig = sig;
    Block* b = f->NewBlock("entry");
    Value* a = f->NewValue(b, Op::kParam, int_t, Pos{});
    f->params.push_back(a);
    Value* cell = f->NewValue(b, Op::kAlloc, types.PointerTo(bool_t), Pos{});
    cell->aux_type = bool_t;
    f->NewValue(b, Op::kStore, nullptr, Pos{}, {cell, a});
    f->NewValue(b, Op::kReturn, nullptr, Pos{}, {a});
    std::string err;
    EXPECT_FALSE(Verify(*f, &err));
    EXPECT_NE(err.find("store of int through *bool"), std::string::npos) << err;
  }
}

TEST_F(IrTest, PrinterGolden) {
  Func* f = Simple();
  Block* b = f->blocks[0].get();
  Value* m_alloc =
      f->NewValue(nullptr, Op::kAlloc, types.MapOf(types.String(), int_t), Pos{0, 6, 11});
  m_alloc->name = "m";
  m_alloc->alloc_site = AllocSite::kMakeMap;
  m_alloc->aux_type = m_alloc->type;
  m_alloc->alloc_desc = "make(map[string]int)";
  f->InsertBefore(b, 1, m_alloc);
  f->Renumber();
  EXPECT_EQ(Print(*f),
            "func main.f : func(int) int\n"
            "b0: ; entry\n"
            "  %a = param 0 : int @1:8\n"
            "  %m = alloc heap makemap \"make(map[string]int)\" : map[string]int @6:11\n"
            "  %t0 = const 1 : int\n"
            "  %t1 = add %a, %t0 : int @2:11\n"
            "  return %t1 @2:2\n");
}

TEST_F(IrTest, PrinterMakesNamesUnique) {
  Func* f = Simple();
  Block* b = f->blocks[0].get();
  b->values[1]->name = "a";  // the const, same hint as the param
  b->values[2]->name = "a";
  EXPECT_NE(Print(*f).find("%a.1 = const 1"), std::string::npos) << Print(*f);
  EXPECT_NE(Print(*f).find("%a.2 = add %a, %a.1"), std::string::npos) << Print(*f);
}

TEST_F(IrTest, FieldInlineFoldsChains) {
  Var* bal = types.NewObject<Var>(Pos{}, "Balance", int_t, VarKind::kField);
  const types::Struct* account = types.NewStruct({bal});
  Var* name = types.NewObject<Var>(Pos{}, "Name", types.String(), VarKind::kField);
  Var* acc = types.NewObject<Var>(Pos{}, "Account", account, VarKind::kField);
  const types::Struct* user = types.NewStruct({name, acc});
  Func* f = m.NewFunc("main.fi");
  Var* r = types.NewObject<Var>(Pos{}, "", int_t, VarKind::kResult);
  f->sig = types.SignatureOf(nullptr, types.EmptyTuple(), types.TupleOf({r}), false);
  Block* b = f->NewBlock("entry");
  Value* u = f->NewValue(b, Op::kAlloc, types.PointerTo(user), Pos{});
  u->aux_type = user;
  u->alloc_site = AllocSite::kLocalVar;
  Value* pa = f->NewValue(b, Op::kFieldAddr, types.PointerTo(account), Pos{}, {u});
  pa->index = 1;
  pa->offset = user->Offset(1);
  Value* pb = f->NewValue(b, Op::kFieldAddr, types.PointerTo(int_t), Pos{}, {pa});
  pb->index = 0;
  pb->offset = 0;
  Value* ld = f->NewValue(b, Op::kLoad, int_t, Pos{}, {pb});
  f->NewValue(b, Op::kReturn, nullptr, Pos{}, {ld});
  passes::PassManager pm(passes::PassOptions{.verify_each = true});
  for (const auto& n : passes::DefaultPassNames()) ASSERT_TRUE(pm.AddByName(n));
  pm.Run(m);
  EXPECT_EQ(pb->operand(0), u);
  EXPECT_EQ(pb->offset, 16);
  // The inner FieldAddr is dead and removed by cleanup.
  EXPECT_EQ(b->values.size(), 4u) << Print(*f);
}

TEST_F(IrTest, CleanupThreadsEmptyBlocksAndKeepsChecks) {
  Func* f = m.NewFunc("main.c");
  f->sig = sig;
  Block* b0 = f->NewBlock("entry");
  Block* b1 = f->NewBlock("if.then");
  Block* b2 = f->NewBlock("if.done");
  Value* a = f->NewValue(b0, Op::kParam, int_t, Pos{});
  f->params.push_back(a);
  Value* zero = Const(f, b0, 0);
  Value* div = f->NewValue(b0, Op::kDiv, int_t, Pos{}, {a, zero});  // unused but may panic
  Value* unused = f->NewValue(b0, Op::kAdd, int_t, Pos{}, {a, zero});
  Value* c = f->NewValue(b0, Op::kEq, bool_t, Pos{}, {a, zero});
  f->NewValue(b0, Op::kIf, nullptr, Pos{}, {c});
  Edge(b0, b1);
  Edge(b0, b2);
  f->NewValue(b1, Op::kJump, nullptr, Pos{});
  Edge(b1, b2);
  f->NewValue(b2, Op::kReturn, nullptr, Pos{}, {a});
  (void)unused;
  passes::RunCleanup(*f);
  std::string err;
  EXPECT_TRUE(Verify(*f, &err)) << err;
  EXPECT_EQ(f->blocks.size(), 2u) << Print(*f);
  bool has_div = false, has_add = false;
  for (Value* v : f->blocks[0]->values) {
    has_div |= v == div;
    has_add |= v->op == Op::kAdd;
  }
  EXPECT_TRUE(has_div);
  EXPECT_FALSE(has_add);
}

TEST_F(IrTest, PassManagerPrintsAfter) {
  Simple();
  std::vector<std::string> printed;
  passes::PassOptions opts;
  opts.print_after = {"cleanup"};
  opts.print = [&](const std::string& pass, const Module&) { printed.push_back(pass); };
  passes::PassManager pm(opts);
  ASSERT_TRUE(pm.AddByName("field_inline"));
  ASSERT_TRUE(pm.AddByName("cleanup"));
  EXPECT_FALSE(pm.AddByName("nonesuch"));
  pm.Run(m);
  EXPECT_EQ(printed, std::vector<std::string>{"cleanup"});
}

}  // namespace
}  // namespace gosc::ssa
