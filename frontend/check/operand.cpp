// Untyped values meeting types: representability, implicit conversion and
// assignability.
//
// Why it exists: most of Go's typing subtlety lives here — an untyped
// constant takes the type its context demands if its value fits (rounded for
// floats, exact for integers), an untyped non-constant (a comparison, a shift
// of a constant by a variable, nil) takes the context's type too, and the
// recorded types of the whole untyped subtree must then be rewritten so the
// SSA builder sees concrete types everywhere. The wording of the resulting
// errors ("(overflows)", "(truncated)", "overflows int8") follows gc 1.19.
#include <cmath>

#include "frontend/check/checker.h"

namespace gosc::frontend::check {

namespace {

bool IntFits(const mpz_class& v, BasicKind k) {
  int bits = 64;
  bool is_signed = true;
  switch (k) {
    case BasicKind::kInt8: bits = 8; break;
    case BasicKind::kInt16: bits = 16; break;
    case BasicKind::kInt32: bits = 32; break;
    case BasicKind::kInt:
    case BasicKind::kInt64: bits = 64; break;
    case BasicKind::kUint8:
      bits = 8;
      is_signed = false;
      break;
    case BasicKind::kUint16:
      bits = 16;
      is_signed = false;
      break;
    case BasicKind::kUint32:
      bits = 32;
      is_signed = false;
      break;
    case BasicKind::kUint:
    case BasicKind::kUint64:
    case BasicKind::kUintptr:
      bits = 64;
      is_signed = false;
      break;
    default: return true;  // untyped int/rune: any size
  }
  mpz_class one = 1;
  if (is_signed) {
    mpz_class lim = one << (bits - 1);
    return v >= -lim && v < lim;
  }
  return v >= 0 && v < (one << bits);
}

}  // namespace

ReprError Checker::Representation(const ConstValue& v, const Basic* t, CV* rounded) {
  BasicKind k = t->basic();
  if (t->IsBoolean()) {
    if (v.kind != ConstKind::kBool) return ReprError::kOther;
    *rounded = ConstValue::Bool(v.b);
    return ReprError::kNone;
  }
  if (t->IsString()) {
    if (v.kind != ConstKind::kString) return ReprError::kOther;
    *rounded = ConstValue::String(v.s);
    return ReprError::kNone;
  }
  if (v.kind != ConstKind::kInt && v.kind != ConstKind::kFloat) return ReprError::kOther;
  if (t->IsInteger()) {
    mpz_class i;
    if (v.kind == ConstKind::kFloat) {
      if (v.f.get_den() != 1) return ReprError::kTruncated;
      i = v.f.get_num();
    } else {
      i = v.i;
    }
    if (!IntFits(i, k)) return ReprError::kOverflow;
    *rounded = ConstValue::Int(i);
    return ReprError::kNone;
  }
  if (t->IsFloat()) {
    mpq_class q = v.kind == ConstKind::kFloat ? v.f : mpq_class(v.i);
    if (k == BasicKind::kUntypedFloat) {
      *rounded = ConstValue::Float(q);
      return ReprError::kNone;
    }
    ConstValue tmp;
    tmp.kind = ConstKind::kFloat;
    tmp.f = q;
    if (k == BasicKind::kFloat32) {
      float f = tmp.ToFloat32();
      if (std::isinf(f)) return ReprError::kOverflow;
      *rounded = ConstValue::Float(mpq_class(static_cast<double>(f)));
    } else {
      double d = tmp.ToDouble();
      if (std::isinf(d)) return ReprError::kOverflow;
      *rounded = ConstValue::Float(mpq_class(d));
    }
    return ReprError::kNone;
  }
  return ReprError::kOther;
}

bool Checker::Representable(Operand& x, const Basic* t) {
  CV r;
  ReprError code = Representation(*x.val, t, &r);
  if (code == ReprError::kNone) {
    x.val = r;
    return true;
  }
  std::string msg;
  switch (code) {
    case ReprError::kTruncated: msg = OperandStr(x) + " truncated to " + TypeStr(t); break;
    case ReprError::kOverflow: msg = OperandStr(x) + " overflows " + TypeStr(t); break;
    default: msg = "cannot convert " + OperandStr(x) + " to " + TypeStr(t); break;
  }
  ErrorAt(x.expr, msg);
  x.mode = Mode::kInvalid;
  return false;
}

ReprError Checker::ImplicitTypeAndValue(const Operand& x, const Type* target, const Type** new_type,
                                        CV* new_val) {
  *new_type = x.type;
  *new_val = nullptr;
  if (x.Invalid() || !IsUntyped(x.type) || IsBasicKind(target, BasicKind::kInvalid)) {
    return ReprError::kNone;
  }
  const Basic* xb = x.type->As<Basic>();
  if (IsUntyped(target)) {
    const Basic* tb = target->As<Basic>();
    if (xb->IsNumeric() && tb->IsNumeric()) {
      if (xb->basic() < tb->basic()) *new_type = target;
      return ReprError::kNone;
    }
    return xb->basic() == tb->basic() ? ReprError::kNone : ReprError::kOther;
  }
  const Type* u = target->Underlying();
  if (!u) return ReprError::kOther;
  bool is_nil = xb->basic() == BasicKind::kUntypedNil;
  if (const Basic* tb = u->As<Basic>()) {
    if (x.mode == Mode::kConstant && x.val) {
      CV r;
      ReprError code = Representation(*x.val, tb, &r);
      if (code != ReprError::kNone) return code;
      *new_type = target;
      *new_val = r;
      return ReprError::kNone;
    }
    switch (xb->basic()) {
      case BasicKind::kUntypedBool:
        if (!tb->IsBoolean()) return ReprError::kOther;
        break;
      case BasicKind::kUntypedInt:
      case BasicKind::kUntypedRune:
      case BasicKind::kUntypedFloat:
        if (!tb->IsNumeric()) return ReprError::kOther;
        break;
      case BasicKind::kUntypedString:
        if (!tb->IsString()) return ReprError::kOther;
        break;
      case BasicKind::kUntypedNil:
        if (tb->basic() != BasicKind::kUnsafePointer) return ReprError::kOther;
        break;
      default: return ReprError::kOther;
    }
    *new_type = target;
    return ReprError::kNone;
  }
  if (const Interface* it = u->As<Interface>()) {
    // nil takes the interface type; other untyped values their default type
    // (and only an empty interface can hold one without its methods).
    if (is_nil) {
      *new_type = target;
      return ReprError::kNone;
    }
    if (!it->IsEmpty()) return ReprError::kOther;
    *new_type = DefaultType(tt_, x.type);
    return ReprError::kNone;
  }
  switch (u->kind()) {
    case TypeKind::kPointer:
    case TypeKind::kSignature:
    case TypeKind::kSlice:
    case TypeKind::kMap:
    case TypeKind::kChan:
      if (!is_nil) return ReprError::kOther;
      // gosc gives nil the type it is used as, so later layers need not
      // infer it.
      *new_type = target;
      return ReprError::kNone;
    default: return ReprError::kOther;
  }
}

void Checker::ConvertUntyped(Operand& x, const Type* target) {
  const Type* nt;
  CV nv;
  ReprError code = ImplicitTypeAndValue(x, target, &nt, &nv);
  if (code != ReprError::kNone) {
    const Type* t = IsUntyped(target) ? target : target->Underlying();
    std::string msg;
    switch (code) {
      case ReprError::kTruncated: msg = OperandStr(x) + " truncated to " + TypeStr(t); break;
      case ReprError::kOverflow: msg = OperandStr(x) + " overflows " + TypeStr(t); break;
      default: msg = "cannot convert " + OperandStr(x) + " to " + TypeStr(t); break;
    }
    ErrorAt(x.expr, msg);
    x.mode = Mode::kInvalid;
    return;
  }
  if (nv) {
    x.val = nv;
    SetConstValue(x.expr, nv);
  }
  if (nt != x.type) {
    x.type = nt;
    UpdateExprType(x.expr, nt, true);
  }
}

void Checker::DefaultOperand(Operand& x) {
  if (x.Invalid() || !IsUntyped(x.type)) return;
  if (IsBasicKind(x.type, BasicKind::kUntypedNil)) return;
  ConvertUntyped(x, DefaultType(tt_, x.type));
}

void Checker::SetConstValue(Expr* e, const CV& v) {
  while (e) {
    if (e->mode == Mode::kConstant) e->value = v;
    if (e->kind != ExprKind::kParen) break;
    e = e->As<ParenExpr>()->x;
  }
}

void Checker::UpdateExprType(Expr* e, const Type* t, bool final) {
  if (!e || !IsUntyped(e->type)) return;
  switch (e->kind) {
    case ExprKind::kParen: UpdateExprType(e->As<ParenExpr>()->x, t, final); break;
    case ExprKind::kUnary:
      if (e->mode != Mode::kConstant) UpdateExprType(e->As<frontend::UnaryExpr>()->x, t, final);
      break;
    case ExprKind::kBinary: {
      auto* b = e->As<frontend::BinaryExpr>();
      if (e->mode == Mode::kConstant) break;  // operands are never materialised
      switch (b->op) {
        case Token::kEql:
        case Token::kNeq:
        case Token::kLss:
        case Token::kLeq:
        case Token::kGtr:
        case Token::kGeq: break;  // operands got their own final types when compared
        case Token::kShl:
        case Token::kShr: UpdateExprType(b->x, t, final); break;
        default: UpdateExprType(b->x, t, final); UpdateExprType(b->y, t, final);
      }
      break;
    }
    default: break;
  }
  if (!IsUntyped(t) && e->kind == ExprKind::kBinary && e->mode != Mode::kConstant) {
    auto* b = e->As<frontend::BinaryExpr>();
    if ((b->op == Token::kShl || b->op == Token::kShr) && !IsInteger(t)) {
      ErrorAt(e, "invalid operation: " + ExprStr(e) + " (shift of type " + TypeStr(t) + ")");
    }
  }
  e->type = t;
  if (e->mode == Mode::kConstant && e->value && !IsUntyped(t)) {
    const Basic* b = t->Underlying() ? t->Underlying()->As<Basic>() : nullptr;
    CV r;
    if (b && Representation(*e->value, b, &r) == ReprError::kNone) e->value = r;
  }
}

bool Checker::AssignableTo(const Operand& x, const Type* t, std::string* reason) {
  if (x.Invalid() || !t || IsBasicKind(t, BasicKind::kInvalid)) return true;
  const Type* v = x.type;
  if (!v || IsBasicKind(v, BasicKind::kInvalid)) return true;
  if (Identical(v, t)) return true;
  const Type* vu = v->Underlying();
  const Type* tu = t->Underlying();
  if (!vu || !tu) return true;
  if (IsUntyped(vu)) {
    const Type* nt;
    CV nv;
    return ImplicitTypeAndValue(x, t, &nt, &nv) == ReprError::kNone;
  }
  if (Identical(vu, tu) && (!HasName(v) || !HasName(t))) return true;
  if (const Interface* ti = tu->As<Interface>()) {
    Func* wrong = nullptr;
    Func* m = MissingMethod(v, ti, &wrong);
    if (m) {
      if (reason) {
        *reason = TypeStr(v) + " does not implement " + TypeStr(t) + " " +
                  MissingMethodReason(v, t, m, wrong);
      }
      return false;
    }
    return true;
  }
  if (const Interface* vi = vu->As<Interface>()) {
    Func* wrong = nullptr;
    if (!t->Underlying()->As<Interface>() && !MissingMethod(t, vi, &wrong)) {
      if (reason) *reason = "need type assertion";
    }
  }
  return false;
}

void Checker::Assignment(Operand& x, const Type* t, const std::string& context) {
  SingleValue(x);
  switch (x.mode) {
    case Mode::kInvalid: return;
    case Mode::kConstant:
    case Mode::kVariable:
    case Mode::kMapIndex:
    case Mode::kValue:
    case Mode::kCommaOk: break;
    default:
      ErrorAt(x.expr, "cannot assign " + OperandStr(x) + " to " + TypeStr(t) + " in " + context);
      x.mode = Mode::kInvalid;
      return;
  }
  if (IsUntyped(x.type)) {
    const Type* target = t;
    if (!t || IsInterface(t)) {
      if (!t && IsBasicKind(x.type, BasicKind::kUntypedNil)) {
        ErrorAt(x.expr, "use of untyped nil in " + context);
        x.mode = Mode::kInvalid;
        return;
      }
      if (!t || !IsBasicKind(x.type, BasicKind::kUntypedNil)) target = DefaultType(tt_, x.type);
    }
    const Type* nt;
    CV nv;
    ReprError code = ImplicitTypeAndValue(x, target, &nt, &nv);
    if (code != ReprError::kNone) {
      std::string msg =
          "cannot use " + OperandStr(x) + " as " + TypeStr(target) + " value in " + context;
      if (code == ReprError::kTruncated) msg += " (truncated)";
      if (code == ReprError::kOverflow) msg += " (overflows)";
      ErrorAt(x.expr, msg);
      x.mode = Mode::kInvalid;
      return;
    }
    if (nv) {
      x.val = nv;
      SetConstValue(x.expr, nv);
    }
    if (nt != x.type) {
      x.type = nt;
      UpdateExprType(x.expr, nt, false);
    }
  }
  if (!t) return;
  std::string reason;
  if (!AssignableTo(x, t, &reason)) {
    std::string msg = "cannot use " + OperandStr(x) + " as type " + TypeStr(t) + " in " + context;
    if (!reason.empty()) msg += ":\n\t" + reason;
    ErrorAt(x.expr, msg);
    x.mode = Mode::kInvalid;
  }
}

}  // namespace gosc::frontend::check
