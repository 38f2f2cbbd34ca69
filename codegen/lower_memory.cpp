// Lowering of addressing, indexing, slicing, len/cap, copy and append
// (allocation sites themselves are lower_alloc.cpp).
//
// Why it exists: this is where Go's bounds checks live: every check is an
// unsigned compare (negative indices look huge) branching to a cold block
// that calls the runtime with Go's exact panic kind.
#include "codegen/internal.h"

namespace gosc::codegen {

using types::TypeKind;

namespace {
bool IsSignedInt(const Type* t) {
  const auto* b = t->Underlying()->As<types::Basic>();
  return b && b->IsInteger() && !b->IsUnsigned();
}
}  // namespace

llvm::Value* FuncLowering::LowerFieldAddr(const ssa::Value* v) {
  // By byte offset: field_inline folds chains of FieldAddr into one, after
  // which `index` no longer indexes the operand's struct (ops.def).
  llvm::Value* base = Operand(v, 0);
  if (v->offset == 0) return base;
  return b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), base, v->offset);
}

llvm::Value* FuncLowering::LowerField(const ssa::Value* v) {
  llvm::Value* x = Operand(v, 0);
  const auto* st = v->operand(0)->type->Underlying()->As<types::Struct>();
  if (!st) Fail(v->pos, "codegen: field of non-struct " + v->operand(0)->type->String());
  size_t idx = static_cast<size_t>(v->index);
  if (Big(v->operand(0)->type))
    return LoadPart(v->type, b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), x, st->Offset(idx)));
  return b_.CreateExtractValue(x, ml_.FieldIndex(st, idx));
}

llvm::Value* FuncLowering::LowerIndexAddr(const ssa::Value* v) {
  llvm::Value* x = Operand(v, 0);
  const Type* it = v->operand(1)->type;
  llvm::Value* i = ToI64(Operand(v, 1), it);
  const Type* xt = v->operand(0)->type->Underlying();
  const Type* elem;
  llvm::Value* ptr;
  llvm::Value* len;
  if (const auto* sl = xt->As<types::Slice>()) {
    elem = sl->elem();
    ptr = b_.CreateExtractValue(x, 0);
    len = b_.CreateExtractValue(x, 1);
  } else if (const auto* p = xt->As<types::Pointer>()) {
    const auto* at = p->elem()->Underlying()->As<types::Array>();
    if (!at) Fail(v->pos, "codegen: indexaddr on pointer to non-array");
    elem = at->elem();
    ptr = x;
    len = b_.getInt64(at->len());
  } else {
    Fail(v->pos, "codegen: indexaddr on " + v->operand(0)->type->String());
  }
  BoundsCheck(i, len, BoundsKind::kIndex, IsSignedInt(it), b_.CreateICmpUGE(i, len));
  return b_.CreateInBoundsGEP(M(elem), ptr, i);
}

llvm::Value* FuncLowering::LowerIndex(const ssa::Value* v) {
  llvm::Value* x = Operand(v, 0);
  const Type* it = v->operand(1)->type;
  llvm::Value* i = ToI64(Operand(v, 1), it);
  const Type* xt = v->operand(0)->type->Underlying();
  if (const auto* at = xt->As<types::Array>()) {
    llvm::Value* len = b_.getInt64(at->len());
    if (Big(v->operand(0)->type)) {
      BoundsCheck(i, len, BoundsKind::kIndex, IsSignedInt(it), b_.CreateICmpUGE(i, len));
      return LoadPart(at->elem(), b_.CreateInBoundsGEP(M(at->elem()), x, i));
    }
    if (auto* ci = llvm::dyn_cast<llvm::ConstantInt>(i)) {
      if (ci->getZExtValue() < static_cast<uint64_t>(at->len()))
        return b_.CreateExtractValue(x, static_cast<unsigned>(ci->getZExtValue()));
    }
    BoundsCheck(i, len, BoundsKind::kIndex, IsSignedInt(it), b_.CreateICmpUGE(i, len));
    llvm::Value* slot = Spill(x, "arr");
    return LoadTyped(at->elem(), b_.CreateInBoundsGEP(M(at->elem()), slot, i));
  }
  if (const auto* bt = xt->As<types::Basic>(); bt && bt->IsString()) {
    llvm::Value* len = b_.CreateExtractValue(x, 1);
    BoundsCheck(i, len, BoundsKind::kIndex, IsSignedInt(it), b_.CreateICmpUGE(i, len));
    return b_.CreateLoad(b_.getInt8Ty(),
                         b_.CreateInBoundsGEP(b_.getInt8Ty(), b_.CreateExtractValue(x, 0), i));
  }
  Fail(v->pos, "codegen: index on " + v->operand(0)->type->String());
}

