// gc's self-assignment rule: assignments that move nothing new into an object.
//
// Why it exists: `p.A, p.B = p.B, p.A` or `b.buf = b.buf[1:]` store values
// into *p that were already reachable from *p, so they cannot make anything
// escape; yet a plain flow model would send the loaded values to wherever
// *p's content goes ("leaking param content: p"). gc recognises these
// statements syntactically, ignores their flows and says so under -m
// ("F ignoring self-assignment in p.X += p.Y"). The builder still sees the
// syntax, so the rule is applied here: the Store is marked (Value::flag)
// and the statement recorded on the Func for the escape report.
//
// The rule, as gc 1.19 applies it to each (destination, source) pair of an
// `=` or `op=` statement:
//   * `p.f = p.g`, `v.a.f = v.a.g`: field selections of the same kind
//     (both through a pointer or both not) on the same side-effect-free base;
//   * `a[i] = a[j]`: indexing (not of a map) of the same base with indices
//     that cannot touch memory (names, constants, arithmetic on them);
//   * `*p = (*p)[i:j]`, `p.f = p.f[i:j]`: re-slicing what a pointer held in a
//     plain variable points to (not slicing an array inside it, which would
//     store a pointer to the object into itself).
#include "ssa/builder/builder.h"

namespace gosc::ssa::builder {
namespace {

const fe::SelectorExpr* FieldSelector(const fe::Expr* e) {
  auto* s = e != nullptr ? e->As<fe::SelectorExpr>() : nullptr;
  return s != nullptr && s->sel_kind == fe::SelKind::kField && !s->path.empty() ? s : nullptr;
}

// Whether the last step of a field selection dereferences a pointer (gc's
// ODOTPTR as opposed to ODOT).
bool LastStepDerefs(const fe::SelectorExpr* s) {
  size_t n = s->path.size();
  if (n == 1) return s->implicit_deref;
  return n - 1 <= s->path_deref.size() && s->path_deref[n - 2];
}

bool SameSafeExpr(const fe::Expr* a, const fe::Expr* b);

// The selections up to (not including) the last step are the same.
bool SameSelectorBase(const fe::SelectorExpr* a, const fe::SelectorExpr* b) {
  if (a->implicit_deref != b->implicit_deref || a->path.size() != b->path.size()) return false;
  for (size_t i = 0; i + 1 < a->path.size(); ++i) {
    if (a->path[i] != b->path[i]) return false;
    bool da = i < a->path_deref.size() && a->path_deref[i];
    bool db = i < b->path_deref.size() && b->path_deref[i];
    if (da != db) return false;
  }
  return SameSafeExpr(a->x, b->x);
}

// gc's ir.SameSafeExpr: both expressions denote the same storage and
// evaluating them has no side effects.
bool SameSafeExpr(const fe::Expr* a, const fe::Expr* b) {
  a = Unparen(a);
  b = Unparen(b);
  if (a == nullptr || b == nullptr || a->kind != b->kind) return false;
  switch (a->kind) {
    case fe::ExprKind::kIdent: {
      const fe::Object* oa = a->As<fe::Ident>()->obj;
      return oa != nullptr && oa == b->As<fe::Ident>()->obj && oa->As<fe::Var>() != nullptr;
    }
    case fe::ExprKind::kSelector: {
      auto* sa = FieldSelector(a);
      auto* sb = FieldSelector(b);
      return sa != nullptr && sb != nullptr && sa->obj == sb->obj && sa->path == sb->path &&
             LastStepDerefs(sa) == LastStepDerefs(sb) && SameSelectorBase(sa, sb);
    }
    case fe::ExprKind::kStar:
      return SameSafeExpr(a->As<fe::StarExpr>()->x, b->As<fe::StarExpr>()->x);
    case fe::ExprKind::kIndex:
      return SameSafeExpr(a->As<fe::IndexExpr>()->x, b->As<fe::IndexExpr>()->x) &&
             SameSafeExpr(a->As<fe::IndexExpr>()->index, b->As<fe::IndexExpr>()->index);
    case fe::ExprKind::kBasicLit: return a->As<fe::BasicLit>()->text == b->As<fe::BasicLit>()->text;
    default: return false;
  }
}

// gc's mayAffectMemory: evaluating `e` may write memory or call code.
bool MayAffectMemory(const fe::Expr* e) {
  e = Unparen(e);
  if (e == nullptr) return false;
  switch (e->kind) {
    case fe::ExprKind::kIdent:
    case fe::ExprKind::kBasicLit: return false;
    case fe::ExprKind::kBinary: {
      auto* b = e->As<fe::BinaryExpr>();
      switch (b->op) {
        case fe::Token::kAdd:
        case fe::Token::kSub:
        case fe::Token::kOr:
        case fe::Token::kXor:
        case fe::Token::kMul:
        case fe::Token::kShl:
        case fe::Token::kShr:
        case fe::Token::kAnd:
        case fe::Token::kAndNot:
        case fe::Token::kQuo:
        case fe::Token::kRem: return MayAffectMemory(b->x) || MayAffectMemory(b->y);
        default: return true;
      }
    }
    case fe::ExprKind::kUnary: {
      auto* u = e->As<fe::UnaryExpr>();
      if (u->op == fe::Token::kAnd || u->op == fe::Token::kArrow) return true;
      return MayAffectMemory(u->x);
    }
    case fe::ExprKind::kIndex:
      return MayAffectMemory(e->As<fe::IndexExpr>()->x) ||
             MayAffectMemory(e->As<fe::IndexExpr>()->index);
    case fe::ExprKind::kSelector:
      return FieldSelector(e) == nullptr || MayAffectMemory(e->As<fe::SelectorExpr>()->x);
    case fe::ExprKind::kStar: return MayAffectMemory(e->As<fe::StarExpr>()->x);
    default: return true;
  }
}

bool IsMapIndex(const fe::IndexExpr* ix) {
  const Type* t = ix->x != nullptr ? Under(ix->x->type) : nullptr;
  return t == nullptr || t->As<fe::Map>() != nullptr;
}

// `*p` or `p.f` through the pointer held by the plain variable p: returns p.
const fe::Object* PointerNameBase(const fe::Expr* e) {
  e = Unparen(e);
  const fe::Expr* base = nullptr;
  if (auto* star = e != nullptr ? e->As<fe::StarExpr>() : nullptr) {
    base = star->x;
  } else if (auto* s = FieldSelector(e); s != nullptr && s->path.size() == 1 && s->implicit_deref) {
    base = s->x;
  }
  base = Unparen(base);
  auto* id = base != nullptr ? base->As<fe::Ident>() : nullptr;
  return id != nullptr && id->obj != nullptr && id->obj->As<fe::Var>() != nullptr ? id->obj
                                                                                  : nullptr;
}

// gc's isSliceSelfAssign: `b.buf = b.buf[n:m]`.
bool IsSliceSelfAssign(const fe::Expr* dst, const fe::Expr* src) {
  const fe::Object* dst_base = PointerNameBase(dst);
  src = Unparen(src);
  auto* sl = src != nullptr ? src->As<fe::SliceExpr>() : nullptr;
  if (dst_base == nullptr || sl == nullptr) return false;
  // Slicing an array stored in the object would put a pointer to the object
  // into itself: not a self-assignment.
  const Type* xt = sl->x != nullptr ? Under(sl->x->type) : nullptr;
  if (xt == nullptr || xt->As<fe::Array>() != nullptr) return false;
  return PointerNameBase(sl->x) == dst_base;
}

}  // namespace

bool IsSelfAssignment(const fe::Expr* dst, const fe::Expr* src) {
  dst = Unparen(dst);
  src = Unparen(src);
  if (dst == nullptr || src == nullptr) return false;
  if (IsSliceSelfAssign(dst, src)) return true;
  if (dst->kind != src->kind) return false;
  if (auto* d = FieldSelector(dst)) {
    auto* s = FieldSelector(src);
    return s != nullptr && LastStepDerefs(d) == LastStepDerefs(s) && SameSelectorBase(d, s);
  }
  if (auto* d = dst->As<fe::IndexExpr>()) {
    auto* s = src->As<fe::IndexExpr>();
    if (IsMapIndex(d) || IsMapIndex(s)) return false;
    if (MayAffectMemory(d->index) || MayAffectMemory(s->index)) return false;
    return SameSafeExpr(d->x, s->x);
  }
  return false;
}

std::string AssignmentString(const fe::AssignStmt* s) {
  auto list = [](const std::vector<fe::Expr*>& es) {
    std::string out;
    for (size_t i = 0; i < es.size(); ++i) out += (i ? ", " : "") + ExprString(es[i]);
    return out;
  };
  std::string op = s->tok == fe::Token::kAssign   ? "="
                   : s->tok == fe::Token::kDefine ? ":="
                                                  : std::string(fe::TokenString(s->tok)) + "=";
  return list(s->lhs) + " " + op + " " + list(s->rhs);
}

}  // namespace gosc::ssa::builder
