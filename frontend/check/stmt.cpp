// Statements and function bodies.
//
// Why it exists: statements introduce scopes (if/for/switch headers, case
// clauses), carry the rules about which expressions may stand alone, and
// define where break, continue and fallthrough may appear. Function bodies
// are checked here too: afterwards a body with results must end in a
// terminating statement ("missing return") and every local variable must
// have been used.
#include "frontend/check/checker.h"

namespace gosc::frontend::check {

Var* Checker::NewLocal(Ident* id, const Type* t, VarKind k) {
  Var* v = tt_.NewObject<Var>(id->pos, id->name, t, k);
  id->obj = v;
  DeclareOwner(v);
  if (k == VarKind::kLocal && fctx_) fctx_->locals.push_back(v);
  return v;
}

void Checker::FuncBody(FuncCtx* ctx, const Signature* sig, BlockStmt* body, Scope* scope,
                       const std::string& name) {
  (void)name;
  FuncCtx* saved_fctx = fctx_;
  Scope* saved_scope = scope_;
  auto saved_branches = std::move(branches_);
  auto saved_labels = std::move(labels_);
  auto saved_used = std::move(used_labels_);
  auto saved_iota = iota_;
  std::string saved_pending = std::move(pending_label_);
  branches_.clear();
  labels_.clear();
  used_labels_.clear();
  pending_label_.clear();
  iota_.reset();
  fctx_ = ctx;
  scope_ = scope;
  if (sig->recv()) var_owner_[sig->recv()] = ctx;
  for (Var* v : sig->params()->vars()) var_owner_[v] = ctx;
  for (Var* v : sig->results()->vars()) var_owner_[v] = ctx;

  CheckLabels(body);
  StmtList(body->list, 0);
  if (sig->results()->size() > 0 && !IsTerminatingList(body->list, "")) {
    Error(body->rbrace, "missing return");
  }
  for (auto& [lname, ls] : labels_) {
    if (!used_labels_.count(lname)) {
      Error(ls->label->pos, "label " + lname + " defined and not used");
    }
  }
  ReportUnused(ctx);

  fctx_ = saved_fctx;
  scope_ = saved_scope;
  branches_ = std::move(saved_branches);
  labels_ = std::move(saved_labels);
  used_labels_ = std::move(saved_used);
  iota_ = saved_iota;
  pending_label_ = std::move(saved_pending);
}

void Checker::ReportUnused(FuncCtx* ctx) {
  for (Var* v : ctx->locals) {
    if (!v->used && v->name() != "_") Error(v->pos(), v->name() + " declared but not used");
  }
}

void Checker::CheckLabels(BlockStmt* body) {
  std::function<void(Stmt*)> walk = [&](Stmt* s) {
    if (!s) return;
    switch (s->kind) {
      case StmtKind::kLabeled: {
        auto* ls = s->As<LabeledStmt>();
        if (ls->label && ls->label->name != "_") {
          auto [it, ok] = labels_.emplace(ls->label->name, ls);
          if (!ok) {
            Error(ls->label->pos, "label " + ls->label->name + " already defined at " +
                                      sources_.Format(it->second->label->pos));
          }
        }
        walk(ls->stmt);
        break;
      }
      case StmtKind::kBlock:
        for (Stmt* x : s->As<BlockStmt>()->list) walk(x);
        break;
      case StmtKind::kIf:
        walk(s->As<IfStmt>()->body);
        walk(s->As<IfStmt>()->else_stmt);
        break;
      case StmtKind::kFor: walk(s->As<ForStmt>()->body); break;
      case StmtKind::kRange: walk(s->As<frontend::RangeStmt>()->body); break;
      case StmtKind::kSwitch:
        for (CaseClause* c : s->As<frontend::SwitchStmt>()->clauses) {
          for (Stmt* x : c->body) walk(x);
        }
        break;
      case StmtKind::kTypeSwitch:
        for (CaseClause* c : s->As<frontend::TypeSwitchStmt>()->clauses) {
          for (Stmt* x : c->body) walk(x);
        }
        break;
      default: break;
    }
  };
  for (Stmt* s : body->list) walk(s);
}

void Checker::StmtList(const std::vector<Stmt*>& list, unsigned ctx) {
  bool ok = (ctx & kFallthroughOk) != 0;
  unsigned inner = ctx & ~kFallthroughOk;
  size_t n = list.size();
  while (n > 0 && list[n - 1] && list[n - 1]->kind == StmtKind::kEmpty) n--;
  for (size_t i = 0; i < list.size(); ++i) {
    unsigned c = inner;
    if (ok && i + 1 == n) c |= kFallthroughOk;
    Statement(list[i], c);
  }
}

void Checker::Statement(Stmt* s, unsigned ctx) {
  if (!s) return;
  std::string label = std::move(pending_label_);
  pending_label_.clear();
  unsigned inner = ctx & ~(kFallthroughOk | kFinalSwitchCase | kInTypeSwitch);
  switch (s->kind) {
    case StmtKind::kBad:
    case StmtKind::kEmpty: return;
    case StmtKind::kDecl:
      if (auto* d = s->As<frontend::DeclStmt>(); d->decl) DeclStmt(d->decl);
      return;
    case StmtKind::kLabeled: {
      auto* ls = s->As<LabeledStmt>();
      pending_label_ = ls->label ? ls->label->name : "";
      Statement(ls->stmt, ctx);
      pending_label_.clear();
      return;
    }
    case StmtKind::kExpr: {
      auto* es = s->As<ExprStmt>();
      Operand x;
      RawExpr(x, es->x, nullptr);
      if (x.Invalid()) return;
      Expr* e = Unparen(es->x);
      std::string msg;
      if (x.mode == Mode::kBuiltin) {
        msg = "must be called";
      } else if (x.mode == Mode::kTypeExpr) {
        msg = "is not an expression";
      } else if (auto* call = e ? e->As<frontend::CallExpr>() : nullptr) {
        if (call->call_kind == CallKind::kCall) return;
        if (call->call_kind == CallKind::kBuiltin) {
          switch (static_cast<BuiltinId>(call->builtin_id)) {
            case BuiltinId::kCopy:
            case BuiltinId::kDelete:
            case BuiltinId::kPanic:
            case BuiltinId::kPrint:
            case BuiltinId::kPrintln:
            case BuiltinId::kRecover: return;
            default: break;
          }
        }
        msg = "is not used";
      } else {
        msg = "is not used";
      }
      ErrorAt(es->x, OperandStr(x) + " " + msg);
      return;
    }
    case StmtKind::kSend: {
      Unsupported(s->pos, "send statement");
      return;
    }
    case StmtKind::kIncDec: {
      auto* id = s->As<IncDecStmt>();
      Operand x;
      CheckExpr(x, id->x);
      if (x.Invalid()) return;
      const char* op = id->tok == Token::kInc ? "++" : "--";
      if (!IsNumeric(x.type)) {
        ErrorAt(id->x, "invalid operation: " + ExprStr(id->x) + op + " (non-numeric type " +
                           TypeStr(x.type) + ")");
        return;
      }
      if (x.mode != Mode::kVariable && x.mode != Mode::kMapIndex) {
        ErrorAt(id->x, "cannot assign to " + OperandStr(x));
      }
      MarkReassigned(id->x);
      return;
    }
    case StmtKind::kAssign: AssignStmt(s->As<frontend::AssignStmt>()); return;
    case StmtKind::kGo: Unsupported(s->pos, "go statement"); return;
    case StmtKind::kDefer: {
      auto* d = s->As<DeferStmt>();
      if (!d->call) return;
      Operand x;
      RawExpr(x, d->call, nullptr);
      if (x.Invalid()) return;
      if (d->call->call_kind == CallKind::kConversion) {
        ErrorAt(d->call, "defer requires function call, not conversion");
      } else if (d->call->call_kind == CallKind::kBuiltin) {
        switch (static_cast<BuiltinId>(d->call->builtin_id)) {
          case BuiltinId::kCopy:
          case BuiltinId::kDelete:
          case BuiltinId::kPanic:
          case BuiltinId::kPrint:
          case BuiltinId::kPrintln:
          case BuiltinId::kRecover: break;
          default: ErrorAt(d->call, "defer discards result of " + OperandStr(x));
        }
      }
      return;
    }
    case StmtKind::kReturn: ReturnStmt(s->As<frontend::ReturnStmt>()); return;
    case StmtKind::kBranch: BranchStmt(s->As<frontend::BranchStmt>(), ctx); return;
    case StmtKind::kBlock:
      OpenScope();
      StmtList(s->As<BlockStmt>()->list, inner);
      CloseScope();
      return;
    case StmtKind::kIf: {
      auto* is = s->As<IfStmt>();
      OpenScope();
      Statement(is->init, inner);
      Operand x;
      if (is->cond) {
        CheckExpr(x, is->cond);
        if (!x.Invalid() && !IsBoolean(x.type)) {
          ErrorAt(is->cond, "non-boolean condition in if statement");
        } else {
          DefaultOperand(x);
        }
      }
      Statement(is->body, inner);
      if (is->else_stmt) Statement(is->else_stmt, inner);
      CloseScope();
      return;
    }
    case StmtKind::kSwitch:
      branches_.push_back({s, label, false});
      SwitchStmt(s->As<frontend::SwitchStmt>(), inner | kBreakOk);
      branches_.pop_back();
      return;
    case StmtKind::kTypeSwitch:
      branches_.push_back({s, label, false});
      TypeSwitchStmt(s->As<frontend::TypeSwitchStmt>(), inner | kBreakOk);
      branches_.pop_back();
      return;
    case StmtKind::kSelect: Unsupported(s->pos, "select statement"); return;
    case StmtKind::kFor: {
      auto* fs = s->As<ForStmt>();
      OpenScope();
      Statement(fs->init, inner);
      // The condition, post statement and body run once per iteration.
      if (fctx_) ++fctx_->loop_depth;
      if (fs->cond) {
        Operand x;
        CheckExpr(x, fs->cond);
        if (!x.Invalid() && !IsBoolean(x.type)) {
          ErrorAt(fs->cond, "non-boolean condition in for statement");
        } else {
          DefaultOperand(x);
        }
      }
      if (fs->post) {
        if (auto* as = fs->post->As<frontend::AssignStmt>(); as && as->tok == Token::kDefine) {
          Error(as->pos, "cannot declare in post statement of for loop");
        } else {
          Statement(fs->post, inner);
        }
      }
      branches_.push_back({s, label, true});
      Statement(fs->body, inner | kBreakOk | kContinueOk);
      if (fctx_) --fctx_->loop_depth;
      branches_.pop_back();
      CloseScope();
      return;
    }
    case StmtKind::kRange:
      branches_.push_back({s, label, true});
      RangeStmt(s->As<frontend::RangeStmt>(), inner | kBreakOk | kContinueOk);
      branches_.pop_back();
      return;
    case StmtKind::kCase:
    case StmtKind::kCommClause: return;
  }
}

void Checker::SwitchStmt(frontend::SwitchStmt* s, unsigned ctx) {
  OpenScope();
  Statement(s->init, ctx & ~(kBreakOk | kContinueOk));
  Operand x;
  if (s->tag) {
    CheckExpr(x, s->tag);
    Assignment(x, nullptr, "switch expression");
    if (!x.Invalid() && !Comparable(x.type) && !HasNil(x.type)) {
      ErrorAt(s->tag,
              "cannot switch on " + OperandStr(x) + " (" + TypeStr(x.type) + " is not comparable)");
      x.mode = Mode::kInvalid;
    }
  } else {
    x.mode = Mode::kConstant;
    x.type = tt_.Bool();
    x.val = ConstValue::Bool(true);
  }
  CaseClause* first_default = nullptr;
  std::vector<std::pair<Operand, Pos>> seen;
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    CaseClause* c = s->clauses[i];
    if (c->is_default || c->list.empty()) {
      if (first_default) {
        Error(c->pos,
              "multiple defaults in switch (first at " + sources_.Format(first_default->pos) + ")");
      }
      first_default = c;
    }
    for (Expr* e : c->list) {
      Operand v;
      CheckExpr(v, e);
      if (x.Invalid() || v.Invalid()) continue;
      ConvertUntyped(v, x.type);
      if (v.Invalid()) continue;
      Operand res = v;
      Operand xx = x;
      Comparison(res, xx, Token::kEql, true);
      if (res.Invalid()) continue;
      if (v.mode != Mode::kConstant) continue;
      // As go/types' goVal: only integer, float and string constants are checked for
      // duplicates; `case true:` twice is accepted.
      if (v.val->kind == ConstKind::kBool) continue;
      bool dup = false;
      for (auto& [pv, pos] : seen) {
        if (Identical(pv.type, v.type) && pv.val->kind == v.val->kind &&
            pv.val->ToString() == v.val->ToString() &&
            (v.val->kind != ConstKind::kString || pv.val->s == v.val->s)) {
          ErrorAt(e, "duplicate case " + OperandStr(v) + " in expression switch\n\t" +
                         sources_.Format(pos) + ": previous case");
          dup = true;
          break;
        }
      }
      if (!dup) seen.push_back({v, StartPos(e)});
    }
    unsigned inner = ctx;
    inner |= i + 1 < s->clauses.size() ? kFallthroughOk : kFinalSwitchCase;
    OpenScope();
    StmtList(c->body, inner);
    CloseScope();
  }
  CloseScope();
}

