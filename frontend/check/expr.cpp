// Expression checking: the dispatch, identifiers, literals, unary operators.
//
// Why it exists: every expression is evaluated into an Operand and the
// result is written back into its AST node (mode, type, constant value) —
// the annotated tree is what the SSA builder reads. Identifier resolution
// also records what later layers need to know about variables: uses (for
// "declared but not used"), captures by function literals (closures capture
// by reference, so captured variables are address-taken), and dependencies
// of package-level initialisers (for initialisation order).
#include <algorithm>

#include "frontend/check/checker.h"

namespace gosc::frontend::check {

bool ParseLiteral(LitKind kind, const std::string& text, CV* out);

void Checker::Record(Operand& x) {
  if (!x.expr) return;
  x.expr->mode = x.mode;
  x.expr->type = x.Invalid() ? (x.type ? x.type : invalid_) : x.type;
  x.expr->value = x.mode == Mode::kConstant ? x.val : nullptr;
}

void Checker::RawExpr(Operand& x, Expr* e, const Type* hint) {
  x = Operand{};
  x.expr = e;
  if (!e) return;
  ExprInternal(x, e, hint);
  x.expr = e;
  if (x.mode == Mode::kConstant && !x.val) x.mode = Mode::kInvalid;
  if (!x.Invalid() && !x.type) x.mode = Mode::kInvalid;
  Record(x);
}

void Checker::SingleValue(Operand& x) {
  if (x.mode == Mode::kValue && x.type && x.type->As<Tuple>()) {
    ErrorAt(x.expr, "multiple-value " + OperandStr(x) + " in single-value context");
    x.mode = Mode::kInvalid;
  }
}

void Checker::CheckExpr(Operand& x, Expr* e, const Type* hint) {
  RawExpr(x, e, hint);
  switch (x.mode) {
    case Mode::kNoValue:
      ErrorAt(e, OperandStr(x) + " used as value");
      x.mode = Mode::kInvalid;
      break;
    case Mode::kBuiltin:
      ErrorAt(e, OperandStr(x) + " must be called");
      x.mode = Mode::kInvalid;
      break;
    case Mode::kTypeExpr:
      ErrorAt(e, OperandStr(x) + " is not an expression");
      x.mode = Mode::kInvalid;
      break;
    default: break;
  }
  SingleValue(x);
}

void Checker::ExprOrType(Operand& x, Expr* e) {
  RawExpr(x, e, nullptr);
  switch (x.mode) {
    case Mode::kNoValue:
      ErrorAt(e, OperandStr(x) + " used as value or type");
      x.mode = Mode::kInvalid;
      break;
    case Mode::kBuiltin:
      ErrorAt(e, OperandStr(x) + " must be called");
      x.mode = Mode::kInvalid;
      break;
    default: break;
  }
  SingleValue(x);
}

void Checker::MultiExpr(Expr* e, std::vector<Operand>& out) {
  Operand x;
  RawExpr(x, e, nullptr);
  if (x.mode == Mode::kValue && x.type && x.type->As<Tuple>()) {
    const Tuple* t = x.type->As<Tuple>();
    for (size_t i = 0; i < t->size(); ++i) {
      Operand v;
      v.mode = Mode::kValue;
      v.expr = e;
      v.type = t->At(i);
      out.push_back(v);
    }
    return;
  }
  switch (x.mode) {
    case Mode::kNoValue:
      ErrorAt(e, OperandStr(x) + " used as value");
      x.mode = Mode::kInvalid;
      break;
    case Mode::kBuiltin:
      ErrorAt(e, OperandStr(x) + " must be called");
      x.mode = Mode::kInvalid;
      break;
    case Mode::kTypeExpr:
      ErrorAt(e, OperandStr(x) + " is not an expression");
      x.mode = Mode::kInvalid;
      break;
    default: break;
  }
  out.push_back(x);
}

void Checker::ExprList(const std::vector<Expr*>& es, std::vector<Operand>& out,
                       bool allow_comma_ok) {
  if (es.size() == 1) {
    MultiExpr(es[0], out);
    if (allow_comma_ok && out.size() == 1 &&
        (out[0].mode == Mode::kMapIndex || out[0].mode == Mode::kCommaOk)) {
      Operand ok;
      ok.mode = Mode::kValue;
      ok.expr = es[0];
      ok.type = tt_.basic(BasicKind::kUntypedBool);
      out.push_back(ok);
    }
    return;
  }
  for (Expr* e : es) {
    Operand x;
    CheckExpr(x, e);
    out.push_back(x);
  }
}

void Checker::ExprInternal(Operand& x, Expr* e, const Type* hint) {
  switch (e->kind) {
    case ExprKind::kBad: x.mode = Mode::kInvalid; return;
    case ExprKind::kIdent: IdentExpr(x, e->As<Ident>()); return;
    case ExprKind::kBasicLit: BasicLitExpr(x, e->As<BasicLit>()); return;
    case ExprKind::kCompositeLit: CompositeLit(x, e->As<frontend::CompositeLit>(), hint); return;
    case ExprKind::kFuncLit: FuncLitExpr(x, e->As<FuncLit>()); return;
    case ExprKind::kParen: {
      Operand inner;
      RawExpr(inner, e->As<ParenExpr>()->x, hint);
      x = inner;
      x.expr = e;
      return;
    }
    case ExprKind::kSelector: Selector(x, e->As<SelectorExpr>()); return;
    case ExprKind::kIndex: IndexExpr(x, e->As<frontend::IndexExpr>()); return;
    case ExprKind::kSlice: SliceExpr(x, e->As<frontend::SliceExpr>()); return;
    case ExprKind::kTypeAssert: TypeAssert(x, e->As<TypeAssertExpr>()); return;
    case ExprKind::kCall: CallExpr(x, e->As<frontend::CallExpr>()); return;
    case ExprKind::kStar: {
      auto* s = e->As<StarExpr>();
      ExprOrType(x, s->x);
      if (x.Invalid()) return;
      if (x.mode == Mode::kTypeExpr) {
        x.type = tt_.PointerTo(x.type);
        return;
      }
      if (IsBasicKind(x.type, BasicKind::kUntypedNil)) {
        ErrorAt(s->x, "invalid operation: cannot indirect nil");
        x.mode = Mode::kInvalid;
        return;
      }
      const Pointer* p = x.type->Underlying() ? x.type->Underlying()->As<Pointer>() : nullptr;
      if (!p) {
        ErrorAt(s->x, "invalid operation: cannot indirect " + OperandStr(x));
        x.mode = Mode::kInvalid;
        return;
      }
      x.mode = Mode::kVariable;
      x.type = p->elem();
      return;
    }
    case ExprKind::kUnary: UnaryExpr(x, e->As<frontend::UnaryExpr>()); return;
    case ExprKind::kBinary: BinaryExpr(x, e->As<frontend::BinaryExpr>()); return;
    case ExprKind::kKeyValue:
      ErrorAt(e, "unexpected key:value expression");
      x.mode = Mode::kInvalid;
      return;
    case ExprKind::kEllipsis:
      Error(e->pos, "invalid use of ...");
      x.mode = Mode::kInvalid;
      return;
    case ExprKind::kArrayType:
    case ExprKind::kStructType:
    case ExprKind::kFuncType:
    case ExprKind::kInterfaceType:
    case ExprKind::kMapType:
    case ExprKind::kChanType: {
      const Type* t = TypExprInternal(e);
      if (IsBasicKind(t, BasicKind::kInvalid)) {
        x.mode = Mode::kInvalid;
        return;
      }
      x.mode = Mode::kTypeExpr;
      x.type = t;
      return;
    }
  }
}

void Checker::DeclareOwner(Var* v) {
  var_owner_[v] = fctx_;
  var_loop_depth_[v] = fctx_ ? fctx_->loop_depth : 0;
}

void Checker::UseVar(Var* v, Pos use) {
  v->used = true;
  auto it = var_owner_.find(v);
  if (it == var_owner_.end() || !fctx_ || it->second == fctx_) return;
  FuncCtx* owner = it->second;
  // Only a variable of an enclosing function is captured.
  FuncCtx* outermost_lit = nullptr;  // the literal directly inside `owner`
  for (FuncCtx* c = fctx_; c; c = c->parent) {
    if (c->parent == owner) outermost_lit = c;
  }
  if (!outermost_lit) return;
  if (!v->captured) {
    // As gc: assignments before the first capture, at the variable's own
    // loop depth, cannot change what the closure sees, so they do not count
    // as reassignments (in a deeper loop the closure is created again after
    // each of them, so they do).
    auto depth = var_loop_depth_.find(v);
    int var_depth = depth == var_loop_depth_.end() ? 0 : depth->second;
    if (outermost_lit->lit_loop_depth == var_depth) v->reassigned = false;
  }
  v->captured = true;
  for (FuncCtx* c = fctx_; c && c != owner; c = c->parent) {
    if (c->lit &&
        std::find(c->lit->captures.begin(), c->lit->captures.end(), v) == c->lit->captures.end()) {
      c->lit->captures.push_back(v);
      c->lit->capture_uses.push_back(use);
    }
  }
}

void Checker::IdentExpr(Operand& x, Ident* id) {
  if (id->name == "_") {
    Error(id->pos, "cannot use _ as value");
    x.mode = Mode::kInvalid;
    return;
  }
  Object* obj = scope_ ? scope_->LookupParent(id->name) : nullptr;
  if (!obj) {
    Error(id->pos, "undefined: " + id->name);
    x.mode = Mode::kInvalid;
    return;
  }
  id->obj = obj;
  if (decls_.count(obj)) {
    ObjDecl(obj);
    if (cur_decl_ && (obj->As<Var>() || obj->As<Func>())) cur_decl_->deps.insert(obj);
  }
  switch (obj->kind()) {
    case ObjectKind::kPkgName:
      obj->As<PkgName>()->used = true;
      Error(id->pos, "use of package " + id->name + " without selector");
      x.mode = Mode::kInvalid;
      return;
    case ObjectKind::kConst: {
      Const* c = obj->As<Const>();
      if (obj == universe_iota_) {
        if (!iota_) {
          Error(id->pos, "cannot use iota outside constant declaration");
          x.mode = Mode::kInvalid;
          return;
        }
        x.mode = Mode::kConstant;
        x.type = tt_.basic(BasicKind::kUntypedInt);
        x.val = ConstValue::Int64(*iota_);
        return;
      }
      if (!c->type() || IsBasicKind(c->type(), BasicKind::kInvalid) || !c->value) {
        x.mode = Mode::kInvalid;
        return;
      }
      x.mode = Mode::kConstant;
      x.type = c->type();
      x.val = c->value;
      return;
    }
    case ObjectKind::kTypeName: {
      const Type* t = obj->type();
      if (!t || IsBasicKind(t, BasicKind::kInvalid)) {
        x.mode = Mode::kInvalid;
        return;
      }
      if (IsBasicKind(t, BasicKind::kComplex64) || IsBasicKind(t, BasicKind::kComplex128)) {
        Unsupported(id->pos, "complex numbers");
        x.mode = Mode::kInvalid;
        return;
      }
      x.mode = Mode::kTypeExpr;
      x.type = t;
      return;
    }
    case ObjectKind::kVar: {
      Var* v = obj->As<Var>();
      UseVar(v, id->pos);
      if (!v->type() || IsBasicKind(v->type(), BasicKind::kInvalid)) {
        x.mode = Mode::kInvalid;
        return;
      }
      x.mode = Mode::kVariable;
      x.type = v->type();
      return;
    }
    case ObjectKind::kFunc: {
      const Type* t = obj->type();
      if (!t) {
        x.mode = Mode::kInvalid;
        return;
      }
      x.mode = Mode::kValue;
      x.type = t;
      return;
    }
    case ObjectKind::kBuiltin:
      x.mode = Mode::kBuiltin;
      x.builtin = static_cast<int>(obj->As<types::Builtin>()->id);
      x.type = invalid_;
      return;
    case ObjectKind::kNil:
      x.mode = Mode::kValue;
      x.type = tt_.basic(BasicKind::kUntypedNil);
      return;
    case ObjectKind::kLabel:
      Error(id->pos, "undefined: " + id->name);
      x.mode = Mode::kInvalid;
      return;
  }
}

void Checker::BasicLitExpr(Operand& x, BasicLit* lit) {
  if (lit->lit_kind == LitKind::kImag) {
    Unsupported(lit->pos, "complex numbers");
    x.mode = Mode::kInvalid;
    return;
  }
  CV v;
  if (!ParseLiteral(lit->lit_kind, lit->text, &v)) {
    Error(lit->pos, "malformed constant: " + lit->text);
    x.mode = Mode::kInvalid;
    return;
  }
  x.mode = Mode::kConstant;
  x.val = v;
  switch (lit->lit_kind) {
    case LitKind::kInt: x.type = tt_.basic(BasicKind::kUntypedInt); break;
    case LitKind::kFloat: x.type = tt_.basic(BasicKind::kUntypedFloat); break;
    case LitKind::kChar: x.type = tt_.basic(BasicKind::kUntypedRune); break;
    default: x.type = tt_.basic(BasicKind::kUntypedString); break;
  }
}

// The variable whose storage `e` denotes: `v`, `v.f`, `v[i]` of an array
// `v` (through parentheses), or nullptr when `e` reaches its storage through
// a pointer, a slice or a map. Taking the address of, or assigning to, such
// an expression takes the address of, or assigns to, that variable.
Var* Checker::OuterVar(Expr* e) {
  while (e) {
    switch (e->kind) {
      case ExprKind::kParen: e = e->As<ParenExpr>()->x; continue;
      case ExprKind::kSelector: {
        auto* s = e->As<SelectorExpr>();
        if (s->sel_kind != SelKind::kField || s->implicit_deref) return nullptr;
        for (bool d : s->path_deref) {
          if (d) return nullptr;
        }
        e = s->x;
        continue;
      }
      case ExprKind::kIndex: {
        auto* i = e->As<frontend::IndexExpr>();
        if (!i->x || !i->x->type || !i->x->type->Underlying() ||
            !i->x->type->Underlying()->As<Array>()) {
          return nullptr;
        }
        e = i->x;
        continue;
      }
      case ExprKind::kIdent:
        if (Ident* id = e->As<Ident>(); id->obj) return id->obj->As<Var>();
        return nullptr;
      default: return nullptr;
    }
  }
  return nullptr;
}

void Checker::MarkAddressTaken(Expr* e) {
  if (Var* v = OuterVar(e)) v->address_taken = true;
}

void Checker::MarkReassigned(Expr* e) {
  if (Var* v = OuterVar(e)) v->reassigned = true;
}

void Checker::UnaryExpr(Operand& x, frontend::UnaryExpr* e) {
  if (e->op == Token::kArrow) {
    Unsupported(e->pos, "receive operation");
    if (e->x) {
      Operand y;
      RawExpr(y, e->x, nullptr);
    }
    x.mode = Mode::kInvalid;
    return;
  }
  if (e->op == Token::kAnd) {
    Expr* inner = e->x;
    while (inner && inner->kind == ExprKind::kParen) inner = inner->As<ParenExpr>()->x;
    if (inner && inner->kind == ExprKind::kCompositeLit) {
      CheckExpr(x, e->x);
      if (x.Invalid()) return;
    } else {
      CheckExpr(x, e->x);
      if (x.Invalid()) return;
      if (x.mode != Mode::kVariable) {
        ErrorAt(e->x, "invalid operation: cannot take address of " + OperandStr(x));
        x.mode = Mode::kInvalid;
        return;
      }
      MarkAddressTaken(e->x);
    }
    x.mode = Mode::kValue;
    x.type = tt_.PointerTo(x.type);
    return;
  }
  CheckExpr(x, e->x);
  if (x.Invalid()) return;
  bool ok = false;
  switch (e->op) {
    case Token::kAdd:
    case Token::kSub: ok = IsNumeric(x.type); break;
    case Token::kXor: ok = IsInteger(x.type); break;
    case Token::kNot: ok = IsBoolean(x.type); break;
    default: break;
  }
  if (!ok) {
    ErrorAt(e->x, std::string("invalid operation: operator ") + OpStr(e->op) + " not defined on " +
                      OperandStr(x));
    x.mode = Mode::kInvalid;
    return;
  }
  if (x.mode == Mode::kConstant) {
    const ConstValue& v = *x.val;
    switch (e->op) {
      case Token::kAdd: break;
      case Token::kSub:
        x.val = v.kind == ConstKind::kFloat ? ConstValue::Float(-v.f) : ConstValue::Int(-v.i);
        break;
      case Token::kNot: x.val = ConstValue::Bool(!v.b); break;
      case Token::kXor: {
        mpz_class r = -v.i - 1;
        if (IsUnsigned(x.type)) {
          int64_t bits = x.type->Underlying()->Size() * 8;
          mpz_class mask = (mpz_class(1) << bits) - 1;
          r = v.i ^ mask;
        }
        x.val = ConstValue::Int(r);
        break;
      }
      default: break;
    }
    x.expr = e;
    Overflow(x);
    return;
  }
  x.mode = Mode::kValue;
}

void Checker::FuncLitExpr(Operand& x, FuncLit* e) {
  if (!e->sig) {
    x.mode = Mode::kInvalid;
    return;
  }
  Scope* scope = NewScope(scope_);
  const Signature* sig = FuncType(e->sig, nullptr, scope);
  e->sig->mode = Mode::kTypeExpr;
  e->sig->type = sig;
  FuncCtx ctx;
  ctx.parent = fctx_;
  ctx.sig = sig;
  ctx.lit = e;
  ctx.lit_loop_depth = fctx_ ? fctx_->loop_depth : 0;
  if (e->body) FuncBody(&ctx, sig, e->body, scope, "");
  x.mode = Mode::kValue;
  x.type = sig;
}

}  // namespace gosc::frontend::check
