// Expressions: values (Rvalue), addresses (Addr), operators, selectors,
// indexing, slicing and conditions.
//
// Why it exists: Go expressions split into two translations — the value of an
// expression, and, for addressable ones, its address (needed to assign, to
// take &x, to call pointer methods, and to read a field of a large struct
// without copying it). Constants never reach the operators: the checker
// folded them and Rvalue emits a Const of the exact type. Positions are the
// checker's (Expr::pos), which follow gc's conventions.
#include "ssa/builder/builder.h"
#include "types/constant.h"

namespace gosc::ssa::builder {

namespace {

Op BinOp(fe::Token t) {
  switch (t) {
    case fe::Token::kAdd: return Op::kAdd;
    case fe::Token::kSub: return Op::kSub;
    case fe::Token::kMul: return Op::kMul;
    case fe::Token::kQuo: return Op::kDiv;
    case fe::Token::kRem: return Op::kRem;
    case fe::Token::kAnd: return Op::kAnd;
    case fe::Token::kOr: return Op::kOr;
    case fe::Token::kXor: return Op::kXor;
    case fe::Token::kAndNot: return Op::kAndNot;
    case fe::Token::kShl: return Op::kShl;
    case fe::Token::kShr: return Op::kShr;
    case fe::Token::kEql: return Op::kEq;
    case fe::Token::kNeq: return Op::kNe;
    case fe::Token::kLss: return Op::kLt;
    case fe::Token::kLeq: return Op::kLe;
    case fe::Token::kGtr: return Op::kGt;
    case fe::Token::kGeq: return Op::kGe;
    default: return Op::kUnreachable;
  }
}

bool IsComparison(fe::Token t) {
  return t == fe::Token::kEql || t == fe::Token::kNeq || t == fe::Token::kLss ||
         t == fe::Token::kLeq || t == fe::Token::kGtr || t == fe::Token::kGeq;
}

}  // namespace

Value* FuncBuilder::Load(Value* ptr, Pos pos) {
  const fe::Pointer* p = Under(ptr->type)->As<fe::Pointer>();
  if (!p) Fail(pos, "load through a non-pointer of type " + ptr->type->String());
  Value* v = Emit(Op::kLoad, p->elem(), pos, {ptr});
  if (ptr->op == Op::kAlloc || ptr->op == Op::kFreeVar) v->name = ptr->name;
  return v;
}

Value* FuncBuilder::NilCheck(Value* ptr, Pos pos) {
  if (ptr->op == Op::kAlloc || ptr->op == Op::kGlobal || ptr->op == Op::kFieldAddr ||
      ptr->op == Op::kIndexAddr || ptr->op == Op::kNilCheck) {
    return ptr;  // never nil
  }
  Value* v = Emit(Op::kNilCheck, ptr->type, pos, {ptr});
  v->name = ptr->name;
  return v;
}

Value* FuncBuilder::Extract(Value* tuple, int64_t i, Pos pos) {
  const fe::Tuple* t = tuple->type ? tuple->type->As<fe::Tuple>() : nullptr;
  if (!t || static_cast<size_t>(i) >= t->size()) Fail(pos, "extract from a non-tuple");
  Value* v = Emit(Op::kExtract, t->At(static_cast<size_t>(i)), pos, {tuple});
  v->index = i;
  return v;
}

Value* FuncBuilder::ExprAs(const fe::Expr* e, const Type* target) {
  if (e->mode == fe::Mode::kConstant && e->value) {
    const Type* ct = ConstType(e);
    if (target && !IsInterface(target)) ct = target;
    return Convert(ConstOf(e->value, ct, e->pos), target, e->pos, e);
  }
  return Convert(Rvalue(e), target, e->pos, e);
}

// --------------------------------------------------------------- operators

Value* FuncBuilder::Compare(fe::Token op, Value* x, Value* y, Pos pos, const Type* result) {
  if (!result) result = types_.Bool();
  // Mixed interface/concrete comparisons compare as interfaces; nil takes the other's type.
  bool xnil = x->op == Op::kConst && x->cval.IsNil();
  bool ynil = y->op == Op::kConst && y->cval.IsNil();
  if (xnil && !ynil) {
    x = Convert(x, y->type, pos);
  } else if (ynil && !xnil) {
    y = Convert(y, x->type, pos);
  } else if (IsInterface(x->type) && !IsInterface(y->type)) {
    y = Convert(y, x->type, pos);
  } else if (IsInterface(y->type) && !IsInterface(x->type)) {
    x = Convert(x, y->type, pos);
  } else if (!fe::Identical(x->type, y->type)) {
    const fe::Basic* yb = AsBasic(y->type);
    if (yb && yb->IsUntyped()) {
      y = Convert(y, x->type, pos);
    } else {
      x = Convert(x, y->type, pos);
    }
  }
  return Emit(BinOp(op), result, pos, {x, y});
}

Value* FuncBuilder::BinaryOp(fe::Token op, Value* x, Value* y, const Type* result, Pos pos) {
  if (IsComparison(op)) return Compare(op, x, y, pos, result);
  x = Convert(x, result, pos);
  if (op != fe::Token::kShl && op != fe::Token::kShr) y = Convert(y, result, pos);
  Op o = BinOp(op);
  if (o == Op::kUnreachable)
    Fail(pos, std::string("unexpected binary operator ") + fe::TokenString(op));
  return Emit(o, result, pos, {x, y});
}

void FuncBuilder::CondBranch(const fe::Expr* e, Block* t, Block* f) {
  e = Unparen(e);
  if (e->mode != fe::Mode::kConstant) {
    if (auto* u = e->As<fe::UnaryExpr>(); u && u->op == fe::Token::kNot) {
      CondBranch(u->x, f, t);
      return;
    }
    if (auto* b = e->As<fe::BinaryExpr>();
        b && (b->op == fe::Token::kLAnd || b->op == fe::Token::kLOr)) {
      Block* rhs = NewBlock(b->op == fe::Token::kLAnd ? "cond.and" : "cond.or");
      if (b->op == fe::Token::kLAnd) {
        CondBranch(b->x, rhs, f);
      } else {
        CondBranch(b->x, t, rhs);
      }
      Seal(rhs);
      cur_ = rhs;
      CondBranch(b->y, t, f);
      return;
    }
  }
  Value* c = ExprAs(e, nullptr);
  Branch(c, t, f, e->pos);
}

// ---------------------------------------------------------------- selectors

// Whether Addr(e) works without forcing anything into memory: addressable
// expressions rooted in a memory-resident variable, a pointer or a slice.
bool FuncBuilder::HasAddress(const fe::Expr* e) const {
  e = Unparen(e);
  if (e->mode != fe::Mode::kVariable) return false;
  switch (e->kind) {
    case fe::ExprKind::kIdent: {
      auto* id = e->As<fe::Ident>();
      const fe::Var* v = id->obj ? id->obj->As<fe::Var>() : nullptr;
      if (!v) return false;
      return v->var_kind() == fe::VarKind::kGlobal || !v->pkg().empty() || free_vars_.count(v) ||
             cells_.count(v);
    }
    case fe::ExprKind::kStar: return true;
    case fe::ExprKind::kSelector: {
      auto* s = e->As<fe::SelectorExpr>();
      if (s->sel_kind == fe::SelKind::kQualified) return true;
      if (s->sel_kind != fe::SelKind::kField) return false;
      return Under(s->x->type)->As<fe::Pointer>() || HasAddress(s->x);
    }
    case fe::ExprKind::kIndex: {
      auto* ix = e->As<fe::IndexExpr>();
      const Type* xt = Under(ix->x->type);
      if (xt->As<fe::Slice>() || xt->As<fe::Pointer>()) return true;
      if (xt->As<fe::Array>()) return HasAddress(ix->x);
      return false;
    }
    default: return false;
  }
}

Place FuncBuilder::WalkPath(const fe::SelectorExpr* s, size_t steps) {
  const fe::Expr* x = s->x;
  const Type* xt = x->type;
  if (Under(xt)->As<fe::Pointer>()) return WalkSteps(PlaceOfValue(Rvalue(x)), s, steps);
  if (HasAddress(x)) return WalkSteps(Place{Addr(x), nullptr, xt, false}, s, steps);
  return WalkSteps(Place{nullptr, Rvalue(x), xt, false}, s, steps);
}

// A value as the start of a selector path: a pointer is followed (and may
// be nil), anything else is the object itself.
Place FuncBuilder::PlaceOfValue(Value* v) {
  if (const fe::Pointer* pt = Under(v->type)->As<fe::Pointer>()) {
    return Place{v, nullptr, pt->elem(), true};
  }
  return Place{nullptr, v, v->type, false};
}

Place FuncBuilder::WalkSteps(Place p, const fe::SelectorExpr* s, size_t steps) {
  for (size_t i = 0; i < steps; ++i) {
    const fe::Struct* st = Under(p.type)->As<fe::Struct>();
    int idx = s->path[i];
    if (!st || idx < 0 || static_cast<size_t>(idx) >= st->fields().size()) {
      Fail(s->pos, "selector path does not match the struct type " + TypeString(p.type));
    }
    const Type* ft = st->fields()[static_cast<size_t>(idx)]->type();
    if (p.ptr) {
      Value* base = p.may_be_nil ? NilCheck(p.ptr, s->pos) : p.ptr;
      Value* fa = Emit(Op::kFieldAddr, types_.PointerTo(ft), s->pos, {base});
      fa->index = idx;
      fa->offset = st->Offset(static_cast<size_t>(idx));
      p.ptr = fa;
      p.may_be_nil = false;
    } else {
      Value* f = Emit(Op::kField, ft, s->pos, {p.val});
      f->index = idx;
      p.val = f;
    }
    p.type = ft;
    // An embedded pointer is followed before the next step (and, for a
    // method's receiver, at the end: the method then sees the pointee).
    const fe::Pointer* fp = Under(ft)->As<fe::Pointer>();
    if (fp && (i + 1 < steps || s->sel_kind == fe::SelKind::kMethod ||
               s->sel_kind == fe::SelKind::kMethodExpr)) {
      Value* pv = p.ptr ? Load(p.ptr, s->pos) : p.val;
      p = Place{pv, nullptr, fp->elem(), true};
    }
  }
  return p;
}

Value* FuncBuilder::PlaceAddr(Place& p, Pos pos) {
  if (p.ptr) return p.ptr;
  // A non-addressable value whose address is needed (pointer method on a
  // call result is rejected by the checker; this covers internal uses).
  Value* tmp = Emit(Op::kAlloc, types_.PointerTo(p.type), pos);
  tmp->aux_type = p.type;
  tmp->alloc_site = AllocSite::kLocalVar;
  tmp->alloc_desc = ".autotmp";
  Emit(Op::kStore, nullptr, pos, {tmp, p.val});
  return tmp;
}

Value* FuncBuilder::PlaceValue(Place& p, Pos pos) {
  if (p.val) return p.val;
  return Load(p.may_be_nil ? NilCheck(p.ptr, pos) : p.ptr, pos);
}

// -------------------------------------------------------------------- Addr

Value* FuncBuilder::Addr(const fe::Expr* e) {
  e = Unparen(e);
  switch (e->kind) {
    case fe::ExprKind::kIdent: {
      auto* id = e->As<fe::Ident>();
      const fe::Var* v = id->obj ? id->obj->As<fe::Var>() : nullptr;
      if (!v) Fail(e->pos, "address of non-variable " + id->name);
      return VarAddr(v, e->pos);
    }
    case fe::ExprKind::kStar: return NilCheck(Rvalue(e->As<fe::StarExpr>()->x), e->pos);
    case fe::ExprKind::kSelector: {
      auto* s = e->As<fe::SelectorExpr>();
      if (s->sel_kind == fe::SelKind::kQualified) {
        const fe::Var* v = s->obj ? s->obj->As<fe::Var>() : nullptr;
        if (!v) Fail(e->pos, "address of non-variable " + ExprString(e));
        return VarAddr(v, e->pos);
      }
      if (s->sel_kind != fe::SelKind::kField) Fail(e->pos, "address of non-field selector");
      Place p = WalkPath(s, s->path.size());
      return PlaceAddr(p, e->pos);
    }
    case fe::ExprKind::kIndex: {
      auto* ix = e->As<fe::IndexExpr>();
      const Type* xt = Under(ix->x->type);
      Value* base;
      const Type* elem;
      if (const fe::Array* a = xt->As<fe::Array>()) {
        base = Addr(ix->x);
        elem = a->elem();
      } else if (const fe::Pointer* p = xt->As<fe::Pointer>()) {
        base = NilCheck(Rvalue(ix->x), e->pos);
        const fe::Array* a = Under(p->elem())->As<fe::Array>();
        if (!a) Fail(e->pos, "indexing a pointer to a non-array");
        elem = a->elem();
      } else if (const fe::Slice* sl = xt->As<fe::Slice>()) {
        base = Rvalue(ix->x);
        elem = sl->elem();
      } else {
        Fail(e->pos, "address of an element of " + TypeString(ix->x->type));
      }
      Value* i = ToInt(ExprAs(ix->index, nullptr), ix->index->pos);
      return Emit(Op::kIndexAddr, types_.PointerTo(elem), e->pos, {base, i});
    }
    case fe::ExprKind::kCompositeLit: {
      // Addressable only as &T{...}; used for method calls on literals via a temporary.
      auto* lit = e->As<fe::CompositeLit>();
      Place p{nullptr, LitValue(lit), lit->type, false};
      return PlaceAddr(p, e->pos);
    }
    default: break;
  }
  Fail(e->pos, "address of unaddressable expression " + ExprString(e));
}

// ------------------------------------------------------------------ Rvalue

// A declared function, or a library function through its forwarding wrapper.
Value* FuncBuilder::FuncValue(const fe::Func* f, Pos pos) {
  Value* r = Emit(Op::kFuncRef, f->type(), pos);
  r->func = const_cast<fe::Func*>(f);
  r->callee = mb_.FuncFor(f);
  if (!r->callee && !f->pkg().empty()) r->callee = mb_.LibraryFuncValue(f);
  return r;
}

Value* FuncBuilder::Rvalue(const fe::Expr* e) {
  if (e->mode == fe::Mode::kConstant && e->value) return ConstOf(e->value, ConstType(e), e->pos);
  switch (e->kind) {
    case fe::ExprKind::kParen: return Rvalue(e->As<fe::ParenExpr>()->x);
    case fe::ExprKind::kIdent: {
      auto* id = e->As<fe::Ident>();
      if (!id->obj) Fail(e->pos, "unresolved identifier " + id->name);
      switch (id->obj->kind()) {
        case fe::ObjectKind::kVar: return ReadVarValue(id->obj->As<fe::Var>(), e->pos);
        case fe::ObjectKind::kNil: return Emit(Op::kConst, e->type, e->pos);
        case fe::ObjectKind::kFunc: {
          return FuncValue(id->obj->As<fe::Func>(), e->pos);
        }
        case fe::ObjectKind::kConst: {
          auto* c = id->obj->As<fe::Const>();
          return ConstOf(c->value, e->type ? e->type : c->type(), e->pos);
        }
        default: Fail(e->pos, "identifier " + id->name + " used as a value");
      }
    }
    case fe::ExprKind::kBasicLit: Fail(e->pos, "literal without a constant value");
    case fe::ExprKind::kCompositeLit: return LitValue(e->As<fe::CompositeLit>());
    case fe::ExprKind::kFuncLit: return Closure(e->As<fe::FuncLit>());
    case fe::ExprKind::kSelector: {
      auto* s = e->As<fe::SelectorExpr>();
      switch (s->sel_kind) {
        case fe::SelKind::kQualified: {
          if (!s->obj) Fail(e->pos, "unresolved qualified identifier");
          if (auto* v = s->obj->As<fe::Var>()) return Load(VarAddr(v, e->pos), e->pos);
          if (auto* f = s->obj->As<fe::Func>()) return FuncValue(f, e->pos);
          if (auto* c = s->obj->As<fe::Const>()) return ConstOf(c->value, e->type, e->pos);
          Fail(e->pos, "unsupported qualified identifier " + ExprString(e));
        }
        case fe::SelKind::kField: {
          Place p = WalkPath(s, s->path.size());
          return NoteExpr(PlaceValue(p, e->pos), e, SelectorWhy(s));
        }
        case fe::SelKind::kMethod: return MethodValue(s);
        case fe::SelKind::kMethodExpr: {
          auto* f = s->obj ? s->obj->As<fe::Func>() : nullptr;
          if (!f) Fail(e->pos, "method expression without a method");
          Value* r = Emit(Op::kFuncRef, e->type, e->pos);
          r->func = f;
          // T.M and (*T).M of a method declared with that receiver are the
          // method itself; the other forms go through a wrapper.
          const Type* xt = Under(s->x->type);
          bool direct = s->path.empty() && !IsInterface(xt) &&
                        (xt->As<fe::Pointer>() != nullptr) == f->ptr_recv;
          r->callee = direct ? mb_.FuncFor(f)
                             : mb_.MethodExprWrapper(s, Under(e->type)->As<fe::Signature>());
          return r;
        }
        default: Fail(e->pos, "unresolved selector " + ExprString(e));
      }
    }
    case fe::ExprKind::kIndex: {
      auto* ix = e->As<fe::IndexExpr>();
      const Type* xt = Under(ix->x->type);
      if (const fe::Map* m = xt->As<fe::Map>()) {
        Value* mv = Rvalue(ix->x);
        Value* k = ExprAs(ix->index, m->key());
        return Emit(Op::kMapLookup, m->value(), e->pos, {mv, k});
      }
      if (const fe::Basic* b = xt->As<fe::Basic>(); b && b->IsString()) {
        Value* s = Rvalue(ix->x);
        Value* i = ToInt(ExprAs(ix->index, nullptr), ix->index->pos);
        return Emit(Op::kIndex, types_.basic(fe::BasicKind::kUint8), e->pos, {s, i});
      }
      if (const fe::Array* a = xt->As<fe::Array>(); a && !HasAddress(ix->x)) {
        Value* av = Rvalue(ix->x);
        Value* i = ToInt(ExprAs(ix->index, nullptr), ix->index->pos);
        return Emit(Op::kIndex, a->elem(), e->pos, {av, i});
      }
      return NoteExpr(Load(Addr(e), e->pos), e, IndexWhy(ix));
    }
    case fe::ExprKind::kSlice: {
      auto* s = e->As<fe::SliceExpr>();
      const Type* xt = Under(s->x->type);
      Value* base;
      if (xt->As<fe::Array>()) {
        base = Addr(s->x);
      } else if (xt->As<fe::Pointer>()) {
        base = NilCheck(Rvalue(s->x), e->pos);
      } else {
        base = Rvalue(s->x);
      }
      auto bound = [&](const fe::Expr* b) -> Value* {
        return b ? ToInt(ExprAs(b, nullptr), b->pos) : nullptr;
      };
      Value* lo = bound(s->low);
      Value* hi = bound(s->high);
      Value* mx = bound(s->max);
      return NoteExpr(Emit(Op::kSliceOp, e->type, e->pos, {base, lo, hi, mx}), e, "slice");
    }
    case fe::ExprKind::kTypeAssert: {
      auto* ta = e->As<fe::TypeAssertExpr>();
      Value* x = Rvalue(ta->x);
      Value* v = Emit(Op::kTypeAssert, e->type, e->pos, {x});
      v->aux_type = e->type;
      return v;
    }
    case fe::ExprKind::kCall: {
      Value* v = Call(e->As<fe::CallExpr>());
      if (!v) Fail(e->pos, "call without a result used as a value");
      return v;
    }
    case fe::ExprKind::kStar: {
      auto* st = e->As<fe::StarExpr>();
      return NoteExpr(Load(NilCheck(Rvalue(st->x), e->pos), e->pos), e, "indirection");
    }
    case fe::ExprKind::kUnary: {
      auto* u = e->As<fe::UnaryExpr>();
      switch (u->op) {
        case fe::Token::kAnd: {
          const fe::Expr* x = Unparen(u->x);
          if (auto* lit = x->As<fe::CompositeLit>()) return AddrOfLit(lit, e->pos);
          return Addr(x);
        }
        case fe::Token::kAdd: return ExprAs(u->x, e->type);
        case fe::Token::kSub: return Emit(Op::kNeg, e->type, e->pos, {ExprAs(u->x, e->type)});
        case fe::Token::kXor:
          return Emit(Op::kComplement, e->type, e->pos, {ExprAs(u->x, e->type)});
        case fe::Token::kNot: {
          const Type* t = ConstType(e);
          return Emit(Op::kNot, t, e->pos, {ExprAs(u->x, t)});
        }
        default: Fail(e->pos, "unsupported unary operator");
      }
    }
    case fe::ExprKind::kBinary: {
      auto* b = e->As<fe::BinaryExpr>();
      const Type* rt = ConstType(e);
      if (b->op == fe::Token::kLAnd || b->op == fe::Token::kLOr) {
        bool is_and = b->op == fe::Token::kLAnd;
        Key k = NewTemp(rt, is_and ? "and" : "or");
        Block* rhs = NewBlock(is_and ? "and.rhs" : "or.rhs");
        Block* done = NewBlock(is_and ? "and.done" : "or.done");
        WriteVar(k, ConstOf(fe::ConstValue::Bool(!is_and), rt, e->pos));
        if (is_and) {
          CondBranch(b->x, rhs, done);
        } else {
          CondBranch(b->x, done, rhs);
        }
        Seal(rhs);
        cur_ = rhs;
        WriteVar(k, ExprAs(b->y, rt));
        Jump(done, e->pos);
        Seal(done);
        cur_ = done;
        return ReadVar(k, e->pos);
      }
      if (IsComparison(b->op)) {
        Value* x = Rvalue(b->x);
        Value* y = b->y->mode == fe::Mode::kConstant && b->y->value && !IsInterface(x->type)
                       ? ExprAs(b->y, x->type)
                       : Rvalue(b->y);
        return Compare(b->op, x, y, e->pos, rt);
      }
      Value* x = ExprAs(b->x, rt);
      Value* y = (b->op == fe::Token::kShl || b->op == fe::Token::kShr) ? ExprAs(b->y, nullptr)
                                                                        : ExprAs(b->y, rt);
      Value* r = BinaryOp(b->op, x, y, rt, e->pos);
      if (r->op == Op::kAdd && IsStringType(rt)) {
        // A concatenation allocates its result; gc reports one site per
        // left-nested chain (`a + b + "!"` is one OADDSTR), so the inner
        // concatenation of the left operand is not a site of its own.
        r->alloc_desc = ExprString(e);
        const auto* lb = Unparen(b->x)->As<fe::BinaryExpr>();
        if (lb && lb->op == fe::Token::kAdd && x->op == Op::kAdd) x->alloc_desc.clear();
      }
      return r;
    }
    default: break;
  }
  Fail(e->pos, "unsupported expression " + ExprString(e));
}

}  // namespace gosc::ssa::builder