llvm::Value* FuncLowering::LowerSlice(const ssa::Value* v) {
  llvm::Value* x = Operand(v, 0);
  const Type* xt = v->operand(0)->type->Underlying();
  llvm::Value *ptr, *len, *cap;
  const Type* elem;
  bool is_string = false, is_slice = false;
  if (const auto* sl = xt->As<types::Slice>()) {
    is_slice = true;
    elem = sl->elem();
    ptr = b_.CreateExtractValue(x, 0);
    len = b_.CreateExtractValue(x, 1);
    cap = b_.CreateExtractValue(x, 2);
  } else if (const auto* p = xt->As<types::Pointer>()) {
    const auto* at = p->elem()->Underlying()->As<types::Array>();
    if (!at) Fail(v->pos, "codegen: slice of pointer to non-array");
    elem = at->elem();
    ptr = x;
    len = cap = b_.getInt64(at->len());
  } else if (const auto* bt = xt->As<types::Basic>(); bt && bt->IsString()) {
    is_string = true;
    elem = ml_.ssa_module().types->basic(types::BasicKind::kUint8);
    ptr = b_.CreateExtractValue(x, 0);
    len = cap = b_.CreateExtractValue(x, 1);
  } else {
    Fail(v->pos, "codegen: slice of " + v->operand(0)->type->String());
  }
  auto opnd = [&](size_t i) -> llvm::Value* {
    if (i >= v->num_operands() || v->operand(i) == nullptr) return nullptr;
    return ToI64(Operand(v, i), v->operand(i)->type);
  };
  llvm::Value* lo = opnd(1);
  llvm::Value* hi = opnd(2);
  llvm::Value* max = opnd(3);
  // Go checks from the right, so each bound is compared against one that is
  // already known to be in range.
  if (max) {
    BoundsCheck(max, cap, is_slice ? BoundsKind::kSlice3Acap : BoundsKind::kSlice3Alen, true,
                b_.CreateICmpUGT(max, cap));
    if (!hi) hi = len;
    BoundsCheck(hi, max, BoundsKind::kSlice3B, true, b_.CreateICmpUGT(hi, max));
    if (!lo) lo = b_.getInt64(0);
    BoundsCheck(lo, hi, BoundsKind::kSlice3C, true, b_.CreateICmpUGT(lo, hi));
  } else {
    if (hi) {
      BoundsCheck(hi, cap, is_slice ? BoundsKind::kSliceAcap : BoundsKind::kSliceAlen, true,
                  b_.CreateICmpUGT(hi, cap));
    } else {
      hi = len;
    }
    if (lo) BoundsCheck(lo, hi, BoundsKind::kSliceB, true, b_.CreateICmpUGT(lo, hi));
    else lo = b_.getInt64(0);
    max = cap;
  }
  llvm::Value* nlen = b_.CreateSub(hi, lo);
  llvm::Value* ncap = is_string ? nlen : b_.CreateSub(max, lo);
  // As gc (ssagen's slicemask): a result with no capacity left keeps the base
  // pointer, so x[len(x):] never points one past the end of x's object (where
  // it would keep the next object alive and compare unequal to &x[0]'s base).
  llvm::Value* off = lo;
  if (!llvm::isa<llvm::Constant>(lo) || !llvm::cast<llvm::Constant>(lo)->isNullValue())
    off = b_.CreateSelect(b_.CreateICmpEQ(ncap, b_.getInt64(0)), b_.getInt64(0), lo);
  llvm::Value* nptr = b_.CreateInBoundsGEP(M(elem), ptr, off);
  if (is_string) {
    llvm::Value* s = llvm::UndefValue::get(ml_.StringType());
    s = b_.CreateInsertValue(s, nptr, 0);
    return b_.CreateInsertValue(s, nlen, 1);
  }
  llvm::Value* s = llvm::UndefValue::get(ml_.SliceType());
  s = b_.CreateInsertValue(s, nptr, 0);
  s = b_.CreateInsertValue(s, nlen, 1);
  return b_.CreateInsertValue(s, ncap, 2);
}

