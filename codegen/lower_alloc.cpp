// Lowering of allocation sites (Alloc values) and the note each one leaves
// for the -S listing.
//
// Why it exists: this is where escape analysis becomes visible in the
// machine code. Lowering reads each Alloc's decision record
// (ssa::AllocDecision) and nothing else about the decision: a site decided
// for the stack is an entry-block `alloca` zeroed at the allocation point (a
// loop re-executing it gets fresh zeroed memory, which is what `new(T)`
// means; the escape pass only stack-allocates sites that do not outlive an
// iteration), a site on the heap is a runtime allocation, a site in the
// function's region (objects that outlive an iteration, not the call) a
// bump allocation from the frame's region slot, which every normal return
// releases (runtime/region.h). A co-allocated group (an outer heap object
// and the inner objects its fields are initialised with, coalloc.cpp) is one
// runtime allocation of the bytes the host's decision records, made where
// the first site of the group is lowered (all are in one block); each site
// is its offset into it, and the host's note lists the layout. Every site then
// gets its note (listing.h): the decision in -m's words, and what it cost —
// the stack bytes, or the runtime call that allocated it.
#include <llvm/IR/DebugInfoMetadata.h>

#include "codegen/internal.h"

namespace gosc::codegen {

using ssa::AllocKind;
using ssa::AllocSite;

llvm::Value* FuncLowering::HeapAlloc(const Type* t, llvm::Value* count) {
  llvm::Value* size = b_.getInt64(t->Size());
  if (count) size = b_.CreateMul(size, count);
  return CallRt("gosc_mallocgc", {size, b_.getInt8(t->HasPointers() ? 1 : 0)});
}

// Boxes that need no fresh memory, as in gc (walk's dataWord): a box that
// nothing writes after its one initialising store, and whose value is
// already computed where the box is made, can be a read-only global when
// the value is a constant (gc's read-only data), gc's zero global when it is
// zero-sized or a zero constant, and otherwise the runtime's convT8/16/32/64
// (0..255 come from a static table, gc's staticuint64s) or convTstring (""
// is a shared empty string): the fmt arguments of a program.
llvm::Value* FuncLowering::LowerSharedBox(const ssa::Value* v) {
  if (v->alloc_site != AllocSite::kBox || v->decision.kind != AllocKind::kHeap ||
      v->decision.coalloc_size > 0)
    return nullptr;
  const ssa::Value* init = nullptr;
  for (const ssa::Value* u : v->uses()) {
    if (u->op == ssa::Op::kMakeInterface && u->operand(0) == v) continue;
    if (u->op == ssa::Op::kStore && u->operand(0) == v && u->operand(1) != v && !init &&
        u->block == v->block) {
      init = u;
      continue;
    }
    return nullptr;  // read, written or passed on some other way
  }
  if (!init) return nullptr;
  const ssa::Value* val = init->operand(1);
  auto have = vals_.find(val);
  if (have == vals_.end()) return nullptr;  // computed after the box is made
  const Type* t = val->type;
  llvm::Value* x = have->second;
  if (ml_.IsBig(t)) return nullptr;
  // A load of a fresh variable nothing writes (the builder's temporary for
  // a zero composite literal such as T{}) is the zero value.
  auto never_written = [](const ssa::Value* load) {
    if (load->op != ssa::Op::kLoad || load->operand(0)->op != ssa::Op::kAlloc) return false;
    for (const ssa::Value* u : load->operand(0)->uses())
      if (u->op != ssa::Op::kLoad) return false;
    return true;
  };
  llvm::Value* box = nullptr;
  auto* c = llvm::dyn_cast<llvm::Constant>(x);
  if (t->Size() == 0 || (c && c->isNullValue()) || never_written(val)) {
    box = ml_.ZeroGlobal(t);
  } else if (c && (x->getType()->isIntegerTy() || x->getType()->isFloatingPointTy() ||
                   IsStringType(t))) {
    box = ml_.ReadOnlyBox(c, static_cast<uint64_t>(t->Align()));
  } else if (IsStringType(t)) {
    box = CallRt("gosc_convTstring", {x});
  } else if (!t->HasPointers() && t->Align() == t->Size() &&
             (x->getType()->isIntegerTy() || x->getType()->isFloatingPointTy()) &&
             ml_.dl().getTypeSizeInBits(x->getType()) == static_cast<uint64_t>(t->Size()) * 8) {
    static const char* const kConv[] = {nullptr, "gosc_convT8",  "gosc_convT16",
                                        nullptr, "gosc_convT32", nullptr,
                                        nullptr, nullptr,        "gosc_convT64"};
    const int64_t size = t->Size();
    if (size > 8 || kConv[size] == nullptr) return nullptr;
    llvm::Value* bits = x;
    if (x->getType()->isFloatingPointTy())
      bits = b_.CreateBitCast(x, b_.getIntNTy(static_cast<unsigned>(size * 8)));
    box = CallRt(kConv[size], {bits});
  } else {
    return nullptr;
  }
  shared_box_stores_.insert(init);
  return box;
}

llvm::Value* FuncLowering::LowerAlloc(const ssa::Value* v) {
  if (llvm::Value* shared = LowerSharedBox(v)) {
    if (auto* call = llvm::dyn_cast<llvm::CallInst>(shared)) NoteAllocSite(v, {}, call);
    return shared;
  }
  if (v->decision.kind == AllocKind::kCoalloc ||
      (v->decision.kind == AllocKind::kHeap && v->decision.coalloc_size > 0))
    return LowerCoallocSite(v);
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
// What the note says was decided, from the site's decision record: -m's
// message, or for a site -m is silent about (a variable kept on the stack,
// every site under --no-escape) the words gc would use; for other sites on
// the heap the reason too when -m's words do not give it ("non-constant
// size", "too large for stack", "escape analysis disabled (--no-escape)").
std::string DecisionText(const ssa::Value* v, bool placed_on_heap) {
  const ssa::AllocDecision& d = v->decision;
  std::string desc = v->alloc_desc.empty() ? "allocation" : v->alloc_desc;
  bool variable = v->alloc_site == AllocSite::kLocalVar;
  if (d.kind == AllocKind::kRegion) return d.message;
  if (placed_on_heap && d.kind == AllocKind::kStack) {
    // Decided for the stack, but lowering found no constant size for it.
    return desc + " does not escape, but its size is not constant";
  }
  if (!placed_on_heap) {
    bool said = d.kind == AllocKind::kStack && !d.message.empty();
    return said ? d.message : desc + " does not escape";
  }
  if (variable) return d.message.empty() ? "moved to heap: " + desc : d.message;
  std::string text = d.message.empty() ? desc + " escapes to heap" : d.message;
  if (d.reason != ssa::AllocReason::kEscapes && d.reason != ssa::AllocReason::kUndecided)
    text += std::string(" (") + ssa::AllocReasonText(d.reason) + ")";
  return text;
}
}  // namespace

void FuncLowering::NoteAllocSite(const ssa::Value* v, const std::vector<llvm::AllocaInst*>& allocas,
                                 llvm::CallInst* call, const std::string& extra) {
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
    note.text += " -> call " + go_name(call) + extra;
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

llvm::Value* FuncLowering::LowerCoallocSite(const ssa::Value* v) {
  const ssa::Value* host = v->decision.kind == AllocKind::kCoalloc ? v->decision.coalloc_host : v;
  if (host == nullptr || host->decision.coalloc_size <= 0 || host->block != v->block)
    Fail(v->pos, "codegen: co-allocated site without a host in its block");
  auto it = coalloc_blocks_.find(host);
  if (it == coalloc_blocks_.end()) {
    // The call carries the host's position, so the listing shows the host's
    // note at it whichever site of the group comes first.
    llvm::DebugLoc saved = b_.getCurrentDebugLocation();
    SetDebugLoc(host->pos);
    // The host holds the pointer to its first guest: the block has pointers.
    llvm::CallInst* call =
        CallRt("gosc_mallocgc", {b_.getInt64(host->decision.coalloc_size), b_.getInt8(1)});
    b_.SetCurrentDebugLocation(saved);
    std::string layout = ", one allocation of " + std::to_string(host->decision.coalloc_size) +
                         " bytes for " + host->alloc_desc + " at 0";
    for (const ssa::Value* g : host->block->values) {
      if (g->op == ssa::Op::kAlloc && g->decision.kind == AllocKind::kCoalloc &&
          g->decision.coalloc_host == host) {
        layout += ", " + g->alloc_desc;
        const types::SourceSet* sources = ml_.opts().sources;
        if (sources && g->pos.file >= 0 && static_cast<size_t>(g->pos.file) < sources->size())
          layout += " (" + sources->Format(g->pos) + ")";
        layout += " at " + std::to_string(g->decision.coalloc_offset);
      }
    }
    NoteAllocSite(host, {}, call, layout);
    it = coalloc_blocks_.emplace(host, call).first;
  }
  if (v == host) return it->second;
  return b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), it->second,
                                       static_cast<uint64_t>(v->decision.coalloc_offset));
}

