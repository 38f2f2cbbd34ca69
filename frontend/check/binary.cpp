// Binary operators: arithmetic, shifts, comparisons and constant folding.
//
// Why it exists: binary expressions are where untyped operands meet typed
// ones (one side converts to the other's type), where constants fold with
// exact arithmetic (integer division truncates only when the operands are
// integers), and where shifts follow their special rule (an untyped constant
// shifted by a variable takes its type from the context). The folded values
// must agree with what gc computes bit for bit.
#include "frontend/check/checker.h"

namespace gosc::frontend::check {

namespace {

bool IsComparison(Token op) {
  return op == Token::kEql || op == Token::kNeq || op == Token::kLss || op == Token::kLeq ||
         op == Token::kGtr || op == Token::kGeq;
}

bool IsOrdered(const Type* t) { return IsInteger(t) || IsFloat(t) || IsString(t); }

mpq_class Rat(const ConstValue& v) { return v.kind == ConstKind::kFloat ? v.f : mpq_class(v.i); }

bool CompareConst(const ConstValue& a, Token op, const ConstValue& b) {
  int c = 0;
  if (a.kind == ConstKind::kBool && b.kind == ConstKind::kBool) {
    c = a.b == b.b ? 0 : 1;
  } else if (a.kind == ConstKind::kString && b.kind == ConstKind::kString) {
    c = a.s.compare(b.s);
    c = c < 0 ? -1 : c > 0 ? 1 : 0;
  } else if (a.kind == ConstKind::kInt && b.kind == ConstKind::kInt) {
    c = cmp(a.i, b.i);
  } else {
    c = cmp(Rat(a), Rat(b));
  }
  switch (op) {
    case Token::kEql: return c == 0;
    case Token::kNeq: return c != 0;
    case Token::kLss: return c < 0;
    case Token::kLeq: return c <= 0;
    case Token::kGtr: return c > 0;
    case Token::kGeq: return c >= 0;
    default: return false;
  }
}

}  // namespace

bool Checker::IsNilExpr(const Expr* e) const {
  while (e && e->kind == ExprKind::kParen) e = e->As<ParenExpr>()->x;
  const Ident* id = e ? e->As<Ident>() : nullptr;
  return id && id->obj && id->obj->kind() == ObjectKind::kNil;
}

std::string Checker::OperandExprStr(const Operand& x) const {
  if (x.expr) return ExprStr(x.expr);
  if (x.val) return x.val->ToString();
  return "?";
}

CV Checker::FoldBinary(Token op, const ConstValue& a, const ConstValue& b, bool integer_div) {
  if (op == Token::kLAnd) return ConstValue::Bool(a.b && b.b);
  if (op == Token::kLOr) return ConstValue::Bool(a.b || b.b);
  if (a.kind == ConstKind::kString) return ConstValue::String(a.s + b.s);
  if (a.kind == ConstKind::kInt && b.kind == ConstKind::kInt) {
    mpz_class r;
    switch (op) {
      case Token::kAdd: r = a.i + b.i; break;
      case Token::kSub: r = a.i - b.i; break;
      case Token::kMul: r = a.i * b.i; break;
      case Token::kQuo:
        if (!integer_div) return ConstValue::Float(mpq_class(a.i) / mpq_class(b.i));
        mpz_tdiv_q(r.get_mpz_t(), a.i.get_mpz_t(), b.i.get_mpz_t());
        break;
      case Token::kRem: mpz_tdiv_r(r.get_mpz_t(), a.i.get_mpz_t(), b.i.get_mpz_t()); break;
      case Token::kAnd: r = a.i & b.i; break;
      case Token::kOr: r = a.i | b.i; break;
      case Token::kXor: r = a.i ^ b.i; break;
      case Token::kAndNot: r = a.i & ~b.i; break;
      default: return nullptr;
    }
    return ConstValue::Int(r);
  }
  mpq_class x = Rat(a), y = Rat(b), r;
  switch (op) {
    case Token::kAdd: r = x + y; break;
    case Token::kSub: r = x - y; break;
    case Token::kMul: r = x * y; break;
    case Token::kQuo:
      r = x / y;
      if (integer_div) {
        mpz_class q;
        mpz_tdiv_q(q.get_mpz_t(), r.get_num_mpz_t(), r.get_den_mpz_t());
        return ConstValue::Int(q);
      }
      break;
    default: return nullptr;
  }
  return ConstValue::Float(r);
}

void Checker::Overflow(Operand& x) {
  if (x.mode != Mode::kConstant || !x.val) return;
  if (!IsUntyped(x.type)) {
    const Basic* b = x.type->Underlying() ? x.type->Underlying()->As<Basic>() : nullptr;
    if (b) Representable(x, b);
    return;
  }
  if (x.val->kind == ConstKind::kInt && mpz_sizeinbase(x.val->i.get_mpz_t(), 2) > 512) {
    ErrorAt(x.expr,
            "constant " +
                std::string(x.expr && x.expr->kind == ExprKind::kBinary ? "arithmetic" : "") +
                " overflow");
    x.mode = Mode::kInvalid;
  }
}

void Checker::MatchTypes(Operand& x, Operand& y) {
  // gc 1.19's canMix: an untyped operand converts to the other operand's
  // type unless their kinds (boolean, string, nil-able) cannot meet.
  auto may_convert = [&]() {
    auto iface = [](const Type* t) { return t->Underlying() && t->Underlying()->As<Interface>(); };
    if (iface(x.type) || iface(y.type)) return true;
    if (IsBoolean(x.type) != IsBoolean(y.type)) return false;
    if (IsString(x.type) != IsString(y.type)) return false;
    bool xnil = IsBasicKind(x.type, BasicKind::kUntypedNil);
    bool ynil = IsBasicKind(y.type, BasicKind::kUntypedNil);
    if (xnil && !HasNil(y.type)) return false;
    if (ynil && !HasNil(x.type)) return false;
    return true;
  };
  if (!may_convert()) return;
  ConvertUntyped(x, y.type);
  if (x.Invalid()) return;
  ConvertUntyped(y, x.type);
  if (y.Invalid()) x.mode = Mode::kInvalid;
}

void Checker::Binary(Operand& x, Expr* e, Expr* lhs, Expr* rhs, Token op) {
  Operand y;
  CheckExpr(x, lhs);
  CheckExpr(y, rhs);
  if (x.Invalid()) return;
  if (y.Invalid()) {
    x.mode = Mode::kInvalid;
    return;
  }
  if (op == Token::kShl || op == Token::kShr) {
    Shift(x, y, e, op);
    return;
  }
  MatchTypes(x, y);
  if (x.Invalid()) return;
  if (IsComparison(op)) {
    Comparison(x, y, op, false);
    if (e) x.expr = e;
    return;
  }
  if (!Identical(x.type, y.type)) {
    if (!IsBasicKind(x.type, BasicKind::kInvalid) && !IsBasicKind(y.type, BasicKind::kInvalid)) {
      std::string what = e ? ExprStr(e) : ExprStr(lhs) + " " + OpStr(op) + "= " + ExprStr(rhs);
      ErrorAt(e ? e : lhs, "invalid operation: " + what + " (mismatched types " + TypeStr(x.type) +
                               " and " + TypeStr(y.type) + ")");
    }
    x.mode = Mode::kInvalid;
    return;
  }
  bool ok = false;
  switch (op) {
    case Token::kAdd: ok = IsNumeric(x.type) || IsString(x.type); break;
    case Token::kSub:
    case Token::kMul:
    case Token::kQuo: ok = IsNumeric(x.type); break;
    case Token::kRem:
    case Token::kAnd:
    case Token::kOr:
    case Token::kXor:
    case Token::kAndNot: ok = IsInteger(x.type); break;
    case Token::kLAnd:
    case Token::kLOr: ok = IsBoolean(x.type); break;
    default: break;
  }
  if (!ok) {
    ErrorAt(x.expr, std::string("invalid operation: operator ") + OpStr(op) + " not defined on " +
                        OperandStr(x));
    x.mode = Mode::kInvalid;
    return;
  }
  if ((op == Token::kQuo || op == Token::kRem) &&
      (x.mode == Mode::kConstant || IsInteger(x.type)) && y.mode == Mode::kConstant && y.val) {
    bool zero = y.val->kind == ConstKind::kInt
                    ? sgn(y.val->i) == 0
                    : (y.val->kind == ConstKind::kFloat && sgn(y.val->f) == 0);
    if (zero) {
      ErrorAt(y.expr, "invalid operation: division by zero");
      x.mode = Mode::kInvalid;
      return;
    }
  }
  if (x.mode == Mode::kConstant && y.mode == Mode::kConstant) {
    CV r = FoldBinary(op, *x.val, *y.val, IsInteger(x.type));
    if (!r) {
      x.mode = Mode::kInvalid;
      return;
    }
    x.val = r;
    if (e) x.expr = e;
    Overflow(x);
    return;
  }
  x.mode = Mode::kValue;
  if (e) x.expr = e;
}

void Checker::Shift(Operand& x, Operand& y, Expr* e, Token op) {
  // The shifted operand must be an integer, or an untyped constant
  // representable as one.
  CV xval;
  if (x.mode == Mode::kConstant) {
    if (x.val->kind == ConstKind::kInt) {
      xval = x.val;
    } else if (x.val->kind == ConstKind::kFloat && x.val->f.get_den() == 1) {
      xval = ConstValue::Int(x.val->f.get_num());
    }
  }
  if (!(IsInteger(x.type) || (IsUntyped(x.type) && xval))) {
    ErrorAt(x.expr, "invalid operation: shifted operand " + OperandStr(x) + " must be integer");
    x.mode = Mode::kInvalid;
    return;
  }
  CV yval;
  if (y.mode == Mode::kConstant) {
    const ConstValue& v = *y.val;
    if (v.kind == ConstKind::kInt) yval = y.val;
    if (v.kind == ConstKind::kFloat && v.f.get_den() == 1) yval = ConstValue::Int(v.f.get_num());
    if (yval && sgn(yval->i) < 0) {
      ErrorAt(y.expr, "invalid operation: negative shift count " + OperandStr(y));
      x.mode = Mode::kInvalid;
      return;
    }
    if (IsUntyped(y.type)) {
      if (!Representable(y, tt_.basic(BasicKind::kUint)->As<Basic>())) {
        x.mode = Mode::kInvalid;
        return;
      }
      UpdateExprType(y.expr, tt_.basic(BasicKind::kUint), true);
      SetConstValue(y.expr, y.val);
      yval = y.val;
    }
  } else if (IsInteger(y.type)) {
    // ok
  } else if (IsUntyped(y.type)) {
    ConvertUntyped(y, tt_.basic(BasicKind::kUint));
    if (y.Invalid()) {
      x.mode = Mode::kInvalid;
      return;
    }
  } else {
    ErrorAt(y.expr, "invalid operation: shift count " + OperandStr(y) + " must be integer");
    x.mode = Mode::kInvalid;
    return;
  }
  if (x.mode == Mode::kConstant) {
    if (y.mode == Mode::kConstant) {
      if (!yval || yval->i > 1074) {
        ErrorAt(y.expr, "invalid operation: invalid shift count " + OperandStr(y));
        x.mode = Mode::kInvalid;
        return;
      }
      if (!IsInteger(x.type)) x.type = tt_.basic(BasicKind::kUntypedInt);
      unsigned long s = yval->i.get_ui();
      mpz_class r;
      if (op == Token::kShl) {
        mpz_mul_2exp(r.get_mpz_t(), xval->i.get_mpz_t(), s);
      } else {
        mpz_fdiv_q_2exp(r.get_mpz_t(), xval->i.get_mpz_t(), s);
      }
      x.val = ConstValue::Int(r);
      if (e) x.expr = e;
      Overflow(x);
      return;
    }
    if (IsUntyped(x.type)) {
      // The type of `1 << n` comes from its context: UpdateExprType later
      // gives the constant operand its final type.
      x.mode = Mode::kValue;
      if (e) x.expr = e;
      return;
    }
  }
  if (!IsInteger(x.type)) {
    ErrorAt(x.expr, "invalid operation: shifted operand " + OperandStr(x) + " must be integer");
    x.mode = Mode::kInvalid;
    return;
  }
  x.mode = Mode::kValue;
  if (e) x.expr = e;
}

void Checker::Comparison(Operand& x, Operand& y, Token op, bool switch_case) {
  const Operand* err_op = nullptr;
  std::string cause;
  auto kind_string = [&](const Type* t) -> std::string {
    const Type* u = t->Underlying();
    switch (u ? u->kind() : TypeKind::kBasic) {
      case TypeKind::kArray: return "array";
      case TypeKind::kSlice: return "slice";
      case TypeKind::kStruct: return "struct";
      case TypeKind::kPointer: return "pointer";
      case TypeKind::kSignature: return "func";
      case TypeKind::kInterface: return "interface";
      case TypeKind::kMap: return "map";
      case TypeKind::kChan: return "chan";
      default: return TypeStr(t);
    }
  };
  auto incomparable_cause = [&](const Type* t) -> std::string {
    const Type* u = t->Underlying();
    if (u && (u->As<Slice>() || u->As<Signature>() || u->As<Map>())) {
      return kind_string(t) + " can only be compared to nil";
    }
    return "";
  };
  bool x_nil = IsNilExpr(x.expr) || IsBasicKind(x.type, BasicKind::kUntypedNil);
  bool y_nil = IsNilExpr(y.expr) || IsBasicKind(y.type, BasicKind::kUntypedNil);
  if (!AssignableTo(x, y.type, nullptr) && !AssignableTo(y, x.type, nullptr)) {
    err_op = &y;
    cause = "mismatched types " + TypeStr(x.type) + " and " + TypeStr(y.type);
  } else if (op == Token::kEql || op == Token::kNeq) {
    if (x_nil || y_nil) {
      const Type* t = x_nil ? y.type : x.type;
      if ((x_nil && y_nil) || !HasNil(t)) err_op = &y;
    } else if (!Comparable(x.type)) {
      err_op = &x;
      cause = incomparable_cause(x.type);
    } else if (!Comparable(y.type)) {
      err_op = &y;
      cause = incomparable_cause(y.type);
    }
  } else {
    if (!IsOrdered(x.type)) {
      err_op = &x;
    } else if (!IsOrdered(y.type)) {
      err_op = &y;
    }
  }
  if (err_op) {
    if (cause.empty()) {
      std::string what = IsNilExpr(err_op->expr) ? "nil" : kind_string(err_op->type);
      cause = std::string("operator ") + OpStr(op) + " not defined on " + what;
    }
    if (switch_case) {
      ErrorAt(x.expr, "invalid case " + OperandExprStr(x) + " in switch on " + OperandExprStr(y) +
                          " (" + cause + ")");
    } else {
      ErrorAt(err_op->expr, "invalid operation: " + OperandExprStr(x) + " " + OpStr(op) + " " +
                                OperandExprStr(y) + " (" + cause + ")");
    }
    x.mode = Mode::kInvalid;
    return;
  }
  if (x.mode == Mode::kConstant && y.mode == Mode::kConstant) {
    x.val = ConstValue::Bool(CompareConst(*x.val, op, *y.val));
  } else {
    x.mode = Mode::kValue;
    x.val = nullptr;
    if (!IsBasicKind(x.type, BasicKind::kUntypedNil)) {
      UpdateExprType(x.expr, DefaultType(tt_, x.type), true);
    }
    if (!IsBasicKind(y.type, BasicKind::kUntypedNil)) {
      UpdateExprType(y.expr, DefaultType(tt_, y.type), true);
    }
  }
  x.type = tt_.basic(BasicKind::kUntypedBool);
}

}  // namespace gosc::frontend::check
