// gc's -m spelling of expressions, for Alloc::alloc_desc.
//
// Why it exists: escape analysis reports each allocation site in the Go
// toolchain's words (`make(map[string]int) does not escape`, `&Point{...}
// escapes to heap`, `x escapes to heap`), and those words are gc's printing of
// the expression node: composite literals as `T{...}`, types without the
// `main.` qualifier, binary operators with spaces, function literals as `func
// literal`. Types come from the checked types, not the source text, as gc's do.
#include <cctype>
#include <string>

#include "ssa/builder/builder.h"
#include "types/constant.h"

namespace gosc::ssa::builder {

std::string TypeString(const Type* t) {
  if (!t) return "?";
  std::string s = t->String();
  // Drop the local package qualifier everywhere ("map[string]main.T" -> "map[string]T").
  // gosc's types do not remember the byte/rune aliases; gc prints the alias
  // the source used, and source almost always says byte and rune, so those
  // spellings are used ("make([]byte, 64)", "([]rune)(s)").
  auto word_at = [&](size_t i, const char* w, size_t n) {
    bool before =
        i == 0 || !(std::isalnum(static_cast<unsigned char>(s[i - 1])) || s[i - 1] == '_');
    bool after = i + n >= s.size() || !(std::isalnum(static_cast<unsigned char>(s[i + n])) ||
                                        s[i + n] == '_' || s[i + n] == '.');
    return before && after && s.compare(i, n, w) == 0;
  };
  std::string out;
  for (size_t i = 0; i < s.size();) {
    bool boundary =
        i == 0 || !(std::isalnum(static_cast<unsigned char>(s[i - 1])) || s[i - 1] == '_');
    if (boundary && s.compare(i, 5, "main.") == 0) {
      i += 5;
      continue;
    }
    if (word_at(i, "uint8", 5)) {
      out += "byte";
      i += 5;
      continue;
    }
    if (word_at(i, "int32", 5)) {
      out += "rune";
      i += 5;
      continue;
    }
    out += s[i++];
  }
  return out;
}

namespace {

std::string List(const std::vector<fe::Expr*>& xs) {
  std::string s;
  for (size_t i = 0; i < xs.size(); ++i) {
    if (i) s += ", ";
    s += ExprString(xs[i]);
  }
  return s;
}

const char* UnaryOp(fe::Token t) {
  switch (t) {
    case fe::Token::kSub: return "-";
    case fe::Token::kAdd: return "+";
    case fe::Token::kNot: return "!";
    case fe::Token::kXor: return "^";
    case fe::Token::kAnd: return "&";
    case fe::Token::kArrow: return "<-";
    default: return "?";
  }
}

// x.M(args) as gc prints it after rewriting the call into one of the method
// expression (see MethodCallString): `(*T).M(recv, args)` or `T.M(recv, args)`,
// T the method's declared receiver.
std::string MethodExprCall(const fe::Func* m, const std::string& recv, const std::string& args) {
  std::string type = TypeString(m->recv_named);
  if (m->ptr_recv) type = "(*" + type + ")";
  return type + "." + m->name() + "(" + recv + (args.empty() ? "" : ", " + args) + ")";
}

// gc rewrites a method call x.M(args) into a call of the method expression
// before escape analysis and prints it so, with T the embedded type's for a
// promoted method, the receiver's implicit embedded fields spelled out (w.Q)
// and its implicit & or * not (v, not &v). Interface method calls stay
// x.M(args) (unless devirtualized: DevirtualizedCallString).
std::string MethodCallString(const fe::SelectorExpr* s, const std::string& args) {
  const auto* m = s->obj != nullptr ? s->obj->As<fe::Func>() : nullptr;
  if (m == nullptr || m->is_interface_method || m->recv_named == nullptr) return "";
  std::string recv = ExprString(fe::Unparen(s->x));
  const Type* t = s->x->type;
  for (int index : s->path) {
    if (t == nullptr) return "";
    if (const auto* p = t->Under<fe::Pointer>()) t = p->elem();
    const auto* st = t->Under<fe::Struct>();
    if (st == nullptr || index < 0 || static_cast<size_t>(index) >= st->fields().size()) return "";
    const fe::Var* f = st->fields()[static_cast<size_t>(index)];
    std::string name = f->name();
    if (name.empty()) {  // an embedded field is named after its type
      const Type* ft = f->type();
      if (const auto* p = ft->As<fe::Pointer>()) ft = p->elem();
      const auto* n = ft->As<fe::Named>();
      if (n == nullptr) return "";
      name = n->obj()->name();
    }
    recv += "." + name;
    t = f->type();
  }
  return MethodExprCall(m, recv, args);
}

// The arguments of a call as gc prints them: a variadic call after packing
// its extra arguments into a slice (fmt.Sprint(... argument...)).
std::string CallArgs(const fe::CallExpr* c) {
  std::string args = List(c->args);
  if (c->has_ellipsis) return args + "...";
  if (c->call_kind != fe::CallKind::kBuiltin && c->fun && c->fun->type) {
    const auto* sig =
        c->fun->type->Underlying() ? c->fun->type->Underlying()->As<fe::Signature>() : nullptr;
    if (sig && sig->variadic() && c->args.size() >= sig->params()->size()) {
      std::vector<fe::Expr*> fixed(c->args.begin(), c->args.begin() + (sig->params()->size() - 1));
      args = List(fixed);
      args += (fixed.empty() ? "" : ", ") + std::string("... argument...");
    }
  }
  return args;
}

}  // namespace

std::string ExprString(const fe::Expr* e) {
  if (!e) return "";
  switch (e->kind) {
    case fe::ExprKind::kIdent: return e->As<fe::Ident>()->name;
    case fe::ExprKind::kBasicLit: return e->As<fe::BasicLit>()->text;
    case fe::ExprKind::kCompositeLit: {
      auto* lit = e->As<fe::CompositeLit>();
      return TypeString(lit->type) + (lit->elts.empty() ? "{}" : "{...}");
    }
    case fe::ExprKind::kFuncLit: return "func literal";
    case fe::ExprKind::kParen: return "(" + ExprString(e->As<fe::ParenExpr>()->x) + ")";
    case fe::ExprKind::kSelector: {
      auto* s = e->As<fe::SelectorExpr>();
      return ExprString(s->x) + "." + (s->sel ? s->sel->name : "?");
    }
    case fe::ExprKind::kIndex: {
      auto* ix = e->As<fe::IndexExpr>();
      return ExprString(ix->x) + "[" + ExprString(ix->index) + "]";
    }
    case fe::ExprKind::kSlice: {
      auto* s = e->As<fe::SliceExpr>();
      std::string r = ExprString(s->x) + "[" + ExprString(s->low) + ":" + ExprString(s->high);
      if (s->slice3) r += ":" + ExprString(s->max);
      return r + "]";
    }
    case fe::ExprKind::kTypeAssert: {
      auto* t = e->As<fe::TypeAssertExpr>();
      return ExprString(t->x) + ".(" + (t->type_expr ? TypeString(t->type) : "type") + ")";
    }
    case fe::ExprKind::kCall: {
      auto* c = e->As<fe::CallExpr>();
      if (c->call_kind == fe::CallKind::kBuiltin && !c->args.empty() &&
          (c->builtin_id == static_cast<int>(fe::BuiltinId::kMake) ||
           c->builtin_id == static_cast<int>(fe::BuiltinId::kNew))) {
        // The type argument is printed from its type, as gc does.
        std::string args = TypeString(c->args[0]->type);
        for (size_t i = 1; i < c->args.size(); ++i) args += ", " + ExprString(c->args[i]);
        return ExprString(c->fun) + "(" + args + (c->has_ellipsis ? "...)" : ")");
      }
      if (c->call_kind == fe::CallKind::kConversion && !c->args.empty()) {
        // gc parenthesises unnamed types: ([]byte)(s), but string(b), T(x).
        const Type* t = c->type;
        bool named =
            t != nullptr && (t->As<fe::Named>() != nullptr || t->As<fe::Basic>() != nullptr);
        return (named ? TypeString(t) : "(" + TypeString(t) + ")") + "(" + List(c->args) + ")";
      }
      std::string args = CallArgs(c);
      if (const auto* sel = fe::Unparen(c->fun)->As<fe::SelectorExpr>();
          sel != nullptr && sel->sel_kind == fe::SelKind::kMethod) {
        std::string rewritten = MethodCallString(sel, args);
        if (!rewritten.empty()) return rewritten;
      }
      return ExprString(c->fun) + "(" + args + ")";
    }
    case fe::ExprKind::kStar: return "*" + ExprString(e->As<fe::StarExpr>()->x);
    case fe::ExprKind::kUnary: {
      auto* u = e->As<fe::UnaryExpr>();
      return std::string(UnaryOp(u->op)) + ExprString(u->x);
    }
    case fe::ExprKind::kBinary: {
      auto* b = e->As<fe::BinaryExpr>();
      return ExprString(b->x) + " " + fe::TokenString(b->op) + " " + ExprString(b->y);
    }
    case fe::ExprKind::kKeyValue: {
      auto* kv = e->As<fe::KeyValueExpr>();
      return ExprString(kv->key) + ": " + ExprString(kv->value);
    }
    default:
      if (e->type) return TypeString(e->type);
      return "?";
  }
}

std::string DevirtualizedCallString(const fe::CallExpr* c, const fe::Func* m,
                                    const Type* concrete) {
  const auto* sel = fe::Unparen(c->fun)->As<fe::SelectorExpr>();
  if (sel == nullptr || m->recv_named == nullptr) return ExprString(c);
  std::string recv = ExprString(fe::Unparen(sel->x)) + ".(" + TypeString(concrete) + ")";
  return MethodExprCall(m, recv, CallArgs(c));
}

}  // namespace gosc::ssa::builder
