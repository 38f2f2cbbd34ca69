// Declarations: collecting package-level objects, checking them lazily in
// dependency order, and local const/var/type declarations.
//
// Why it exists: Go lets package-level declarations refer to each other in
// any order (`const a = b; const b = 1`), so objects are first collected by
// name and then checked on demand (ObjDecl), with a colour per object to
// detect cycles, as go/types does. Types get their Named object before their
// underlying type is resolved, which is what makes recursive types through
// pointers, slices and maps work. Const specs without values repeat the
// previous spec's expressions with their own iota.
#include "frontend/check/checker.h"

namespace gosc::frontend::check {

void Checker::Declare(Scope* s, Ident* id, Object* obj) {
  if (id) id->obj = obj;
  if (obj->name() == "_") return;
  if (Object* prev = s->Insert(obj)) {
    // The losing declaration is in no scope: gc never reports it unused.
    if (Var* v = obj->As<Var>()) v->used = true;
    std::string msg = obj->name() + " redeclared in this block";
    if (prev->pos().IsValid()) {
      msg += "\n\t" + sources_.Format(prev->pos()) + ": other declaration of " + obj->name();
    }
    Error(obj->pos(), msg);
  }
}

void Checker::CollectObjects() {
  int order = 0;
  for (auto& file : pkg_.files) {
    Scope* fs = NewScope(pkg_scope_);
    file_scopes_.push_back(fs);
    for (GenDecl* g : file->imports) {
      for (ImportSpec& is : g->imports) {
        Scope* lib = LibraryPackage(is.path);
        if (!lib) {
          Error(is.pos, "package " + is.path + " is not supported");
          continue;
        }
        std::string name = is.name ? is.name->name : is.path;
        if (name == "_") continue;
        if (name == ".") {
          Unsupported(is.pos, "dot import");
          continue;
        }
        PkgName* pn = tt_.NewObject<PkgName>(is.pos, name, is.path);
        if (is.name) is.name->obj = pn;
        if (Object* prev = fs->Insert(pn)) {
          (void)prev;
          Error(pn->pos(), name + " redeclared in this block");
          continue;
        }
        imports_.push_back(pn);
      }
    }
    auto add = [&](Object* obj, Ident* id, DeclInfo info) {
      info.file_scope = fs;
      info.order = order++;
      decl_infos_.push_back(std::move(info));
      decls_[obj] = &decl_infos_.back();
      decl_order_.push_back(obj);
      Declare(pkg_scope_, id, obj);
    };
    for (auto [is_func, idx] : file->order) {
      if (is_func) {
        FuncDecl* fd = file->funcs[idx];
        if (!fd->name) continue;
        Func* f = tt_.NewObject<Func>(fd->name->pos, fd->name->name, nullptr);
        f->decl = fd;
        fd->obj = f;
        fd->name->obj = f;
        DeclInfo info;
        info.kind = DeclInfo::kFunc;
        info.fdecl = fd;
        if (fd->recv) {
          Expr* rt = fd->recv->type;
          while (rt && rt->kind == ExprKind::kParen) rt = rt->As<ParenExpr>()->x;
          if (rt && rt->kind == ExprKind::kStar) {
            f->ptr_recv = true;
            rt = rt->As<StarExpr>()->x;
            while (rt && rt->kind == ExprKind::kParen) rt = rt->As<ParenExpr>()->x;
          }
          info.file_scope = fs;
          info.order = order++;
          decl_infos_.push_back(info);
          decls_[f] = &decl_infos_.back();
          decl_order_.push_back(f);
          if (Ident* base = rt ? rt->As<Ident>() : nullptr) {
            methods_by_type_[base->name].push_back(fd);
          }
          continue;
        }
        const std::string& name = fd->name->name;
        if (name == "init" || name == "main") {
          if (!fd->sig->params.empty() || !fd->sig->results.empty()) {
            Error(fd->name->pos, "func " + name + " must have no arguments and no return values");
          }
        }
        if (name == "init") {
          info.file_scope = fs;
          info.order = order++;
          decl_infos_.push_back(info);
          decls_[f] = &decl_infos_.back();
          decl_order_.push_back(f);
          pkg_.init_funcs.push_back(fd);
          continue;
        }
        add(f, fd->name, info);
        continue;
      }
      GenDecl* g = file->decls[idx];
      switch (g->kind) {
        case DeclKind::kConst: {
          ValueSpec* last = nullptr;
          for (ValueSpec& spec : g->values) {
            Expr* type_expr = spec.type;
            const std::vector<Expr*>* values = &spec.values;
            bool inherited = false;
            if (!spec.type && spec.values.empty() && last) {
              type_expr = last->type;
              values = &last->values;
              inherited = true;
            } else {
              last = &spec;
            }
            for (size_t i = 0; i < spec.names.size(); ++i) {
              Ident* id = spec.names[i];
              Const* c = tt_.NewObject<Const>(id->pos, id->name, nullptr, nullptr);
              DeclInfo info;
              info.kind = DeclInfo::kConst;
              info.type_expr = type_expr;
              info.init = i < values->size() ? (*values)[i] : nullptr;
              info.iota = spec.iota;
              info.inherited = inherited;
              add(c, id, info);
            }
            if (values->size() > spec.names.size()) {
              if (inherited) {
                Error(spec.pos, "extra init expr at " +
                                    sources_.Format(StartPos((*values)[spec.names.size()])));
              } else {
                ErrorAt((*values)[spec.names.size()],
                        "extra init expr " + ExprStr((*values)[spec.names.size()]));
              }
            } else if (values->size() < spec.names.size()) {
              Ident* id = spec.names[values->size()];
              Error(id->pos, "missing init expr for " + id->name);
            }
          }
          break;
        }
        case DeclKind::kVar: {
          for (ValueSpec& spec : g->values) {
            std::vector<Var*> vars;
            for (Ident* id : spec.names) {
              vars.push_back(tt_.NewObject<Var>(id->pos, id->name, nullptr, VarKind::kGlobal));
            }
            bool shared = spec.values.size() == 1 && spec.names.size() > 1;
            for (size_t i = 0; i < vars.size(); ++i) {
              DeclInfo info;
              info.kind = DeclInfo::kVar;
              info.type_expr = spec.type;
              if (shared) {
                info.init = spec.values[0];
                info.lhs = vars;
              } else {
                info.init = i < spec.values.size() ? spec.values[i] : nullptr;
                info.lhs = {vars[i]};
              }
              if (shared && i > 0) {
                // All variables of `var a, b = f()` share the first one's info.
                decls_[vars[i]] = decls_[vars[0]];
                decl_order_.push_back(vars[i]);
                Declare(pkg_scope_, spec.names[i], vars[i]);
                continue;
              }
              add(vars[i], spec.names[i], info);
            }
            if (!spec.values.empty() && !shared && spec.values.size() != spec.names.size()) {
              if (spec.values.size() > spec.names.size()) {
                ErrorAt(spec.values[spec.names.size()],
                        "extra init expr " + ExprStr(spec.values[spec.names.size()]));
              } else {
                Ident* id = spec.names[spec.values.size()];
                Error(id->pos, "missing init expr for " + id->name);
              }
            }
          }
          break;
        }
        case DeclKind::kType:
          for (TypeSpec& ts : g->types) {
            if (!ts.name) continue;
            TypeName* tn = tt_.NewObject<TypeName>(ts.name->pos, ts.name->name, nullptr);
            DeclInfo info;
            info.kind = DeclInfo::kType;
            info.tspec = &ts;
            add(tn, ts.name, info);
          }
          break;
        case DeclKind::kImport: break;
      }
    }
  }
}

void Checker::CollectMethods() {
  for (auto& [name, fdecls] : methods_by_type_) {
    Object* obj = pkg_scope_->Lookup(name);
    // Predeclared types: FuncSigDecl says "cannot define new methods on non-local type".
    if (!obj && universe_->Lookup(name) && universe_->Lookup(name)->As<TypeName>()) {
      fdecls.clear();
      continue;
    }
    if (!obj || !obj->As<TypeName>()) {
      for (FuncDecl* fd : fdecls) {
        Expr* rt = fd->recv->type;
        if (!obj) {
          Pos p = StartPos(rt);
          while (rt && (rt->kind == ExprKind::kStar || rt->kind == ExprKind::kParen)) {
            rt = rt->kind == ExprKind::kStar ? rt->As<StarExpr>()->x : rt->As<ParenExpr>()->x;
          }
          Error(rt ? rt->pos : p, "undefined: " + name);
        } else {
          Error(StartPos(rt), name + " is not a type");
        }
        // Keep the method out of every method set.
        fd->obj->As<Func>()->recv_named = nullptr;
      }
      fdecls.clear();
    }
  }
}

void Checker::ObjDecl(Object* obj) {
  auto it = decls_.find(obj);
  if (it == decls_.end()) return;
  DeclInfo& d = *it->second;
  if (d.color == 2) return;
  if (d.color == 1) {
    if (TypeName* tn = obj->As<TypeName>()) {
      if (tn->is_alias && IsBasicKind(tn->type(), BasicKind::kInvalid)) {
        Error(obj->pos(), "invalid recursive type " + obj->name());
      }
      return;
    }
    if (obj->As<Func>()) return;
    if (!obj->type()) {
      Error(obj->pos(), "initialization loop for " + obj->name());
      obj->set_type(invalid_);
      if (Const* c = obj->As<Const>()) c->value = ConstValue::Int64(0);
    }
    return;
  }
  d.color = 1;
  Scope* saved_scope = scope_;
  DeclInfo* saved_decl = cur_decl_;
  FuncCtx* saved_fctx = fctx_;
  auto saved_iota = iota_;
  auto saved_branches = std::move(branches_);
  scope_ = d.file_scope;
  cur_decl_ = &d;
  fctx_ = nullptr;
  iota_.reset();
  switch (d.kind) {
    case DeclInfo::kConst:
      ConstDecl(obj->As<Const>(), d.type_expr, d.init, d.iota, d.inherited);
      break;
    case DeclInfo::kVar: VarDecl(d.lhs, d.type_expr, d.init); break;
    case DeclInfo::kType: TypeDecl(obj->As<TypeName>(), d.tspec); break;
    case DeclInfo::kFunc: FuncSigDecl(obj->As<Func>(), d.fdecl); break;
  }
  d.color = 2;
  scope_ = saved_scope;
  cur_decl_ = saved_decl;
  fctx_ = saved_fctx;
  iota_ = saved_iota;
  branches_ = std::move(saved_branches);
}

void Checker::ConstDecl(Const* obj, Expr* type_expr, Expr* init, int iota, bool inherited) {
  iota_ = iota;
  auto fail = [&]() {
    obj->set_type(invalid_);
    obj->value = ConstValue::Int64(0);
    iota_.reset();
  };
  const Type* t = nullptr;
  if (type_expr) {
    t = TypExpr(type_expr);
    if (IsBasicKind(t, BasicKind::kInvalid)) return fail();
    if (!IsConstType(t)) {
      ErrorAt(type_expr, "invalid constant type " + TypeStr(t));
      return fail();
    }
  }
  if (!init) return fail();
  Operand x;
  CheckExpr(x, init);
  if (x.Invalid()) return fail();
  if (x.mode != Mode::kConstant) {
    ErrorAt(init, OperandStr(x) + " is not constant");
    return fail();
  }
  if (t) {
    Assignment(x, t, "constant declaration");
    if (x.Invalid()) return fail();
  }
  obj->set_type(x.type);
  obj->value = x.val;
  iota_.reset();
  (void)inherited;
}

void Checker::VarDecl(const std::vector<Var*>& lhs, Expr* type_expr, Expr* init) {
  const Type* t = nullptr;
  if (type_expr) {
    t = TypExpr(type_expr);
    for (Var* v : lhs) v->set_type(t);
  }
  if (!init) {
    if (!t) {
      for (Var* v : lhs) v->set_type(invalid_);
    }
    return;
  }
  if (lhs.size() == 1) {
    Operand x;
    CheckExpr(x, init, t);
    InitVar(lhs[0], x, "variable declaration");
    return;
  }
  InitVars(lhs, {init}, init->pos, "variable declaration");
}

void Checker::TypeDecl(TypeName* obj, TypeSpec* spec) {
  if (spec->has_type_params) {
    // Checking the body would only report its type parameters as undefined.
    Unsupported(spec->name->pos, "type parameters");
    Named* n = tt_.NewNamed(obj);
    obj->set_type(n);
    n->SetUnderlying(invalid_);
    return;
  }
  if (spec->is_alias) {
    obj->is_alias = true;
    obj->set_type(invalid_);
    const Type* t = TypExpr(spec->type);
    obj->set_type(t);
    return;
  }
  Named* n = tt_.NewNamed(obj);
  obj->set_type(n);
  // Methods are attached before the underlying type is resolved so that
  // signatures mentioning T (and T's own method set) are available.
  if (scope_ == nullptr || fctx_ == nullptr) {
    auto it = methods_by_type_.find(obj->name());
    if (it != methods_by_type_.end() && pkg_scope_->Lookup(obj->name()) == obj) {
      for (FuncDecl* fd : it->second) {
        Func* f = fd->obj->As<Func>();
        bool dup = false;
        for (Func* m : n->methods()) {
          if (m->name() == f->name() && f->name() != "_") {
            Error(f->pos(), obj->name() + "." + f->name() + " redeclared in this block\n\t" +
                                sources_.Format(m->pos()) + ": other declaration of " + f->name());
            dup = true;
          }
        }
        f->recv_named = n;
        if (!dup) n->AddMethod(f);
      }
    }
  }
  const Type* rhs = TypExpr(spec->type);
  const Type* u = rhs->Underlying();
  if (!u) {
    const Named* rn = rhs->As<Named>();
    if (rn && rn != n) {
      pending_underlying_.push_back({n, rn, obj->pos()});
      return;
    }
    Error(obj->pos(), "invalid recursive type " + obj->name());
    u = invalid_;
  }
  n->SetUnderlying(u);
  FinishNamed(n, obj->pos());
  ResolvePendingUnderlying();
}

void Checker::ResolvePendingUnderlying() {
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 0; i < pending_underlying_.size(); ++i) {
      PendingUnderlying p = pending_underlying_[i];
      if (!p.rhs->Underlying()) continue;
      pending_underlying_.erase(pending_underlying_.begin() + static_cast<std::ptrdiff_t>(i));
      p.n->SetUnderlying(p.rhs->Underlying());
      FinishNamed(p.n, p.pos);
      changed = true;
      break;
    }
  }
}

