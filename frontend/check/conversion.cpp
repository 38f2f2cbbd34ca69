// Explicit conversions T(x).
//
// Why it exists: conversions are looser than assignments (numeric types
// convert freely, strings to and from byte and rune slices, integers to
// strings, pointers through unsafe.Pointer) and constant conversions must
// also check that the value fits — `int8(300)` is an error, `float32(0.1)`
// rounds. The result's constant value is already in the target's form.
#include "frontend/check/checker.h"
#include "runtime/utf8.h"

namespace gosc::frontend::check {

namespace {

bool IsBytesOrRunes(const Type* t) {
  const Slice* s = t && t->Underlying() ? t->Underlying()->As<Slice>() : nullptr;
  if (!s || !s->elem()->Underlying()) return false;
  const Basic* b = s->elem()->Underlying()->As<Basic>();
  return b && (b->basic() == BasicKind::kUint8 || b->basic() == BasicKind::kInt32);
}

bool IsIntOrFloat(const Type* t) { return IsInteger(t) || IsFloat(t); }

bool IsUnsafePointer(const Type* t) {
  return t && t->Underlying() && IsBasicKind(t->Underlying(), BasicKind::kUnsafePointer);
}

bool IsPointerType(const Type* t) { return t && t->Underlying() && t->Underlying()->As<Pointer>(); }

}  // namespace

bool Checker::ConvertibleTo(const Operand& x, const Type* t) {
  if (AssignableTo(x, t, nullptr)) return true;
  const Type* v = x.type;
  const Type* vu = v->Underlying();
  const Type* tu = t->Underlying();
  if (!vu || !tu) return false;
  if (Identical(vu, tu)) return true;
  if (const Pointer* vp = v->As<Pointer>()) {
    if (const Pointer* tp = t->As<Pointer>()) {
      if (Identical(vp->elem()->Underlying(), tp->elem()->Underlying())) return true;
    }
  }
  if (IsIntOrFloat(vu) && IsIntOrFloat(tu)) return true;
  if ((IsInteger(vu) || IsBytesOrRunes(vu)) && IsString(tu)) return true;
  if (IsString(vu) && IsBytesOrRunes(tu)) return true;
  if ((IsPointerType(vu) || IsBasicKind(vu, BasicKind::kUintptr)) && IsUnsafePointer(tu)) {
    return true;
  }
  if (IsUnsafePointer(vu) && (IsPointerType(tu) || IsBasicKind(tu, BasicKind::kUintptr))) {
    return true;
  }
  if (const Slice* s = vu->As<Slice>()) {
    if (const Pointer* p = tu->As<Pointer>()) {
      const Array* a = p->elem()->Underlying() ? p->elem()->Underlying()->As<Array>() : nullptr;
      if (a && Identical(s->elem(), a->elem())) return true;
    }
  }
  return false;
}

void Checker::Conversion(Operand& x, const Type* t, frontend::CallExpr* call) {
  bool const_arg = x.mode == Mode::kConstant;
  bool ok = false;
  CV new_val;
  if (const_arg && IsConstType(t)) {
    const Basic* b = t->Underlying()->As<Basic>();
    CV r;
    if (Representation(*x.val, b, &r) == ReprError::kNone) {
      ok = true;
      new_val = r;
    } else if (IsInteger(x.type) && IsString(b) && x.val->kind == ConstKind::kInt) {
      // string(rune constant): invalid runes become U+FFFD (the runtime's
      // encoder, so folding agrees with string(r) at run time).
      int64_t r = x.val->i.fits_slong_p() ? x.val->i.get_si() : -1;
      std::string s;
      utf8::AppendRune(s, r);
      ok = true;
      new_val = ConstValue::String(s);
    }
  } else if (ConvertibleTo(x, t)) {
    ok = true;
    x.mode = Mode::kValue;
  }
  if (!ok) {
    ErrorAt(x.expr, "cannot convert " + OperandStr(x) + " to type " + TypeStr(t));
    x.mode = Mode::kInvalid;
    return;
  }
  if (IsUntyped(x.type)) {
    const Type* final = t;
    if (IsInterface(t) || (const_arg && !IsConstType(t))) {
      final = DefaultType(tt_, x.type);
    } else if (const_arg && IsInteger(x.type) && IsString(t)) {
      final = DefaultType(tt_, x.type);
    }
    if (IsNilExpr(x.expr)) final = t;
    UpdateExprType(x.expr, final, true);
  } else if (const_arg && IsInteger(x.type) && IsString(t)) {
    // keep the argument's type
  }
  if (new_val) {
    x.val = new_val;
  } else if (x.mode == Mode::kConstant && !IsConstType(t)) {
    x.mode = Mode::kValue;
  }
  if (x.mode != Mode::kConstant) x.val = nullptr;
  x.type = t;
  (void)call;
}

}  // namespace gosc::frontend::check
