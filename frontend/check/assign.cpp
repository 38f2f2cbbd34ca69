// Assignments, short variable declarations, variable initialisation and
// return statements.
//
// Why it exists: all of these pair a list of left-hand sides with a list of
// values that may be n:n, or one multi-value call, or one comma-ok
// expression (`v, ok := m[k]`), and they share the same mismatch messages.
// Assigning to a variable is not a use of it ("declared but not used" still
// fires for `x = 1`), and `:=` must declare at least one new variable, whose
// scope begins after the statement.
#include "frontend/check/checker.h"

namespace gosc::frontend::check {

std::string ArgTypesSummary(const Checker& c, const std::vector<Operand>& ops);
std::string VarTypesSummary(const Checker& c, const std::vector<Var*>& vars, bool variadic);

namespace {

bool IsCall(Expr* e) {
  e = Unparen(e);
  return e && e->kind == ExprKind::kCall;
}

// In the two-value form the expression's recorded type becomes (T, bool):
// that is how the SSA builder tells `v, ok := m[k]` from `v := m[k]`.
void RecordCommaOk(TypeTable& tt, Expr* e, const Type* t) {
  Var* a = tt.NewObject<Var>(Pos{}, "", t, VarKind::kLocal);
  Var* b = tt.NewObject<Var>(Pos{}, "", tt.Bool(), VarKind::kLocal);
  const Tuple* tup = tt.TupleOf({a, b});
  while (e) {
    e->mode = Mode::kCommaOk;
    e->type = tup;
    if (e->kind != ExprKind::kParen) break;
    e = e->As<ParenExpr>()->x;
  }
}

}  // namespace

void Checker::AssignError(const std::vector<Expr*>& rhs, size_t nvars, size_t nvals, Pos) {
  auto measure = [](size_t n, const char* unit) {
    return std::to_string(n) + " " + unit + (n != 1 ? "s" : "");
  };
  std::string vars = measure(nvars, "variable");
  std::string vals = measure(nvals, "value");
  if (rhs.size() == 1 && IsCall(rhs[0])) {
    auto* call = Unparen(rhs[0])->As<frontend::CallExpr>();
    ErrorAt(rhs[0],
            "assignment mismatch: " + vars + " but " + ExprStr(call->fun) + " returns " + vals);
    return;
  }
  ErrorAt(rhs[0], "assignment mismatch: " + vars + " but " + vals);
}

void Checker::InitVar(Var* v, Operand& x, const std::string& context) {
  if (x.Invalid() || IsBasicKind(x.type, BasicKind::kInvalid) ||
      IsBasicKind(v->type(), BasicKind::kInvalid)) {
    if (!v->type()) v->set_type(invalid_);
    v->used = true;
    return;
  }
  if (!v->type()) {
    const Type* t = x.type;
    if (IsUntyped(t)) {
      if (IsBasicKind(t, BasicKind::kUntypedNil)) {
        ErrorAt(x.expr, "use of untyped nil in " + context);
        v->set_type(invalid_);
        v->used = true;
        return;
      }
      t = DefaultType(tt_, t);
    }
    v->set_type(t);
  }
  Assignment(x, v->type(), context);
  if (x.Invalid()) v->used = true;
}

void Checker::InitVars(const std::vector<Var*>& lhs, const std::vector<Expr*>& rhs, Pos pos,
                       const std::string& context) {
  InitVarsOrReturn(lhs, rhs, pos, context, false);
}

// Shared by variable initialisation and return statements (as gc does): the
// right-hand sides are evaluated first, then matched against the variables.
void Checker::InitVarsOrReturn(const std::vector<Var*>& lhs, const std::vector<Expr*>& rhs, Pos pos,
                               const std::string& context, bool is_return) {
  std::vector<Operand> vals;
  ExprList(rhs, vals, lhs.size() == 2 && !is_return);
  if (lhs.size() != vals.size()) {
    for (Var* v : lhs) {
      v->used = true;
      if (!v->type()) v->set_type(invalid_);
    }
    for (const Operand& v : vals) {
      if (v.Invalid()) return;
    }
    if (is_return) {
      Pos at = pos;
      std::string q = "not enough";
      if (vals.size() > lhs.size()) {
        at = StartPos(vals[lhs.size()].expr);
        q = "too many";
      } else if (!vals.empty()) {
        at = StartPos(vals.back().expr);
      }
      Error(at, q + " return values\n\thave " + ArgTypesSummary(*this, vals) + "\n\twant " +
                    VarTypesSummary(*this, lhs, false));
      return;
    }
    AssignError(rhs, lhs.size(), vals.size(), pos);
    return;
  }
  bool comma_ok = lhs.size() == 2 && !is_return && rhs.size() == 1 &&
                  (vals[0].mode == Mode::kMapIndex || vals[0].mode == Mode::kCommaOk);
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); ++i) {
    if (is_return) {
      Assignment(vals[i], lhs[i]->type(), context);
      ok = ok && !vals[i].Invalid();
    } else {
      InitVar(lhs[i], vals[i], context);
      ok = ok && !vals[i].Invalid();
    }
  }
  if (comma_ok) RecordCommaOk(tt_, rhs[0], vals[0].type);
  if (!ok) {
    for (Var* v : lhs) v->used = true;
  }
}

