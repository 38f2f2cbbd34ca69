// Maps, range over strings, and the print/println builtins.
//
// Why it exists: map operations are runtime calls keyed by the map type's
// descriptor, with fast paths for 4- and 8-byte integer and string keys
// (passed by value) and generic ones (key passed by pointer to a stack
// copy); a map whose Alloc is Stack gets its header (and its one group for
// small maps) from entry-block allocas (DESIGN.md § Maps, runtime/abi.def). Iteration uses the
// runtime's iterator in an entry-block slot, with one extra word remembering whether the first
// element was already visited (MapIterNext's "advance then read" contract vs the runtime's "read
// then advance"). Range over strings decodes ASCII inline and calls the runtime for multi-byte
// sequences.
#include <algorithm>

#include "codegen/internal.h"

namespace gosc::codegen {

using ssa::Op;
using types::BasicKind;

namespace {
enum class KeyPath { kGeneric, kFast32, kFast64, kFastStr };

KeyPath KeyPathOf(const Type* key) {
  const auto* b = key->Underlying()->As<types::Basic>();
  if (!b) return KeyPath::kGeneric;
  switch (b->basic()) {
    case BasicKind::kInt:
    case BasicKind::kInt64:
    case BasicKind::kUint:
    case BasicKind::kUint64:
    case BasicKind::kUintptr: return KeyPath::kFast64;
    case BasicKind::kInt32:
    case BasicKind::kUint32: return KeyPath::kFast32;
    case BasicKind::kString: return KeyPath::kFastStr;
    default: return KeyPath::kGeneric;
  }
}

// Whether `v`, lying between a map element's read and its write in one
// block, neither observes nor changes the map nor can panic: then reading
// through mapassign's slot (which inserts an absent key early) and writing
// back through the same slot is indistinguishable from two lookups. Division
// and variable shifts may panic; a shift may all the same in `m[k] <<= s`
// (`in_place`), where gc too has inserted the key before the shift panics
// (the builder leaves `/=` and `%=` unmarked, as gc reads first there).
bool InertBetweenReadAndWrite(const ssa::Value* v, bool in_place) {
  switch (v->op) {
    case Op::kConst:
    case Op::kZero:
    case Op::kAdd:
    case Op::kSub:
    case Op::kMul:
    case Op::kAnd:
    case Op::kOr:
    case Op::kXor:
    case Op::kAndNot:
    case Op::kNeg:
    case Op::kNot:
    case Op::kComplement:
    case Op::kConvert:
    case Op::kChangeType: return true;
    case Op::kShl:
    case Op::kShr:
      return in_place || (v->operand(1)->op == Op::kConst && v->operand(1)->cval.AsInt64() >= 0);
    default: return false;
  }
}

// The MapUpdate of the same map and key that follows `lookup` (a plain
// m[k] read) in its block with only inert values between, as `m[k] op= v`,
// `m[k]++` and `m[k] = m[k] op v` lower: both then use one mapassign.
const ssa::Value* FusedUpdate(const ssa::Value* lookup) {
  if (lookup->flag || lookup->block == nullptr) return nullptr;
  const auto& vals = lookup->block->values;
  auto it = std::find(vals.begin(), vals.end(), lookup);
  if (it == vals.end()) return nullptr;
  auto update = std::find_if(std::next(it), vals.end(), [](const ssa::Value* v) {
    return v->op == Op::kMapUpdate || !InertBetweenReadAndWrite(v, true);
  });
  if (update == vals.end() || (*update)->op != Op::kMapUpdate) return nullptr;
  const ssa::Value* u = *update;
  if (u->operand(0) != lookup->operand(0) || u->operand(1) != lookup->operand(1)) return nullptr;
  for (auto between = std::next(it); between != update; ++between) {
    if (!InertBetweenReadAndWrite(*between, u->flag)) return nullptr;
  }
  return u;
}

const char* Suffix(KeyPath k) {
  switch (k) {
    case KeyPath::kFast32: return "_fast32";
    case KeyPath::kFast64: return "_fast64";
    case KeyPath::kFastStr: return "_faststr";
    default: return "";
  }
}
}  // namespace

llvm::Value* FuncLowering::MakeMap(const ssa::Value* v) {
  const auto* mt = v->type->Underlying()->As<types::Map>();
  if (!mt) Fail(v->pos, "codegen: make(map) of non-map type " + v->type->String());
  llvm::Value* hint = v->num_operands() > 0 && v->operand(0)
                          ? ToI64(Operand(v, 0), v->operand(0)->type)
                          : b_.getInt64(0);
  llvm::Value* null = llvm::ConstantPointerNull::get(ml_.Ptr());
  llvm::Value* header = null;
  llvm::Value* group = null;
  if (v->decision.kind == ssa::AllocKind::kStack) {
    header = EntryAlloca(llvm::ArrayType::get(b_.getInt8Ty(), kMapHeaderSize), "map.header", 8);
    auto* ch = llvm::dyn_cast<llvm::ConstantInt>(hint);
    if (ch && ch->getSExtValue() <= kMapSmallCapacity) {
      int64_t size = kMapGroupCtrlSize + kMapGroupSlots * (mt->key()->Size() + mt->value()->Size());
      group = EntryAlloca(llvm::ArrayType::get(b_.getInt8Ty(), size), "map.group", 8);
      // One group holds up to 8 entries: no runtime call needed.
      InitStackMap(v, header, group);
      return header;
    }
  }
  return CallRt("gosc_makemap", {ml_.TypeDesc(v->type), hint, header, group});
}

// What gosc_makemap(type, hint <= 8, header, group) stores (abi.def's
// header layout), inline: the common local map costs a few stores instead
// of a call. Only the group's control word is cleared (all slots empty);
// the runtime writes a slot before it ever reads it. The seed is the cycle
// counter: it differs between maps and runs, which is all a seed needs.
void FuncLowering::InitStackMap(const ssa::Value* v, llvm::Value* header, llvm::Value* group) {
  const auto* mt = v->type->Underlying()->As<types::Map>();
  auto field = [&](int offset) {
    return b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), header, offset);
  };
  llvm::Value* cycles =
      b_.CreateIntrinsic(llvm::Intrinsic::readcyclecounter, {}, {}, nullptr, "map.seed");
  b_.CreateStore(b_.getInt64(0), field(kMapHeaderCountOffset));
  b_.CreateStore(ml_.TypeDesc(v->type), field(kMapHeaderTypeOffset));
  b_.CreateStore(group, field(kMapHeaderGroupsOffset));
  b_.CreateStore(cycles, field(kMapHeaderSeedOffset));
  b_.CreateStore(b_.getInt64(kMapSmallCapacity), field(kMapHeaderGrowthLeftOffset));
  b_.CreateStore(b_.getInt32(0), field(kMapHeaderGroupMaskOffset));
  b_.CreateStore(b_.getInt32(static_cast<uint32_t>(mt->value()->Size())),
                 field(kMapHeaderElemSizeOffset));
  b_.CreateStore(b_.getInt64(0), group);  // the 8 control bytes: all empty
}

