// Type expressions: named types, pointers, arrays, slices, maps, structs,
// interfaces and function signatures.
//
// Why it exists: turning syntax into the interned Type objects of TypeTable
// is where several subset boundaries are enforced (channels, generics,
// complex numbers, struct tags are rejected by name) and where parameter
// objects are created — a function's parameters and results are Var objects
// in its signature's tuples, declared in the function's scope.
#include "frontend/check/checker.h"

namespace gosc::frontend::check {

const Type* Checker::TypExpr(Expr* e, bool) {
  if (!e) return invalid_;
  Operand x;
  ExprOrType(x, e);
  if (x.Invalid()) return invalid_;
  if (x.mode != Mode::kTypeExpr) {
    ErrorAt(e, ExprStr(e) + " is not a type");
    return invalid_;
  }
  return x.type;
}

int64_t Checker::ArrayLength(Expr* e) {
  Operand x;
  CheckExpr(x, e);
  if (x.Invalid()) return -1;
  if (x.mode != Mode::kConstant) {
    ErrorAt(e, "array length " + OperandStr(x) + " must be constant");
    return -1;
  }
  if (IsUntyped(x.type) || IsInteger(x.type)) {
    CV r;
    if (Representation(*x.val, tt_.Int()->As<Basic>(), &r) == ReprError::kNone) {
      int64_t n = r->ToInt64();
      if (n >= 0) {
        UpdateExprType(e, tt_.Int(), true);
        return n;
      }
      ErrorAt(e, "invalid array length " + ExprStr(e) + " (untyped int constant " +
                     x.val->ToString() + ")");
      return -1;
    }
  }
  ErrorAt(e, "array length " + OperandStr(x) + " must be integer");
  return -1;
}

const Type* Checker::TypExprInternal(Expr* e) {
  switch (e->kind) {
    case ExprKind::kArrayType: {
      auto* a = e->As<ArrayTypeExpr>();
      if (!a->len) {
        const Type* elem = TypExpr(a->elem);
        return IsBasicKind(elem, BasicKind::kInvalid) ? invalid_ : tt_.SliceOf(elem);
      }
      if (a->len->kind == ExprKind::kEllipsis) {
        Error(a->len->pos, "invalid use of [...] array (outside a composite literal)");
        TypExpr(a->elem);
        return invalid_;
      }
      int64_t n = ArrayLength(a->len);
      const Type* elem = TypExpr(a->elem);
      if (n < 0 || IsBasicKind(elem, BasicKind::kInvalid)) return invalid_;
      return tt_.ArrayOf(elem, n);
    }
    case ExprKind::kMapType: {
      auto* m = e->As<MapTypeExpr>();
      const Type* k = TypExpr(m->key);
      const Type* v = TypExpr(m->value);
      if (IsBasicKind(k, BasicKind::kInvalid) || IsBasicKind(v, BasicKind::kInvalid)) {
        return invalid_;
      }
      if (k->Underlying() && !Comparable(k)) {
        ErrorAt(m->key, "invalid map key type " + TypeStr(k));
        return invalid_;
      }
      return tt_.MapOf(k, v);
    }
    case ExprKind::kChanType: Unsupported(e->pos, "channel type"); return invalid_;
    case ExprKind::kFuncType: return FuncType(e->As<FuncTypeExpr>(), nullptr, nullptr);
    case ExprKind::kStructType: return StructType(e->As<StructTypeExpr>());
    case ExprKind::kInterfaceType: return InterfaceType(e->As<InterfaceTypeExpr>());
    default: ErrorAt(e, ExprStr(e) + " is not a type"); return invalid_;
  }
}

const Signature* Checker::FuncType(FuncTypeExpr* f, Var* recv, Scope* param_scope) {
  if (f->has_type_params) Unsupported(f->pos, "type parameters");
  bool variadic = false;
  auto collect = [&](std::vector<Field>& fields, VarKind kind, bool allow_ellipsis) {
    std::vector<Var*> vars;
    for (size_t i = 0; i < fields.size(); ++i) {
      Field& fld = fields[i];
      Expr* te = fld.type;
      const Type* t;
      if (auto* ell = te ? te->As<EllipsisExpr>() : nullptr) {
        if (!allow_ellipsis || i + 1 != fields.size() || fld.names.size() > 1) {
          Error(ell->pos, "can only use ... with final parameter in list");
        } else {
          variadic = true;
        }
        const Type* elem = TypExpr(ell->elem);
        t = IsBasicKind(elem, BasicKind::kInvalid) ? invalid_ : tt_.SliceOf(elem);
        ell->mode = Mode::kTypeExpr;
        ell->type = t;
      } else {
        t = TypExpr(te);
      }
      if (fld.names.empty()) {
        vars.push_back(tt_.NewObject<Var>(fld.pos, "", t, kind));
        continue;
      }
      for (Ident* id : fld.names) {
        Var* v = tt_.NewObject<Var>(id->pos, id->name, t, kind);
        id->obj = v;
        if (param_scope && id->name != "_") {
          if (param_scope->Insert(v)) Error(id->pos, id->name + " redeclared in this block");
        }
        vars.push_back(v);
      }
    }
    return vars;
  };
  std::vector<Var*> params = collect(f->params, VarKind::kParam, true);
  std::vector<Var*> results = collect(f->results, VarKind::kResult, false);
  return tt_.SignatureOf(recv, tt_.TupleOf(std::move(params)), tt_.TupleOf(std::move(results)),
                         variadic);
}

const Type* Checker::StructType(StructTypeExpr* s) {
  std::vector<Var*> fields;
  std::map<std::string, Pos> seen;
  for (Field& f : s->fields) {
    if (f.has_tag) Unsupported(f.pos, "struct tags");
    const Type* t = TypExpr(f.type);
    auto add = [&](Pos pos, const std::string& name, bool embedded, Ident* id) {
      Var* v = tt_.NewObject<Var>(pos, name, t, VarKind::kField);
      v->embedded = embedded;
      if (id) id->obj = v;
      if (name != "_") {
        if (seen.count(name)) {
          Error(pos, name + " redeclared");
        } else {
          seen[name] = pos;
        }
      }
      fields.push_back(v);
    };
    if (f.names.empty()) {
      // Embedded field: its name is the type name (without package or *).
      Expr* te = f.type;
      while (te && (te->kind == ExprKind::kStar || te->kind == ExprKind::kParen)) {
        te = te->kind == ExprKind::kStar ? te->As<StarExpr>()->x : te->As<ParenExpr>()->x;
      }
      std::string name;
      Pos pos = f.pos;
      if (Ident* id = te ? te->As<Ident>() : nullptr) {
        name = id->name;
        pos = id->pos;
      } else if (SelectorExpr* se = te ? te->As<SelectorExpr>() : nullptr) {
        name = se->sel ? se->sel->name : "_";
        pos = se->sel ? se->sel->pos : se->pos;
      } else {
        ErrorAt(f.type, "invalid embedded field type " + ExprStr(f.type));
        continue;
      }
      if (!IsBasicKind(t, BasicKind::kInvalid)) {
        const Type* base = t->As<Pointer>() ? t->As<Pointer>()->elem() : t;
        if (t->As<Pointer>() && base->Underlying() &&
            (base->Underlying()->As<Pointer>() || base->Underlying()->As<Interface>())) {
          ErrorAt(f.type, "embedded field type cannot be a pointer to an interface");
        }
      }
      add(pos, name, true, nullptr);
    } else {
      for (Ident* id : f.names) add(id->pos, id->name, false, id);
    }
  }
  return tt_.NewStruct(std::move(fields));
}

const Type* Checker::InterfaceType(InterfaceTypeExpr* s) {
  std::vector<Func*> methods;
  std::vector<const Type*> embedded;
  std::set<std::string> seen;
  for (Field& f : s->methods) {
    if (!f.names.empty() && f.type && f.type->kind == ExprKind::kFuncType) {
      Ident* id = f.names[0];
      const Signature* sig = FuncType(f.type->As<FuncTypeExpr>(), nullptr, nullptr);
      f.type->mode = Mode::kTypeExpr;
      f.type->type = sig;
      Func* m = tt_.NewObject<Func>(id->pos, id->name, sig);
      m->is_interface_method = true;
      id->obj = m;
      if (!seen.insert(id->name).second) Error(id->pos, "duplicate method " + id->name);
      methods.push_back(m);
      continue;
    }
    const Type* t = TypExpr(f.type);
    if (IsBasicKind(t, BasicKind::kInvalid)) continue;
    if (t->Underlying() && !t->Underlying()->As<Interface>()) {
      Unsupported(StartPos(f.type), "interface type constraint");
      continue;
    }
    embedded.push_back(t);
  }
  return tt_.NewInterface(std::move(methods), std::move(embedded));
}

void Checker::CheckRecursiveType(Named* n, Pos pos) {
  // A named type may not contain itself by value (through struct fields or
  // array elements); such a type would have infinite size.
  std::set<const Type*> on_path;
  bool cycle = false;
  std::function<void(const Type*)> visit = [&](const Type* t) {
    if (cycle || !t) return;
    if (const Named* nt = t->As<Named>()) {
      if (nt == n) {
        cycle = true;
        return;
      }
      if (on_path.count(nt)) return;
      on_path.insert(nt);
      visit(nt->Underlying());
      on_path.erase(nt);
      return;
    }
    if (const Struct* st = t->As<Struct>()) {
      for (const Var* f : st->fields()) visit(f->type());
    } else if (const Array* a = t->As<Array>()) {
      visit(a->elem());
    } else if (const Interface* it = t->As<Interface>()) {
      for (const Type* e : it->embedded()) visit(e);
    }
  };
  visit(n->Underlying());
  if (cycle) {
    Error(pos, "invalid recursive type " + n->obj()->name());
    n->SetUnderlying(invalid_);
  }
}

}  // namespace gosc::frontend::check