llvm::Value* FuncLowering::LowerMakeSlice(const ssa::Value* v) {
  llvm::Value* ptr = Operand(v, 0);
  llvm::Value* len = ToI64(Operand(v, 1), v->operand(1)->type);
  llvm::Value* cap = ToI64(Operand(v, 2), v->operand(2)->type);
  // Constant operands need no check only when they are in range: the checker
  // rejects bad constant arguments, but SSA may have propagated variables'
  // values (`i := -1; make([]int, i, 3)` must still panic).
  auto* clen = llvm::dyn_cast<llvm::ConstantInt>(len);
  auto* ccap = llvm::dyn_cast<llvm::ConstantInt>(cap);
  bool known_in_range = clen && ccap && clen->getZExtValue() <= ccap->getZExtValue();
  if (!known_in_range) {
    const auto* sl = v->type->Underlying()->As<types::Slice>();
    const ssa::Value* backing = v->operand(0);
    bool on_stack =
        backing->op == ssa::Op::kAlloc && backing->decision.kind == ssa::AllocKind::kStack;
    // 0 <= len <= cap, else the runtime reports Go's makeslice panic. A heap
    // store was checked (len first, then cap) by gosc_makeslice already. For a
    // stack array of constant size gc checks inline instead and blames len only
    // when it is negative (walk.walkMakeSlice), so a huge len with a constant cap
    // says "cap out of range": pass (0, -1) to get that message.
    CheckOrPanic(b_.CreateICmpUGT(len, cap), [&] {
      llvm::Value* l = len;
      llvm::Value* c = cap;
      if (on_stack) {
        llvm::Value* neg = b_.CreateICmpSLT(len, b_.getInt64(0));
        l = b_.CreateSelect(neg, len, b_.getInt64(0));
        c = b_.CreateSelect(neg, cap, b_.getInt64(-1));
      }
      llvm::Value* out = EntryAlloca(ml_.SliceType(), "mk");
      CallRt("gosc_makeslice", {out, ml_.TypeDesc(sl->elem()), l, c});
      CallRt("gosc_panic_nil", {});  // not reached: makeslice panicked
    });
  }
  llvm::Value* s = llvm::UndefValue::get(ml_.SliceType());
  s = b_.CreateInsertValue(s, ptr, 0);
  s = b_.CreateInsertValue(s, len, 1);
  return b_.CreateInsertValue(s, cap, 2);
}

// (*[N]T)(s): s's data pointer (nil for a nil slice, as Go's), after
// checking len(s) >= N.
llvm::Value* FuncLowering::LowerSliceToArrayPointer(const ssa::Value* v, llvm::Value* slice) {
  const Type* elem = v->type->Underlying()->As<types::Pointer>()->elem();
  const auto* at = elem->Underlying()->As<types::Array>();
  if (!at) Fail(v->pos, "codegen: slice conversion to a pointer that is not an array pointer");
  llvm::Value* len = b_.CreateExtractValue(slice, 1);
  llvm::Value* n = b_.getInt64(at->len());
  CheckOrPanic(b_.CreateICmpSLT(len, n), [&] { CallRt("gosc_panic_slice_convert", {len, n}); });
  return b_.CreateExtractValue(slice, 0);
}

llvm::Value* FuncLowering::LowerLen(const ssa::Value* v, bool cap) {
  llvm::Value* x = Operand(v, 0);
  const Type* u = v->operand(0)->type->Underlying();
  llvm::Value* r = nullptr;
  if (const auto* p = u->As<types::Pointer>()) u = p->elem()->Underlying();
  if (const auto* at = u->As<types::Array>()) {
    r = b_.getInt64(at->len());
  } else if (u->As<types::Slice>()) {
    r = b_.CreateExtractValue(x, cap ? 2 : 1);
  } else if (const auto* bt = u->As<types::Basic>(); bt && bt->IsString()) {
    r = b_.CreateExtractValue(x, 1);
  } else if (u->As<types::Map>()) {
    // The count is the map header's first word; a nil map has length 0.
    llvm::BasicBlock* from = b_.GetInsertBlock();
    auto* load_bb = llvm::BasicBlock::Create(ml_.ctx(), "maplen", fn_);
    auto* done = llvm::BasicBlock::Create(ml_.ctx(), "maplen.done", fn_);
    b_.CreateCondBr(b_.CreateIsNull(x), done, load_bb);
    b_.SetInsertPoint(load_bb);
    llvm::Value* n = b_.CreateLoad(b_.getInt64Ty(), x);
    b_.CreateBr(done);
    b_.SetInsertPoint(done);
    llvm::PHINode* phi = b_.CreatePHI(b_.getInt64Ty(), 2);
    phi->addIncoming(b_.getInt64(0), from);
    phi->addIncoming(n, load_bb);
    r = phi;
  } else {
    Fail(v->pos, "codegen: len/cap of " + v->operand(0)->type->String());
  }
  return b_.CreateSExtOrTrunc(r, T(v->type));
}