llvm::Value* FuncLowering::LowerMapOp(const ssa::Value* v) {
  const Type* map_type = v->operand(0)->type;
  if (v->op == Op::kMapIterNext) {
    const auto* tup = v->type->As<types::Tuple>();
    if (!tup || tup->size() != 3) Fail(v->pos, "codegen: mapiternext must yield (bool, K, V)");
    llvm::Value* it = Operand(v, 0);
    llvm::Value* started = b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), it, kMapIterSize);
    auto* adv = llvm::BasicBlock::Create(ml_.ctx(), "iter.advance", fn_);
    auto* read = llvm::BasicBlock::Create(ml_.ctx(), "iter.read", fn_);
    b_.CreateCondBr(ToBool(b_.CreateLoad(b_.getInt8Ty(), started)), adv, read);
    b_.SetInsertPoint(adv);
    CallRt("gosc_mapiternext", {it});
    b_.CreateBr(read);
    b_.SetInsertPoint(read);
    b_.CreateStore(b_.getInt8(1), started);
    llvm::Value* kp = b_.CreateLoad(ml_.Ptr(), it);
    llvm::Value* ok = b_.CreateIsNotNull(kp);
    llvm::BasicBlock* from = b_.GetInsertBlock();
    auto* has = llvm::BasicBlock::Create(ml_.ctx(), "iter.has", fn_);
    auto* done = llvm::BasicBlock::Create(ml_.ctx(), "iter.done", fn_);
    b_.CreateCondBr(ok, has, done);
    b_.SetInsertPoint(has);
    llvm::Value* k = LoadTyped(tup->At(1), kp);
    llvm::Value* ep =
        b_.CreateLoad(ml_.Ptr(), b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), it, 8));
    llvm::Value* e = LoadTyped(tup->At(2), ep);
    b_.CreateBr(done);
    b_.SetInsertPoint(done);
    llvm::PHINode* pk = b_.CreatePHI(T(tup->At(1)), 2);
    pk->addIncoming(ZeroOf(tup->At(1)), from);
    pk->addIncoming(k, has);
    llvm::PHINode* pe = b_.CreatePHI(T(tup->At(2)), 2);
    pe->addIncoming(ZeroOf(tup->At(2)), from);
    pe->addIncoming(e, has);
    return MakeTuple(v->type, {FromBool(ok), pk, pe});
  }
  const auto* mt = map_type->Underlying()->As<types::Map>();
  if (!mt) Fail(v->pos, "codegen: map op on " + map_type->String());
  llvm::Value* m = Operand(v, 0);
  llvm::Value* desc = ml_.TypeDesc(map_type);
  if (v->op == Op::kMapIterInit) {
    auto* it_ty = llvm::ArrayType::get(b_.getInt8Ty(), kMapIterSize + 8);
    llvm::Value* it = EntryAlloca(it_ty, "map.iter", 8);
    b_.CreateStore(b_.getInt8(0), b_.CreateConstInBoundsGEP1_64(b_.getInt8Ty(), it, kMapIterSize));
    CallRt("gosc_mapiterinit", {desc, m, it});
    return it;
  }
  KeyPath kp = KeyPathOf(mt->key());
  llvm::Value* key = Operand(v, 1);
  if (kp == KeyPath::kGeneric && !Big(mt->key())) key = Spill(key, "mapkey");
  std::string sfx = Suffix(kp);
  switch (v->op) {
    case Op::kMapLookup: {
      const Type* vt = mt->value();
      if (const ssa::Value* update = FusedUpdate(v)) {
        // One lookup for the read and the write: the slot mapassign returns.
        llvm::Value* p = CallRt("gosc_mapassign" + sfx, {desc, m, key});
        fused_map_slots_[update] = p;
        return LoadTyped(vt, p);
      }
      if (!v->flag) {
        llvm::Value* p = CallRt("gosc_mapaccess1" + sfx, {desc, m, key});
        return LoadTyped(vt, p);
      }
      llvm::Value* p = CallRt("gosc_mapaccess2" + sfx, {desc, m, key});
      llvm::Value* ok = b_.CreateIsNotNull(p);
      llvm::BasicBlock* from = b_.GetInsertBlock();
      auto* has = llvm::BasicBlock::Create(ml_.ctx(), "map.found", fn_);
      auto* done = llvm::BasicBlock::Create(ml_.ctx(), "map.done", fn_);
      b_.CreateCondBr(ok, has, done);
      b_.SetInsertPoint(has);
      llvm::Value* val = LoadTyped(vt, p);
      b_.CreateBr(done);
      b_.SetInsertPoint(done);
      llvm::PHINode* phi = b_.CreatePHI(T(vt), 2);
      phi->addIncoming(ZeroOf(vt), from);
      phi->addIncoming(val, has);
      return MakeTuple(v->type, {phi, FromBool(ok)});
    }
    case Op::kMapUpdate: {
      auto fused = fused_map_slots_.find(v);
      llvm::Value* p = fused != fused_map_slots_.end()
                           ? fused->second
                           : CallRt("gosc_mapassign" + sfx, {desc, m, key});
      StoreTyped(mt->value(), Operand(v, 2), p);
      return nullptr;
    }
    case Op::kMapDelete: CallRt("gosc_mapdelete" + sfx, {desc, m, key}); return nullptr;
    default: break;
  }
  Fail(v->pos, "codegen: bad map op");
}

