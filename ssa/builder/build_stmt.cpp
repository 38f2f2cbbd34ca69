// Statements: assignment and declarations, if, for, switch, return,
// break/continue/goto/fallthrough, labels, defer.
//
// Why it exists: this is where structured control flow becomes blocks. Every
// construct follows the same discipline so that Braun-style SSA construction
// stays correct: an edge is added only when its source block is complete, and
// a block is sealed as soon as all its predecessors exist (a loop header after
// its back edges, a label block at the end of the function since a later
// `goto` may target it). Blocks record the source loop depth, which escape
// analysis uses to find allocations that outlive one iteration.
#include "ssa/builder/builder.h"
#include "types/constant.h"

namespace gosc::ssa::builder {

namespace {

const fe::Var* DeclaredVar(const fe::Expr* e) {
  auto* id = e ? e->As<fe::Ident>() : nullptr;
  if (!id || id->name == "_" || !id->obj) return nullptr;
  return id->obj->As<fe::Var>();
}

}  // namespace

void FuncBuilder::StmtList(const std::vector<fe::Stmt*>& list) {
  for (const fe::Stmt* s : list) Stmt(s);
}

void FuncBuilder::Stmt(const fe::Stmt* s) {
  if (!s) return;
  switch (s->kind) {
    case fe::StmtKind::kEmpty: return;
    case fe::StmtKind::kBlock: StmtList(s->As<fe::BlockStmt>()->list); return;
    case fe::StmtKind::kExpr: {
      const fe::Expr* x = s->As<fe::ExprStmt>()->x;
      if (auto* c = x->As<fe::CallExpr>()) {
        Call(c);
      } else {
        Rvalue(x);
      }
      return;
    }
    case fe::StmtKind::kDecl: {
      const fe::GenDecl* d = s->As<fe::DeclStmt>()->decl;
      if (d && d->kind == fe::DeclKind::kVar) VarDecl(d);
      return;  // const and type declarations produce no code
    }
    case fe::StmtKind::kAssign: Assign(s->As<fe::AssignStmt>()); return;
    case fe::StmtKind::kIncDec: {
      auto* st = s->As<fe::IncDecStmt>();
      LValue lv = LvalueOf(st->x);
      Value* old = LoadLvalue(lv);
      Value* one = ConstOf(fe::ConstValue::Int64(1), lv.type, st->pos);
      Op op = st->tok == fe::Token::kInc ? Op::kAdd : Op::kSub;
      StoreLvalue(lv, Emit(op, lv.type, st->pos, {old, one}));
      if (lv.kind == LValue::kMap) cur_->values.back()->flag = true;  // as `m[k] += 1`
      return;
    }
    case fe::StmtKind::kIf: If(s->As<fe::IfStmt>()); return;
    case fe::StmtKind::kFor: For(s->As<fe::ForStmt>()); return;
    case fe::StmtKind::kRange: Range(s->As<fe::RangeStmt>()); return;
    case fe::StmtKind::kSwitch: Switch(s->As<fe::SwitchStmt>()); return;
    case fe::StmtKind::kTypeSwitch: TypeSwitch(s->As<fe::TypeSwitchStmt>()); return;
    case fe::StmtKind::kReturn: Return(s->As<fe::ReturnStmt>()); return;
    case fe::StmtKind::kBranch: Branch(s->As<fe::BranchStmt>()); return;
    case fe::StmtKind::kLabeled: Labeled(s->As<fe::LabeledStmt>()); return;
    case fe::StmtKind::kDefer: Call(s->As<fe::DeferStmt>()->call, /*defer=*/true); return;
    default: break;
  }
  Fail(s->pos, "unsupported statement");
}

// ------------------------------------------------------------- assignment

void FuncBuilder::Assign(const fe::AssignStmt* s) {
  const auto& lhs = s->lhs;
  const auto& rhs = s->rhs;
  if (s->tok != fe::Token::kAssign && s->tok != fe::Token::kDefine) {
    // x op= y: the place is evaluated once, and read after y (gc's order:
    // in `m[k] += f()` the element f leaves behind is the one added to;
    // codegen also relies on nothing but the operation itself separating the
    // read of a map element from its write, to do both with one lookup).
    LValue lv = LvalueOf(lhs[0]);
    bool shift = s->tok == fe::Token::kShl || s->tok == fe::Token::kShr;
    Value* y = shift ? ExprAs(rhs[0], nullptr) : ExprAs(rhs[0], lv.type);
    Value* old = LoadLvalue(lv);
    Value* r = BinaryOp(s->tok, old, y, lv.type, s->pos);
    // `s += x` is gc's `s = s + x`: a concatenation site (see Expr's kAdd).
    if (r->op == Op::kAdd && IsStringType(lv.type)) {
      r->alloc_desc = ExprString(lhs[0]) + " + " + ExprString(rhs[0]);
    }
    size_t mark = cur_->values.size();
    StoreLvalue(lv, r);
    if (IsSelfAssignment(lhs[0], rhs[0])) IgnoreSelfAssignment(s, mark);
    // gc does `m[k] op= y` with one mapassign made before the operation (a
    // panicking shift leaves the zero element inserted), except `/=` and
    // `%=`, which read first so that a zero divisor leaves the map alone.
    if (lv.kind == LValue::kMap && s->tok != fe::Token::kQuo && s->tok != fe::Token::kRem) {
      for (size_t k = mark; k < cur_->values.size(); ++k) {
        if (cur_->values[k]->op == Op::kMapUpdate) cur_->values[k]->flag = true;
      }
    }
    return;
  }
  bool define = s->tok == fe::Token::kDefine;
  auto is_new = [&](size_t i) { return define && i < s->is_new.size() && s->is_new[i]; };
  // Left-hand places first (index operands, pointer indirections), then values.
  // The spec's two phases: the operands are evaluated now, but a place's own
  // indirection or index (its nil or bounds check) happens when it is
  // assigned, left to right, so `m[k], *p = 1, 2` with a nil p stores m[k]
  // before it panics (Go's test/fixedbugs/issue23017.go).
  std::vector<LValue> places(lhs.size());
  std::vector<std::vector<Value*>> final_steps(lhs.size());
  for (size_t i = 0; i < lhs.size(); ++i) {
    if (is_new(i)) continue;
    size_t start = cur_->values.size();
    places[i] = LvalueOf(lhs[i]);
    if (lhs.size() > 1 && places[i].kind == LValue::kPtr) {
      final_steps[i] = DetachFinalAddressing(start, places[i].ptr);
    }
  }
  std::vector<Value*> vals;
  if (rhs.size() == lhs.size()) {
    for (size_t i = 0; i < rhs.size(); ++i) {
      const Type* t = is_new(i) ? (DeclaredVar(lhs[i]) ? DeclaredVar(lhs[i])->type() : nullptr)
                                : places[i].type;
      if (places[i].kind == LValue::kBlank && !is_new(i)) t = nullptr;
      const Pos* saved = name_box_pos_;
      if (!define) name_box_pos_ = &lhs[0]->pos;  // see name_box_pos_
      vals.push_back(ExprAs(rhs[i], t));
      name_box_pos_ = saved;
    }
  } else if (rhs.size() == 1) {
    vals = MultiValues(rhs[0], lhs.size());
  } else {
    Fail(s->pos, "assignment count mismatch");
  }
  for (size_t i = 0; i < lhs.size(); ++i) {
    size_t mark = cur_->values.size();
    if (is_new(i)) {
      DeclareVar(DeclaredVar(lhs[i]), vals[i], lhs[i]->pos);
    } else {
      ReattachValues(final_steps[i]);
      StoreLvalue(places[i], vals[i]);
      if (rhs.size() == lhs.size() && IsSelfAssignment(lhs[i], rhs[i])) {
        IgnoreSelfAssignment(s, mark);
      }
    }
    NoteAssign(s, i, mark);
  }
}

// The address steps that end a place's evaluation in the current block
// (emitted since `start`, ending in `ptr`): the trailing nil checks, field
// and index addresses after the last load or call, i.e. the place's own
// indirection. They are taken out of the block, to be put back by
// ReattachValues where the place is assigned; nothing else uses them.
std::vector<Value*> FuncBuilder::DetachFinalAddressing(size_t start, Value* ptr) {
  std::vector<Value*>& vs = cur_->values;
  if (vs.size() <= start || vs.back() != ptr) return {};
  size_t first = vs.size();
  while (first > start) {
    Op op = vs[first - 1]->op;
    if (op != Op::kNilCheck && op != Op::kFieldAddr && op != Op::kIndexAddr) break;
    --first;
  }
  std::vector<Value*> steps(vs.begin() + static_cast<std::ptrdiff_t>(first), vs.end());
  vs.resize(first);
  for (Value* v : steps) v->block = nullptr;
  return steps;
}

// Appends values detached from an earlier block of the same statement (whose
// operands that block's evaluation already computed) to the current block.
void FuncBuilder::ReattachValues(const std::vector<Value*>& values) {
  for (Value* v : values) {
    v->block = cur_;
    cur_->values.push_back(v);
  }
}

// Marks the stores emitted since `mark` as moving nothing new (see
// self_assign.cpp) and records the statement for -m.
void FuncBuilder::IgnoreSelfAssignment(const fe::AssignStmt* s, size_t mark) {
  for (size_t i = mark; i < cur_->values.size(); ++i) {
    if (cur_->values[i]->op == Op::kStore) cur_->values[i]->flag = true;
  }
  fn_->self_assignments.push_back({s->pos, AssignmentString(s)});
}

void FuncBuilder::VarDecl(const fe::GenDecl* d) {
  for (const fe::ValueSpec& spec : d->values) {
    std::vector<const fe::Var*> vars;
    for (const fe::Ident* id : spec.names) vars.push_back(DeclaredVar(id));
    if (spec.values.empty()) {
      for (size_t i = 0; i < vars.size(); ++i) DeclareVar(vars[i], nullptr, spec.names[i]->pos);
      continue;
    }
    std::vector<Value*> vals;
    if (spec.values.size() == vars.size()) {
      for (size_t i = 0; i < vars.size(); ++i) {
        vals.push_back(ExprAs(spec.values[i], vars[i] ? vars[i]->type() : nullptr));
      }
    } else {
      vals = MultiValues(spec.values[0], vars.size());
    }
    for (size_t i = 0; i < vars.size(); ++i) DeclareVar(vars[i], vals[i], spec.names[i]->pos);
  }
}

// ----------------------------------------------------------- control flow

void FuncBuilder::If(const fe::IfStmt* s) {
  Stmt(s->init);
  Block* then = NewBlock("if.then");
  Block* done = NewBlock("if.done");
  Block* els = s->else_stmt ? NewBlock("if.else") : done;
  CondBranch(s->cond, then, els);
  Seal(then);
  cur_ = then;
  StmtList(s->body->list);
  Jump(done, s->body->rbrace);
  if (s->else_stmt) {
    Seal(els);
    cur_ = els;
    Stmt(s->else_stmt);
    Jump(done);
  }
  Seal(done);
  cur_ = done;
}

void FuncBuilder::For(const fe::ForStmt* s) {
  Stmt(s->init);
  ++loop_depth_;
  Block* header = NewBlock("for.cond");
  Block* body = NewBlock("for.body");
  Block* post = NewBlock("for.post");
  --loop_depth_;
  Block* exit = NewBlock("for.done");
  post->loop_depth = header->loop_depth;
  Jump(header, s->pos);
  cur_ = header;
  if (s->cond) {
    CondBranch(s->cond, body, exit);
  } else {
    Jump(body);
  }
  Seal(body);
  cur_ = body;
  targets_[s] = {exit, post};
  breakable_.push_back(s);
  continuable_.push_back(s);
  ++loop_depth_;
  StmtList(s->body->list);
  Jump(post, s->body->rbrace);
  Seal(post);
  cur_ = post;
  Stmt(s->post);
  --loop_depth_;
  Jump(header);
  Seal(header);
  breakable_.pop_back();
  continuable_.pop_back();
  Seal(exit);
  cur_ = exit;
}

void FuncBuilder::Switch(const fe::SwitchStmt* s) {
  Stmt(s->init);
  Value* tag = s->tag ? Rvalue(s->tag) : nullptr;
  Block* done = NewBlock("switch.done");
  std::vector<Block*> bodies;
  int default_index = -1;
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    bodies.push_back(NewBlock(s->clauses[i]->is_default ? "switch.default" : "switch.case"));
    if (s->clauses[i]->is_default || s->clauses[i]->list.empty())
      default_index = static_cast<int>(i);
  }
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    if (static_cast<int>(i) == default_index) continue;
    for (const fe::Expr* e : s->clauses[i]->list) {
      Value* cond;
      if (tag) {
        Value* v = e->mode == fe::Mode::kConstant && e->value && !IsInterface(tag->type)
                       ? ExprAs(e, tag->type)
                       : Rvalue(e);
        cond = Compare(fe::Token::kEql, tag, v, e->pos);
      } else {
        cond = ExprAs(e, nullptr);
      }
      Block* next = NewBlock("switch.next");
      Branch(cond, bodies[i], next, e->pos);
      Seal(next);
      cur_ = next;
    }
  }
  Jump(default_index >= 0 ? bodies[static_cast<size_t>(default_index)] : done);
  targets_[s] = {done, nullptr};
  breakable_.push_back(s);
  Block* saved_fallthrough = fallthrough_;
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    Seal(bodies[i]);
    cur_ = bodies[i];
    fallthrough_ = i + 1 < bodies.size() ? bodies[i + 1] : nullptr;
    StmtList(s->clauses[i]->body);
    Jump(done);
  }
  fallthrough_ = saved_fallthrough;
  breakable_.pop_back();
  Seal(done);
  cur_ = done;
}

