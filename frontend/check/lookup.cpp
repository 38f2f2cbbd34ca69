// Field and method lookup through embedded fields, and interface satisfaction.
//
// Why it exists: x.f may name a field or method several embedded levels
// down; Go picks the shallowest match and calls two matches at the same depth
// ambiguous. The path found here (indices and which steps go through
// pointers) is recorded on the SelectorExpr so that the SSA builder can walk
// it without repeating the search. Method sets (value vs pointer receivers)
// decide both method-value legality and interface satisfaction.
#include <cctype>

#include "frontend/check/checker.h"

namespace gosc::frontend::check {

namespace {

struct Embedded {
  const Type* type;  // the struct-or-named type at this level
  std::vector<int> index;
  std::vector<bool> derefs;
  bool indirect;
  bool multiples;
};

// Exported-ness matters only for library types' unexported fields.
bool Accessible(const Object* obj) {
  if (obj->pkg().empty()) return true;
  return !obj->name().empty() && std::isupper(static_cast<unsigned char>(obj->name()[0]));
}

}  // namespace

const Signature* Checker::MethodSig(Func* f) {
  if (!f->type()) ObjDecl(f);
  return f->sig();
}

Checker::LookupResult Checker::LookupFieldOrMethod(const Type* t, bool addressable,
                                                   const std::string& name) {
  LookupResult res;
  if (!t || name == "_") return res;
  // A defined pointer type (type T *S) has no methods, but x.f still
  // selects a field of *x (Go spec "Selectors").
  if (const Named* n = t->As<Named>(); n && n->Underlying() && n->Underlying()->As<Pointer>()) {
    LookupResult r = LookupFieldOrMethod(n->Underlying(), addressable, name);
    if (r.obj && r.obj->As<Var>()) return r;
    return res;
  }
  const Type* typ = t;
  bool is_ptr = false;
  if (const Pointer* p = t->As<Pointer>()) {
    // *I (pointer to interface) has no methods.
    if (p->elem()->Underlying() && p->elem()->Underlying()->As<Interface>()) return res;
    typ = p->elem();
    is_ptr = true;
  }
  std::vector<Embedded> current{{typ, {}, {}, is_ptr, false}};
  std::set<const Named*> seen;
  while (!current.empty()) {
    std::vector<Embedded> next;
    Object* found = nullptr;
    std::vector<int> found_index;
    std::vector<bool> found_derefs;
    bool found_indirect = false;
    bool collision = false;
    for (const Embedded& e : current) {
      const Type* et = e.type;
      if (const Named* n = et->As<Named>()) {
        if (seen.count(n)) continue;
        seen.insert(n);
        Func* m = nullptr;
        for (Func* f : n->methods()) {
          if (f->name() == name) m = f;
        }
        if (m) {
          if (found || e.multiples) collision = true;
          found = m;
          found_index = e.index;
          found_derefs = e.derefs;
          found_indirect = e.indirect;
          continue;
        }
        et = n->Underlying();
        if (!et) continue;
      }
      if (const Struct* st = et->As<Struct>()) {
        for (size_t i = 0; i < st->fields().size(); ++i) {
          Var* f = st->fields()[i];
          if (f->name() == name && Accessible(f)) {
            if (found || e.multiples) collision = true;
            found = f;
            found_index = e.index;
            found_index.push_back(static_cast<int>(i));
            found_derefs = e.derefs;
            found_derefs.push_back(false);
            found_indirect = e.indirect;
            continue;
          }
          if (!found && f->embedded && f->type()) {
            const Type* ft = f->type();
            bool fptr = false;
            if (const Pointer* p = ft->As<Pointer>()) {
              ft = p->elem();
              fptr = true;
            }
            Embedded ne{ft, e.index, e.derefs, e.indirect || fptr, e.multiples};
            ne.index.push_back(static_cast<int>(i));
            ne.derefs.push_back(fptr);
            next.push_back(std::move(ne));
          }
        }
      } else if (const Interface* it = et->As<Interface>()) {
        for (Func* f : it->AllMethods()) {
          if (f->name() == name) {
            if (found || e.multiples) collision = true;
            found = f;
            found_index = e.index;
            found_derefs = e.derefs;
            found_indirect = e.indirect;
          }
        }
      }
    }
    if (collision) {
      res.ambiguous = true;
      return res;
    }
    if (found) {
      if (Func* f = found->As<Func>()) {
        if (f->ptr_recv && !found_indirect && !addressable) {
          res.ptr_recv_required = true;
          return res;
        }
      }
      res.obj = found;
      res.index = std::move(found_index);
      res.derefs = std::move(found_derefs);
      res.indirect = found_indirect;
      return res;
    }
    // Consolidate: the same type reached twice at one depth is ambiguous.
    std::vector<Embedded> merged;
    for (auto& e : next) {
      bool dup = false;
      for (auto& m : merged) {
        if (Identical(m.type, e.type)) {
          m.multiples = true;
          dup = true;
        }
      }
      if (!dup) merged.push_back(std::move(e));
    }
    current = std::move(merged);
  }
  return res;
}

Func* Checker::MissingMethod(const Type* v, const Interface* iface, Func** wrong_type) {
  *wrong_type = nullptr;
  const auto& methods = iface->AllMethods();
  if (methods.empty()) return nullptr;
  if (const Interface* vi = v->Underlying() ? v->Underlying()->As<Interface>() : nullptr) {
    for (Func* m : methods) {
      Func* found = nullptr;
      for (Func* f : vi->AllMethods()) {
        if (f->name() == m->name()) found = f;
      }
      if (!found) return m;
      if (!Identical(found->type(), m->type())) {
        *wrong_type = found;
        return m;
      }
    }
    return nullptr;
  }
  for (Func* m : methods) {
    LookupResult r = LookupFieldOrMethod(v, false, m->name());
    Func* f = r.obj ? r.obj->As<Func>() : nullptr;
    if (!f) {
      if (r.ptr_recv_required) {
        // Report as missing; the reason names the pointer receiver.
        return m;
      }
      return m;
    }
    const Signature* fs = MethodSig(f);
    if (!fs || !Identical(fs, m->type())) {
      *wrong_type = f;
      return m;
    }
  }
  return nullptr;
}

std::string Checker::MissingMethodReason(const Type* v, const Type* t, Func* m, Func* wrong) {
  std::string mname = m->name() + " method";
  auto func_str = [&](Func* f) {
    std::string s = TypeString(f->type(), TypeStyle::kMessage);
    return f->name() + s.substr(4);  // drop "func"
  };
  if (wrong) {
    return "(wrong type for " + mname + ")\n\t\thave " + func_str(wrong) + "\n\t\twant " +
           func_str(m);
  }
  LookupResult r = LookupFieldOrMethod(v, true, m->name());
  if (r.obj && r.obj->As<Func>()) return "(" + mname + " has pointer receiver)";
  return "(missing " + mname + ")";
}

bool Checker::Implements(const Type* v, const Type* t, std::string* reason) {
  const Interface* it = t->Underlying() ? t->Underlying()->As<Interface>() : nullptr;
  if (!it) return false;
  Func* wrong = nullptr;
  Func* m = MissingMethod(v, it, &wrong);
  if (!m) return true;
  if (reason) *reason = MissingMethodReason(v, t, m, wrong);
  return false;
}

}  // namespace gosc::frontend::check