// Named types whose underlying type never became known form cycles of type
// names (type A B; type B A): one error per cycle, the rest follow from it.
void Checker::ReportPendingUnderlying() {
  while (!pending_underlying_.empty()) {
    PendingUnderlying p = pending_underlying_.front();
    pending_underlying_.erase(pending_underlying_.begin());
    Error(p.pos, "invalid recursive type " + p.n->obj()->name());
    p.n->SetUnderlying(invalid_);
    pkg_.named_types.push_back(p.n);
    ResolvePendingUnderlying();
  }
}

// What every named type gets once its underlying type is known.
void Checker::FinishNamed(Named* n, Pos pos) {
  const Type* u = n->Underlying();
  pkg_.named_types.push_back(n);
  CheckRecursiveType(n, pos);
  if (const Struct* st = u->As<Struct>()) {
    for (Func* m : n->methods()) {
      for (const Var* f : st->fields()) {
        // Blank fields and methods never collide: neither can be selected.
        if (f->name() == m->name() && m->name() != "_") {
          Error(m->pos(), "field and method with the same name " + m->name());
        }
      }
    }
  }
}

void Checker::FuncSigDecl(Func* obj, FuncDecl* decl) {
  if (decl->sig && decl->sig->has_type_params) {
    // Neither the signature nor the body can be checked without the type
    // parameters; report the construct once and leave the body unchecked.
    Unsupported(decl->pos, "type parameters");
    obj->set_type(nullptr);  // uses of the function are silently invalid
    return;
  }
  Scope* scope = NewScope(scope_);
  func_scopes_[decl] = scope;
  Var* recv = nullptr;
  if (decl->recv) {
    const Type* rt = TypExpr(decl->recv->type);
    Ident* rname = decl->recv->names.empty() ? nullptr : decl->recv->names[0];
    recv = tt_.NewObject<Var>(rname ? rname->pos : decl->recv->pos, rname ? rname->name : "", rt,
                              VarKind::kRecv);
    if (rname) {
      rname->obj = recv;
      if (rname->name != "_") scope->Insert(recv);
    }
    if (!IsBasicKind(rt, BasicKind::kInvalid)) {
      const Type* base = rt->As<Pointer>() ? rt->As<Pointer>()->elem() : rt;
      const Named* n = base->As<Named>();
      std::string err;
      if (n && !n->obj()->pkg().empty()) {
        err = "cannot define new methods on non-local type " + TypeStr(base);
      } else if (n && (n->obj() == tt_.Error()->obj())) {
        err = "cannot define new methods on non-local type " + TypeStr(base);
      } else if (n && n->Underlying() &&
                 (n->Underlying()->As<Pointer>() || n->Underlying()->As<Interface>())) {
        err = "invalid receiver type " + TypeStr(base) + " (pointer or interface type)";
      } else if (!n && base->As<Basic>()) {
        err = "cannot define new methods on non-local type " + TypeStr(base);
      } else if (!n) {
        err = "invalid receiver type " + TypeStr(rt);
      }
      if (!err.empty()) {
        Error(recv->pos(), err);
        obj->recv_named = nullptr;
      } else if (!obj->recv_named) {
        obj->recv_named = n;
      }
    }
  }
  const Signature* sig = FuncType(decl->sig, recv, scope);
  decl->sig->mode = Mode::kTypeExpr;
  decl->sig->type = sig;
  obj->set_type(sig);
}

