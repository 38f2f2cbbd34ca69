// Lowering of allocation, addressing, indexing, slicing, len/cap, copy and
// append.
//
// Why it exists: this is where escape analysis becomes visible in the
// machine code — an Alloc of kind Stack is an entry-block `alloca` zeroed at
// the allocation point (a loop re-executing it gets fresh zeroed memory,
// which is what `new(T)` means; the escape pass only stack-allocates sites
// that do not outlive an iteration), an Alloc of kind Heap is a runtime
// allocation. It is also where Go's bounds checks live: every check is an
// unsigned compare (negative indices look huge) branching to a cold block
// that calls the runtime with Go's exact panic kind.
#include <llvm/IR/DebugInfoMetadata.h>

#include "codegen/internal.h"

namespace gosc::codegen {

using types::TypeKind;
using ssa::AllocKind;
using ssa::AllocSite;

namespace {
bool IsSignedInt(const Type* t) {
  const auto* b = t->Underlying()->As<types::Basic>();
  return b && b->IsInteger() && !b->IsUnsigned();
}
}  // namespace

llvm::Value* FuncLowering::HeapAlloc(const Type* t, llvm::Value* count) {
  llvm::Value* size = b_.getInt64(t->Size());
  if (count) size = b_.CreateMul(size, count);
  return CallRt("gosc_mallocgc", {size, b_.getInt8(t->HasPointers() ? 1 : 0)});
}

llvm::Value* FuncLowering::LowerAlloc(const ssa::Value* v) {
  std::vector<llvm::AllocaInst*> allocas;
  site_allocas_ = &allocas;
  llvm::BasicBlock* start_bb = b_.GetInsertBlock();
  llvm::Instruction* before = start_bb->empty() ? nullptr : &start_bb->back();
  llvm::Value* r = LowerAllocStorage(v);
  site_allocas_ = nullptr;
  // The runtime call that made the memory, if any: the first call to the
  // runtime among the instructions just emitted.
  llvm::CallInst* call = nullptr;
  auto scan = [&](llvm::BasicBlock* bb, llvm::Instruction* after) {
    auto it = after ? std::next(after->getIterator()) : bb->begin();
    for (; it != bb->end() && !call; ++it) {
      auto* ci = llvm::dyn_cast<llvm::CallInst>(&*it);
      llvm::Function* callee = ci ? ci->getCalledFunction() : nullptr;
      if (callee && ml_.HasRt(callee->getName().str())) call = ci;
    }
  };
  scan(start_bb, before);
  if (b_.GetInsertBlock() != start_bb) scan(b_.GetInsertBlock(), nullptr);
  NoteAllocSite(v, allocas, call);
  return r;
}

namespace {
// The words -m uses for the decision, plus the reason when it is not the
// plain "escapes to heap" / "does not escape".
std::string DecisionText(const ssa::Value* v, bool heap) {
  std::string desc = v->alloc_desc.empty() ? "allocation" : v->alloc_desc;
  const std::string& reason = v->escape_reason;
  if (v->alloc_site == AllocSite::kLocalVar)
    return heap ? "moved to heap: " + desc : desc + " does not escape";
  if (!heap) return desc + " does not escape";
  if (v->alloc_kind == AllocKind::kStack) return desc + " does not escape, but its size is not constant";
  if (reason.empty() || reason == "escapes to heap") return desc + " escapes to heap";
  return desc + " escapes to heap (" + reason + ")";
}
}  // namespace

void FuncLowering::NoteAllocSite(const ssa::Value* v, const std::vector<llvm::AllocaInst*>& allocas,
                                 llvm::CallInst* call) {
  if (allocas.empty() && !call) return;
  bool heap = allocas.empty();
  const types::SourceSet* sources = ml_.opts().sources;
  std::string where;
  if (sources && v->pos.IsValid() && v->pos.file >= 0 &&
      static_cast<size_t>(v->pos.file) < sources->size())
    where = sources->Format(v->pos) + ": ";
  auto go_name = [&](llvm::CallInst* ci) {
    std::string sym = ci->getCalledFunction()->getName().str();
    for (const RtEntry& e : RuntimeEntries())
      if (e.symbol == sym) return e.go_name;
    return sym;
  };
  AllocNote note;
  note.pos = v->pos;
  note.heap = heap;
  note.owner = f_.name;
  note.text = where + DecisionText(v, heap);
  if (heap) {
    note.call_symbol = call->getCalledFunction()->getName().str();
    note.text += " -> call " + go_name(call);
  } else {
    std::string sizes;
    for (llvm::AllocaInst* a : allocas) {
      if (!sizes.empty()) sizes += "+";
      sizes += std::to_string(ml_.dl().getTypeAllocSize(a->getAllocatedType()).getFixedValue());
    }
    note.text += " -> stack, " + sizes + " bytes";
    if (call && call->getCalledFunction()->getName() == "gosc_makemap")
      note.text += " (buckets from " + go_name(call) + ")";
  }
  int site = static_cast<int>(ml_.alloc_notes().size());
  ml_.alloc_notes().push_back(note);

  llvm::LLVMContext& c = ml_.ctx();
  llvm::MDNode* md = llvm::MDNode::get(c, {llvm::MDString::get(c, note.text)});
  if (heap) call->setMetadata(kAllocNoteMetadata, md);
  for (llvm::AllocaInst* a : allocas) a->setMetadata(kAllocNoteMetadata, md);
  // The listing finds each stack part's frame slot by its debug variable.
  if (ml_.opts().listing && sp_ && v->pos.IsValid()) {
    llvm::DIFile* file = ml_.DIFileFor(v->pos.file);
    auto* loc = llvm::DILocation::get(c, v->pos.line, v->pos.col, sp_);
    llvm::DIBuilder* dib = ml_.dib();
    llvm::DIType* byte = dib->createBasicType("byte", 8, llvm::dwarf::DW_ATE_unsigned);
    for (size_t part = 0; part < allocas.size(); ++part) {
      // Typed as the bytes it spans: DWARF emission (-g) needs a type.
      uint64_t bytes = ml_.dl().getTypeAllocSize(allocas[part]->getAllocatedType()).getFixedValue();
      llvm::DIType* type = dib->createArrayType(
          bytes * 8, allocas[part]->getAlign().value() * 8, byte,
          dib->getOrCreateArray({dib->getOrCreateSubrange(0, static_cast<int64_t>(bytes))}));
      llvm::DILocalVariable* var = dib->createAutoVariable(
          sp_, StackSlotVariableName(site, static_cast<int>(part)), file, v->pos.line, type,
          /*AlwaysPreserve=*/true);
      dib->insertDeclare(allocas[part], var, dib->createExpression(), loc, alloca_point_);
    }
  }
}

llvm::Value* FuncLowering::LowerAllocStorage(const ssa::Value* v) {
  if (v->alloc_site == AllocSite::kMakeMap || v->alloc_site == AllocSite::kMapLit)
    return MakeMap(v);
  const Type* elem = v->aux_type;
  if (!elem) {
    if (const auto* p = v->type->Underlying()->As<types::Pointer>()) elem = p->elem();
  }
  if (!elem) Fail(v->pos, "codegen: alloc without element type");
  bool is_slice = v->alloc_site == AllocSite::kMakeSlice || v->alloc_site == AllocSite::kSliceLit;
  llvm::Value* count = nullptr;
  if (is_slice && v->num_operands() > 0) count = ToI64(Operand(v, 0), v->operand(0)->type);
  auto* const_count = llvm::dyn_cast_or_null<llvm::ConstantInt>(count);

  if (v->alloc_kind == AllocKind::kStack && (!count || const_count)) {
    int64_t n = const_count ? const_count->getSExtValue() : 1;
    if (n >= 0) {
      llvm::Type* t = M(elem);
      if (count) t = llvm::ArrayType::get(t, n);
      llvm::AllocaInst* slot =
          EntryAlloca(t, v->name.empty() ? "stack" : v->name, std::max<int64_t>(elem->Align(), 1));
      // Zeroed where the allocation happens, not once: new(T) in a loop
      // must see a zero value each iteration.
      uint64_t bytes = ml_.dl().getTypeAllocSize(t);
      if (bytes > 0)
        b_.CreateMemSet(slot, b_.getInt8(0), bytes, llvm::MaybeAlign(slot->getAlign()));
      return slot;
    }
  }
  if (v->alloc_site == AllocSite::kMakeSlice && count && !(const_count && const_count->getSExtValue() >= 0)) {
    // make([]T, n[, c]): the runtime checks the sizes and reports Go's makeslice
    // panics. `count` is the capacity; the length comes from the MakeSlice
    // that uses this store, so a bad len is blamed before a bad cap, as gc does.
    llvm::Value* len = count;
    for (const ssa::Value* u : v->uses()) {
      if (u->op != ssa::Op::kMakeSlice || u->operand(0) != v) continue;
      if (auto it = vals_.find(u->operand(1)); it != vals_.end())
        len = ToI64(it->second, u->operand(1)->type);
    }
    llvm::Value* out = EntryAlloca(ml_.SliceType(), "mk");
    CallRt("gosc_makeslice", {out, ml_.TypeDesc(elem), len, count});
    return b_.CreateExtractValue(b_.CreateLoad(ml_.SliceType(), out), 0);
  }
  return HeapAlloc(elem, count);
}

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
    return b_.CreateLoad(b_.getInt8Ty(), b_.CreateInBoundsGEP(b_.getInt8Ty(),
                                                              b_.CreateExtractValue(x, 0), i));
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
  if (!llvm::isa<llvm::Constant>(len) || !llvm::isa<llvm::Constant>(cap)) {
    const auto* sl = v->type->Underlying()->As<types::Slice>();
    const ssa::Value* backing = v->operand(0);
    bool on_stack = backing->op == ssa::Op::kAlloc && backing->alloc_kind == AllocKind::kStack;
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
