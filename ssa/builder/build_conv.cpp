// Constants, zero values and conversions, implicit and explicit.
//
// Why it exists: Go converts silently at every assignment-like point — a
// concrete value assigned to an interface is boxed, `nil` takes the type of
// what it is compared with or assigned to, an unnamed `[]int` flows into a
// named `Ints` — and the AST does not record those conversions. All of them
// go through Convert here so the IR always has exactly-typed operands. Boxing
// (a value that is not pointer-shaped stored in an interface) is an
// allocation site: Alloc kBox + Store + MakeInterface, described with the
// converted expression as gc does ("x escapes to heap").
#include "ssa/builder/builder.h"
#include "types/constant.h"

namespace gosc::ssa::builder {

namespace {

// The frontend's exact value in the representation of `type` (checked to be
// representable by the checker): integer bits, a float rounded once to the
// type's precision, a bool or a string.
ConstVal ResolveConst(const fe::ConstValue& cv, const fe::Basic* b) {
  switch (cv.kind) {
    case fe::ConstKind::kBool: return ConstVal::Bool(cv.b);
    case fe::ConstKind::kString: return ConstVal::String(cv.s);
    case fe::ConstKind::kInt:
    case fe::ConstKind::kFloat:
      if (b && b->IsFloat()) {
        return ConstVal::Float(b->basic() == fe::BasicKind::kFloat32 ? cv.ToFloat32()
                                                                     : cv.ToDouble());
      }
      if (cv.kind == fe::ConstKind::kFloat && !b) return ConstVal::Float(cv.ToDouble());
      return ConstVal::Uint(cv.ToUint64());
  }
  return {};
}

}  // namespace

const Type* FuncBuilder::ConstType(const fe::Expr* e) const {
  const Type* t = e->type;
  const fe::Basic* b = AsBasic(t);
  if (t && !IsInterface(t) && !(b && b->IsUntyped())) return t;
  if (b && b->IsUntyped() && b->basic() != fe::BasicKind::kUntypedNil) {
    return fe::DefaultType(types_, t);
  }
  // Interface-typed (or untyped nil) constant: the default type of its kind.
  if (!e->value) return t;
  const fe::Expr* x = e;
  while (x->kind == fe::ExprKind::kParen) x = x->As<fe::ParenExpr>()->x;
  switch (e->value->kind) {
    case fe::ConstKind::kBool: return types_.Bool();
    case fe::ConstKind::kString: return types_.String();
    case fe::ConstKind::kFloat: return types_.basic(fe::BasicKind::kFloat64);
    case fe::ConstKind::kInt: {
      auto* lit = x->As<fe::BasicLit>();
      if (lit && lit->lit_kind == fe::LitKind::kChar) return types_.basic(fe::BasicKind::kInt32);
      return types_.Int();
    }
  }
  return t;
}

Value* FuncBuilder::ConstOf(std::shared_ptr<const fe::ConstValue> cv, const Type* type, Pos pos) {
  const fe::Basic* b = AsBasic(type);
  if (b && b->IsUntyped()) {
    type = fe::DefaultType(types_, type);
    b = AsBasic(type);
  }
  // Give the value the representation its type wants (1 as a float64 is 1.0).
  if (cv && b) {
    if (b->IsFloat() && cv->kind == fe::ConstKind::kInt) {
      cv = fe::ConstValue::Float(mpq_class(cv->i));
    } else if (b->IsInteger() && cv->kind == fe::ConstKind::kFloat) {
      cv = fe::ConstValue::Int(mpz_class(cv->f));
    }
  }
  Value* c = Emit(Op::kConst, type, pos);
  if (cv) {
    c->cval = ResolveConst(*cv, b);
    exact_consts_[c] = std::move(cv);
  }
  return c;
}

std::shared_ptr<const fe::ConstValue> FuncBuilder::ExactConst(const Value* c) const {
  auto it = exact_consts_.find(c);
  if (it != exact_consts_.end()) return it->second;
  // Not made here (or nil): rebuild the exact value from the resolved one.
  switch (c->cval.kind) {
    case ConstVal::Kind::kNil: return nullptr;
    case ConstVal::Kind::kBool: return fe::ConstValue::Bool(c->cval.b);
    case ConstVal::Kind::kString: return fe::ConstValue::String(c->cval.s);
    case ConstVal::Kind::kFloat: return fe::ConstValue::Float(mpq_class(c->cval.f));
    case ConstVal::Kind::kInt: {
      const fe::Basic* b = AsBasic(c->type);
      if (b && b->IsUnsigned()) {
        mpz_class v;
        mpz_import(v.get_mpz_t(), 1, 1, sizeof c->cval.bits, 0, 0, &c->cval.bits);
        return fe::ConstValue::Int(v);
      }
      return fe::ConstValue::Int64(c->cval.AsInt64());
    }
  }
  return nullptr;
}

Value* FuncBuilder::IntConst(int64_t v, Pos pos) {
  return ConstOf(fe::ConstValue::Int64(v), types_.Int(), pos);
}

Value* FuncBuilder::Zero(const Type* type, Pos pos) {
  if (IsAggregate(type)) return Emit(Op::kZero, type, pos);
  const fe::Basic* b = AsBasic(type);
  if (b) {
    if (b->IsBoolean()) return ConstOf(fe::ConstValue::Bool(false), type, pos);
    if (b->IsString()) return ConstOf(fe::ConstValue::String(""), type, pos);
    if (b->IsFloat()) return ConstOf(fe::ConstValue::Float(mpq_class(0)), type, pos);
    if (b->IsInteger()) return ConstOf(fe::ConstValue::Int64(0), type, pos);
  }
  return Emit(Op::kConst, type, pos);  // nil
}

Value* FuncBuilder::ToInt(Value* v, Pos pos) {
  if (v->type == types_.Int()) return v;
  if (v->op == Op::kConst && v->cval.kind == ConstVal::Kind::kInt) {
    return ConstOf(ExactConst(v), types_.Int(), v->pos);
  }
  const fe::Basic* b = AsBasic(v->type);
  if (b && b->basic() == fe::BasicKind::kInt) return Emit(Op::kChangeType, types_.Int(), pos, {v});
  return Emit(Op::kConvert, types_.Int(), pos, {v});
}

Value* FuncBuilder::ToInterface(Value* v, const Type* iface, Pos pos, const fe::Expr* src) {
  if (IsInterface(v->type)) {
    if (fe::Identical(v->type, iface)) return v;
    return Emit(Op::kChangeInterface, iface, pos, {v});
  }
  Value* data = v;
  if (!IsPointerShaped(v->type)) {
    Pos bpos = src ? src->pos : pos;
    if (src && name_box_pos_ && src->kind == fe::ExprKind::kIdent) bpos = *name_box_pos_;
    Value* box = Emit(Op::kAlloc, types_.PointerTo(v->type), bpos);
    box->aux_type = v->type;
    box->alloc_site = AllocSite::kBox;
    box->alloc_desc = src ? ExprString(src) : (v->name.empty() ? "value" : v->name);
    if (auto it = devirtualized_desc_.find(fe::Unparen(src));
        src && it != devirtualized_desc_.end())
      box->alloc_desc = it->second;
    Emit(Op::kStore, nullptr, bpos, {box, v});
    data = box;
  }
  Value* mi = Emit(Op::kMakeInterface, iface, pos, {data});
  mi->aux_type = v->type;
  return mi;
}

// Assignability conversions (Go spec "Assignability").
Value* FuncBuilder::Convert(Value* v, const Type* target, Pos pos, const fe::Expr* src) {
  if (!target || !v->type || v->type == target || fe::Identical(v->type, target)) return v;
  const fe::Basic* vb = AsBasic(v->type);
  // nil takes the target type; a typed nil pointer/map/func becomes a non-nil interface.
  if (v->op == Op::kConst && v->cval.IsNil()) {
    bool untyped_nil = vb && vb->basic() == fe::BasicKind::kUntypedNil;
    if (untyped_nil || !IsInterface(target)) return Emit(Op::kConst, target, v->pos);
    return ToInterface(v, target, pos, src);
  }
  // A constant takes any basic target type it is assignable to (named or not).
  if (v->op == Op::kConst && !v->cval.IsNil() && !IsInterface(target) && AsBasic(target)) {
    return ConstOf(ExactConst(v), target, v->pos);
  }
  if (vb && vb->IsUntyped()) {
    if (v->op == Op::kConst && !IsInterface(target)) return ConstOf(ExactConst(v), target, v->pos);
    if (!IsInterface(target)) return Emit(Op::kChangeType, target, pos, {v});
    v = v->op == Op::kConst ? ConstOf(ExactConst(v), fe::DefaultType(types_, v->type), v->pos)
                            : Emit(Op::kChangeType, fe::DefaultType(types_, v->type), pos, {v});
  }
  if (IsInterface(target)) return ToInterface(v, target, pos, src);
  if (v->op == Op::kConst && !v->cval.IsNil()) {
    const fe::Basic* tb = AsBasic(target);
    if (tb && vb && tb->basic() == vb->basic()) return ConstOf(ExactConst(v), target, v->pos);
  }
  return Emit(Op::kChangeType, target, pos, {v});
}

Value* FuncBuilder::ExplicitConvert(Value* v, const Type* target, Pos pos, const fe::Expr* src) {
  if (fe::Identical(v->type, target)) return v;
  if (IsInterface(target)) return Convert(v, target, pos, src);
  const Type* from = Under(v->type);
  const Type* to = Under(target);
  const fe::Basic* fb = from->As<fe::Basic>();
  const fe::Basic* tb = to->As<fe::Basic>();
  if (fb && tb) {
    if (fb->basic() == tb->basic() || fb->IsUntyped()) {
      if (fb->IsUntyped() && fb->basic() != tb->basic() && v->op != Op::kConst) {
        return Emit(Op::kConvert, target, pos, {v});
      }
      return Convert(v, target, pos, src);
    }
    bool f_ptr = fb->basic() == fe::BasicKind::kUnsafePointer;
    bool t_ptr = tb->basic() == fe::BasicKind::kUnsafePointer;
    if (f_ptr || t_ptr)
      return Emit(Op::kChangeType, target, pos, {v});  // unsafe.Pointer <-> uintptr
    return Emit(Op::kConvert, target, pos, {v});
  }
  // string <-> []byte / []rune
  if ((fb && fb->IsString() && to->As<fe::Slice>()) ||
      (tb && tb->IsString() && from->As<fe::Slice>())) {
    return Emit(Op::kConvert, target, pos, {v});
  }
  if (v->op == Op::kConst && v->cval.IsNil()) return Emit(Op::kConst, target, v->pos);
  // Same underlying types, pointer <-> unsafe.Pointer, *T <-> *U with identical bases.
  return Emit(Op::kChangeType, target, pos, {v});
}

}  // namespace gosc::ssa::builder
