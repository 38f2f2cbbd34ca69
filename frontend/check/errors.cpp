// How the checker names things in its messages.
//
// Why it exists: gc's messages quote expressions in a shortened source form
// ("T{…}", "func() {…}"), describe operands as "x (variable of type int)" or
// "300 (untyped int constant)", and place each error at the leftmost position
// of the offending expression. Matching those spellings exactly is what lets
// the lit tests compare gosc's diagnostics with gc's.
#include <string>

#include "frontend/check/checker.h"

namespace gosc::frontend::check {

void Checker::Error(Pos p, const std::string& msg) {
  // As gc does, drop likely follow-on errors that merely mention an
  // invalid operand or type once something has been reported.
  if (diags_.HasErrors()) {
    size_t a = msg.find("invalid operand"), b = msg.find("invalid type");
    if ((a != std::string::npos && a > 0) || (b != std::string::npos && b > 0)) return;
  }
  diags_.Error(p, msg);
}

Pos Checker::StartPos(const Expr* e) {
  while (e) {
    switch (e->kind) {
      case ExprKind::kSelector: e = e->As<SelectorExpr>()->x; break;
      case ExprKind::kIndex: e = e->As<frontend::IndexExpr>()->x; break;
      case ExprKind::kTypeAssert: e = e->As<TypeAssertExpr>()->x; break;
      case ExprKind::kCall: e = e->As<frontend::CallExpr>()->fun; break;
      case ExprKind::kBinary: e = e->As<frontend::BinaryExpr>()->x; break;
      case ExprKind::kCompositeLit: {
        const auto* c = e->As<frontend::CompositeLit>();
        if (!c->type_expr) return c->pos;
        e = c->type_expr;
        break;
      }
      default: return e->pos;
    }
  }
  return Pos{};
}

// Go's spelling of an operator, as gc prints it in messages (ast.h's table).
const char* OpStr(Token t) { return TokenString(t); }

namespace {

std::string FieldList(const Checker& c, const std::vector<Field>& fields, const char* sep) {
  std::string s;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) s += sep;
    const Field& f = fields[i];
    for (size_t j = 0; j < f.names.size(); ++j) {
      if (j) s += ", ";
      s += f.names[j]->name;
    }
    if (!f.names.empty()) s += " ";
    s += c.ExprStr(f.type);
  }
  return s;
}

std::string SigStr(const Checker& c, const FuncTypeExpr* f) {
  std::string s = "(" + FieldList(c, f->params, ", ") + ")";
  if (f->results.size() == 1 && f->results[0].names.empty()) {
    s += " " + c.ExprStr(f->results[0].type);
  } else if (!f->results.empty()) {
    s += " (" + FieldList(c, f->results, ", ") + ")";
  }
  return s;
}

}  // namespace

std::string Checker::ExprStr(const Expr* e) const {
  if (!e) return "";
  switch (e->kind) {
    case ExprKind::kBad: return "_";
    case ExprKind::kIdent: return e->As<Ident>()->name;
    case ExprKind::kBasicLit: return e->As<BasicLit>()->text;
    case ExprKind::kCompositeLit: {
      const auto* c = e->As<frontend::CompositeLit>();
      return ExprStr(c->type_expr) + (c->elts.empty() ? "{}" : "{…}");
    }
    case ExprKind::kFuncLit: {
      const auto* f = e->As<FuncLit>();
      return "func" + (f->sig ? SigStr(*this, f->sig) : std::string("()")) + " {…}";
    }
    case ExprKind::kParen: return "(" + ExprStr(e->As<ParenExpr>()->x) + ")";
    case ExprKind::kSelector: {
      const auto* s = e->As<SelectorExpr>();
      return ExprStr(s->x) + "." + (s->sel ? s->sel->name : "_");
    }
    case ExprKind::kIndex: {
      const auto* i = e->As<frontend::IndexExpr>();
      return ExprStr(i->x) + "[" + ExprStr(i->index) + "]";
    }
    case ExprKind::kSlice: {
      const auto* s = e->As<frontend::SliceExpr>();
      std::string r = ExprStr(s->x) + "[" + ExprStr(s->low) + ":" + ExprStr(s->high);
      if (s->slice3) r += ":" + ExprStr(s->max);
      return r + "]";
    }
    case ExprKind::kTypeAssert: {
      const auto* t = e->As<TypeAssertExpr>();
      return ExprStr(t->x) + ".(" + (t->type_expr ? ExprStr(t->type_expr) : "type") + ")";
    }
    case ExprKind::kCall: {
      const auto* c = e->As<frontend::CallExpr>();
      std::string r = ExprStr(c->fun) + "(";
      for (size_t i = 0; i < c->args.size(); ++i) {
        if (i) r += ", ";
        r += ExprStr(c->args[i]);
      }
      if (c->has_ellipsis) r += "...";
      return r + ")";
    }
    case ExprKind::kStar: return "*" + ExprStr(e->As<StarExpr>()->x);
    case ExprKind::kUnary: {
      const auto* u = e->As<frontend::UnaryExpr>();
      return std::string(OpStr(u->op)) + ExprStr(u->x);
    }
    case ExprKind::kBinary: {
      const auto* b = e->As<frontend::BinaryExpr>();
      return ExprStr(b->x) + " " + OpStr(b->op) + " " + ExprStr(b->y);
    }
    case ExprKind::kKeyValue: {
      const auto* kv = e->As<KeyValueExpr>();
      return ExprStr(kv->key) + ": " + ExprStr(kv->value);
    }
    case ExprKind::kArrayType: {
      const auto* a = e->As<ArrayTypeExpr>();
      std::string len =
          a->len ? (a->len->kind == ExprKind::kEllipsis ? "..." : ExprStr(a->len)) : "";
      return "[" + len + "]" + ExprStr(a->elem);
    }
    case ExprKind::kStructType: {
      const auto* s = e->As<StructTypeExpr>();
      return "struct{" + FieldList(*this, s->fields, "; ") + "}";
    }
    case ExprKind::kFuncType: return "func" + SigStr(*this, e->As<FuncTypeExpr>());
    case ExprKind::kInterfaceType: {
      const auto* it = e->As<InterfaceTypeExpr>();
      std::string r = "interface{";
      for (size_t i = 0; i < it->methods.size(); ++i) {
        if (i) r += "; ";
        const Field& f = it->methods[i];
        if (!f.names.empty() && f.type && f.type->kind == ExprKind::kFuncType) {
          r += f.names[0]->name + SigStr(*this, f.type->As<FuncTypeExpr>());
        } else {
          r += ExprStr(f.type);
        }
      }
      return r + "}";
    }
    case ExprKind::kMapType: {
      const auto* m = e->As<MapTypeExpr>();
      return "map[" + ExprStr(m->key) + "]" + ExprStr(m->value);
    }
    case ExprKind::kChanType: return "chan " + ExprStr(e->As<ChanTypeExpr>()->elem);
    case ExprKind::kEllipsis: return "..." + ExprStr(e->As<EllipsisExpr>()->elem);
  }
  return "?";
}