void Checker::TypeSwitchStmt(frontend::TypeSwitchStmt* s, unsigned ctx) {
  OpenScope();
  Statement(s->init, ctx & ~(kBreakOk | kContinueOk));
  Ident* lhs = s->bind;
  if (lhs && lhs->name == "_") {
    Error(lhs->pos, "no new variable on left side of :=");
    lhs = nullptr;
  }
  Operand x;
  if (s->assert && s->assert->x) CheckExpr(x, s->assert->x);
  const Interface* iface = nullptr;
  if (!x.Invalid()) {
    if (IsInterface(x.type)) {
      iface = x.type->Underlying()->As<Interface>();
    } else {
      ErrorAt(s->assert->x, OperandStr(x) + " is not an interface");
      x.mode = Mode::kInvalid;
    }
  }
  if (s->assert) {
    s->assert->mode = x.Invalid() ? Mode::kInvalid : Mode::kValue;
    s->assert->type = x.Invalid() ? invalid_ : x.type;
  }
  std::vector<Var*> lhs_vars;
  std::vector<std::pair<const Type*, Pos>> seen;  // nullptr type: the nil case
  CaseClause* first_default = nullptr;
  for (CaseClause* c : s->clauses) {
    if (c->is_default || c->list.empty()) {
      if (first_default) {
        Error(c->pos,
              "multiple defaults in switch (first at " + sources_.Format(first_default->pos) + ")");
      }
      first_default = c;
    }
    const Type* t = nullptr;
    bool t_valid = false;
    for (Expr* e : c->list) {
      if (IsNilExpr(e) || (Unparen(e) && Unparen(e)->As<Ident>() &&
                           Unparen(e)->As<Ident>()->name == "nil" && scope_->LookupParent("nil") &&
                           scope_->LookupParent("nil")->kind() == ObjectKind::kNil)) {
        Operand d;
        CheckExpr(d, e);
        t = nullptr;
        t_valid = true;
      } else {
        t = TypExpr(e);
        t_valid = !IsBasicKind(t, BasicKind::kInvalid);
        if (!t_valid) continue;
      }
      bool dup = false;
      for (auto& [pt, pos] : seen) {
        if ((!t && !pt) || (t && pt && Identical(t, pt))) {
          std::string ts = t ? TypeStr(t) : "nil";
          ErrorAt(e, "duplicate case " + ts + " in type switch\n\t" + sources_.Format(pos) +
                         ": other declaration of " + ts);
          dup = true;
          break;
        }
      }
      if (dup) continue;
      seen.push_back({t, StartPos(e)});
      if (iface && t && !IsInterface(t)) {
        Func* wrong = nullptr;
        if (Func* m = MissingMethod(t, iface, &wrong)) {
          ErrorAt(e, "impossible type switch case: " + ExprStr(e) + "\n\t" + OperandStr(x) +
                         " cannot have dynamic type " + TypeStr(t) + " " +
                         MissingMethodReason(t, x.type, m, wrong));
        }
      }
    }
    OpenScope();
    if (lhs) {
      const Type* vt = (c->list.size() == 1 && t_valid && t) ? t : x.type;
      if (!vt) vt = invalid_;
      Var* v = tt_.NewObject<Var>(lhs->pos, lhs->name, vt, VarKind::kLocal);
      DeclareOwner(v);
      scope_->Insert(v);
      c->implicit_obj = v;
      lhs_vars.push_back(v);
    }
    StmtList(c->body, ctx | kInTypeSwitch);
    CloseScope();
  }
  if (lhs) {
    bool used = false;
    for (Var* v : lhs_vars) {
      used = used || v->used;
      v->used = true;
    }
    if (!used && !x.Invalid()) Error(lhs->pos, lhs->name + " declared but not used");
    Var* any = lhs_vars.empty() ? nullptr : lhs_vars[0];
    lhs->obj = any;
  }
  CloseScope();
}

