// Composite literals: structs, arrays, slices, maps, nested and keyed.
//
// Why it exists: literals are where most allocation sites come from and each
// kind has its own site: `&T{...}` is an Alloc kCompositeLit at the `&`,
// `[]T{...}` a kSliceLit backing array and `map[K]V{...}` a kMapLit, both at
// the `{`. Struct and array values are built in memory (the IR has no
// aggregate-insert op): directly inside their destination when nested in
// another literal or behind `&`, otherwise in a temporary cell (kLocalVar
// ".autotmp", never address-exposed, so escape analysis keeps it on the
// stack) that is then loaded. Fresh memory is zeroed, so omitted fields and
// elements need no stores.
#include "ssa/builder/builder.h"
#include "types/constant.h"

namespace gosc::ssa::builder {

namespace {

int FieldIndex(const fe::Struct* st, const fe::Expr* key) {
  auto* id = Unparen(key)->As<fe::Ident>();
  if (!id) return -1;
  for (size_t i = 0; i < st->fields().size(); ++i) {
    if (st->fields()[i]->name() == id->name) return static_cast<int>(i);
  }
  return -1;
}

// Index of each element of an array/slice literal (keys are constants).
std::vector<int64_t> ElementIndices(const fe::CompositeLit* lit, int64_t* length) {
  std::vector<int64_t> out;
  int64_t next = 0, max = 0;
  for (const fe::Expr* e : lit->elts) {
    if (auto* kv = e->As<fe::KeyValueExpr>()) {
      if (kv->key->value) next = kv->key->value->ToInt64();
    }
    out.push_back(next);
    ++next;
    max = std::max(max, next);
  }
  *length = max;
  return out;
}

const fe::Expr* ElementValue(const fe::Expr* e) {
  if (auto* kv = e->As<fe::KeyValueExpr>()) return kv->value;
  return e;
}

}  // namespace

void FuncBuilder::StoreElem(Value* dst, const fe::Expr* v, const Type* t) {
  const fe::Expr* x = Unparen(v);
  if (auto* lit = x->As<fe::CompositeLit>(); lit && IsAggregate(t) && fe::Identical(lit->type, t)) {
    InitInto(dst, lit, t);
    return;
  }
  Emit(Op::kStore, nullptr, v->pos, {dst, ExprAs(v, t)});
}

void FuncBuilder::InitInto(Value* ptr, const fe::CompositeLit* lit, const Type* t) {
  const Type* u = Under(t);
  if (const fe::Struct* st = u->As<fe::Struct>()) {
    for (size_t i = 0; i < lit->elts.size(); ++i) {
      const fe::Expr* e = lit->elts[i];
      int idx = static_cast<int>(i);
      if (auto* kv = e->As<fe::KeyValueExpr>()) idx = FieldIndex(st, kv->key);
      if (idx < 0 || static_cast<size_t>(idx) >= st->fields().size()) {
        Fail(e->pos, "unknown field in struct literal");
      }
      const Type* ft = st->fields()[static_cast<size_t>(idx)]->type();
      Value* fa = Emit(Op::kFieldAddr, types_.PointerTo(ft), e->pos, {ptr});
      fa->index = idx;
      fa->offset = st->Offset(static_cast<size_t>(idx));
      size_t mark = cur_->values.size();
      StoreElem(fa, ElementValue(e), ft);
      NoteElements(lit, "struct literal element", mark);
    }
    return;
  }
  if (const fe::Array* at = u->As<fe::Array>()) {
    int64_t len = 0;
    std::vector<int64_t> idx = ElementIndices(lit, &len);
    for (size_t i = 0; i < lit->elts.size(); ++i) {
      const fe::Expr* e = lit->elts[i];
      Value* ea = Emit(Op::kIndexAddr, types_.PointerTo(at->elem()), e->pos,
                       {ptr, IntConst(idx[i], e->pos)});
      size_t mark = cur_->values.size();
      StoreElem(ea, ElementValue(e), at->elem());
      NoteElements(lit, "array literal element", mark);
    }
    return;
  }
  Fail(lit->pos, "composite literal of unexpected type " + TypeString(t));
}

Value* FuncBuilder::AddrOfLit(const fe::CompositeLit* lit, Pos amp_pos) {
  const Type* t = lit->type;
  if (!IsAggregate(t)) {
    // &[]int{...} or &map[K]V{...}: a pointer to a fresh variable holding the value.
    Value* v = LitValue(lit);
    Value* p = Emit(Op::kAlloc, types_.PointerTo(t), amp_pos);
    p->aux_type = t;
    p->alloc_site = AllocSite::kCompositeLit;
    p->alloc_desc = "&" + ExprString(lit);
    Emit(Op::kStore, nullptr, amp_pos, {p, v});
    return p;
  }
  Value* p = Emit(Op::kAlloc, types_.PointerTo(t), amp_pos);
  p->aux_type = t;
  p->alloc_site = AllocSite::kCompositeLit;
  p->alloc_desc = "&" + ExprString(lit);
  InitInto(p, lit, t);
  return p;
}

Value* FuncBuilder::LitValue(const fe::CompositeLit* lit) {
  const Type* t = lit->type;
  if (!t) Fail(lit->pos, "composite literal without a type");
  const Type* u = Under(t);
  if (const fe::Pointer* pt = u->As<fe::Pointer>()) {
    // An elided &T inside an outer literal: []*Point{{1, 2}}.
    Value* p = Emit(Op::kAlloc, t, lit->pos);
    p->aux_type = pt->elem();
    p->alloc_site = AllocSite::kCompositeLit;
    p->alloc_desc = "&" + TypeString(pt->elem()) + (lit->elts.empty() ? "{}" : "{...}");
    InitInto(p, lit, pt->elem());
    return p;
  }
  if (IsAggregate(t)) {
    Value* tmp = Emit(Op::kAlloc, types_.PointerTo(t), lit->pos);
    tmp->aux_type = t;
    tmp->alloc_site = AllocSite::kLocalVar;
    tmp->alloc_desc = ".autotmp";
    InitInto(tmp, lit, t);
    return Load(tmp, lit->pos);
  }
  if (const fe::Slice* st = u->As<fe::Slice>()) {
    int64_t len = 0;
    std::vector<int64_t> idx = ElementIndices(lit, &len);
    Value* backing =
        Emit(Op::kAlloc, types_.PointerTo(st->elem()), lit->pos, {IntConst(len, lit->pos)});
    backing->aux_type = st->elem();
    backing->alloc_site = AllocSite::kSliceLit;
    backing->alloc_desc = ExprString(lit);
    Value* n = IntConst(len, lit->pos);
    Value* s = Emit(Op::kMakeSlice, t, lit->pos, {backing, n, n});
    for (size_t i = 0; i < lit->elts.size(); ++i) {
      const fe::Expr* e = lit->elts[i];
      Value* ea =
          Emit(Op::kIndexAddr, types_.PointerTo(st->elem()), e->pos, {s, IntConst(idx[i], e->pos)});
      size_t mark = cur_->values.size();
      StoreElem(ea, ElementValue(e), st->elem());
      NoteElements(lit, "slice-literal-element", mark);
    }
    return s;
  }
  if (const fe::Map* mt = u->As<fe::Map>()) {
    Value* m = Emit(Op::kAlloc, t, lit->pos);
    m->aux_type = mt;
    m->alloc_site = AllocSite::kMapLit;
    m->alloc_desc = ExprString(lit);
    for (const fe::Expr* e : lit->elts) {
      auto* kv = e->As<fe::KeyValueExpr>();
      if (!kv) Fail(e->pos, "map literal element without a key");
      Value* k = ExprAs(kv->key, mt->key());
      Value* v = ExprAs(kv->value, mt->value());
      Value* update = Emit(Op::kMapUpdate, nullptr, kv->pos, {m, k, v});
      AddNote(update, ExprString(lit), "map literal key", lit->pos, 1);
      AddNote(update, ExprString(lit), "map literal value", lit->pos, 2);
    }
    return m;
  }
  Fail(lit->pos, "composite literal of unsupported type " + TypeString(t));
}

}  // namespace gosc::ssa::builder
