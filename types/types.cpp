// Go type objects and the table that interns them.
//
// Why it exists: every layer asks the same questions of a type, and the
// answers must agree everywhere, so there is one set of type objects per
// compilation, owned and interned by TypeTable. This file holds the objects'
// own predicates (Basic kinds, interface method sets, link names) and the
// table; spellings are in print.cpp, layout in layout.cpp, identity in
// identity.cpp.
#include "types/types.h"

#include <algorithm>
#include <cassert>
#include <set>

namespace gosc::types {

const Type* Tuple::At(size_t i) const { return vars_[i]->type(); }

// ------------------------------------------------------------ Basic

bool Basic::IsInteger() const {
  switch (basic_) {
    case BasicKind::kInt:
    case BasicKind::kInt8:
    case BasicKind::kInt16:
    case BasicKind::kInt32:
    case BasicKind::kInt64:
    case BasicKind::kUint:
    case BasicKind::kUint8:
    case BasicKind::kUint16:
    case BasicKind::kUint32:
    case BasicKind::kUint64:
    case BasicKind::kUintptr:
    case BasicKind::kUntypedInt:
    case BasicKind::kUntypedRune: return true;
    default: return false;
  }
}
bool Basic::IsUnsigned() const {
  switch (basic_) {
    case BasicKind::kUint:
    case BasicKind::kUint8:
    case BasicKind::kUint16:
    case BasicKind::kUint32:
    case BasicKind::kUint64:
    case BasicKind::kUintptr: return true;
    default: return false;
  }
}
bool Basic::IsFloat() const {
  return basic_ == BasicKind::kFloat32 || basic_ == BasicKind::kFloat64 ||
         basic_ == BasicKind::kUntypedFloat;
}
bool Basic::IsNumeric() const {
  return IsInteger() || IsFloat() || basic_ == BasicKind::kComplex64 ||
         basic_ == BasicKind::kComplex128;
}
bool Basic::IsString() const {
  return basic_ == BasicKind::kString || basic_ == BasicKind::kUntypedString;
}
bool Basic::IsBoolean() const {
  return basic_ == BasicKind::kBool || basic_ == BasicKind::kUntypedBool;
}
bool Basic::IsUntyped() const { return basic_ >= BasicKind::kUntypedBool; }

// ------------------------------------------------------------ interfaces

const std::vector<Func*>& Interface::AllMethods() const {
  if (complete_) return all_methods_;
  std::vector<Func*> all = explicit_methods_;
  for (const Type* e : embedded_) {
    const Interface* ei = e->Underlying() ? e->Underlying()->As<Interface>() : nullptr;
    if (!ei) continue;
    for (Func* f : ei->AllMethods()) {
      bool dup = false;
      for (Func* g : all) dup = dup || g->name() == f->name();
      if (!dup) all.push_back(f);
    }
  }
  std::stable_sort(all.begin(), all.end(),
                   [](const Func* a, const Func* b) { return a->name() < b->name(); });
  all_methods_ = std::move(all);
  // Embedded interfaces may still be incomplete while the checker resolves
  // declarations; only cache once every embedded type is known.
  bool ready = true;
  for (const Type* e : embedded_) ready = ready && e->Underlying() != nullptr;
  complete_ = ready;
  return all_methods_;
}

// ------------------------------------------------------------ objects

std::string Func::FullName() const {
  std::string pkg = this->pkg().empty() ? "main" : this->pkg();
  if (recv_named) {
    const std::string& tn = recv_named->obj()->name();
    return ptr_recv ? pkg + ".(*" + tn + ")." + name() : pkg + "." + tn + "." + name();
  }
  return pkg + "." + name();
}

// ------------------------------------------------------------ TypeTable

TypeTable::TypeTable() {
  static const struct {
    BasicKind kind;
    const char* name;
  } kBasics[] = {
      {BasicKind::kInvalid, "invalid type"},
      {BasicKind::kBool, "bool"},
      {BasicKind::kInt, "int"},
      {BasicKind::kInt8, "int8"},
      {BasicKind::kInt16, "int16"},
      {BasicKind::kInt32, "int32"},
      {BasicKind::kInt64, "int64"},
      {BasicKind::kUint, "uint"},
      {BasicKind::kUint8, "uint8"},
      {BasicKind::kUint16, "uint16"},
      {BasicKind::kUint32, "uint32"},
      {BasicKind::kUint64, "uint64"},
      {BasicKind::kUintptr, "uintptr"},
      {BasicKind::kFloat32, "float32"},
      {BasicKind::kFloat64, "float64"},
      {BasicKind::kComplex64, "complex64"},
      {BasicKind::kComplex128, "complex128"},
      {BasicKind::kString, "string"},
      {BasicKind::kUnsafePointer, "unsafe.Pointer"},
      {BasicKind::kUntypedBool, "untyped bool"},
      {BasicKind::kUntypedInt, "untyped int"},
      {BasicKind::kUntypedRune, "untyped rune"},
      {BasicKind::kUntypedFloat, "untyped float"},
      {BasicKind::kUntypedString, "untyped string"},
      {BasicKind::kUntypedNil, "untyped nil"},
  };
  for (const auto& b : kBasics) {
    assert(static_cast<size_t>(b.kind) == basics_.size());
    basics_.push_back(Own<Basic>(b.kind, b.name));
  }
  any_ = Own<Interface>(std::vector<Func*>{}, std::vector<const Type*>{});
  any_->SetAllMethods({});

  // error = interface { Error() string }, a named type of the universe (no
  // position and no package: that is how TypeString recognises it).
  TypeName* err_name = NewObject<TypeName>(Pos{}, "error", nullptr);
  Named* err = Own<Named>(err_name);
  err_name->set_type(err);
  Var* res = NewObject<Var>(Pos{}, "", String(), VarKind::kResult);
  const Signature* sig = SignatureOf(nullptr, EmptyTuple(), TupleOf({res}), false);
  Func* m = NewObject<Func>(Pos{}, "Error", sig);
  m->is_interface_method = true;
  const Interface* iface = Own<Interface>(std::vector<Func*>{m}, std::vector<const Type*>{});
  iface->SetAllMethods({m});
  err->SetUnderlying(iface);
  error_ = err;
}

TypeTable::~TypeTable() = default;

const Pointer* TypeTable::PointerTo(const Type* elem) {
  auto& p = pointers_[elem];
  if (!p) p = Own<Pointer>(elem);
  return p;
}

const Slice* TypeTable::SliceOf(const Type* elem) {
  auto& p = slices_[elem];
  if (!p) p = Own<Slice>(elem);
  return p;
}

const Array* TypeTable::ArrayOf(const Type* elem, int64_t len) {
  auto& p = arrays_[{elem, len}];
  if (!p) p = Own<Array>(elem, len);
  return p;
}

const Map* TypeTable::MapOf(const Type* key, const Type* value) {
  auto& p = maps_[{key, value}];
  if (!p) p = Own<Map>(key, value);
  return p;
}

const Chan* TypeTable::ChanOf(const Type* elem) {
  auto& p = chans_[elem];
  if (!p) p = Own<Chan>(elem);
  return p;
}

// Tuples with named entries (a function's parameters) are never interned:
// the SSA builder finds a function's parameter objects through them.
// Signatures are interned only when built from interned tuples.
const Tuple* TypeTable::TupleOf(std::vector<Var*> vars) {
  bool named = false;
  for (const Var* v : vars) named = named || !v->name().empty();
  if (named) return Own<Tuple>(std::move(vars));
  std::vector<const Type*> key;
  for (const Var* v : vars) key.push_back(v->type());
  auto& p = tuples_[key];
  if (!p) {
    p = Own<Tuple>(std::move(vars));
    interned_tuples_.insert(p);
  }
  return p;
}

const Signature* TypeTable::SignatureOf(Var* recv, const Tuple* params, const Tuple* results,
                                        bool variadic) {
  if (recv == nullptr && interned_tuples_.count(params) && interned_tuples_.count(results)) {
    auto& p = signatures_[{params, results, variadic}];
    if (!p) p = Own<Signature>(nullptr, params, results, variadic);
    return p;
  }
  return Own<Signature>(recv, params, results, variadic);
}

const Struct* TypeTable::NewStruct(std::vector<Var*> fields) {
  for (size_t i = 0; i < fields.size(); ++i) fields[i]->field_index = static_cast<int>(i);
  return Own<Struct>(std::move(fields));
}

const Interface* TypeTable::NewInterface(std::vector<Func*> methods,
                                         std::vector<const Type*> embedded) {
  if (methods.empty() && embedded.empty()) return any_;
  return Own<Interface>(std::move(methods), std::move(embedded));
}

Named* TypeTable::NewNamed(TypeName* obj) {
  Named* n = Own<Named>(obj);
  if (obj && !obj->type()) obj->set_type(n);
  return n;
}

}  // namespace gosc::types