void Checker::RangeStmt(frontend::RangeStmt* s, unsigned ctx) {
  Operand x;
  CheckExpr(x, s->x);
  const Type* key = nullptr;
  const Type* val = nullptr;
  if (!x.Invalid()) {
    const Type* u = x.type->Underlying();
    if (const Pointer* p = u ? u->As<Pointer>() : nullptr) {
      if (p->elem()->Underlying() && p->elem()->Underlying()->As<Array>()) {
        u = p->elem()->Underlying();
      }
    }
    if (u && IsString(u)) {
      key = tt_.Int();
      val = tt_.basic(BasicKind::kInt32);
      DefaultOperand(x);
    } else if (const Array* a = u ? u->As<Array>() : nullptr) {
      key = tt_.Int();
      val = a->elem();
    } else if (const Slice* sl = u ? u->As<Slice>() : nullptr) {
      key = tt_.Int();
      val = sl->elem();
    } else if (const Map* m = u ? u->As<Map>() : nullptr) {
      key = m->key();
      val = m->value();
    }
    if (!key) ErrorAt(s->x, "cannot range over " + OperandStr(x));
  }
  OpenScope();
  Expr* lhs[2] = {s->key, s->value};
  const Type* rhs[2] = {key, val};
  if (s->tok == Token::kDefine) {
    std::vector<Var*> vars;
    for (int i = 0; i < 2; ++i) {
      if (!lhs[i]) continue;
      Var* v = nullptr;
      if (Ident* id = lhs[i]->As<Ident>()) {
        v = tt_.NewObject<Var>(id->pos, id->name, nullptr, VarKind::kLocal);
        v->reassigned = true;  // assigned again on every iteration
        id->obj = v;
        DeclareOwner(v);
        if (id->name != "_") {
          vars.push_back(v);
          if (fctx_) fctx_->locals.push_back(v);
        }
      } else {
        ErrorAt(lhs[i], "non-name " + ExprStr(lhs[i]) + " on left side of :=");
        v = tt_.NewObject<Var>(lhs[i]->pos, "_", nullptr, VarKind::kLocal);
      }
      if (rhs[i]) {
        Operand o;
        o.mode = Mode::kValue;
        o.expr = lhs[i];
        o.type = rhs[i];
        InitVar(v, o, "range clause");
      } else {
        v->set_type(invalid_);
        v->used = true;
      }
      lhs[i]->mode = Mode::kVariable;
      lhs[i]->type = v->type();
    }
    if (!vars.empty()) {
      for (Var* v : vars) scope_->Insert(v);
    } else {
      Error(s->pos, "no new variables on left side of :=");
    }
  } else if (s->tok == Token::kAssign) {
    for (int i = 0; i < 2; ++i) {
      if (!lhs[i] || !rhs[i]) continue;
      Operand o;
      o.mode = Mode::kValue;
      o.expr = lhs[i];
      o.type = rhs[i];
      AssignVar(lhs[i], o);
    }
  }
  if (fctx_) ++fctx_->loop_depth;
  Statement(s->body, ctx);
  if (fctx_) --fctx_->loop_depth;
  CloseScope();
}

}  // namespace gosc::frontend::check