llvm::Value* FuncLowering::LowerSliceCopy(const ssa::Value* v) {
  llvm::Value* dst = Operand(v, 0);
  llvm::Value* src = Operand(v, 1);
  const auto* sl = v->operand(0)->type->Underlying()->As<types::Slice>();
  if (!sl) Fail(v->pos, "codegen: copy into non-slice");
  llvm::Value* n = b_.CreateBinaryIntrinsic(llvm::Intrinsic::umin, b_.CreateExtractValue(dst, 1),
                                            b_.CreateExtractValue(src, 1));
  llvm::Value* bytes = b_.CreateMul(n, b_.getInt64(sl->elem()->Size()));
  b_.CreateMemMove(b_.CreateExtractValue(dst, 0), llvm::MaybeAlign(1),
                   b_.CreateExtractValue(src, 0), llvm::MaybeAlign(1), bytes);
  return b_.CreateSExtOrTrunc(n, T(v->type));
}

// append(s, x...) / append(s, xs...): grow through the runtime when the
// capacity is short (Go 1.19's growth policy lives there), then store.
llvm::Value* FuncLowering::LowerAppend(const ssa::Value* v) {
  llvm::Value* s = Operand(v, 0);
  const auto* sl = v->type->Underlying()->As<types::Slice>();
  if (!sl) Fail(v->pos, "codegen: append to non-slice");
  const Type* elem = sl->elem();
  llvm::Type* et = M(elem);
  int64_t esize = elem->Size();
  llvm::Value* ptr = b_.CreateExtractValue(s, 0);
  llvm::Value* len = b_.CreateExtractValue(s, 1);
  llvm::Value* cap = b_.CreateExtractValue(s, 2);
  llvm::Value* add;
  llvm::Value* spread = nullptr;
  if (v->flag) {
    if (v->num_operands() != 2) Fail(v->pos, "codegen: append(s, xs...) needs two operands");
    spread = Operand(v, 1);
    add = b_.CreateExtractValue(spread, 1);
  } else {
    add = b_.getInt64(static_cast<int64_t>(v->num_operands()) - 1);
  }
  if (auto* c = llvm::dyn_cast<llvm::ConstantInt>(add); c && c->isZero()) return s;
  llvm::Value* newlen = b_.CreateAdd(len, add);
  llvm::BasicBlock* from = b_.GetInsertBlock();
  auto* grow = llvm::BasicBlock::Create(ml_.ctx(), "append.grow", fn_);
  auto* cont = llvm::BasicBlock::Create(ml_.ctx(), "append.cont", fn_);
  llvm::MDBuilder md(ml_.ctx());
  b_.CreateCondBr(b_.CreateICmpUGT(newlen, cap), grow, cont, md.createBranchWeights(1, 16));
  b_.SetInsertPoint(grow);
  llvm::Value* out = EntryAlloca(ml_.SliceType(), "grown");
  CallRt("gosc_growslice", {out, ml_.TypeDesc(elem), s, newlen});
  llvm::Value* gs = b_.CreateLoad(ml_.SliceType(), out);
  llvm::Value* gptr = b_.CreateExtractValue(gs, 0);
  llvm::Value* gcap = b_.CreateExtractValue(gs, 2);
  llvm::BasicBlock* grow_end = b_.GetInsertBlock();
  b_.CreateBr(cont);
  b_.SetInsertPoint(cont);
  llvm::PHINode* p = b_.CreatePHI(ml_.Ptr(), 2, "append.ptr");
  p->addIncoming(ptr, from);
  p->addIncoming(gptr, grow_end);
  llvm::PHINode* c = b_.CreatePHI(b_.getInt64Ty(), 2, "append.cap");
  c->addIncoming(cap, from);
  c->addIncoming(gcap, grow_end);
  if (spread) {
    llvm::Value* dst = b_.CreateInBoundsGEP(et, p, len);
    b_.CreateMemMove(dst, llvm::MaybeAlign(1), b_.CreateExtractValue(spread, 0),
                     llvm::MaybeAlign(1), b_.CreateMul(add, b_.getInt64(esize)));
  } else {
    for (size_t i = 1; i < v->num_operands(); ++i) {
      llvm::Value* at = b_.CreateInBoundsGEP(et, p, b_.CreateAdd(len, b_.getInt64(i - 1)));
      StoreTyped(elem, Operand(v, i), at);
    }
  }
  llvm::Value* r = llvm::UndefValue::get(ml_.SliceType());
  r = b_.CreateInsertValue(r, p, 0);
  r = b_.CreateInsertValue(r, newlen, 1);
  return b_.CreateInsertValue(r, c, 2);
}

}  // namespace gosc::codegen
