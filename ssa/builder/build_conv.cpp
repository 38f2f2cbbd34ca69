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

namespace gosc::ssa::builder {

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
  c->cval = std::move(cv);
  return c;
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
  if (v->op == Op::kConst && v->cval && v->cval->kind == fe::ConstKind::kInt) {
    return ConstOf(v->cval, types_.Int(), v->pos);
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
  if (v->op == Op::kConst && !v->cval) {
    bool untyped_nil = vb && vb->basic() == fe::BasicKind::kUntypedNil;
    if (untyped_nil || !IsInterface(target)) return Emit(Op::kConst, target, v->pos);
    return ToInterface(v, target, pos, src);
  }
  // A constant takes any basic target type it is assignable to (named or not).
  if (v->op == Op::kConst && v->cval && !IsInterface(target) && AsBasic(target)) {
    return ConstOf(v->cval, target, v->pos);
  }
  if (vb && vb->IsUntyped()) {
    if (v->op == Op::kConst && !IsInterface(target)) return ConstOf(v->cval, target, v->pos);
    if (!IsInterface(target)) return Emit(Op::kChangeType, target, pos, {v});
    v = v->op == Op::kConst ? ConstOf(v->cval, fe::DefaultType(types_, v->type), v->pos)
                            : Emit(Op::kChangeType, fe::DefaultType(types_, v->type), pos, {v});
  }
  if (IsInterface(target)) return ToInterface(v, target, pos, src);
  if (v->op == Op::kConst && v->cval) {
    const fe::Basic* tb = AsBasic(target);
    if (tb && vb && tb->basic() == vb->basic()) return ConstOf(v->cval, target, v->pos);
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
    if (f_ptr || t_ptr) return Emit(Op::kChangeType, target, pos, {v});  // unsafe.Pointer <-> uintptr
    return Emit(Op::kConvert, target, pos, {v});
  }
  // string <-> []byte / []rune
  if ((fb && fb->IsString() && to->As<fe::Slice>()) || (tb && tb->IsString() && from->As<fe::Slice>())) {
    return Emit(Op::kConvert, target, pos, {v});
  }
  if (v->op == Op::kConst && !v->cval) return Emit(Op::kConst, target, v->pos);
  // Same underlying types, pointer <-> unsafe.Pointer, *T <-> *U with identical bases.
  return Emit(Op::kChangeType, target, pos, {v});
}

}  // namespace gosc::ssa::builder
