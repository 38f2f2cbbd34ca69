// Unit tests for codegen: Go layout vs LLVM layout, type descriptors, and
// lowering of small hand-built SSA functions (the LLVM verifier must accept
// the result and the IR must contain the checks Go's semantics need).
//
// Why it exists: codegen must work before the SSA builder can feed it whole
// programs, and some rules (struct padding, MinInt/-1, shift widths, stack vs
// heap Alloc) are easiest to pin down on tiny modules.
#include "codegen/codegen.h"

#include <gtest/gtest.h>
#include <llvm/IR/LLVMContext.h>

#include <string>

#include "codegen/internal.h"
#include "ssa/ir.h"
#include "types/types.h"

namespace gosc::codegen {
namespace {

using ssa::Op;
using types::BasicKind;
using types::Pos;
using types::TypeTable;
using types::Var;
using types::VarKind;

class CodegenTest : public ::testing::Test {
 protected:
  CodegenTest() { m_.types = &types_; }

  Var* Field(const std::string& name, const types::Type* t) {
    return types_.NewObject<Var>(Pos{}, name, t, VarKind::kField);
  }
  Var* Param(const std::string& name, const types::Type* t) {
    return types_.NewObject<Var>(Pos{}, name, t, VarKind::kParam);
  }
  const types::Type* B(BasicKind k) { return types_.basic(k); }
  const types::Signature* Sig(std::vector<const types::Type*> params,
                              std::vector<const types::Type*> results) {
    std::vector<Var*> ps, rs;
    for (auto* t : params) ps.push_back(Param("", t));
    for (auto* t : results) rs.push_back(Param("", t));
    return types_.SignatureOf(nullptr, types_.TupleOf(ps), types_.TupleOf(rs), false);
  }
  ssa::Func* NewFunc(const std::string& name, const types::Signature* sig) {
    ssa::Func* f = m_.NewFunc(name);
    f->sig = sig;
    return f;
  }
  // main.main that just returns, so every module has an entry point.
  void AddMain() {
    ssa::Func* f = NewFunc("main.main", Sig({}, {}));
    ssa::Block* b = f->NewBlock("entry");
    f->NewValue(b, Op::kReturn, nullptr, Pos{});
    m_.main = f;
  }
  std::string Lower(int opt = 0) {
    CodegenOptions opts;
    opts.opt_level = opt;
    try {
      return EmitLlvmIr(m_, opts);
    } catch (const InternalError& e) {
      ADD_FAILURE() << "internal error: " << e.message;
      return "";
    }
  }