const Type* Checker::AssignVar(Expr* lhs, Operand& x) {
  Ident* id = Unparen(lhs) ? Unparen(lhs)->As<Ident>() : nullptr;
  if (x.Invalid() || IsBasicKind(x.type, BasicKind::kInvalid)) {
    if (!id || id->name != "_") {
      Operand tmp;
      RawExpr(tmp, lhs, nullptr);
    }
    return nullptr;
  }
  if (id && id->name == "_") {
    id->obj = nullptr;
    Assignment(x, nullptr, "assignment to _ identifier");
    id->mode = Mode::kVariable;
    id->type = x.Invalid() ? invalid_ : x.type;
    return x.Invalid() ? nullptr : x.type;
  }
  Var* v = nullptr;
  bool v_used = false;
  if (id) {
    if (Object* obj = scope_->LookupParent(id->name)) {
      if ((v = obj->As<Var>()) != nullptr) v_used = v->used;
    }
  }
  Operand z;
  CheckExpr(z, lhs);
  if (v) v->used = v_used;
  if (z.Invalid() || IsBasicKind(z.type, BasicKind::kInvalid)) return nullptr;
  if (z.mode != Mode::kVariable && z.mode != Mode::kMapIndex) {
    Expr* ul = Unparen(lhs);
    if (auto* sel = ul ? ul->As<SelectorExpr>() : nullptr) {
      if (sel->x && sel->x->mode == Mode::kMapIndex) {
        ErrorAt(lhs, "cannot assign to struct field " + ExprStr(lhs) + " in map");
        return nullptr;
      }
    }
    ErrorAt(lhs, "cannot assign to " + OperandStr(z));
    return nullptr;
  }
  MarkReassigned(lhs);
  Assignment(x, z.type, "assignment");
  return x.Invalid() ? nullptr : x.type;
}

void Checker::AssignVars(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs,
                         frontend::AssignStmt* s) {
  std::vector<Operand> vals;
  ExprList(rhs, vals, lhs.size() == 2);
  auto use_lhs = [&]() {
    for (Expr* e : lhs) {
      Expr* u = Unparen(e);
      if (u && u->kind == ExprKind::kIdent && u->As<Ident>()->name == "_") continue;
      Operand x;
      RawExpr(x, e, nullptr);
    }
  };
  if (lhs.size() != vals.size()) {
    use_lhs();
    for (const Operand& v : vals) {
      if (v.Invalid()) return;
    }
    AssignError(rhs, lhs.size(), vals.size(), s->pos);
    return;
  }
  bool comma_ok = lhs.size() == 2 && rhs.size() == 1 &&
                  (vals[0].mode == Mode::kMapIndex || vals[0].mode == Mode::kCommaOk);
  bool ok = true;
  for (size_t i = 0; i < lhs.size(); ++i) {
    if (!AssignVar(lhs[i], vals[i])) ok = false;
  }
  if (comma_ok) RecordCommaOk(tt_, rhs[0], vals[0].type);
  if (!ok) {
    for (Expr* e : lhs) {
      Expr* u = Unparen(e);
      Ident* id = u ? u->As<Ident>() : nullptr;
      if (!id) continue;
      if (Object* obj = scope_->LookupParent(id->name)) {
        if (Var* v = obj->As<Var>()) v->used = true;
      }
    }
  }
}