void FuncBuilder::Return(const fe::ReturnStmt* s) {
  const fe::Tuple* results = fn_->sig->results();
  std::vector<Value*> vals;
  if (s->results.empty()) {
    if (!uses_defer_) {
      vals = NamedResultValues(s->pos);  // the checker allows no other bare return
    }
  } else if (s->results.size() == results->size()) {
    for (size_t i = 0; i < s->results.size(); ++i)
      vals.push_back(ExprAs(s->results[i], results->At(i)));
  } else if (s->results.size() == 1) {
    vals = MultiValues(s->results[0], results->size());
    for (size_t i = 0; i < vals.size(); ++i) vals[i] = Convert(vals[i], results->At(i), s->pos);
  } else {
    Fail(s->pos, "return count mismatch");
  }
  Block* b = cur_;
  size_t mark = b->values.size();
  EmitReturn(vals, s->pos);
  NoteReturn(s, b, mark);
}

const fe::Stmt* FuncBuilder::Unlabel(const fe::Stmt* s) const {
  while (s && s->kind == fe::StmtKind::kLabeled) s = s->As<fe::LabeledStmt>()->stmt;
  return s;
}

Block* FuncBuilder::LabelBlock(const fe::Stmt* labeled) {
  auto it = labels_.find(labeled);
  if (it != labels_.end()) return it->second;
  Block* b = NewBlock("label." + labeled->As<fe::LabeledStmt>()->label->name);
  labels_[labeled] = b;
  return b;
}