llvm::Value* FuncLowering::LowerStringNext(const ssa::Value* v) {
  llvm::Value* s = Operand(v, 0);
  llvm::Value* k = ToI64(Operand(v, 1), v->operand(1)->type);
  const auto* tup = v->type->As<types::Tuple>();
  if (!tup || tup->size() != 2) Fail(v->pos, "codegen: stringnext must yield (rune, width)");
  llvm::Type* rune_t = T(tup->At(0));
  llvm::Type* width_t = T(tup->At(1));
  llvm::Value* byte = b_.CreateLoad(
      b_.getInt8Ty(), b_.CreateInBoundsGEP(b_.getInt8Ty(), b_.CreateExtractValue(s, 0), k));
  llvm::Value* ascii = b_.CreateZExt(byte, rune_t);
  llvm::BasicBlock* from = b_.GetInsertBlock();
  auto* slow = llvm::BasicBlock::Create(ml_.ctx(), "utf8.decode", fn_);
  auto* done = llvm::BasicBlock::Create(ml_.ctx(), "utf8.done", fn_);
  b_.CreateCondBr(b_.CreateICmpSLT(byte, b_.getInt8(0)), slow, done);
  b_.SetInsertPoint(slow);
  llvm::Value* pr = CallRt("gosc_decoderune", {s, k});
  llvm::Value* r_slow = b_.CreateTrunc(b_.CreateExtractValue(pr, 0), rune_t);
  llvm::Value* w_slow =
      b_.CreateSExtOrTrunc(b_.CreateSub(b_.CreateExtractValue(pr, 1), k), width_t);
  llvm::BasicBlock* slow_end = b_.GetInsertBlock();
  b_.CreateBr(done);
  b_.SetInsertPoint(done);
  llvm::PHINode* r = b_.CreatePHI(rune_t, 2);
  r->addIncoming(ascii, from);
  r->addIncoming(r_slow, slow_end);
  llvm::PHINode* w = b_.CreatePHI(width_t, 2);
  w->addIncoming(llvm::ConstantInt::get(width_t, 1), from);
  w->addIncoming(w_slow, slow_end);
  return MakeTuple(v->type, {r, w});
}