void Checker::ShortVarDecl(frontend::AssignStmt* s, const std::vector<Expr*>& lhs,
                           const std::vector<Expr*>& rhs) {
  std::set<std::string> seen;
  std::vector<Var*> lhs_vars(lhs.size(), nullptr);
  std::vector<Var*> new_vars;
  std::vector<Ident*> new_ids;
  bool has_err = false;
  s->is_new.assign(lhs.size(), false);
  for (size_t i = 0; i < lhs.size(); ++i) {
    Ident* id = lhs[i] ? lhs[i]->As<Ident>() : nullptr;
    if (!id) {
      Operand tmp;
      RawExpr(tmp, lhs[i], nullptr);
      ErrorAt(lhs[i], "non-name " + ExprStr(lhs[i]) + " on left side of :=");
      has_err = true;
      continue;
    }
    if (id->name != "_") {
      if (!seen.insert(id->name).second) {
        Error(id->pos, id->name + " repeated on left side of :=");
        has_err = true;
        continue;
      }
    }
    if (Object* alt = scope_->Lookup(id->name)) {
      id->obj = alt;
      if (Var* v = alt->As<Var>()) {
        lhs_vars[i] = v;
        id->mode = Mode::kVariable;
      } else {
        Error(id->pos, "cannot assign to " + id->name);
        has_err = true;
      }
      continue;
    }
    Var* v = tt_.NewObject<Var>(id->pos, id->name, nullptr, VarKind::kLocal);
    id->obj = v;
    DeclareOwner(v);
    lhs_vars[i] = v;
    if (id->name != "_") {
      new_vars.push_back(v);
      new_ids.push_back(id);
      s->is_new[i] = true;
      if (fctx_) fctx_->locals.push_back(v);
    }
  }
  for (size_t i = 0; i < lhs_vars.size(); ++i) {
    if (!lhs_vars[i]) lhs_vars[i] = tt_.NewObject<Var>(lhs[i]->pos, "_", nullptr, VarKind::kLocal);
  }
  InitVars(lhs_vars, rhs, s->pos, "assignment");
  // `a, b := ...` with a declared before assigns a, after the right-hand
  // side is evaluated (which may capture a in a closure: see UseVar).
  for (size_t i = 0; i < lhs.size(); ++i) {
    if (lhs_vars[i] != nullptr && !s->is_new[i] && lhs[i] != nullptr && lhs[i]->As<Ident>()) {
      lhs_vars[i]->reassigned = true;
    }
  }
  for (size_t i = 0; i < lhs.size(); ++i) {
    if (Ident* id = lhs[i] ? lhs[i]->As<Ident>() : nullptr) {
      id->mode = Mode::kVariable;
      id->type = lhs_vars[i]->type();
    }
  }
  if (new_vars.empty() && !has_err) {
    Error(s->pos, "no new variables on left side of :=");
    return;
  }
  for (size_t i = 0; i < new_vars.size(); ++i) scope_->Insert(new_vars[i]);
}

void Checker::AssignStmt(frontend::AssignStmt* s) {
  if (s->lhs.empty() || s->rhs.empty()) return;
  switch (s->tok) {
    case Token::kDefine: ShortVarDecl(s, s->lhs, s->rhs); return;
    case Token::kAssign: AssignVars(s->lhs, s->rhs, s); return;
    default: {
      if (s->lhs.size() != 1 || s->rhs.size() != 1) {
        Error(s->pos, std::string("assignment operation ") + OpStr(s->tok) +
                          " requires single-valued expressions");
        return;
      }
      Operand x;
      Binary(x, nullptr, s->lhs[0], s->rhs[0], s->tok);
      if (x.Invalid()) return;
      // Give an untyped result (`x += 1 << n`) the variable's type.
      AssignVar(s->lhs[0], x);
      return;
    }
  }
}

void Checker::ReturnStmt(frontend::ReturnStmt* s) {
  const Tuple* res = fctx_ && fctx_->sig ? fctx_->sig->results() : tt_.EmptyTuple();
  if (s->results.empty() && res->size() > 0 && !res->vars()[0]->name().empty()) {
    for (Var* v : res->vars()) {
      Object* alt = scope_->LookupParent(v->name());
      if (alt && alt != v) {
        Error(s->pos, "result parameter " + v->name() + " not in scope at return\n\t" +
                          sources_.Format(alt->pos()) + ": inner declaration of " + v->name());
      }
    }
    return;
  }
  InitVarsOrReturn(res->vars(), s->results, s->pos, "return statement", true);
}

}  // namespace gosc::frontend::check