void Checker::ConstSpecs(GenDecl* d, Scope* declare_in, Scope* file_scope) {
  (void)file_scope;
  ValueSpec* last = nullptr;
  for (ValueSpec& spec : d->values) {
    Expr* type_expr = spec.type;
    const std::vector<Expr*>* values = &spec.values;
    bool inherited = false;
    if (!spec.type && spec.values.empty() && last) {
      type_expr = last->type;
      values = &last->values;
      inherited = true;
    } else {
      last = &spec;
    }
    std::vector<Const*> consts;
    for (size_t i = 0; i < spec.names.size(); ++i) {
      Ident* id = spec.names[i];
      Const* c = tt_.NewObject<Const>(id->pos, id->name, nullptr, nullptr);
      id->obj = c;
      ConstDecl(c, type_expr, i < values->size() ? (*values)[i] : nullptr, spec.iota, inherited);
      consts.push_back(c);
    }
    if (values->size() > spec.names.size()) {
      Expr* extra = (*values)[spec.names.size()];
      if (inherited) {
        Error(spec.pos, "extra init expr at " + sources_.Format(StartPos(extra)));
      } else {
        ErrorAt(extra, "extra init expr " + ExprStr(extra));
      }
    } else if (values->size() < spec.names.size()) {
      Ident* id = spec.names[values->size()];
      Error(id->pos, "missing init expr for " + id->name);
    }
    for (size_t i = 0; i < consts.size(); ++i) Declare(declare_in, spec.names[i], consts[i]);
  }
}

