// `for range` loops and type switches.
//
// Why it exists: both desugar into loops or chains of tests with hidden
// state. Range loops keep a hidden index (a synthetic SSA variable) and
// follow Go 1.19: the iteration variables of `for k, v := range x` are
// declared ONCE, before the loop, and assigned each iteration (so a closure
// capturing v sees its last value, as in Go 1.19). The range expression is
// evaluated once; ranging over an array value iterates over a copy (Go's
// semantics), over a pointer to an array through the pointer. Strings decode
// UTF-8 with StringNext, maps iterate with MapIterInit/MapIterNext.
// A type switch evaluates its operand once and tests each case type with a
// comma-ok TypeAssert; a clause naming exactly one type binds the asserted
// value, other clauses bind the interface value itself.
#include "ssa/builder/builder.h"
#include "types/constant.h"

namespace gosc::ssa::builder {

namespace {

const fe::Var* DeclaredVar(const fe::Expr* e) {
  auto* id = e ? e->As<fe::Ident>() : nullptr;
  if (!id || id->name == "_" || !id->obj) return nullptr;
  return id->obj->As<fe::Var>();
}

bool IsBlank(const fe::Expr* e) {
  auto* id = e ? e->As<fe::Ident>() : nullptr;
  return !e || (id && id->name == "_");
}

}  // namespace

void FuncBuilder::DeclareRangeVars(const fe::RangeStmt* s) {
  if (s->tok != fe::Token::kDefine) return;
  for (const fe::Expr* e : {s->key, s->value}) {
    if (const fe::Var* v = DeclaredVar(e)) DeclareVar(v, nullptr, e->pos);
  }
}

void FuncBuilder::RangeAssign(const fe::RangeStmt* s, const fe::Expr* lhs, Value* v) {
  if (IsBlank(lhs)) return;
  if (s->tok == fe::Token::kDefine) {
    AssignVar(DeclaredVar(lhs), v, lhs->pos);
    return;
  }
  LValue lv = LvalueOf(lhs);
  StoreLvalue(lv, v);
}

void FuncBuilder::Range(const fe::RangeStmt* s) {
  const Type* xt = Under(s->x->type);
  const fe::Basic* basic = xt->As<fe::Basic>();
  const fe::Map* map = xt->As<fe::Map>();
  bool want_value = !IsBlank(s->value);

  // Evaluate the range expression once, before the loop.
  Value* x = nullptr;
  Value* n = nullptr;
  const fe::Array* arr = xt->As<fe::Array>();
  const fe::Pointer* parr = xt->As<fe::Pointer>();
  if (parr) arr = Under(parr->elem())->As<fe::Array>();
  if (arr && !parr && !want_value) {
    n = IntConst(arr->len(), s->pos);  // only the length matters; no copy
  } else {
    x = Rvalue(s->x);
    if (arr) {
      n = IntConst(arr->len(), s->pos);
    } else if (!map) {
      n = Emit(Op::kLen, types_.Int(), s->pos, {x});
    }
  }
  DeclareRangeVars(s);

  ++loop_depth_;
  Block* header = NewBlock("range.cond");
  Block* body = NewBlock("range.body");
  Block* post = map ? header : NewBlock("range.post");
  --loop_depth_;
  Block* exit = NewBlock("range.done");

  Key index = nullptr;
  Key next = nullptr;
  Value* iter = nullptr;
  if (map) {
    iter = Emit(Op::kMapIterInit, mb_.UnsafePointer(), s->pos, {x});
  } else {
    index = NewTemp(types_.Int(), "i");
    WriteVar(index, IntConst(0, s->pos));
  }
  Jump(header, s->pos);
  cur_ = header;

  Value* tuple = nullptr;
  if (map) {
    tuple = Emit(Op::kMapIterNext, mb_.TupleOf({types_.Bool(), map->key(), map->value()}), s->pos,
                 {iter});
    Branch(Extract(tuple, 0, s->pos), body, exit, s->pos);
  } else {
    Value* i = ReadVar(index, s->pos);
    Branch(Emit(Op::kLt, types_.Bool(), s->pos, {i, n}), body, exit, s->pos);
  }
  Seal(body);
  cur_ = body;
  ++loop_depth_;
  if (map) {
    RangeAssign(s, s->key, Extract(tuple, 1, s->pos));
    if (want_value) RangeAssign(s, s->value, Extract(tuple, 2, s->pos));
  } else if (basic && basic->IsString()) {
    Value* i = ReadVar(index, s->pos);
    Value* t =
        Emit(Op::kStringNext, mb_.TupleOf({types_.basic(fe::BasicKind::kInt32), types_.Int()}),
             s->pos, {x, i});
    next = NewTemp(types_.Int(), "next");
    WriteVar(next, Emit(Op::kAdd, types_.Int(), s->pos, {i, Extract(t, 1, s->pos)}));
    RangeAssign(s, s->key, i);
    if (want_value) RangeAssign(s, s->value, Extract(t, 0, s->pos));
  } else {
    Value* i = ReadVar(index, s->pos);
    RangeAssign(s, s->key, i);
    if (want_value) {
      Value* elem;
      if (arr && !parr) {
        elem = Emit(Op::kIndex, arr->elem(), s->pos, {x, i});
      } else {
        const Type* et = arr ? arr->elem() : xt->As<fe::Slice>()->elem();
        Value* base = parr ? NilCheck(x, s->pos) : x;
        elem = Load(Emit(Op::kIndexAddr, types_.PointerTo(et), s->pos, {base, i}), s->pos);
      }
      RangeAssign(s, s->value, elem);
    }
  }
  targets_[s] = {exit, post};
  breakable_.push_back(s);
  continuable_.push_back(s);
  StmtList(s->body->list);
  Jump(post, s->body->rbrace);
  if (!map) {
    Seal(post);
    cur_ = post;
    Value* i = ReadVar(index, s->pos);
    Value* ni = next ? ReadVar(next, s->pos)
                     : Emit(Op::kAdd, types_.Int(), s->pos, {i, IntConst(1, s->pos)});
    WriteVar(index, ni);
    Jump(header, s->pos);
  }
  --loop_depth_;
  Seal(header);
  breakable_.pop_back();
  continuable_.pop_back();
  Seal(exit);
  cur_ = exit;
}

void FuncBuilder::TypeSwitch(const fe::TypeSwitchStmt* s) {
  Stmt(s->init);
  Value* x = Rvalue(s->assert->x);
  Block* done = NewBlock("typeswitch.done");
  std::vector<Block*> bodies;
  std::vector<Value*> bound(s->clauses.size(), nullptr);  // the value each clause binds
  int default_index = -1;
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    bodies.push_back(
        NewBlock(s->clauses[i]->is_default ? "typeswitch.default" : "typeswitch.case"));
    if (s->clauses[i]->is_default || s->clauses[i]->list.empty())
      default_index = static_cast<int>(i);
  }
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    if (static_cast<int>(i) == default_index) continue;
    const auto& list = s->clauses[i]->list;
    for (const fe::Expr* te : list) {
      auto* id = te->As<fe::Ident>();
      Value* cond;
      if ((id && id->obj && id->obj->As<fe::Nil>()) ||
          (te->type && AsBasic(te->type) &&
           AsBasic(te->type)->basic() == fe::BasicKind::kUntypedNil)) {
        cond = Emit(Op::kEq, types_.Bool(), te->pos, {x, Emit(Op::kConst, x->type, te->pos)});
        if (list.size() == 1) bound[i] = x;
      } else {
        const Type* t = te->type;
        Value* ta = Emit(Op::kTypeAssert, mb_.TupleOf({t, types_.Bool()}), te->pos, {x});
        ta->aux_type = t;
        ta->flag = true;
        if (list.size() == 1) bound[i] = Extract(ta, 0, te->pos);
        cond = Extract(ta, 1, te->pos);
      }
      Block* next = NewBlock("typeswitch.next");
      Branch(cond, bodies[i], next, te->pos);
      Seal(next);
      cur_ = next;
    }
  }
  Jump(default_index >= 0 ? bodies[static_cast<size_t>(default_index)] : done);
  targets_[s] = {done, nullptr};
  breakable_.push_back(s);
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    Seal(bodies[i]);
    cur_ = bodies[i];
    const fe::CaseClause* cc = s->clauses[i];
    if (cc->implicit_obj) {
      if (const fe::Var* v = cc->implicit_obj->As<fe::Var>()) {
        DeclareVar(v, bound[i] ? bound[i] : x, cc->pos);
      }
    }
    StmtList(cc->body);
    Jump(done);
  }
  breakable_.pop_back();
  Seal(done);
  cur_ = done;
}

}  // namespace gosc::ssa::builder
