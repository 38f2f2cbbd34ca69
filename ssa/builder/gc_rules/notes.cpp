// Source notes for -m=2 flow explanations (ssa::SourceNote, Value::var_name).
//
// Why it exists: gc explains every escape as a path of flows, each flow with
// the source constructs it passes through, in gc's own words:
//   flow: ~r0 = *pp:
//     from *pp (indirection) at x.go:15:9
//     from return *pp (return) at x.go:15:2
// Only the builder still sees those constructs, so it records them on the
// values it emits; escape analysis copies them onto its flow edges without
// knowing any syntax. The helpers here keep that bookkeeping out of the
// translation code: each construct's builder calls one of them once.
//
// A value assigned to a register-like local also remembers the variable's
// name (the first one only: `a := x; b := a` is one SSA value), because gc's
// explanations name the variable as a location of its own.
#include "ssa/builder/builder.h"

namespace gosc::ssa::builder {

namespace {

std::string JoinExprs(const std::vector<fe::Expr*>& xs) {
  std::string s;
  for (size_t i = 0; i < xs.size(); ++i) {
    if (i) s += ", ";
    s += ExprString(xs[i]);
  }
  return s;
}

// gc's spelling of an assignment statement: `x := e`, `*p = e`, `s.a += s.b`.
std::string AssignString(const fe::AssignStmt* s) {
  std::string op = s->tok == fe::Token::kDefine   ? ":="
                   : s->tok == fe::Token::kAssign ? "="
                                                  : std::string(fe::TokenString(s->tok)) + "=";
  return JoinExprs(s->lhs) + " " + op + " " + JoinExprs(s->rhs);
}

}  // namespace

void NoteAddressOf(Value* user, int operand, const fe::Expr* e) {
  e = fe::Unparen(e);
  auto* u = e != nullptr ? e->As<fe::UnaryExpr>() : nullptr;
  if (u == nullptr || u->op != fe::Token::kAnd) return;
  // &T{...} is an allocation of its own, explained by its "spill".
  const fe::Expr* x = fe::Unparen(u->x);
  if (x != nullptr && x->kind == fe::ExprKind::kCompositeLit) return;
  AddNote(user, ExprString(e), "address-of", e->pos, operand);
}

void AddNote(Value* v, std::string where, std::string why, Pos pos, int operand) {
  if (v == nullptr) return;
  v->notes.push_back(SourceNote{std::move(where), std::move(why), pos, operand});
}

Value* NoteExpr(Value* v, const fe::Expr* e, const char* why) {
  if (v != nullptr && e != nullptr) AddNote(v, ExprString(e), why, e->pos);
  return v;
}

const char* SelectorWhy(const fe::SelectorExpr* s) {
  return Under(s->x->type)->As<fe::Pointer>() ? "dot of pointer" : "dot";
}

const char* IndexWhy(const fe::IndexExpr* ix) {
  // Slice elements live behind the slice's pointer; an array's are part of it.
  return Under(ix->x->type)->As<fe::Array>() ? "fixed-array-index-of" : "dot of pointer";
}

void FuncBuilder::NoteAssign(const fe::AssignStmt* s, size_t i, size_t mark) {
  SourceNote note{AssignString(s), "assign", s->pos, -1};
  // Stores and map updates emitted for lhs[i] since `mark`: the assigned
  // value is their last operand.
  for (size_t k = mark; k < cur_->values.size(); ++k) {
    Value* v = cur_->values[k];
    const fe::Expr* rhs = s->rhs.size() == s->lhs.size() ? s->rhs[i] : nullptr;
    if (v->op == Op::kStore) {
      NoteAddressOf(v, 1, rhs);
      AddNote(v, note.where, note.why, note.pos, 1);
    } else if (v->op == Op::kMapUpdate) {
      AddNote(v, ExprString(s->lhs[i]), "key of map put", s->lhs[i]->pos, 1);
      NoteAddressOf(v, 2, rhs);
      AddNote(v, note.where, note.why, note.pos, 2);
    }
  }
  // A register-like local: the value written is the variable from now on.
  auto* id = s->lhs[i]->As<fe::Ident>();
  const fe::Var* var = id && id->obj ? id->obj->As<fe::Var>() : nullptr;
  if (!var || cells_.count(var) || free_vars_.count(var)) return;
  auto defs = defs_.find(cur_);
  if (defs == defs_.end()) return;
  auto it = defs->second.find(var);
  if (it == defs->second.end()) return;
  Value* w = it->second;
  // A cell is the variable it holds (`p := &x` leaves p == x's cell).
  bool cell = w->op == Op::kAlloc && w->alloc_site == AllocSite::kLocalVar;
  if (w->op == Op::kParam || w->op == Op::kConst || cell || !w->var_name.empty()) {
    return;
  }
  w->var_name = var->name();
  w->notes.push_back(note);
}

void FuncBuilder::NoteReturn(const fe::ReturnStmt* s, Block* b, size_t mark) {
  // A bare return reads the named results: gc has no flow to explain there.
  if (s->results.empty()) return;
  std::string where = "return " + JoinExprs(s->results);
  size_t result = 0;
  for (size_t k = mark; k < b->values.size(); ++k) {
    Value* v = b->values[k];
    if (v->op == Op::kReturn) {
      // (`return f()` of a multi-valued f has one expression for all operands.)
      for (size_t i = 0; i < v->num_operands() && s->results.size() == v->num_operands(); ++i) {
        NoteAddressOf(v, static_cast<int>(i), s->results[i]);
      }
      AddNote(v, where, "return", s->pos, -1);
    }
    // With defers the results are stored into their cells before Return.
    if (v->op == Op::kStore) {
      if (result < s->results.size()) NoteAddressOf(v, 1, s->results[result++]);
      AddNote(v, where, "return", s->pos, 1);
    }
  }
}

void FuncBuilder::NoteElements(const fe::CompositeLit* lit, const char* why, size_t mark) {
  // Element stores since `mark`; those of a nested literal already carry its
  // own note, so the outer literal's comes after it, as gc prints them.
  for (size_t k = mark; k < cur_->values.size(); ++k) {
    if (cur_->values[k]->op == Op::kStore)
      AddNote(cur_->values[k], ExprString(lit), why, lit->pos, 1);
  }
}

void FuncBuilder::NoteCaptures(Value* make_closure, const fe::FuncLit* lit,
                               const std::vector<const fe::Var*>& captures) {
  const Func* cf = make_closure->callee;
  for (size_t i = 0; i < captures.size(); ++i) {
    // gc places both notes at the variable's first use inside the literal.
    Pos use = lit->pos;
    for (size_t k = 0; k < lit->captures.size() && k < lit->capture_uses.size(); ++k) {
      if (lit->captures[k] == captures[i]) use = lit->capture_uses[k];
    }
    int operand = static_cast<int>(i) + 1;  // operand 0 is the environment
    AddNote(make_closure, captures[i]->name(), "captured by a closure", use, operand);
    if (cf != nullptr && i < cf->captures.size() && !cf->captures[i].by_value) {
      AddNote(make_closure, captures[i]->name(), "reference", use, operand);
    }
  }
}

}  // namespace gosc::ssa::builder
