// Assignable places (lvalues) and multi-value right-hand sides.
//
// Why it exists: Go assigns to four kinds of places — `_`, a register-like
// local (an SSA write), memory (a Store through an address) and a map entry
// (MapUpdate, since map elements have no address) — and evaluates all the
// left-hand index and pointer operands before the right-hand side. Tuple
// sources (calls with several results, comma-ok map lookups and type
// assertions) are likewise unpacked in one place for `:=`, `=`, `var` and
// package initialisation.
#include "ssa/builder/builder.h"
#include "types/constant.h"

namespace gosc::ssa::builder {

std::vector<Value*> FuncBuilder::MultiValues(const fe::Expr* rhs, size_t n) {
  const fe::Expr* e = Unparen(rhs);
  std::vector<Value*> out;
  if (n == 2) {
    if (auto* ix = e->As<fe::IndexExpr>()) {
      if (const fe::Map* m = Under(ix->x->type)->As<fe::Map>()) {
        Value* mv = Rvalue(ix->x);
        Value* k = ExprAs(ix->index, m->key());
        Value* t = Emit(Op::kMapLookup, mb_.TupleOf({m->value(), types_.Bool()}), e->pos, {mv, k});
        t->flag = true;
        return {Extract(t, 0, e->pos), Extract(t, 1, e->pos)};
      }
    }
    if (auto* ta = e->As<fe::TypeAssertExpr>()) {
      Value* x = Rvalue(ta->x);
      const Type* t = ta->type_expr ? ta->type_expr->type : nullptr;
      if (!t || (e->type && !e->type->As<fe::Tuple>())) t = e->type;
      Value* v = Emit(Op::kTypeAssert, mb_.TupleOf({t, types_.Bool()}), e->pos, {x});
      v->aux_type = t;
      v->flag = true;
      return {Extract(v, 0, e->pos), Extract(v, 1, e->pos)};
    }
  }
  Value* t = Rvalue(e);
  const fe::Tuple* tt = t->type ? t->type->As<fe::Tuple>() : nullptr;
  if (!tt || tt->size() != n)
    Fail(e->pos, "multi-value expression with the wrong number of values");
  for (size_t i = 0; i < n; ++i) out.push_back(Extract(t, static_cast<int64_t>(i), e->pos));
  return out;
}

LValue FuncBuilder::LvalueOf(const fe::Expr* e) {
  e = Unparen(e);
  LValue lv;
  lv.pos = e->pos;
  lv.type = e->type;
  if (auto* id = e->As<fe::Ident>()) {
    if (id->name == "_" || !id->obj) return lv;  // kBlank
    const fe::Var* v = id->obj->As<fe::Var>();
    if (!v) Fail(e->pos, "assignment to non-variable " + id->name);
    lv.type = v->type();
    bool global = v->var_kind() == fe::VarKind::kGlobal || !v->pkg().empty();
    if (!global && !free_vars_.count(v) && !cells_.count(v)) {
      lv.kind = LValue::kVar;
      lv.var = v;
      return lv;
    }
    lv.kind = LValue::kPtr;
    lv.ptr = VarAddr(v, e->pos);
    return lv;
  }
  if (auto* ix = e->As<fe::IndexExpr>()) {
    if (const fe::Map* m = Under(ix->x->type)->As<fe::Map>()) {
      lv.kind = LValue::kMap;
      lv.map = Rvalue(ix->x);
      lv.key = ExprAs(ix->index, m->key());
      lv.type = m->value();
      return lv;
    }
  }
  lv.kind = LValue::kPtr;
  lv.ptr = Addr(e);
  lv.type = Under(lv.ptr->type)->As<fe::Pointer>()->elem();
  return lv;
}

Value* FuncBuilder::LoadLvalue(const LValue& lv) {
  switch (lv.kind) {
    case LValue::kVar: return ReadVarValue(lv.var, lv.pos);
    case LValue::kPtr: return Load(lv.ptr, lv.pos);
    case LValue::kMap: {
      const fe::Map* m = Under(lv.map->type)->As<fe::Map>();
      return Emit(Op::kMapLookup, m->value(), lv.pos, {lv.map, lv.key});
    }
    case LValue::kBlank: break;
  }
  Fail(lv.pos, "read of the blank identifier");
}

void FuncBuilder::StoreLvalue(const LValue& lv, Value* v) {
  switch (lv.kind) {
    case LValue::kBlank: return;
    case LValue::kVar: AssignVar(lv.var, v, lv.pos); return;
    case LValue::kPtr:
      Emit(Op::kStore, nullptr, lv.pos, {lv.ptr, Convert(v, lv.type, lv.pos)});
      return;
    case LValue::kMap:
      Emit(Op::kMapUpdate, nullptr, lv.pos, {lv.map, lv.key, Convert(v, lv.type, lv.pos)});
      return;
  }
}

}  // namespace gosc::ssa::builder
