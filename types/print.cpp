// How Go types are spelled: as %T and reflect print them, and as gc's type
// checker prints them in diagnostics.
//
// Why it exists: the two spellings differ in small ways ("main.T" vs "T",
// "struct { X int }" vs "struct{X int}") and every message, -m line and %T
// output must use the right one; one printer with a style switch keeps them
// from drifting apart.
#include "types/types.h"

namespace gosc::types {

namespace {

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
    case TypeKind::kBasic: return t->String();
    case TypeKind::kPointer: return "*" + TypeString(t->As<Pointer>()->elem(), style);
    case TypeKind::kSlice: return "[]" + TypeString(t->As<Slice>()->elem(), style);
    case TypeKind::kArray: {
      const Array* a = t->As<Array>();
      return "[" + std::to_string(a->len()) + "]" + TypeString(a->elem(), style);
    }
    case TypeKind::kMap: {
      const Map* m = t->As<Map>();
      return "map[" + TypeString(m->key(), style) + "]" + TypeString(m->value(), style);
    }
    case TypeKind::kChan: return "chan " + TypeString(t->As<Chan>()->elem(), style);
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
    case TypeKind::kTuple: return TupleString(t->As<Tuple>(), style, false, msg);
    case TypeKind::kSignature: return "func" + SignatureTail(t->As<Signature>(), style);
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
      std::string local;
      if (style == TypeStyle::kSsa && obj->local_index > 0)
        local = "\u00b7" + std::to_string(obj->local_index);
      if (obj->pkg().empty()) return msg ? obj->name() : "main." + obj->name() + local;
      return obj->pkg() + "." + obj->name() + local;
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

}  // namespace gosc::types