void Checker::DeclStmt(GenDecl* decl) {
  switch (decl->kind) {
    case DeclKind::kConst: ConstSpecs(decl, scope_, nullptr); break;
    case DeclKind::kVar:
      for (ValueSpec& spec : decl->values) {
        std::vector<Var*> vars;
        for (Ident* id : spec.names) {
          Var* v = tt_.NewObject<Var>(id->pos, id->name, nullptr, VarKind::kLocal);
          id->obj = v;
          DeclareOwner(v);
          if (fctx_) fctx_->locals.push_back(v);
          vars.push_back(v);
        }
        const Type* t = spec.type ? TypExpr(spec.type) : nullptr;
        if (t) {
          for (Var* v : vars) v->set_type(t);
        }
        if (spec.values.empty()) {
          if (!t) {
            for (Var* v : vars) v->set_type(invalid_);
          }
        } else if (spec.values.size() == 1 && vars.size() > 1) {
          InitVars(vars, spec.values, spec.pos, "variable declaration");
        } else {
          for (size_t i = 0; i < vars.size(); ++i) {
            if (i >= spec.values.size()) {
              if (!t) vars[i]->set_type(invalid_);
              vars[i]->used = true;
              continue;
            }
            Operand x;
            CheckExpr(x, spec.values[i]);
            InitVar(vars[i], x, "variable declaration");
          }
          if (spec.values.size() > vars.size()) {
            ErrorAt(spec.values[vars.size()],
                    "extra init expr " + ExprStr(spec.values[vars.size()]));
          } else if (spec.values.size() < vars.size()) {
            Error(spec.names[spec.values.size()]->pos,
                  "missing init expr for " + spec.names[spec.values.size()]->name);
          }
        }
        for (size_t i = 0; i < vars.size(); ++i) Declare(scope_, spec.names[i], vars[i]);
      }
      break;
    case DeclKind::kType:
      for (TypeSpec& ts : decl->types) {
        if (!ts.name) continue;
        TypeName* tn = tt_.NewObject<TypeName>(ts.name->pos, ts.name->name, nullptr);
        tn->local_index = ++local_types_named_[ts.name->name];
        Declare(scope_, ts.name, tn);
        TypeDecl(tn, &ts);
      }
      break;
    case DeclKind::kImport: break;
  }
}

}  // namespace gosc::frontend::check
