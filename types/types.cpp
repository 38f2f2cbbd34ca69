// Go types: spellings, amd64 layout, identity and the interning table.
//
// Why it exists: every layer asks the same questions of a type — how big is
// it, where is field i, does the GC need to scan it, is it identical to that
// one, how does gc spell it — and the answers must agree everywhere (a
// disagreement between unsafe.Sizeof in the checker and the layout codegen
// uses would be a silent miscompile). The rules follow gc on amd64.
#include "types/types.h"

#include <algorithm>
#include <cassert>
#include <set>

namespace gosc::types {

namespace {

int64_t RoundUp(int64_t x, int64_t a) { return (x + a - 1) / a * a; }

std::string TupleString(const Tuple* t, TypeStyle style, bool variadic, bool with_names) {
  std::string s = "(";
  for (size_t i = 0; i < t->vars().size(); ++i) {
    if (i) s += ", ";
    const Var* v = t->vars()[i];
    if (with_names && !v->name().empty()) s += v->name() + " ";
    if (variadic && i + 1 == t->vars().size()) {
      const Type* st = v->type();
      if (const Slice* sl = st ? st->As<Slice>() : nullptr) {
        s += "..." + TypeString(sl->elem(), style);
        continue;
      }
    }
    s += TypeString(v->type(), style);
  }
  return s + ")";
}

// "func" is not included: interface methods are printed as "M(int) string".
std::string SignatureTail(const Signature* sig, TypeStyle style) {
  bool names = style == TypeStyle::kMessage;
  std::string s = TupleString(sig->params(), style, sig->variadic(), names);
  const Tuple* res = sig->results();
  if (res->size() == 1 && (!names || res->vars()[0]->name().empty())) {
    s += " " + TypeString(res->vars()[0]->type(), style);
  } else if (res->size() > 0) {
    s += " " + TupleString(res, style, false, names);
  }
  return s;
}

}  // namespace

std::string TypeString(const Type* t, TypeStyle style) {
  if (t == nullptr) return "invalid type";
  bool msg = style == TypeStyle::kMessage;
  switch (t->kind()) {
    case TypeKind::kBasic:
      return t->String();
    case TypeKind::kPointer:
      return "*" + TypeString(t->As<Pointer>()->elem(), style);
    case TypeKind::kSlice:
      return "[]" + TypeString(t->As<Slice>()->elem(), style);
    case TypeKind::kArray: {
      const Array* a = t->As<Array>();
      return "[" + std::to_string(a->len()) + "]" + TypeString(a->elem(), style);
    }
    case TypeKind::kMap: {
      const Map* m = t->As<Map>();
      return "map[" + TypeString(m->key(), style) + "]" + TypeString(m->value(), style);
    }
    case TypeKind::kChan:
      return "chan " + TypeString(t->As<Chan>()->elem(), style);
    case TypeKind::kStruct: {
      const Struct* st = t->As<Struct>();
      if (st->fields().empty()) return msg ? "struct{}" : "struct {}";
      std::string s = msg ? "struct{" : "struct { ";
      for (size_t i = 0; i < st->fields().size(); ++i) {
        if (i) s += "; ";
        const Var* f = st->fields()[i];
        if (!f->embedded) s += f->name() + " ";
        s += TypeString(f->type(), style);
      }
      return s + (msg ? "}" : " }");
    }
    case TypeKind::kTuple:
      return TupleString(t->As<Tuple>(), style, false, msg);
    case TypeKind::kSignature:
      return "func" + SignatureTail(t->As<Signature>(), style);
    case TypeKind::kInterface: {
      const Interface* it = t->As<Interface>();
      if (msg) {
        if (it->explicit_methods().empty() && it->embedded().empty()) return "interface{}";
        std::string s = "interface{";
        bool first = true;
        for (const Type* e : it->embedded()) {
          if (!first) s += "; ";
          first = false;
          s += TypeString(e, style);
        }
        for (const Func* f : it->explicit_methods()) {
          if (!first) s += "; ";
          first = false;
          s += f->name() + SignatureTail(f->sig(), style);
        }
        return s + "}";
      }
      const auto& all = it->AllMethods();
      if (all.empty()) return "interface {}";
      std::string s = "interface { ";
      for (size_t i = 0; i < all.size(); ++i) {
        if (i) s += "; ";
        s += all[i]->name() + SignatureTail(all[i]->sig(), style);
      }
      return s + " }";
    }
    case TypeKind::kNamed: {
      const Named* n = t->As<Named>();
      const TypeName* obj = n->obj();
      if (obj->name() == "error" && obj->pkg().empty() && !obj->pos().IsValid()) return "error";
      if (obj->pkg().empty()) return msg ? obj->name() : "main." + obj->name();
      return obj->pkg() + "." + obj->name();
    }
  }
  return "?";
}

// ------------------------------------------------------------ String()

std::string Array::String() const { return TypeString(this, TypeStyle::kReflect); }
std::string Struct::String() const { return TypeString(this, TypeStyle::kReflect); }
std::string Tuple::String() const { return TypeString(this, TypeStyle::kReflect); }
std::string Signature::String() const { return TypeString(this, TypeStyle::kReflect); }
std::string Interface::String() const { return TypeString(this, TypeStyle::kReflect); }
std::string Named::String() const { return TypeString(this, TypeStyle::kReflect); }

const Type* Tuple::At(size_t i) const { return vars_[i]->type(); }

// ------------------------------------------------------------ Basic

bool Basic::IsInteger() const {
  switch (basic_) {
    case BasicKind::kInt: case BasicKind::kInt8: case BasicKind::kInt16: case BasicKind::kInt32:
    case BasicKind::kInt64: case BasicKind::kUint: case BasicKind::kUint8: case BasicKind::kUint16:
    case BasicKind::kUint32: case BasicKind::kUint64: case BasicKind::kUintptr:
    case BasicKind::kUntypedInt: case BasicKind::kUntypedRune:
      return true;
    default:
      return false;
  }
}
bool Basic::IsUnsigned() const {
  switch (basic_) {
    case BasicKind::kUint: case BasicKind::kUint8: case BasicKind::kUint16:
    case BasicKind::kUint32: case BasicKind::kUint64: case BasicKind::kUintptr:
      return true;
    default:
      return false;
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

// ------------------------------------------------------------ layout

namespace {

void BasicLayout(BasicKind k, int64_t* size, int64_t* align) {
  switch (k) {
    case BasicKind::kBool: case BasicKind::kInt8: case BasicKind::kUint8:
      *size = *align = 1; return;
    case BasicKind::kInt16: case BasicKind::kUint16:
      *size = *align = 2; return;
    case BasicKind::kInt32: case BasicKind::kUint32: case BasicKind::kFloat32:
      *size = *align = 4; return;
    case BasicKind::kComplex64:
      *size = 8; *align = 4; return;
    case BasicKind::kComplex128:
      *size = 16; *align = 8; return;
    case BasicKind::kString:
      *size = 16; *align = 8; return;
    default:  // int, uint, int64, uint64, uintptr, float64, unsafe.Pointer, untyped
      *size = *align = 8; return;
  }
}

}  // namespace

int64_t Type::Size() const {
  if (size_ >= 0) return size_;
  int64_t size = 8, align = 8;
  switch (kind_) {
    case TypeKind::kBasic:
      BasicLayout(static_cast<const Basic*>(this)->basic(), &size, &align);
      break;
    case TypeKind::kPointer: case TypeKind::kMap: case TypeKind::kChan:
    case TypeKind::kSignature:
      break;
    case TypeKind::kSlice:
      size = 24;
      break;
    case TypeKind::kInterface:
      size = 16;
      break;
    case TypeKind::kArray: {
      const Array* a = static_cast<const Array*>(this);
      size = a->elem()->Size() * a->len();
      align = a->elem()->Align();
      break;
    }
    case TypeKind::kStruct: {
      const Struct* s = static_cast<const Struct*>(this);
      align = 1;
      int64_t off = 0;
      const auto& fields = s->fields();
      for (size_t i = 0; i < fields.size(); ++i) {
        const Type* ft = fields[i]->type();
        off = RoundUp(off, ft->Align()) + ft->Size();
        align = std::max(align, ft->Align());
      }
      // gc pads a struct ending in a zero-sized field so that taking the
      // field's address cannot point past the object.
      if (!fields.empty() && fields.back()->type()->Size() == 0 && off > 0) off++;
      size = RoundUp(off, align);
      break;
    }
    case TypeKind::kTuple: {
      const Tuple* t = static_cast<const Tuple*>(this);
      align = 1;
      int64_t off = 0;
      for (const Var* v : t->vars()) {
        off = RoundUp(off, v->type()->Align()) + v->type()->Size();
        align = std::max(align, v->type()->Align());
      }
      size = RoundUp(off, align);
      break;
    }
    case TypeKind::kNamed: {
      const Type* u = Underlying();
      size = u ? u->Size() : 0;
      align = u ? u->Align() : 1;
      break;
    }
  }
  size_ = size;
  align_ = align;
  return size_;
}

int64_t Type::Align() const {
  if (align_ < 0) Size();
  return align_;
}

int64_t Struct::Offset(size_t i) const {
  if (offsets_.size() != fields_.size()) {
    offsets_.clear();
    int64_t off = 0;
    for (const Var* f : fields_) {
      off = RoundUp(off, f->type()->Align());
      offsets_.push_back(off);
      off += f->type()->Size();
    }
  }
  return offsets_[i];
}

bool Type::HasPointers() const {
  switch (kind_) {
    case TypeKind::kBasic: {
      BasicKind k = static_cast<const Basic*>(this)->basic();
      return k == BasicKind::kString || k == BasicKind::kUnsafePointer ||
             k == BasicKind::kUntypedString || k == BasicKind::kUntypedNil;
    }
    case TypeKind::kArray: {
      const Array* a = static_cast<const Array*>(this);
      return a->len() > 0 && a->elem()->HasPointers();
    }
    case TypeKind::kStruct:
      for (const Var* f : static_cast<const Struct*>(this)->fields()) {
        if (f->type()->HasPointers()) return true;
      }
      return false;
    case TypeKind::kTuple:
      for (const Var* v : static_cast<const Tuple*>(this)->vars()) {
        if (v->type()->HasPointers()) return true;
      }
      return false;
    case TypeKind::kNamed:
      return Underlying() && Underlying()->HasPointers();
    default:
      return true;
  }
}

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

// ------------------------------------------------------------ identity

namespace {

bool IdenticalTuples(const Tuple* a, const Tuple* b) {
  if (a == b) return true;
  if (!a || !b || a->size() != b->size()) return false;
  for (size_t i = 0; i < a->size(); ++i) {
    if (!Identical(a->At(i), b->At(i))) return false;
  }
  return true;
}

}  // namespace

bool Identical(const Type* a, const Type* b) {
  if (a == b) return true;
  if (!a || !b || a->kind() != b->kind()) return false;
  switch (a->kind()) {
    case TypeKind::kBasic:
      return a->As<Basic>()->basic() == b->As<Basic>()->basic();
    case TypeKind::kPointer:
      return Identical(a->As<Pointer>()->elem(), b->As<Pointer>()->elem());
    case TypeKind::kSlice:
      return Identical(a->As<Slice>()->elem(), b->As<Slice>()->elem());
    case TypeKind::kArray:
      return a->As<Array>()->len() == b->As<Array>()->len() &&
             Identical(a->As<Array>()->elem(), b->As<Array>()->elem());
    case TypeKind::kMap:
      return Identical(a->As<Map>()->key(), b->As<Map>()->key()) &&
             Identical(a->As<Map>()->value(), b->As<Map>()->value());
    case TypeKind::kChan:
      return false;
    case TypeKind::kStruct: {
      const auto& fa = a->As<Struct>()->fields();
      const auto& fb = b->As<Struct>()->fields();
      if (fa.size() != fb.size()) return false;
      for (size_t i = 0; i < fa.size(); ++i) {
        if (fa[i]->name() != fb[i]->name() || fa[i]->embedded != fb[i]->embedded ||
            !Identical(fa[i]->type(), fb[i]->type())) {
          return false;
        }
      }
      return true;
    }
    case TypeKind::kTuple:
      return IdenticalTuples(a->As<Tuple>(), b->As<Tuple>());
    case TypeKind::kSignature: {
      const Signature* sa = a->As<Signature>();
      const Signature* sb = b->As<Signature>();
      return sa->variadic() == sb->variadic() && IdenticalTuples(sa->params(), sb->params()) &&
             IdenticalTuples(sa->results(), sb->results());
    }
    case TypeKind::kInterface: {
      const auto& ma = a->As<Interface>()->AllMethods();
      const auto& mb = b->As<Interface>()->AllMethods();
      if (ma.size() != mb.size()) return false;
      for (size_t i = 0; i < ma.size(); ++i) {
        if (ma[i]->name() != mb[i]->name() || !Identical(ma[i]->type(), mb[i]->type())) {
          return false;
        }
      }
      return true;
    }
    case TypeKind::kNamed:
      return false;
  }
  return false;
}

bool Comparable(const Type* t) {
  if (!t) return false;
  const Type* u = t->Underlying();
  if (!u) return false;
  switch (u->kind()) {
    case TypeKind::kBasic:
    case TypeKind::kPointer:
    case TypeKind::kChan:
    case TypeKind::kInterface:
      return true;
    case TypeKind::kStruct:
      for (const Var* f : u->As<Struct>()->fields()) {
        if (!Comparable(f->type())) return false;
      }
      return true;
    case TypeKind::kArray:
      return Comparable(u->As<Array>()->elem());
    default:
      return false;
  }
}

const Type* DefaultType(const TypeTable& table, const Type* t) {
  const Basic* b = t ? t->As<Basic>() : nullptr;
  if (!b) return t;
  switch (b->basic()) {
    case BasicKind::kUntypedBool: return table.basic(BasicKind::kBool);
    case BasicKind::kUntypedInt: return table.basic(BasicKind::kInt);
    case BasicKind::kUntypedRune: return table.basic(BasicKind::kInt32);
    case BasicKind::kUntypedFloat: return table.basic(BasicKind::kFloat64);
    case BasicKind::kUntypedString: return table.basic(BasicKind::kString);
    default: return t;
  }
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
