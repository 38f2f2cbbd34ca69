// Type identity, comparability and the default types of untyped constants
// (Go spec "Type identity", "Comparison operators", "Constants").
//
// Why it exists: interning makes `a == b` identity for most types, but
// structurally equal struct and interface literals, and signatures compared
// for assignability, need the spec's rule; it is written once here.
#include "types/types.h"

namespace gosc::types {

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
    case TypeKind::kBasic: return a->As<Basic>()->basic() == b->As<Basic>()->basic();
    case TypeKind::kPointer: return Identical(a->As<Pointer>()->elem(), b->As<Pointer>()->elem());
    case TypeKind::kSlice: return Identical(a->As<Slice>()->elem(), b->As<Slice>()->elem());
    case TypeKind::kArray:
      return a->As<Array>()->len() == b->As<Array>()->len() &&
             Identical(a->As<Array>()->elem(), b->As<Array>()->elem());
    case TypeKind::kMap:
      return Identical(a->As<Map>()->key(), b->As<Map>()->key()) &&
             Identical(a->As<Map>()->value(), b->As<Map>()->value());
    case TypeKind::kChan: return false;
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
    case TypeKind::kTuple: return IdenticalTuples(a->As<Tuple>(), b->As<Tuple>());
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
    case TypeKind::kNamed: return false;
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
    case TypeKind::kInterface: return true;
    case TypeKind::kStruct:
      for (const Var* f : u->As<Struct>()->fields()) {
        if (!Comparable(f->type())) return false;
      }
      return true;
    case TypeKind::kArray: return Comparable(u->As<Array>()->elem());
    default: return false;
  }
}

bool HashMightPanic(const Type* t) {
  const Type* u = t ? t->Underlying() : nullptr;
  if (!u) return false;
  switch (u->kind()) {
    case TypeKind::kInterface: return true;
    case TypeKind::kStruct:
      for (const Var* f : u->As<Struct>()->fields()) {
        if (HashMightPanic(f->type())) return true;
      }
      return false;
    case TypeKind::kArray:
      return u->As<Array>()->len() > 0 && HashMightPanic(u->As<Array>()->elem());
    default: return false;
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

}  // namespace gosc::types