void FuncLowering::SetUpRegion() {
  bool any = false;
  for (const auto& blk : f_.blocks) {
    for (const ssa::Value* v : blk->values)
      any = any || (v->op == ssa::Op::kAlloc && v->decision.kind == AllocKind::kRegion);
  }
  if (!any) return;
  region_slot_ = EntryAlloca(llvm::ArrayType::get(b_.getInt8Ty(), kRegionSize), "region", 8);
  // Zeroed once per call, in the entry block: an empty region, no chunk yet.
  llvm::IRBuilder<> eb(alloca_point_);
  eb.CreateMemSet(region_slot_, eb.getInt8(0), kRegionSize, llvm::MaybeAlign(8));
}

void FuncLowering::ReleaseRegion() {
  if (region_slot_) CallRt("gosc_region_release", {region_slot_});
}

// A kRegion site: maps get their header and first group from the region
// (and grow there); other objects are a bump allocation of their size.
// Escape analysis only makes region sites of constant size (or maps).
llvm::Value* FuncLowering::RegionAllocStorage(const ssa::Value* v) {
  if (!region_slot_) Fail(v->pos, "codegen: region site without a region slot");
  if (v->alloc_site == AllocSite::kMakeMap || v->alloc_site == AllocSite::kMapLit) {
    llvm::Value* hint = v->num_operands() > 0 && v->operand(0)
                            ? ToI64(Operand(v, 0), v->operand(0)->type)
                            : b_.getInt64(0);
    return CallRt("gosc_region_makemap", {ml_.TypeDesc(v->type), hint, region_slot_});
  }
  const Type* elem = v->aux_type;
  if (!elem) {
    if (const auto* p = v->type->Underlying()->As<types::Pointer>()) elem = p->elem();
  }
  if (!elem) Fail(v->pos, "codegen: alloc without element type");
  llvm::Value* size = b_.getInt64(elem->Size());
  bool is_slice = v->alloc_site == AllocSite::kMakeSlice || v->alloc_site == AllocSite::kSliceLit;
  if (is_slice && v->num_operands() > 0) {
    auto* n = llvm::dyn_cast<llvm::ConstantInt>(ToI64(Operand(v, 0), v->operand(0)->type));
    if (!n || n->getSExtValue() < 0) Fail(v->pos, "codegen: region slice without constant size");
    size = b_.getInt64(elem->Size() * n->getSExtValue());
  }
  return CallRt("gosc_region_alloc", {region_slot_, size, b_.getInt8(elem->HasPointers() ? 1 : 0)});
}

llvm::Value* FuncLowering::LowerAllocStorage(const ssa::Value* v) {
  if (v->decision.kind == AllocKind::kRegion) return RegionAllocStorage(v);
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

  if (v->decision.kind == AllocKind::kStack && (!count || const_count)) {
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
  if (v->alloc_site == AllocSite::kMakeSlice && count &&
      !(const_count && const_count->getSExtValue() >= 0)) {
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

}  // namespace gosc::codegen
