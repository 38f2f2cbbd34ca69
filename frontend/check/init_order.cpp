// Package initialisation order (Go spec "Package initialization").
//
// Why it exists: package-level variables are initialised in dependency
// order, where a variable depends on every variable its initialiser
// references — directly, or through the bodies of the functions and methods
// it references, transitively. Among the variables ready to initialise, the
// earliest in declaration order goes first. The checker recorded each
// declaration's direct references (DeclInfo::deps); this file closes them
// over function bodies and emits the order, reporting cycles as gc does.
#include "frontend/check/checker.h"

namespace gosc::frontend::check {

void Checker::InitOrder() {
  // The variable declarations with initialisers, in declaration order
  // (shared DeclInfos of `var a, b = f()` appear once).
  std::vector<DeclInfo*> var_decls;
  std::set<DeclInfo*> seen_decls;
  for (Object* obj : decl_order_) {
    DeclInfo* d = decls_[obj];
    if (d->kind != DeclInfo::kVar || !d->init || seen_decls.count(d)) continue;
    seen_decls.insert(d);
    var_decls.push_back(d);
  }
  // Variable dependencies of each declaration, through functions.
  std::map<DeclInfo*, std::set<DeclInfo*>> var_deps;
  for (DeclInfo* d : var_decls) {
    std::set<DeclInfo*>& out = var_deps[d];
    std::set<Object*> visited;
    std::vector<Object*> stack(d->deps.begin(), d->deps.end());
    while (!stack.empty()) {
      Object* o = stack.back();
      stack.pop_back();
      if (!visited.insert(o).second) continue;
      auto it = decls_.find(o);
      if (it == decls_.end()) continue;
      DeclInfo* od = it->second;
      if (od->kind == DeclInfo::kVar) {
        if (od->init) out.insert(od);
        continue;
      }
      if (od->kind == DeclInfo::kFunc) {
        for (Object* dep : od->deps) stack.push_back(dep);
      }
    }
  }
  std::set<DeclInfo*> done;
  std::vector<DeclInfo*> remaining = var_decls;
  while (!remaining.empty()) {
    DeclInfo* pick = nullptr;
    for (DeclInfo* d : remaining) {
      bool ready = true;
      for (DeclInfo* dep : var_deps[d]) {
        if (!done.count(dep)) {
          ready = false;
          break;
        }
      }
      if (ready) {
        pick = d;
        break;
      }
    }
    if (!pick) {
      // A cycle: report it once at the first variable involved, then emit
      // the rest in declaration order so later layers still see every step.
      DeclInfo* d = remaining.front();
      Var* v = d->lhs.empty() ? nullptr : d->lhs[0];
      if (v) Error(v->pos(), "initialization loop for " + v->name());
      pick = d;
    }
    done.insert(pick);
    remaining.erase(std::find(remaining.begin(), remaining.end(), pick));
    InitStep step;
    for (Var* v : pick->lhs) step.lhs.push_back(v->name() == "_" ? nullptr : v);
    step.rhs = pick->init;
    pkg_.init_order.push_back(std::move(step));
  }
}

}  // namespace gosc::frontend::check