void FuncLowering::LowerPrint(const ssa::Value* v) {
  bool ln = v->flag;
  for (size_t i = 0; i < v->num_operands(); ++i) {
    if (ln && i > 0) CallRt("gosc_printsp", {});
    const Type* t = v->operand(i)->type;
    llvm::Value* x = Operand(v, i);
    const Type* u = t->Underlying();
    if (const auto* b = u->As<types::Basic>()) {
      if (b->IsBoolean()) CallRt("gosc_printbool", {x});
      else if (b->IsString()) CallRt("gosc_printstring", {x});
      else if (b->IsFloat()) CallRt("gosc_printfloat", {b_.CreateFPCast(x, b_.getDoubleTy())});
      else if (b->basic() == BasicKind::kUnsafePointer) CallRt("gosc_printpointer", {x});
      else if (b->IsUnsigned()) CallRt("gosc_printuint", {ToI64(x, t)});
      else if (b->IsInteger()) CallRt("gosc_printint", {ToI64(x, t)});
      else Fail(v->pos, "codegen: cannot print " + t->String());
    } else if (const auto* it = u->As<types::Interface>()) {
      CallRt(it->IsEmpty() ? "gosc_printeface" : "gosc_printiface", {x});
    } else if (u->As<types::Slice>()) {
      CallRt("gosc_printslice", {x});
    } else if (x->getType()->isPointerTy()) {
      CallRt("gosc_printpointer", {x});
    } else {
      Fail(v->pos, "codegen: cannot print " + t->String());
    }
  }
  if (ln) CallRt("gosc_printnl", {});
}

}  // namespace gosc::codegen