void FuncBuilder::Labeled(const fe::LabeledStmt* s) {
  // The label's block is sealed at the end of the function: a later goto may jump to it.
  Block* b = LabelBlock(s);
  b->loop_depth = loop_depth_;
  Jump(b, s->pos);
  cur_ = b;
  Stmt(s->stmt);
}

void FuncBuilder::Branch(const fe::BranchStmt* s) {
  switch (s->tok) {
    case fe::BranchKind::kGoto: {
      const fe::Stmt* t = s->target;
      if (!t || t->kind != fe::StmtKind::kLabeled) Fail(s->pos, "goto without a resolved label");
      Jump(LabelBlock(t), s->pos);
      return;
    }
    case fe::BranchKind::kFallthrough:
      if (!fallthrough_) Fail(s->pos, "fallthrough outside a switch case");
      Jump(fallthrough_, s->pos);
      return;
    case fe::BranchKind::kBreak:
    case fe::BranchKind::kContinue: {
      bool brk = s->tok == fe::BranchKind::kBreak;
      const fe::Stmt* t = Unlabel(s->target);
      if (!t) {
        auto& stack = brk ? breakable_ : continuable_;
        if (stack.empty()) Fail(s->pos, "break or continue outside a loop");
        t = stack.back();
      }
      auto it = targets_.find(t);
      Block* target = it == targets_.end() ? nullptr : (brk ? it->second.brk : it->second.cont);
      if (!target) Fail(s->pos, "break or continue target not found");
      Jump(target, s->pos);
      return;
    }
  }
}

}  // namespace gosc::ssa::builder
