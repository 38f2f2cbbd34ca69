// Type descriptors: one constant GoType (runtime/typedesc.h) per Go type
// that needs one.
//
// Why it exists: the runtime knows Go types only through these descriptors —
// fmt's %v/%T walk them, maps hash and compare keys with them, interface
// values carry them (or itabs pointing at them), panics name types from them,
// and allocation picks atomic vs scanned memory from their flags. Run-time
// type identity is pointer identity of descriptors (abi.def), so exactly one
// descriptor is emitted per type identity: a per-pointer cache backed by a
// scan with types::Identical among types of the same spelling.
// Descriptors are created empty on first request and filled from a work list,
// which is how recursive types (type T struct{ next *T }) terminate.
#include <algorithm>

#include "codegen/internal.h"
#include "codegen/typedesc_layout.h"

namespace gosc::codegen {

using types::BasicKind;
using types::TypeKind;

namespace {
// Kinds and flags are runtime/typedesc.h's own enums (GoKind, GoTypeFlags).
uint8_t KindOf(const Type* t) {
  const Type* u = t->Underlying();
  switch (u->kind()) {
    case TypeKind::kBasic:
      switch (u->As<types::Basic>()->basic()) {
        case BasicKind::kBool: return kGoBool;
        case BasicKind::kInt: return kGoInt;
        case BasicKind::kInt8: return kGoInt8;
        case BasicKind::kInt16: return kGoInt16;
        case BasicKind::kInt32: return kGoInt32;
        case BasicKind::kInt64: return kGoInt64;
        case BasicKind::kUint: return kGoUint;
        case BasicKind::kUint8: return kGoUint8;
        case BasicKind::kUint16: return kGoUint16;
        case BasicKind::kUint32: return kGoUint32;
        case BasicKind::kUint64: return kGoUint64;
        case BasicKind::kUintptr: return kGoUintptr;
        case BasicKind::kFloat32: return kGoFloat32;
        case BasicKind::kFloat64: return kGoFloat64;
        case BasicKind::kString: return kGoString;
        case BasicKind::kUnsafePointer: return kGoUnsafePointer;
        default: return kGoInvalid;
      }
    case TypeKind::kPointer: return kGoPointer;
    case TypeKind::kSlice: return kGoSlice;
    case TypeKind::kArray: return kGoArray;
    case TypeKind::kMap: return kGoMap;
    case TypeKind::kStruct: return kGoStruct;
    case TypeKind::kSignature: return kGoFunc;
    case TypeKind::kInterface: return kGoInterface;
    default: return kGoInvalid;
  }
}

uint32_t Fnv1a(const std::string& s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}
}  // namespace

bool ModuleLowering::IsDirectIface(const Type* t) {
  // The SSA builder's definition of "pointer-shaped" (ops.def): everything
  // else, single-pointer structs included, is boxed.
  const Type* u = t->Underlying();
  switch (u->kind()) {
    case TypeKind::kPointer:
    case TypeKind::kMap:
    case TypeKind::kSignature:
    case TypeKind::kChan: return true;
    case TypeKind::kBasic: return u->As<types::Basic>()->basic() == BasicKind::kUnsafePointer;
    default: return false;
  }
}

// Canonical Go text of a func type without its receiver, as the runtime
// compares it when building itabs: "func(int, ...string) (bool, error)".
std::string ModuleLowering::SignatureText(const types::Signature* sig) {
  std::string s = "func(";
  const types::Tuple* ps = sig->params();
  for (size_t i = 0; i < ps->size(); ++i) {
    if (i) s += ", ";
    const Type* pt = ps->At(i);
    if (sig->variadic() && i + 1 == ps->size() && pt->As<types::Slice>())
      s += "..." + pt->As<types::Slice>()->elem()->String();
    else s += pt->String();
  }
  s += ")";
  const types::Tuple* rs = sig->results();
  if (rs->size() == 1) {
    s += " " + rs->At(0)->String();
  } else if (rs->size() > 1) {
    s += " (";
    for (size_t i = 0; i < rs->size(); ++i) {
      if (i) s += ", ";
      s += rs->At(i)->String();
    }
    s += ")";
  }
  return s;
}

// The LLVM struct of a descriptor's slots (typedesc_layout.h, where they
// are checked against the runtime's C structs).
template <size_t N>
static std::vector<llvm::Type*> SlotTypes(ModuleLowering& ml,
                                          const std::array<DescSlot, N>& slots) {
  std::vector<llvm::Type*> out;
  for (DescSlot s : slots) {
    switch (s) {
      case DescSlot::kI8: out.push_back(ml.I8()); break;
      case DescSlot::kI16: out.push_back(llvm::Type::getInt16Ty(ml.ctx())); break;
      case DescSlot::kI32: out.push_back(ml.I32()); break;
      case DescSlot::kI64: out.push_back(ml.I64()); break;
      case DescSlot::kPtr: out.push_back(ml.Ptr()); break;
    }
  }
  return out;
}

static llvm::StructType* GoTypeStruct(ModuleLowering& ml) {
  llvm::LLVMContext& c = ml.ctx();
  if (auto* t = llvm::StructType::getTypeByName(c, "go.type")) return t;
  return llvm::StructType::create(c, SlotTypes(ml, kGoTypeSlots), "go.type");
}

llvm::GlobalVariable* ModuleLowering::DescGlobal(const Type* t) {
  auto it = desc_cache_.find(t);
  if (it != desc_cache_.end()) return it->second;
  std::string name = t->String();
  auto& same = desc_by_name_[name];
  for (auto& [other, gv] : same) {
    if (types::Identical(other, t)) {
      desc_cache_[t] = gv;
      return gv;
    }
  }
  llvm::GlobalVariable* gv = nullptr;
  // The runtime owns `error`'s descriptor so that its itabs agree with ours.
  if (t == ssa_.types->Error() || (t->As<types::Named>() && name == "error")) {
    for (const RtEntry& v : RuntimeVars()) {
      if (v.go_name != "type.error") continue;
      gv = mod_->getGlobalVariable(v.symbol);
      if (!gv)
        gv = new llvm::GlobalVariable(*mod_, GoTypeStruct(*this), true,
                                      llvm::GlobalValue::ExternalLinkage, nullptr, v.symbol);
    }
  }
  if (!gv) {
    gv = new llvm::GlobalVariable(*mod_, GoTypeStruct(*this), true,
                                  llvm::GlobalValue::PrivateLinkage, nullptr, "type:" + name);
    gv->setAlignment(llvm::Align(8));
    pending_descs_.push_back({t, gv});
  }
  desc_cache_[t] = gv;
  same.push_back({t, gv});
  return gv;
}

llvm::Constant* ModuleLowering::TypeDesc(const Type* t) { return DescGlobal(t); }

void ModuleLowering::FillDescriptor(const Type* t, llvm::GlobalVariable* gv) {
  llvm::Type* i64 = I64();
  llvm::Constant* null = llvm::ConstantPointerNull::get(Ptr());
  const Type* u = t->Underlying();
  const auto* named = t->As<types::Named>();
  uint8_t flags = 0;
  if (t->HasPointers()) flags |= kGoHasPointers;
  if (types::Comparable(t)) flags |= kGoComparable;
  if (IsDirectIface(t)) flags |= kGoDirectIface;
  if (named) flags |= kGoNamed;
  if (types::HashMightPanic(t)) flags |= kGoHashMightPanic;

  llvm::Constant* elem = null;
  llvm::Constant* key = null;
  int64_t len = 0;
  llvm::Constant* fields = null;
  llvm::Constant* methods = null;
  llvm::Constant* underlying = null;

  switch (u->kind()) {
    case TypeKind::kPointer: elem = TypeDesc(u->As<types::Pointer>()->elem()); break;
    case TypeKind::kSlice: elem = TypeDesc(u->As<types::Slice>()->elem()); break;
    case TypeKind::kArray:
      elem = TypeDesc(u->As<types::Array>()->elem());
      len = u->As<types::Array>()->len();
      break;
    case TypeKind::kMap:
      elem = TypeDesc(u->As<types::Map>()->value());
      key = TypeDesc(u->As<types::Map>()->key());
      break;
    default: break;
  }
  if (u->kind() == TypeKind::kStruct && !named) {
    const auto* st = u->As<types::Struct>();
    auto* field_ty = llvm::StructType::get(ctx_, SlotTypes(*this, kGoFieldSlots));
    std::vector<llvm::Constant*> fs;
    for (size_t i = 0; i < st->fields().size(); ++i) {
      const types::Var* f = st->fields()[i];
      std::string fname = f->name();
      if (f->embedded && fname.empty()) {
        const Type* ft = f->type();
        if (auto* p = ft->As<types::Pointer>()) ft = p->elem();
        fname = ft->String();
        size_t dot = fname.rfind('.');
        if (dot != std::string::npos) fname = fname.substr(dot + 1);
      }
      fs.push_back(llvm::ConstantStruct::get(
          field_ty,
          {CString(fname), TypeDesc(f->type()), llvm::ConstantInt::get(i64, st->Offset(i)),
           llvm::ConstantInt::get(i64, f->embedded ? 1 : 0)}));
    }
    len = fs.size();
    if (!fs.empty()) {
      auto* arr_ty = llvm::ArrayType::get(field_ty, fs.size());
      auto* arr =
          new llvm::GlobalVariable(*mod_, arr_ty, true, llvm::GlobalValue::PrivateLinkage,
                                   llvm::ConstantArray::get(arr_ty, fs), "fields:" + t->String());
      arr->setAlignment(llvm::Align(8));
      fields = arr;
    }
  }
  auto* method_ty = llvm::StructType::get(ctx_, SlotTypes(*this, kGoMethodSlots));
  auto make_table = [&](std::vector<llvm::Constant*> ms,
                        const std::string& what) -> llvm::Constant* {
    if (ms.empty()) return null;
    auto* arr_ty = llvm::ArrayType::get(method_ty, ms.size());
    auto* arr = new llvm::GlobalVariable(*mod_, arr_ty, true, llvm::GlobalValue::PrivateLinkage,
                                         llvm::ConstantArray::get(arr_ty, ms), what);
    arr->setAlignment(llvm::Align(8));
    return arr;
  };
  if (u->kind() == TypeKind::kInterface && named) {
    // A named interface has no methods of its own: the runtime reads the
    // interface's method list through `underlying` (and would take a named
    // type's table for a concrete method set).
  } else if (u->kind() == TypeKind::kInterface) {
    // Interfaces list their methods' names and signatures (fn unused).
    std::vector<llvm::Constant*> ms;
    for (const types::Func* m : u->As<types::Interface>()->AllMethods())
      ms.push_back(llvm::ConstantStruct::get(
          method_ty, {CString(m->name()), CString(SignatureText(m->sig())), null,
                      llvm::ConstantInt::get(i64, 0)}));
    len = ms.size();
    methods = make_table(std::move(ms), "imethods:" + t->String());
  } else if (named || (u->kind() == TypeKind::kPointer)) {
    // Concrete method tables: named T lists *T's method set with ptr_recv
    // marks; *T lists its own method set. fn takes the data word.
    std::vector<llvm::Constant*> ms;
    for (const MethodEntry& me : MethodSet(t)) {
      // A library method without a runtime entry cannot be called: leave it
      // out (library_members_test keeps every accepted one implemented).
      const types::Func* m = me.func;
      if (!m->is_interface_method && !m->pkg().empty() && !RtByGoName(m->FullName())) continue;
      ms.push_back(llvm::ConstantStruct::get(
          method_ty, {CString(me.name), CString(SignatureText(me.func->sig())),
                      MethodWrapper(t, me), llvm::ConstantInt::get(i64, me.ptr_only ? 1 : 0)}));
    }
    if (named || !ms.empty()) {
      if (named) len = ms.size();
      else if (!ms.empty()) len = ms.size();
      methods = make_table(std::move(ms), "methods:" + t->String());
    }
  }
  if (named) underlying = TypeDesc(u);
  auto* st = GoTypeStruct(*this);
  llvm::Constant* init = llvm::ConstantStruct::get(
      st, {llvm::ConstantInt::get(i64, t->Size()), llvm::ConstantInt::get(i64, t->Align()),
           llvm::ConstantInt::get(I8(), KindOf(t)), llvm::ConstantInt::get(I8(), flags),
           llvm::ConstantInt::get(llvm::Type::getInt16Ty(ctx_), 0),
           llvm::ConstantInt::get(I32(), Fnv1a(t->String())), CString(t->String()), elem, key,
           llvm::ConstantInt::get(i64, len), fields, methods, underlying});
  gv->setInitializer(init);
}

}  // namespace gosc::codegen
