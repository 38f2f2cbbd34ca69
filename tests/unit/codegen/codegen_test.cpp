// Unit tests for codegen's C++ interfaces: Go layout vs LLVM layout, which
// aggregates are passed by reference, and the -S notes BuildOptimized
// returns (worded from a decision record the SSA text does not carry).
//
// Why it exists: these facts are only reachable through ModuleLowering and
// BuildOptimized. Lowering of small functions (division and shift guards,
// stack vs heap Alloc, bounds checks, descriptors, phis, big copies) is
// tested on SSA text instead: tests/lit/codegen_ssa/*.ssa.
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

}  // namespace
}  // namespace gosc::codegen
