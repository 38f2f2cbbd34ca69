// Interface values: construction, type assertion, conversion between
// interface types.
//
// Why it exists: an interface value is {type-or-itab, data}. Empty
// interfaces hold a GoType*, others a GoItab* whose first word is the
// dynamic type, so "what is the dynamic type" differs by static type and is
// decided here once (IfaceTypeWord). Assertions to concrete types are one
// pointer compare against the target's descriptor (run-time type identity is
// descriptor identity); assertions and conversions to non-empty interfaces
// ask the runtime for an itab (gosc_getitab matches methods by name and
// signature text), while MakeInterface with a statically known pair uses a
// constant itab.
#include "codegen/internal.h"

namespace gosc::codegen {

namespace {
bool IsEmptyIface(const Type* t) {
  const auto* it = t->Underlying()->As<types::Interface>();
  return it && it->IsEmpty();
}
}  // namespace

llvm::Value* FuncLowering::IfaceTypeWord(llvm::Value* iface, const Type* t) {
  llvm::Value* w = b_.CreateExtractValue(iface, 0);
  if (IsEmptyIface(t)) return w;
  // itab ? itab->type : null
  llvm::BasicBlock* from = b_.GetInsertBlock();
  auto* load_bb = llvm::BasicBlock::Create(ml_.ctx(), "itab.type", fn_);
  auto* done = llvm::BasicBlock::Create(ml_.ctx(), "itab.done", fn_);
  b_.CreateCondBr(b_.CreateIsNull(w), done, load_bb);
  b_.SetInsertPoint(load_bb);
  llvm::Value* ty = b_.CreateLoad(ml_.Ptr(), w);
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  llvm::PHINode* phi = b_.CreatePHI(ml_.Ptr(), 2, "dyntype");
  phi->addIncoming(llvm::ConstantPointerNull::get(ml_.Ptr()), from);
  phi->addIncoming(ty, load_bb);
  return phi;
}

llvm::Value* FuncLowering::ToEface(llvm::Value* x, const Type* t) {
  if (IsEmptyIface(t)) return x;
  if (!t->Underlying()->As<types::Interface>())
    Fail(cur_ ? cur_->pos : types::Pos{}, "codegen: expected an interface, got " + t->String());
  llvm::Value* r = llvm::UndefValue::get(ml_.IfaceType());
  r = b_.CreateInsertValue(r, IfaceTypeWord(x, t), 0);
  return b_.CreateInsertValue(r, b_.CreateExtractValue(x, 1), 1);
}

// The data word of a pointer-shaped value: the one pointer it consists of.
static llvm::Value* DirectWord(llvm::IRBuilder<>& b, llvm::Value* x) {
  while (!x->getType()->isPointerTy()) x = b.CreateExtractValue(x, 0);
  return x;
}

llvm::Value* FuncLowering::LowerMakeInterface(const ssa::Value* v) {
  const Type* ct = v->aux_type;
  const ssa::Value* op = v->operand(0);
  if (!ct) ct = op->type;
  llvm::Value* x = V(op);
  llvm::Value* data;
  if (types::Identical(op->type, ct)) {
    if (ModuleLowering::IsDirectIface(ct)) {
      data = DirectWord(b_, x);
    } else if (ct->Size() == 0) {
      data = HeapAlloc(ct);
    } else {
      // Box a copy (the builder usually does this with an explicit Alloc).
      data = HeapAlloc(ct);
      StoreTyped(ct, x, data);
    }
  } else {
    data = x;  // a pointer to the boxed copy
    if (!x->getType()->isPointerTy())
      Fail(v->pos, "codegen: makeiface operand is neither the value nor a pointer to it");
  }
  llvm::Value* word = IsEmptyIface(v->type) ? ml_.TypeDesc(ct) : ml_.Itab(ct, v->type);
  llvm::Value* r = llvm::UndefValue::get(ml_.IfaceType());
  r = b_.CreateInsertValue(r, word, 0);
  return b_.CreateInsertValue(r, data, 1);
}

llvm::Value* FuncLowering::LowerTypeAssert(const ssa::Value* v) {
  const ssa::Value* op = v->operand(0);
  llvm::Value* x = V(op);
  const Type* target = v->aux_type;
  if (!target) Fail(v->pos, "codegen: typeassert without target type");
  llvm::Value* have = IfaceTypeWord(x, op->type);
  llvm::Value* data = b_.CreateExtractValue(x, 1);
  llvm::Value* iface_desc =
      IsEmptyIface(op->type) ? static_cast<llvm::Value*>(llvm::ConstantPointerNull::get(ml_.Ptr()))
                             : ml_.TypeDesc(op->type);
  bool comma_ok = v->flag;

  if (target->Underlying()->As<types::Interface>()) {
    llvm::Value* r = llvm::UndefValue::get(ml_.IfaceType());
    llvm::Value* ok;
    if (IsEmptyIface(target)) {
      ok = b_.CreateIsNotNull(have);
      if (!comma_ok) {
        CheckOrPanic(b_.CreateNot(ok), [&] {
          CallRt("gosc_panic_dottype", {have, ml_.TypeDesc(target), iface_desc});
        });
      }
      r = b_.CreateInsertValue(r, have, 0);
    } else {
      llvm::Value* tab =
          CallRt("gosc_getitab", {ml_.TypeDesc(target), have, b_.getInt8(comma_ok ? 1 : 0)});
      ok = b_.CreateIsNotNull(tab);
      r = b_.CreateInsertValue(r, tab, 0);
    }
    llvm::Value* null = llvm::ConstantPointerNull::get(ml_.Ptr());
    r = b_.CreateInsertValue(r, comma_ok ? b_.CreateSelect(ok, data, null) : data, 1);
    if (!comma_ok) return r;
    return MakeTuple(v->type, {r, FromBool(ok)});
  }

  // Concrete target: compare descriptors.
  llvm::Value* want = ml_.TypeDesc(target);
  llvm::Value* ok = b_.CreateICmpEQ(have, want);
  auto extract = [&]() -> llvm::Value* {
    if (ModuleLowering::IsDirectIface(target)) {
      llvm::Type* tt = T(target);
      if (tt->isPointerTy()) return data;
      llvm::Value* slot = EntryAlloca(tt, "direct", 8);
      b_.CreateStore(data, slot);
      return b_.CreateLoad(tt, slot);
    }
    return LoadTyped(target, data);
  };
  if (!comma_ok) {
    CheckOrPanic(b_.CreateNot(ok), [&] { CallRt("gosc_panic_dottype", {have, want, iface_desc}); });
    return extract();
  }
  llvm::BasicBlock* from = b_.GetInsertBlock();
  auto* yes = llvm::BasicBlock::Create(ml_.ctx(), "assert.ok", fn_);
  auto* done = llvm::BasicBlock::Create(ml_.ctx(), "assert.done", fn_);
  b_.CreateCondBr(ok, yes, done);
  b_.SetInsertPoint(yes);
  llvm::Value* val = extract();
  llvm::BasicBlock* yes_end = b_.GetInsertBlock();
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  llvm::PHINode* phi = b_.CreatePHI(T(target), 2);
  phi->addIncoming(ZeroOf(target), from);
  phi->addIncoming(val, yes_end);
  return MakeTuple(v->type, {phi, FromBool(ok)});
}

llvm::Value* FuncLowering::LowerChangeInterface(const ssa::Value* v) {
  const ssa::Value* op = v->operand(0);
  llvm::Value* x = V(op);
  if (IsEmptyIface(v->type)) return ToEface(x, op->type);
  llvm::Value* have = IfaceTypeWord(x, op->type);
  // A nil interface converts to nil; otherwise the conversion is statically
  // known to succeed, so canfail only serves the nil case.
  llvm::Value* tab = CallRt("gosc_getitab", {ml_.TypeDesc(v->type), have, b_.getInt8(1)});
  llvm::Value* r = llvm::UndefValue::get(ml_.IfaceType());
  r = b_.CreateInsertValue(r, tab, 0);
  return b_.CreateInsertValue(r, b_.CreateExtractValue(x, 1), 1);
}

}  // namespace gosc::codegen
