// Go type -> LLVM type mapping.
//
// Why it exists: every lowering needs one LLVM type per Go type, and memory
// produced by compiled code is read by the runtime (fmt, maps, the GC) with
// the layout the frontend computed (Type::Size/Align/Struct::Offset, Go's
// amd64 rules). Structs therefore become LLVM structs with explicit [N x i8]
// padding placed at the frontend's offsets, so LLVM's DataLayout agrees with
// Go byte for byte (the unit tests check this). One LLVM type serves both as
// the SSA value type and the in-memory type: bool is an i8 holding 0 or 1
// (comparisons produce i1 and are widened at once), which keeps aggregates
// free of i1 fields whose store size would be unclear to the runtime.
#include <llvm/IR/DerivedTypes.h>

#include "codegen/internal.h"

namespace gosc::codegen {

using types::BasicKind;
using types::TypeKind;

llvm::StructType* ModuleLowering::StringType() {
  auto* t = llvm::StructType::getTypeByName(ctx_, "go.string");
  return t ? t : llvm::StructType::create(ctx_, {Ptr(), I64()}, "go.string");
}
llvm::StructType* ModuleLowering::SliceType() {
  auto* t = llvm::StructType::getTypeByName(ctx_, "go.slice");
  return t ? t : llvm::StructType::create(ctx_, {Ptr(), I64(), I64()}, "go.slice");
}
llvm::StructType* ModuleLowering::IfaceType() {
  auto* t = llvm::StructType::getTypeByName(ctx_, "go.iface");
  return t ? t : llvm::StructType::create(ctx_, {Ptr(), Ptr()}, "go.iface");
}

static llvm::Type* BasicType(ModuleLowering& ml, const types::Basic* b) {
  llvm::LLVMContext& c = ml.ctx();
  switch (b->basic()) {
    case BasicKind::kBool:
    case BasicKind::kUntypedBool:
    case BasicKind::kInt8:
    case BasicKind::kUint8: return llvm::Type::getInt8Ty(c);
    case BasicKind::kInt16:
    case BasicKind::kUint16: return llvm::Type::getInt16Ty(c);
    case BasicKind::kInt32:
    case BasicKind::kUint32:
    case BasicKind::kUntypedRune: return llvm::Type::getInt32Ty(c);
    case BasicKind::kInt:
    case BasicKind::kInt64:
    case BasicKind::kUint:
    case BasicKind::kUint64:
    case BasicKind::kUintptr:
    case BasicKind::kUntypedInt: return llvm::Type::getInt64Ty(c);
    case BasicKind::kFloat32: return llvm::Type::getFloatTy(c);
    case BasicKind::kFloat64:
    case BasicKind::kUntypedFloat: return llvm::Type::getDoubleTy(c);
    case BasicKind::kString:
    case BasicKind::kUntypedString: return ml.StringType();
    case BasicKind::kUnsafePointer:
    case BasicKind::kUntypedNil: return ml.Ptr();
    default: break;
  }
  Fail({}, "codegen: no LLVM type for basic type " + b->String());
}

llvm::StructType* ModuleLowering::BuildStructType(const types::Struct* s) {
  std::vector<llvm::Type*> elems;
  std::vector<unsigned> index;
  int64_t at = 0;
  for (size_t i = 0; i < s->fields().size(); ++i) {
    int64_t off = s->Offset(i);
    if (off > at) elems.push_back(llvm::ArrayType::get(I8(), off - at));
    index.push_back(elems.size());
    const Type* ft = s->fields()[i]->type();
    elems.push_back(LlvmType(ft));
    at = off + ft->Size();
  }
  if (s->Size() > at) elems.push_back(llvm::ArrayType::get(I8(), s->Size() - at));
  field_index_[s] = std::move(index);
  auto* st = llvm::StructType::get(ctx_, elems);
  // The explicit padding makes natural LLVM layout coincide with Go's; if
  // LLVM would pad differently (it should not), fall back to packed.
  const llvm::StructLayout* sl = dl().getStructLayout(st);
  bool ok = static_cast<int64_t>(sl->getSizeInBytes()) == s->Size();
  for (size_t i = 0; ok && i < s->fields().size(); ++i)
    ok = static_cast<int64_t>(sl->getElementOffset(field_index_[s][i])) == s->Offset(i);
  if (!ok) st = llvm::StructType::get(ctx_, elems, /*isPacked=*/true);
  return st;
}

llvm::Type* ModuleLowering::LlvmType(const Type* t) {
  if (t == nullptr) return llvm::Type::getVoidTy(ctx_);
  auto it = type_cache_.find(t);
  if (it != type_cache_.end()) return it->second;
  llvm::Type* r = nullptr;
  switch (t->kind()) {
    case TypeKind::kBasic: r = BasicType(*this, t->As<types::Basic>()); break;
    case TypeKind::kPointer:
    case TypeKind::kMap:
    case TypeKind::kSignature:
    case TypeKind::kChan: r = Ptr(); break;
    case TypeKind::kSlice: r = SliceType(); break;
    case TypeKind::kInterface: r = IfaceType(); break;
    case TypeKind::kArray: {
      const auto* a = t->As<types::Array>();
      r = llvm::ArrayType::get(LlvmType(a->elem()), a->len());
      break;
    }
    case TypeKind::kStruct: r = BuildStructType(t->As<types::Struct>()); break;
    case TypeKind::kNamed: r = LlvmType(t->Underlying()); break;
    case TypeKind::kTuple: {
      std::vector<llvm::Type*> elems;
      const auto* tup = t->As<types::Tuple>();
      for (size_t i = 0; i < tup->size(); ++i) elems.push_back(LlvmType(tup->At(i)));
      r = llvm::StructType::get(ctx_, elems);
      break;
    }
  }
  type_cache_[t] = r;
  return r;
}

unsigned ModuleLowering::FieldIndex(const types::Struct* s, size_t i) {
  if (!field_index_.count(s)) LlvmType(s);
  const auto& idx = field_index_.at(s);
  if (i >= idx.size()) Fail({}, "codegen: field index out of range in " + s->String());
  return idx[i];
}

bool ModuleLowering::IsBig(const Type* t) {
  if (t == nullptr) return false;
  TypeKind k = t->Underlying()->kind();
  if (k != TypeKind::kArray && k != TypeKind::kStruct && k != TypeKind::kTuple) return false;
  return dl().getTypeAllocSize(LlvmType(t)) > kBigBytes;
}

llvm::Constant* ModuleLowering::ZeroGlobal(const Type* t) {
  auto it = zero_globals_.find(t);
  if (it != zero_globals_.end()) return it->second;
  llvm::Type* mt = LlvmType(t);
  auto* gv = new llvm::GlobalVariable(*mod_, mt, true, llvm::GlobalValue::PrivateLinkage,
                                      llvm::Constant::getNullValue(mt), "zero");
  gv->setAlignment(llvm::Align(16));
  zero_globals_[t] = gv;
  return gv;
}

llvm::Constant* ModuleLowering::ReadOnlyBox(llvm::Constant* value, uint64_t align) {
  auto it = readonly_boxes_.find(value);
  if (it != readonly_boxes_.end()) return it->second;
  auto* gv = new llvm::GlobalVariable(*mod_, value->getType(), true,
                                      llvm::GlobalValue::PrivateLinkage, value, "box");
  gv->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  gv->setAlignment(llvm::Align(std::max<uint64_t>(align, 1)));
  readonly_boxes_[value] = gv;
  return gv;
}

const Type* ModuleLowering::ResultGoType(const types::Signature* sig) {
  const types::Tuple* res = sig->results();
  if (res->size() == 0) return nullptr;
  if (res->size() == 1) return res->At(0);
  return res;
}

bool ModuleLowering::ResultViaSret(const types::Signature* sig) { return IsBig(ResultGoType(sig)); }

llvm::Type* ModuleLowering::ResultType(const types::Signature* sig) {
  const Type* r = ResultGoType(sig);
  if (r == nullptr || IsBig(r)) return llvm::Type::getVoidTy(ctx_);
  return LlvmType(r);
}

llvm::FunctionType* ModuleLowering::GoFuncType(const types::Signature* sig) {
  std::vector<llvm::Type*> params{Ptr()};  // the hidden context
  if (sig->recv()) params.push_back(ValType(sig->recv()->type()));
  for (size_t i = 0; i < sig->params()->size(); ++i)
    params.push_back(ValType(sig->params()->At(i)));
  if (ResultViaSret(sig)) params.push_back(Ptr());
  return llvm::FunctionType::get(ResultType(sig), params, false);
}

llvm::FunctionType* ModuleLowering::MethodFuncType(const types::Signature* sig) {
  std::vector<llvm::Type*> params{Ptr()};  // the interface data word
  for (size_t i = 0; i < sig->params()->size(); ++i)
    params.push_back(ValType(sig->params()->At(i)));
  if (ResultViaSret(sig)) params.push_back(Ptr());
  return llvm::FunctionType::get(ResultType(sig), params, false);
}

}  // namespace gosc::codegen