std::string Checker::OperandStr(const Operand& x) const {
  if (x.mode == Mode::kValue &&
      (IsBasicKind(x.type, BasicKind::kUntypedNil) || IsNilExpr(x.expr))) {
    if (!x.type || IsBasicKind(x.type, BasicKind::kInvalid)) return "nil (with invalid type)";
    if (IsBasicKind(x.type, BasicKind::kUntypedNil)) return "nil";
    return "nil (of type " + TypeStr(x.type) + ")";
  }
  std::string expr;
  if (x.expr) {
    expr = ExprStr(x.expr);
  } else if (x.mode == Mode::kTypeExpr) {
    expr = TypeStr(x.type);
  } else if (x.mode == Mode::kConstant && x.val) {
    expr = x.val->ToString();
  }
  std::string s;
  if (!expr.empty()) s = expr + " (";
  bool has_type = false;
  switch (x.mode) {
    case Mode::kInvalid:
    case Mode::kNoValue:
    case Mode::kBuiltin:
    case Mode::kTypeExpr: break;
    default:
      if (x.type) {
        if (IsUntyped(x.type)) {
          s += x.type->String() + " ";
        } else {
          has_type = true;
        }
      }
  }
  static const char* const kModes[] = {"invalid operand",
                                       "no value",
                                       "built-in",
                                       "type",
                                       "constant",
                                       "variable",
                                       "map index expression",
                                       "value",
                                       "comma, ok expression"};
  s += kModes[static_cast<int>(x.mode)];
  if (x.mode == Mode::kConstant && x.val) {
    std::string v = x.val->ToString();
    if (v != expr) s += " " + v;
  }
  if (has_type) {
    if (IsBasicKind(x.type, BasicKind::kInvalid)) {
      s += " with invalid type";
    } else {
      s += " of type " + TypeStr(x.type);
    }
  }
  if (!expr.empty()) s += ")";
  return s;
}

// ------------------------------------------------------------ type predicates

namespace {
const Basic* UnderBasic(const Type* t) {
  if (!t) return nullptr;
  const Type* u = t->Underlying();
  return u ? u->As<Basic>() : nullptr;
}
}  // namespace

bool IsInteger(const Type* t) {
  auto* b = UnderBasic(t);
  return b && b->IsInteger();
}
bool IsUnsigned(const Type* t) {
  auto* b = UnderBasic(t);
  return b && b->IsUnsigned();
}
bool IsFloat(const Type* t) {
  auto* b = UnderBasic(t);
  return b && b->IsFloat();
}
bool IsNumeric(const Type* t) {
  auto* b = UnderBasic(t);
  return b && b->IsNumeric();
}
bool IsString(const Type* t) {
  auto* b = UnderBasic(t);
  return b && b->IsString();
}
bool IsBoolean(const Type* t) {
  auto* b = UnderBasic(t);
  return b && b->IsBoolean();
}
bool IsConstType(const Type* t) {
  auto* b = UnderBasic(t);
  return b && (b->IsNumeric() || b->IsString() || b->IsBoolean());
}
bool IsInterface(const Type* t) {
  return t && t->Underlying() && t->Underlying()->As<Interface>() != nullptr;
}
bool IsBasicKind(const Type* t, BasicKind k) {
  const Basic* b = t ? t->As<Basic>() : nullptr;
  return b && b->basic() == k;
}
bool HasName(const Type* t) {
  return t && (t->kind() == TypeKind::kBasic || t->kind() == TypeKind::kNamed);
}

bool Checker::IsUntyped(const Type* t) const {
  const Basic* b = t ? t->As<Basic>() : nullptr;
  return b && b->IsUntyped();
}

bool Checker::HasNil(const Type* t) const {
  const Type* u = t ? t->Underlying() : nullptr;
  if (!u) return false;
  switch (u->kind()) {
    case TypeKind::kPointer:
    case TypeKind::kSlice:
    case TypeKind::kMap:
    case TypeKind::kChan:
    case TypeKind::kSignature:
    case TypeKind::kInterface: return true;
    case TypeKind::kBasic: return u->As<Basic>()->basic() == BasicKind::kUnsafePointer;
    default: return false;
  }
}

}  // namespace gosc::frontend::check