  TypeTable types_;
  ssa::Module m_;
};

TEST_F(CodegenTest, StructLayoutMatchesFrontend) {
  const types::Type* inner =
      types_.NewStruct({Field("a", B(BasicKind::kBool)), Field("b", B(BasicKind::kInt16))});
  const types::Struct* s = types_.NewStruct(
      {Field("x", B(BasicKind::kInt8)), Field("y", B(BasicKind::kInt64)),
       Field("z", B(BasicKind::kInt16)), Field("arr", types_.ArrayOf(B(BasicKind::kUint8), 3)),
       Field("s", B(BasicKind::kString)), Field("in", inner), Field("f", B(BasicKind::kFloat32)),
       Field("e", types_.NewStruct({}))});
  llvm::LLVMContext ctx;
  CodegenOptions opts;
  AddMain();
  ModuleLowering ml(m_, opts, ctx);
  auto* st = llvm::cast<llvm::StructType>(ml.LlvmType(s));
  const llvm::StructLayout* sl = ml.dl().getStructLayout(st);
  EXPECT_EQ(static_cast<int64_t>(sl->getSizeInBytes()), s->Size());
  for (size_t i = 0; i < s->fields().size(); ++i)
    EXPECT_EQ(static_cast<int64_t>(sl->getElementOffset(ml.FieldIndex(s, i))), s->Offset(i))
        << "field " << i;
  EXPECT_EQ(static_cast<int64_t>(ml.dl().getTypeAllocSize(ml.LlvmType(B(BasicKind::kString)))),
            B(BasicKind::kString)->Size());
  const types::Type* sl_t = types_.SliceOf(B(BasicKind::kInt));
  EXPECT_EQ(static_cast<int64_t>(ml.dl().getTypeAllocSize(ml.LlvmType(sl_t))), sl_t->Size());
}

TEST_F(CodegenTest, EntryPointsCallMain) {
  AddMain();
  std::string ir = Lower();
  EXPECT_NE(ir.find("define void @gosc_main_main()"), std::string::npos) << ir;
  EXPECT_NE(ir.find("define void @gosc_main_init()"), std::string::npos) << ir;
  EXPECT_NE(ir.find("call void @main.main(ptr null)"), std::string::npos) << ir;
}

TEST_F(CodegenTest, SignedDivisionGuardsZeroAndMinusOne) {
  AddMain();
  const types::Type* i = B(BasicKind::kInt);
  ssa::Func* f = NewFunc("main.div", Sig({i, i}, {i}));
  ssa::Block* b = f->NewBlock("entry");
  ssa::Value* x = f->NewValue(b, Op::kParam, i, Pos{});
  x->index = 0;
  ssa::Value* y = f->NewValue(b, Op::kParam, i, Pos{});
  y->index = 1;
  y->name = "y";
  f->params = {x, y};
  ssa::Value* q = f->NewValue(b, Op::kDiv, i, Pos{}, {x, y});
  f->NewValue(b, Op::kReturn, nullptr, Pos{}, {q});
  std::string ir = Lower();
  EXPECT_NE(ir.find("gosc_panic_divide"), std::string::npos) << ir;
  EXPECT_NE(ir.find("icmp eq i64 %y, -1"), std::string::npos) << ir;
  EXPECT_NE(ir.find("sdiv i64"), std::string::npos) << ir;
}

TEST_F(CodegenTest, ShiftsByLargeCountsAreDefined) {
  AddMain();
  const types::Type* u32 = B(BasicKind::kUint32);
  const types::Type* i = B(BasicKind::kInt);
  ssa::Func* f = NewFunc("main.shl", Sig({u32, i}, {u32}));
  ssa::Block* b = f->NewBlock("entry");
  ssa::Value* x = f->NewValue(b, Op::kParam, u32, Pos{});
  ssa::Value* s = f->NewValue(b, Op::kParam, i, Pos{});
  s->index = 1;
  f->params = {x, s};
  ssa::Value* r = f->NewValue(b, Op::kShl, u32, Pos{}, {x, s});
  f->NewValue(b, Op::kReturn, nullptr, Pos{}, {r});
  std::string ir = Lower();
  EXPECT_NE(ir.find("gosc_panic_shift"), std::string::npos) << ir;  // signed count
  EXPECT_NE(ir.find("icmp uge i64"), std::string::npos) << ir;
  EXPECT_NE(ir.find("select"), std::string::npos) << ir;
}

TEST_F(CodegenTest, StackAllocIsAllocaHeapAllocIsRuntimeCall) {
  AddMain();
  const types::Type* i = B(BasicKind::kInt);
  const types::Type* pi = types_.PointerTo(i);
  ssa::Func* f = NewFunc("main.allocs", Sig({}, {i}));
  ssa::Block* b = f->NewBlock("entry");
  ssa::Value* st = f->NewValue(b, Op::kAlloc, pi, Pos{});
  st->aux_type = i;
  st->decision.kind = ssa::AllocKind::kStack;
  st->name = "onstack";
  ssa::Value* hp = f->NewValue(b, Op::kAlloc, pi, Pos{});
  hp->aux_type = i;
  hp->decision.kind = ssa::AllocKind::kHeap;
  ssa::Value* l1 = f->NewValue(b, Op::kLoad, i, Pos{}, {st});
  ssa::Value* l2 = f->NewValue(b, Op::kLoad, i, Pos{}, {hp});
  ssa::Value* sum = f->NewValue(b, Op::kAdd, i, Pos{}, {l1, l2});
  f->NewValue(b, Op::kReturn, nullptr, Pos{}, {sum});
  std::string ir = Lower();
  EXPECT_NE(ir.find("%onstack = alloca i64"), std::string::npos) << ir;
  EXPECT_NE(ir.find("call ptr @gosc_mallocgc(i64 8, i8 0)"), std::string::npos) << ir;
}

// The -S note of a site is worded from its decision record (the escape
// pass's message and reason), not re-derived from its description.
TEST_F(CodegenTest, AllocNoteComesFromTheDecisionRecord) {
  AddMain();
  const types::Type* i = B(BasicKind::kInt);
  const types::Type* pi = types_.PointerTo(i);
  ssa::Func* f = NewFunc("main.notes", Sig({}, {i}));
  ssa::Block* b = f->NewBlock("entry");
  ssa::Value* st = f->NewValue(b, Op::kAlloc, pi, Pos{});
  st->aux_type = i;
  st->alloc_desc = "new(int)";
  st->decision = {ssa::AllocKind::kStack,
                  ssa::AllocReason::kDoesNotEscape,
                  "the record's words for new(int)",
                  {}};
  ssa::Value* hp = f->NewValue(b, Op::kAlloc, pi, Pos{});
  hp->aux_type = i;
  hp->alloc_desc = "&T{...}";
  hp->decision = {
      ssa::AllocKind::kHeap, ssa::AllocReason::kTooLargeForStack, "&T{...} escapes to heap", {}};
  ssa::Value* l1 = f->NewValue(b, Op::kLoad, i, Pos{}, {st});
  ssa::Value* l2 = f->NewValue(b, Op::kLoad, i, Pos{}, {hp});
  ssa::Value* sum = f->NewValue(b, Op::kAdd, i, Pos{}, {l1, l2});
  f->NewValue(b, Op::kReturn, nullptr, Pos{}, {sum});
  llvm::LLVMContext ctx;
  CodegenOptions opts;
  opts.opt_level = 0;
  std::vector<AllocNote> notes;
  std::unique_ptr<llvm::TargetMachine> tm;
  ASSERT_TRUE(BuildOptimized(m_, opts, ctx, &tm, &notes));
  ASSERT_EQ(notes.size(), 2u);
  EXPECT_FALSE(notes[0].heap);
  EXPECT_EQ(notes[0].text, "the record's words for new(int) -> stack, 8 bytes");
  EXPECT_TRUE(notes[1].heap);
  EXPECT_EQ(notes[1].text,
            "&T{...} escapes to heap (too large for stack) -> call runtime.mallocgc");
}

TEST_F(CodegenTest, SliceIndexIsBoundsChecked) {
  AddMain();
  const types::Type* i = B(BasicKind::kInt);
  const types::Type* sl = types_.SliceOf(i);
  ssa::Func* f = NewFunc("main.at", Sig({sl, i}, {i}));
  ssa::Block* b = f->NewBlock("entry");
  ssa::Value* s = f->NewValue(b, Op::kParam, sl, Pos{});
  ssa::Value* k = f->NewValue(b, Op::kParam, i, Pos{});
  k->index = 1;
  f->params = {s, k};
  ssa::Value* p = f->NewValue(b, Op::kIndexAddr, types_.PointerTo(i), Pos{}, {s, k});
  ssa::Value* l = f->NewValue(b, Op::kLoad, i, Pos{}, {p});
  f->NewValue(b, Op::kReturn, nullptr, Pos{}, {l});
  std::string ir = Lower();
  EXPECT_NE(ir.find("call void @gosc_panic_index"), std::string::npos) << ir;
}

TEST_F(CodegenTest, MakeInterfaceEmitsDescriptor) {
  AddMain();
  const types::Type* i = B(BasicKind::kInt);
  const types::Type* any = types_.EmptyInterface();
  ssa::Func* f = NewFunc("main.box", Sig({i}, {any}));
  ssa::Block* b = f->NewBlock("entry");
  ssa::Value* x = f->NewValue(b, Op::kParam, i, Pos{});
  f->params = {x};
  ssa::Value* e = f->NewValue(b, Op::kMakeInterface, any, Pos{}, {x});
  e->aux_type = i;
  f->NewValue(b, Op::kReturn, nullptr, Pos{}, {e});
  std::string ir = Lower();
  // GoType{size 8, align 8, kind int (2), flags comparable (2), ...}
  EXPECT_NE(ir.find("@\"type:int\" = private constant %go.type { i64 8, i64 8, i8 2, i8 2"),
            std::string::npos)
      << ir;
}

TEST_F(CodegenTest, LoopWithPhiLowers) {
  AddMain();
  const types::Type* i = B(BasicKind::kInt);
  ssa::Func* f = NewFunc("main.count", Sig({i}, {i}));
  ssa::Block* entry = f->NewBlock("entry");
  ssa::Block* head = f->NewBlock("for.head");
  ssa::Block* body = f->NewBlock("for.body");
  ssa::Block* exit = f->NewBlock("for.done");
  auto edge = [](ssa::Block* a, ssa::Block* b) {
    a->succs.push_back(b);
    b->preds.push_back(a);
  };
  edge(entry, head);
  edge(head, body);
  edge(head, exit);
  edge(body, head);
  ssa::Value* n = f->NewValue(entry, Op::kParam, i, Pos{});
  f->params = {n};
  ssa::Value* zero = f->NewValue(entry, Op::kConst, i, Pos{});
  zero->cval = ssa::ConstVal::Int(0);
  ssa::Value* one = f->NewValue(entry, Op::kConst, i, Pos{});
  one->cval = ssa::ConstVal::Int(1);
  f->NewValue(entry, Op::kJump, nullptr, Pos{});
  ssa::Value* phi = f->NewValue(head, Op::kPhi, i, Pos{}, {zero, nullptr});
  ssa::Value* cond = f->NewValue(head, Op::kLt, B(BasicKind::kBool), Pos{}, {phi, n});
  f->NewValue(head, Op::kIf, nullptr, Pos{}, {cond});
  ssa::Value* next = f->NewValue(body, Op::kAdd, i, Pos{}, {phi, one});
  f->NewValue(body, Op::kJump, nullptr, Pos{});
  phi->SetOperand(1, next);
  f->NewValue(exit, Op::kReturn, nullptr, Pos{}, {phi});
  std::string ir = Lower();
  EXPECT_NE(ir.find("phi i64"), std::string::npos) << ir;
}

TEST_F(CodegenTest, BigAggregatesAreByReference) {
  AddMain();
  const types::Type* big = types_.ArrayOf(B(BasicKind::kInt), 64);   // 512 bytes
  const types::Type* small = types_.ArrayOf(B(BasicKind::kInt), 4);  // 32 bytes
  llvm::LLVMContext ctx;
  CodegenOptions opts;
  ModuleLowering ml(m_, opts, ctx);
  EXPECT_TRUE(ml.IsBig(big));
  EXPECT_FALSE(ml.IsBig(small));
  EXPECT_TRUE(ml.ValType(big)->isPointerTy());
  EXPECT_TRUE(ml.ValType(small)->isArrayTy());
  // func(big) big: the result goes through a trailing sret pointer.
  llvm::FunctionType* ft = ml.GoFuncType(Sig({big}, {big}));
  EXPECT_TRUE(ft->getReturnType()->isVoidTy());
  ASSERT_EQ(ft->getNumParams(), 3u);
  EXPECT_TRUE(ft->getParamType(1)->isPointerTy());
  EXPECT_TRUE(ft->getParamType(2)->isPointerTy());
}

TEST_F(CodegenTest, BigLoadStoreIsMemcpy) {
  AddMain();
  const types::Type* big = types_.ArrayOf(B(BasicKind::kInt), 1000);
  ssa::Func* f = NewFunc("main.copy", Sig({types_.PointerTo(big), types_.PointerTo(big)}, {}));
  ssa::Block* b = f->NewBlock("entry");
  ssa::Value* dst = f->NewValue(b, Op::kParam, types_.PointerTo(big), Pos{});
  ssa::Value* src = f->NewValue(b, Op::kParam, types_.PointerTo(big), Pos{});
  src->index = 1;
  f->params = {dst, src};
  ssa::Value* l = f->NewValue(b, Op::kLoad, big, Pos{}, {src});
  f->NewValue(b, Op::kStore, nullptr, Pos{}, {dst, l});
  f->NewValue(b, Op::kReturn, nullptr, Pos{});
  std::string ir = Lower();
  EXPECT_NE(ir.find("llvm.memcpy"), std::string::npos) << ir;
  EXPECT_EQ(ir.find("load [1000 x i64]"), std::string::npos) << ir;
}

}  // namespace
}  // namespace gosc::codegen
