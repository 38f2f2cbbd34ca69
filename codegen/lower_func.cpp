// Lowering of one SSA function: blocks, phis, terminators, and the dispatch
// of every op in ssa/ops.def to the lower_*.cpp file that handles it.
//
// Why it exists: it fixes the shape every other lowering relies on — an LLVM
// entry block that only holds allocas (and the defer frame setup), then one
// LLVM block per reachable SSA block, visited in reverse post-order so that
// every operand is lowered before its uses (phis are created empty and filled
// at the end, from the LLVM block where each predecessor's terminator
// actually landed, since checks split blocks). Runtime checks branch to
// cold blocks that call a noreturn runtime panic.
#include <llvm/IR/DebugInfoMetadata.h>

#include <functional>
#include <set>

#include "codegen/internal.h"
#include "ssa/print.h"

namespace gosc::codegen {

using ssa::Op;

FuncLowering::FuncLowering(ModuleLowering& ml, const ssa::Func& f, llvm::Function* fn)
    : ml_(ml), f_(f), fn_(fn), b_(ml.ctx()) {}

llvm::AllocaInst* FuncLowering::EntryAlloca(llvm::Type* t, const std::string& name,
                                            uint64_t align) {
  llvm::IRBuilder<> eb(alloca_point_);
  llvm::AllocaInst* a = eb.CreateAlloca(t, nullptr, name);
  a->setAlignment(llvm::Align(std::max<uint64_t>(align, 1)));
  if (site_allocas_) site_allocas_->push_back(a);
  return a;
}

llvm::Value* FuncLowering::Spill(llvm::Value* v, const std::string& name) {
  llvm::AllocaInst* slot = EntryAlloca(v->getType(), name, 8);
  b_.CreateStore(v, slot);
  return slot;
}

void FuncLowering::SetDebugLoc(types::Pos pos) {
  if (!sp_) return;
  if (pos.IsValid()) {
    b_.SetCurrentDebugLocation(llvm::DILocation::get(ml_.ctx(), pos.line, pos.col, sp_));
  }
}

llvm::Value* FuncLowering::V(const ssa::Value* v) {
  if (v == nullptr) Fail(cur_ ? cur_->pos : f_.pos, "codegen: missing operand in " + f_.name);
  auto it = vals_.find(v);
  if (it != vals_.end()) return it->second;
  Fail(cur_ ? cur_->pos : f_.pos, std::string("codegen: operand ") + ssa::OpName(v->op) + " v" +
                                      std::to_string(v->id) + " used before it is defined in " +
                                      f_.name);
}

llvm::Value* FuncLowering::ToI64(llvm::Value* v, const Type* t) {
  const auto* bt = t->Underlying()->As<types::Basic>();
  bool is_unsigned = bt && bt->IsUnsigned();
  if (v->getType() == b_.getInt64Ty()) return v;
  return is_unsigned ? b_.CreateZExt(v, b_.getInt64Ty()) : b_.CreateSExt(v, b_.getInt64Ty());
}

void EmitCopy(llvm::IRBuilder<>& b, llvm::Value* dst, llvm::Value* src, const Type* t) {
  llvm::MaybeAlign a(std::max<int64_t>(t->Align(), 1));
  b.CreateMemCpy(dst, a, src, a, t->Size());
}

llvm::Value* FuncLowering::NewBigSlot(const Type* t) {
  // A site re-executed in a loop reuses its slot; that is only wrong when an
  // older value is still live, which in SSA needs a phi: give those fresh memory.
  bool feeds_phi = false;
  if (cur_ && cur_->block && cur_->block->loop_depth > 0)
    for (const ssa::Value* u : cur_->uses()) feeds_phi |= u->op == ssa::Op::kPhi;
  if (feeds_phi) return HeapAlloc(t);
  // A snapshot is an implicit temporary: above gc's limit for those (64 KiB,
  // passes/escape/escape.h) it would risk the stack (copying a 16 MB array
  // value overflowed it), so it goes to the heap as gc's would.
  constexpr int64_t kMaxStackSnapshot = 64 * 1024;
  if (t->Size() > kMaxStackSnapshot) return HeapAlloc(t);
  return EntryAlloca(M(t), "big", std::max<int64_t>(t->Align(), 8));
}

llvm::Value* FuncLowering::LoadTyped(const Type* t, llvm::Value* ptr) {
  if (Big(t)) {
    // Snapshot: the source memory may change while the value is live.
    llvm::Value* slot = NewBigSlot(t);
    EmitCopy(b_, slot, ptr, t);
    return slot;
  }
  llvm::LoadInst* l = b_.CreateLoad(T(t), ptr);
  l->setAlignment(llvm::Align(std::max<int64_t>(t->Align(), 1)));
  return l;
}

void FuncLowering::StoreTyped(const Type* t, llvm::Value* val, llvm::Value* ptr) {
  if (Big(t)) {
    EmitCopy(b_, ptr, val, t);
    return;
  }
  llvm::StoreInst* s = b_.CreateStore(val, ptr);
  s->setAlignment(llvm::Align(std::max<int64_t>(t->Align(), 1)));
}

llvm::Value* FuncLowering::LoadPart(const Type* t, llvm::Value* ptr) {
  if (Big(t)) return ptr;  // the enclosing snapshot is immutable
  llvm::LoadInst* l = b_.CreateLoad(T(t), ptr);
  l->setAlignment(llvm::Align(std::max<int64_t>(t->Align(), 1)));
  return l;
}

llvm::Value* FuncLowering::MakeTuple(const Type* tuple, const std::vector<llvm::Value*>& comps) {
  const auto* tup = tuple->As<types::Tuple>();
  if (!tup || tup->size() != comps.size()) Fail(cur_ ? cur_->pos : f_.pos, "codegen: bad tuple");
  if (Big(tuple)) {
    llvm::Value* slot = NewBigSlot(tuple);
    auto* st = llvm::cast<llvm::StructType>(M(tuple));
    for (size_t i = 0; i < comps.size(); ++i)
      StoreTyped(tup->At(i), comps[i], b_.CreateStructGEP(st, slot, i));
    return slot;
  }
  llvm::Value* agg = llvm::UndefValue::get(T(tuple));
  for (size_t i = 0; i < comps.size(); ++i) agg = b_.CreateInsertValue(agg, comps[i], i);
  return agg;
}

void FuncLowering::NilCheck(llvm::Value* p) { EmitNilCheck(ml_, b_, p); }

void FuncLowering::BoundsCheck(llvm::Value* x, llvm::Value* y, BoundsKind kind, bool x_signed,
                               llvm::Value* fail_cond) {
  CheckOrPanic(fail_cond, [&] {
    switch (kind) {
      case BoundsKind::kIndex:
        CallRt(x_signed ? "gosc_panic_index" : "gosc_panic_indexu", {x, y});
        break;
      default: {
        // abi.def's gosc_panic_slice `which` codes.
        int which = 0;
        switch (kind) {
          case BoundsKind::kSliceAcap: which = 0; break;
          case BoundsKind::kSliceAlen: which = 1; break;
          case BoundsKind::kSliceB: which = 2; break;
          case BoundsKind::kSlice3Acap: which = 3; break;
          case BoundsKind::kSlice3Alen: which = 6; break;
          case BoundsKind::kSlice3B: which = 4; break;
          case BoundsKind::kSlice3C: which = 5; break;
          default: break;
        }
        CallRt("gosc_panic_slice", {b_.getInt64(which), x, y});
      }
    }
  });
}

void FuncLowering::Run() {
  llvm::LLVMContext& c = ml_.ctx();
  if (ml_.dib()) {
    llvm::DIFile* file = ml_.DIFileFor(f_.pos.file);
    auto* sty = ml_.dib()->createSubroutineType(ml_.dib()->getOrCreateTypeArray({}));
    sp_ = ml_.dib()->createFunction(file, f_.name, f_.name, file, f_.pos.line, sty, f_.pos.line,
                                    llvm::DINode::FlagZero, llvm::DISubprogram::SPFlagDefinition);
    fn_->setSubprogram(sp_);
  }
  if (ml_.opts().explore_function == f_.name) printed_names_ = ssa::PrintedNames(f_);
  entry_ = llvm::BasicBlock::Create(c, "entry", fn_);
  b_.SetInsertPoint(entry_);
  // Every alloca is inserted before this marker, so entry stays "allocas first".
  alloca_point_ = MakeAllocaPoint(b_.GetInsertBlock());
  SetDebugLoc(f_.pos);

  // Reverse post-order over reachable blocks.
  std::vector<const ssa::Block*> order;
  std::set<const ssa::Block*> visited;
  std::function<void(const ssa::Block*)> dfs = [&](const ssa::Block* blk) {
    if (!visited.insert(blk).second) return;
    for (const ssa::Block* s : blk->succs) dfs(s);
    order.push_back(blk);
  };
  if (f_.blocks.empty()) Fail(f_.pos, "codegen: function " + f_.name + " has no blocks");
  dfs(f_.blocks[0].get());
  std::reverse(order.begin(), order.end());
  for (const ssa::Block* blk : order) {
    std::string name = blk->comment.empty() ? "b" + std::to_string(blk->id) : blk->comment;
    blocks_[blk] = llvm::BasicBlock::Create(c, name, fn_);
  }
  SetUpRegion();
  if (f_.has_defer) EmitDeferSetup();
  b_.CreateBr(blocks_[f_.blocks[0].get()]);

  for (const ssa::Block* blk : order) LowerBlock(blk);

  for (auto& [v, phi] : phis_) {
    const ssa::Block* blk = v->block;
    if (blk->preds.size() != v->num_operands())
      Fail(v->pos, "codegen: phi operand count differs from predecessor count in " + f_.name);
    for (size_t i = 0; i < blk->preds.size(); ++i) {
      auto end = block_ends_.find(blk->preds[i]);
      if (end == block_ends_.end()) continue;  // unreachable predecessor
      phi->addIncoming(V(v->operand(i)), end->second);
    }
  }
  alloca_point_->eraseFromParent();
  // Cold panic blocks were appended as we went; nothing else to fix up.
}

void FuncLowering::LowerBlock(const ssa::Block* blk) {
  b_.SetInsertPoint(blocks_[blk]);
  for (const ssa::Value* v : blk->values) {
    cur_ = v;
    SetDebugLoc(v->pos);
    if (v->op == Op::kPhi) {
      auto printed = printed_names_.find(v);
      llvm::PHINode* phi =
          b_.CreatePHI(T(v->type), v->num_operands(),
                       printed != printed_names_.end() ? printed->second : v->name);
      phis_.push_back({v, phi});
      vals_[v] = phi;
      continue;
    }
    if (ssa::IsTerminator(v->op)) block_ends_[blk] = b_.GetInsertBlock();
    llvm::Value* r = LowerValue(v);
    if (r) {
      auto printed = printed_names_.find(v);
      const std::string& name = printed != printed_names_.end() ? printed->second : v->name;
      if (!name.empty() && !llvm::isa<llvm::Constant>(r) && r->getName().empty()) r->setName(name);
      vals_[v] = r;
      // A named result's variable: tell the recovery path where it lives.
      if (auto it = result_slot_of_.find(v); it != result_slot_of_.end())
        b_.CreateStore(r, it->second, /*isVolatile=*/true);
    }
    if (ssa::IsTerminator(v->op)) {
      block_ends_[blk] = b_.GetInsertBlock();
      break;
    }
  }
  // A block without terminator (bad SSA) would make invalid IR.
  if (!b_.GetInsertBlock()->getTerminator()) {
    if (blk->values.empty() || !ssa::IsTerminator(blk->values.back()->op))
      Fail(f_.pos,
           "codegen: block b" + std::to_string(blk->id) + " of " + f_.name + " has no terminator");
  }
}

llvm::Value* FuncLowering::LowerValue(const ssa::Value* v) {
  switch (v->op) {
    case Op::kConst:
    case Op::kZero: return LowerConst(v);
    case Op::kParam: {
      size_t idx = static_cast<size_t>(v->index) + 1;  // after the context
      if (idx >= fn_->arg_size())
        Fail(v->pos, "codegen: parameter index out of range in " + f_.name);
      return fn_->getArg(idx);
    }
    case Op::kFreeVar: return LowerFreeVar(v);
    case Op::kGlobal: return ml_.GlobalFor(v->global);
    case Op::kFuncRef: {
      llvm::Function* target = v->callee ? ml_.FuncFor(v->callee) : nullptr;
      if (!target && v->func) target = ml_.FuncForObj(v->func);
      if (!target) Fail(v->pos, "codegen: funcref to unknown function");
      return ml_.StaticFuncValue(target);
    }
    case Op::kAlloc: return LowerAlloc(v);
    case Op::kLoad: return LoadTyped(v->type, Operand(v, 0));
    case Op::kStore: {
      if (shared_box_stores_.count(v)) return nullptr;
      const ssa::Value* val = v->operand(1);
      StoreTyped(val->type, V(val), Operand(v, 0));
      return nullptr;
    }
    case Op::kNilCheck: {
      llvm::Value* p = Operand(v, 0);
      EmitNilCheck(ml_, b_, p, v->func);  // aux.func: see ops.def
      return p;
    }
    case Op::kFieldAddr: return LowerFieldAddr(v);
    case Op::kField: return LowerField(v);
    case Op::kIndexAddr: return LowerIndexAddr(v);
    case Op::kIndex: return LowerIndex(v);
    case Op::kSliceOp: return LowerSlice(v);
    case Op::kMakeSlice: return LowerMakeSlice(v);
    case Op::kLen: return LowerLen(v, false);
    case Op::kCap: return LowerLen(v, true);
    case Op::kSliceCopy: return LowerSliceCopy(v);
    case Op::kAppend: return LowerAppend(v);
    case Op::kAdd:
    case Op::kSub:
    case Op::kMul:
    case Op::kAnd:
    case Op::kOr:
    case Op::kXor:
    case Op::kAndNot: return LowerArith(v);
    case Op::kDiv:
    case Op::kRem: return LowerDivRem(v);
    case Op::kShl:
    case Op::kShr: return LowerShift(v);
    case Op::kEq:
    case Op::kNe:
    case Op::kLt:
    case Op::kLe:
    case Op::kGt:
    case Op::kGe: return LowerCompare(v);
    case Op::kNeg:
    case Op::kNot:
    case Op::kComplement: return LowerUnary(v);
    case Op::kConvert: return LowerConvert(v);
    case Op::kChangeType: {
      llvm::Value* x = Operand(v, 0);
      llvm::Type* want = T(v->type);
      if (v->IsSliceToArrayPointer()) return LowerSliceToArrayPointer(v, x);
      // unsafe.Pointer <-> uintptr stays a changetype in SSA, so the escape
      // pass keeps the pointer's flow through the integer.
      if (x->getType()->isPointerTy() && want->isIntegerTy()) return b_.CreatePtrToInt(x, want);
      if (x->getType()->isIntegerTy() && want->isPointerTy()) return b_.CreateIntToPtr(x, want);
      if (x->getType() != want)
        Fail(v->pos, "codegen: changetype between different representations");
      return x;
    }
    case Op::kMakeInterface: return LowerMakeInterface(v);
    case Op::kTypeAssert: return LowerTypeAssert(v);
    case Op::kChangeInterface: return LowerChangeInterface(v);
    case Op::kExtract: {
      llvm::Value* tup = Operand(v, 0);
      const Type* tt = v->operand(0)->type;
      if (Big(tt)) {
        auto* st = llvm::cast<llvm::StructType>(M(tt));
        return LoadPart(v->type, b_.CreateStructGEP(st, tup, static_cast<unsigned>(v->index)));
      }
      if (!tup->getType()->isStructTy()) Fail(v->pos, "codegen: extract from a non-tuple value");
      return b_.CreateExtractValue(tup, static_cast<unsigned>(v->index));
    }
    case Op::kMakeClosure: return LowerMakeClosure(v);
    case Op::kCall: return LowerCall(v);
    case Op::kInvoke: return LowerInvoke(v);
    case Op::kDefer:
    case Op::kDeferInvoke: LowerDefer(v); return nullptr;
    case Op::kRecover: return CallRt("gosc_recover", {});
    case Op::kPrint: LowerPrint(v); return nullptr;
    case Op::kMapLookup:
    case Op::kMapUpdate:
    case Op::kMapDelete:
    case Op::kMapIterInit:
    case Op::kMapIterNext: return LowerMapOp(v);
    case Op::kStringNext: return LowerStringNext(v);
    case Op::kJump:
      if (v->block->succs.size() != 1) Fail(v->pos, "codegen: jump needs one successor");
      b_.CreateBr(blocks_.at(v->block->succs[0]));
      return nullptr;
    case Op::kIf:
      if (v->block->succs.size() != 2) Fail(v->pos, "codegen: if needs two successors");
      b_.CreateCondBr(ToBool(Operand(v, 0)), blocks_.at(v->block->succs[0]),
                      blocks_.at(v->block->succs[1]));
      return nullptr;
    case Op::kReturn: LowerReturn(v); return nullptr;
    case Op::kPanic: {
      llvm::Value* x = ToEface(Operand(v, 0), v->operand(0)->type);
      CallRt("gosc_panic", {x});
      b_.CreateUnreachable();
      return nullptr;
    }
    case Op::kUnreachable: b_.CreateUnreachable(); return nullptr;
    case Op::kPhi: break;
  }
  Fail(v->pos, std::string("codegen: unhandled op ") + ssa::OpName(v->op));
}

}  // namespace gosc::codegen
