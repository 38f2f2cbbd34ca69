// The declarations the SSA text starts with (see print_decls.h).
//
// Why it exists: walking every type a module mentions is separate from
// printing its instructions; keeping the walk here keeps print.cpp about
// the line format.
#include "ssa/print_decls.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>

namespace gosc::ssa {

bool IsUniverseError(const types::Named* n) {
  const types::TypeName* obj = n->obj();
  return obj->name() == "error" && obj->pkg().empty() && !obj->pos().IsValid();
}

namespace {

bool IsLibraryRef(const Value& v) {
  switch (v.op) {
    case Op::kCall:
    case Op::kDefer:
    case Op::kFuncRef:
    case Op::kMakeClosure: return v.callee == nullptr && v.func && !v.func->pkg().empty();
    default: return false;
  }
}

class TypeWalker {
 public:
  void Walk(const types::Type* t) {
    if (t == nullptr || !seen_.insert(t).second) return;
    using types::TypeKind;
    switch (t->kind()) {
      case TypeKind::kBasic: break;
      case TypeKind::kPointer: Walk(t->As<types::Pointer>()->elem()); break;
      case TypeKind::kSlice: Walk(t->As<types::Slice>()->elem()); break;
      case TypeKind::kArray: Walk(t->As<types::Array>()->elem()); break;
      case TypeKind::kChan: Walk(t->As<types::Chan>()->elem()); break;
      case TypeKind::kMap:
        Walk(t->As<types::Map>()->key());
        Walk(t->As<types::Map>()->value());
        break;
      case TypeKind::kStruct:
        for (const types::Var* f : t->As<types::Struct>()->fields()) Walk(f->type());
        break;
      case TypeKind::kTuple:
        for (const types::Var* v : t->As<types::Tuple>()->vars()) Walk(v->type());
        break;
      case TypeKind::kSignature: {
        const auto* sig = t->As<types::Signature>();
        Walk(sig->params());
        Walk(sig->results());
        break;
      }
      case TypeKind::kInterface:
        for (const types::Func* m : t->As<types::Interface>()->AllMethods()) Walk(m->sig());
        break;
      case TypeKind::kNamed: {
        const auto* n = t->As<types::Named>();
        if (!IsUniverseError(n)) named_.push_back(n);
        Walk(n->Underlying());
        break;
      }
    }
  }
  std::vector<const types::Named*> Sorted() {
    std::stable_sort(named_.begin(), named_.end(),
                     [](const types::Named* a, const types::Named* b) {
                       return types::TypeString(a, types::TypeStyle::kSsa) <
                              types::TypeString(b, types::TypeStyle::kSsa);
                     });
    return named_;
  }

 private:
  std::set<const types::Type*> seen_;
  std::vector<const types::Named*> named_;
};

}  // namespace

std::vector<const types::Named*> NamedTypesOf(const Module& m) {
  TypeWalker w;
  for (const auto& g : m.globals) w.Walk(g->type);
  for (const types::Func* fn : LibraryFuncsOf(m)) {
    w.Walk(fn->sig());
    w.Walk(fn->recv_named);
  }
  for (const auto& f : m.funcs) {
    w.Walk(f->sig);
    for (const types::Type* t : f->free_var_types) w.Walk(t);
    for (const auto& b : f->blocks) {
      for (const Value* v : b->values) {
        w.Walk(v->type);
        w.Walk(v->aux_type);
      }
    }
  }
  return w.Sorted();
}

std::vector<const types::Func*> LibraryFuncsOf(const Module& m) {
  std::map<std::string, const types::Func*> by_name;
  for (const auto& f : m.funcs) {
    for (const auto& b : f->blocks) {
      for (const Value* v : b->values) {
        if (IsLibraryRef(*v)) by_name.emplace(v->func->FullName(), v->func);
      }
    }
  }
  std::vector<const types::Func*> out;
  for (const auto& [name, fn] : by_name) out.push_back(fn);
  return out;
}

}  // namespace gosc::ssa
