// The builder's function level: blocks and emission, parameters and results,
// where each variable lives, and finishing a function.
//
// Why it exists: every construct is translated into "the current block";
// this file owns that cursor and the decision for each local variable: an
// SSA value (through build_ssa_vars.cpp) or a memory cell. A variable lives in
// memory — one Alloc with AllocSite::kLocalVar, kind kHeap until escape
// analysis says otherwise — when the checker marked it address-taken or
// captured by a closure, when it is a struct or array (field and element
// stores need its address), or when it is a result of a function with a
// `defer` (deferred closures and recovered panics read and write it; see
// Func::result_cells).
#include "ssa/builder/builder.h"

namespace gosc::ssa::builder {

namespace {

bool ContainsDefer(const fe::Stmt* s) {
  if (!s) return false;
  switch (s->kind) {
    case fe::StmtKind::kDefer: return true;
    case fe::StmtKind::kBlock:
      for (const fe::Stmt* x : s->As<fe::BlockStmt>()->list) {
        if (ContainsDefer(x)) return true;
      }
      return false;
    case fe::StmtKind::kLabeled: return ContainsDefer(s->As<fe::LabeledStmt>()->stmt);
    case fe::StmtKind::kIf: {
      auto* i = s->As<fe::IfStmt>();
      return ContainsDefer(i->body) || ContainsDefer(i->else_stmt);
    }
    case fe::StmtKind::kFor: return ContainsDefer(s->As<fe::ForStmt>()->body);
    case fe::StmtKind::kRange: return ContainsDefer(s->As<fe::RangeStmt>()->body);
    case fe::StmtKind::kCase:
      for (const fe::Stmt* x : s->As<fe::CaseClause>()->body) {
        if (ContainsDefer(x)) return true;
      }
      return false;
    case fe::StmtKind::kSwitch:
      for (const fe::Stmt* c : s->As<fe::SwitchStmt>()->clauses) {
        if (ContainsDefer(c)) return true;
      }
      return false;
    case fe::StmtKind::kTypeSwitch:
      for (const fe::Stmt* c : s->As<fe::TypeSwitchStmt>()->clauses) {
        if (ContainsDefer(c)) return true;
      }
      return false;
    default: return false;
  }
}

const fe::Var* IdentVar(const fe::Ident* id) {
  if (!id || id->name == "_" || !id->obj) return nullptr;
  return id->obj->As<fe::Var>();
}

}  // namespace

FuncBuilder::FuncBuilder(ModuleBuilder& mb, Func* fn, FuncBuilder* parent)
    : mb_(mb), types_(mb.types), fn_(fn), parent_(parent) {
  is_top_level_ = parent == nullptr;
}

// ------------------------------------------------------------------ blocks

Block* FuncBuilder::NewBlock(const std::string& comment) {
  Block* b = fn_->NewBlock(comment);
  b->loop_depth = loop_depth_;
  return b;
}

Value* FuncBuilder::Emit(Op op, const Type* type, Pos pos, std::vector<Value*> operands) {
  return fn_->NewValue(cur_, op, type, pos, std::move(operands));
}

void FuncBuilder::AddEdge(Block* from, Block* to) {
  from->succs.push_back(to);
  to->preds.push_back(from);
}

void FuncBuilder::StartDeadBlock() {
  cur_ = NewBlock("unreachable");
  Seal(cur_);
  dead_.insert(cur_);
}

// Code after a return/panic/break lands in a block nothing jumps to. Its
// outgoing edges would only feed zero values into the phis of live blocks,
// so they are not added: such a block ends in Unreachable instead.
void FuncBuilder::Jump(Block* to, Pos pos) {
  if (dead_.count(cur_)) {
    Emit(Op::kUnreachable, nullptr, pos);
  } else {
    Emit(Op::kJump, nullptr, pos);
    AddEdge(cur_, to);
  }
  StartDeadBlock();
}

void FuncBuilder::Branch(Value* cond, Block* t, Block* f, Pos pos) {
  if (dead_.count(cur_)) {
    Emit(Op::kUnreachable, nullptr, pos);
  } else {
    Emit(Op::kIf, nullptr, pos, {cond});
    AddEdge(cur_, t);
    AddEdge(cur_, f);
  }
  StartDeadBlock();
}

// --------------------------------------------------------------- variables

bool FuncBuilder::InMemory(const fe::Var* v) const {
  if (v->address_taken || (v->captured && !CapturedByValue(v)) || IsAggregate(v->type())) {
    return true;
  }
  if (uses_defer_) {
    for (const fe::Var* r : result_vars_) {
      if (r == v) return true;
    }
  }
  return false;
}

void FuncBuilder::DeclareVar(const fe::Var* v, Value* init, Pos pos) {
  if (!v) return;
  if (init) init = Convert(init, v->type(), pos);
  if (InMemory(v)) {
    Value* cell =
        Emit(Op::kAlloc, types_.PointerTo(v->type()), v->pos().IsValid() ? v->pos() : pos);
    cell->aux_type = v->type();
    cell->alloc_site = AllocSite::kLocalVar;
    cell->alloc_desc = v->name();
    cell->name = v->name();
    cells_[v] = cell;
    if (init) Emit(Op::kStore, nullptr, pos, {cell, init});
    return;
  }
  key_info_[v] = {v->type(), v->name()};
  if (!init) init = Zero(v->type(), pos);
  WriteVar(v, init);
}

Value* FuncBuilder::VarAddr(const fe::Var* v, Pos pos) {
  if (v->var_kind() == fe::VarKind::kGlobal || !v->pkg().empty()) {
    Global* g = mb_.GlobalFor(v);
    Value* gv = Emit(Op::kGlobal, types_.PointerTo(v->type()), pos);
    gv->global = g;
    return gv;
  }
  if (auto it = free_vars_.find(v); it != free_vars_.end()) return it->second;
  if (auto it = cells_.find(v); it != cells_.end()) return it->second;
  Fail(pos, "address of variable " + v->name() + " which is not in memory");
}

Value* FuncBuilder::ReadVarValue(const fe::Var* v, Pos pos) {
  bool global = v->var_kind() == fe::VarKind::kGlobal || !v->pkg().empty();
  if (global || free_vars_.count(v) || cells_.count(v)) return Load(VarAddr(v, pos), pos);
  if (!key_info_.count(v)) Fail(pos, "use of undeclared local variable " + v->name());
  return ReadVar(v, pos);
}

void FuncBuilder::AssignVar(const fe::Var* v, Value* val, Pos pos) {
  val = Convert(val, v->type(), pos);
  bool global = v->var_kind() == fe::VarKind::kGlobal || !v->pkg().empty();
  if (global || free_vars_.count(v) || cells_.count(v)) {
    Emit(Op::kStore, nullptr, pos, {VarAddr(v, pos), val});
    return;
  }
  if (!key_info_.count(v)) Fail(pos, "assignment to undeclared local variable " + v->name());
  WriteVar(v, val);
}

// ------------------------------------------------------- params and results

void FuncBuilder::SetupParams(const fe::FuncTypeExpr* sig_expr, const fe::Field* recv) {
  std::vector<std::pair<const fe::Var*, const Type*>> params;
  const fe::Signature* sig = fn_->sig;
  if (recv) {
    const fe::Var* rv = recv->names.empty() ? nullptr : IdentVar(recv->names[0]);
    params.push_back({rv, sig && sig->recv() ? sig->recv()->type() : (rv ? rv->type() : nullptr)});
  }
  size_t index = 0;
  for (const fe::Field& f : sig_expr->params) {
    if (f.names.empty()) {
      params.push_back({nullptr, sig->params()->At(index++)});
      continue;
    }
    for (const fe::Ident* id : f.names) {
      params.push_back({IdentVar(id), sig->params()->At(index++)});
    }
  }
  for (size_t i = 0; i < params.size(); ++i) {
    auto [var, type] = params[i];
    if (!type && var) type = var->type();
    if (!type) Fail(fn_->pos, "parameter without a type");
    Value* p = Emit(Op::kParam, type, var ? var->pos() : fn_->pos);
    p->index = static_cast<int64_t>(i);
    if (var) p->name = var->name();
    fn_->params.push_back(p);
    if (var) DeclareVar(var, p, var->pos());
  }
}

void FuncBuilder::SetupResults(const fe::FuncTypeExpr* sig_expr) {
  const fe::Tuple* results = fn_->sig->results();
  size_t index = 0;
  for (const fe::Field& f : sig_expr->results) {
    if (f.names.empty()) {
      result_vars_.push_back(nullptr);
      ++index;
      continue;
    }
    for (const fe::Ident* id : f.names) {
      result_vars_.push_back(IdentVar(id));
      ++index;
    }
  }
  result_vars_.resize(results->size(), nullptr);
  for (size_t i = 0; i < results->size(); ++i) {
    const fe::Var* v = result_vars_[i];
    if (uses_defer_) {
      // Every result gets a cell; named ones are the variable's own cell.
      Value* cell = Emit(Op::kAlloc, types_.PointerTo(results->At(i)), v ? v->pos() : fn_->pos);
      cell->aux_type = results->At(i);
      cell->alloc_site = AllocSite::kLocalVar;
      std::string name = v ? v->name() : "~r" + std::to_string(i);
      if (name == "_") name = "~r" + std::to_string(i);
      cell->alloc_desc = name;
      cell->name = name;
      fn_->result_cells.push_back(cell);
      if (v) cells_[v] = cell;
    } else if (v) {
      DeclareVar(v, nullptr, v->pos());
    }
  }
}

void FuncBuilder::EmitReturn(std::vector<Value*> vals, Pos pos) {
  if (uses_defer_) {
    for (size_t i = 0; i < vals.size() && i < fn_->result_cells.size(); ++i) {
      Emit(Op::kStore, nullptr, pos, {fn_->result_cells[i], vals[i]});
    }
    Emit(Op::kReturn, nullptr, pos);
  } else {
    Emit(Op::kReturn, nullptr, pos, std::move(vals));
  }
  StartDeadBlock();
}

void FuncBuilder::FinishBody(Pos end) {
  // Falling off the end: an implicit return for functions without results or
  // with named results (the checker rejected the rest; they get Unreachable).
  const fe::Tuple* results = fn_->sig ? fn_->sig->results() : nullptr;
  bool named = !result_vars_.empty() && result_vars_[0] != nullptr;
  if (!results || results->size() == 0) {
    EmitReturn({}, end);
  } else if (named || uses_defer_) {
    std::vector<Value*> vals;
    if (!uses_defer_) {
      vals = NamedResultValues(end);
    }
    EmitReturn(vals, end);
  } else {
    Emit(Op::kUnreachable, nullptr, end);
    StartDeadBlock();
  }
  // StartDeadBlock left an empty block: give it a terminator.
  Emit(Op::kUnreachable, nullptr, end);
  SealAll();
  FinishSsa();
  RemoveDeadCode();
}

// What a bare return returns: the named results' current values; a blank
// (`_`) result has no variable and can only be its zero value.
std::vector<Value*> FuncBuilder::NamedResultValues(Pos pos) {
  const fe::Tuple* results = fn_->sig->results();
  std::vector<Value*> vals;
  for (size_t i = 0; i < result_vars_.size(); ++i) {
    const fe::Var* v = result_vars_[i];
    vals.push_back(v ? ReadVarValue(v, pos) : Zero(results->At(i), pos));
  }
  return vals;
}

std::string FuncBuilder::ClosureName() {
  ++closure_count_;
  if (is_top_level_) return fn_->name + ".func" + std::to_string(closure_count_);
  return fn_->name + "." + std::to_string(closure_count_);
}

// ------------------------------------------------------------ entry points

void FuncBuilder::BuildDecl(fe::FuncDecl* decl) {
  uses_defer_ = ContainsDefer(decl->body);
  cur_ = NewBlock("entry");
  Seal(cur_);
  SetupParams(decl->sig, decl->recv);
  SetupResults(decl->sig);
  if (!decl->body) Fail(decl->pos, "function without body");
  StmtList(decl->body->list);
  FinishBody(decl->body->rbrace);
}

void FuncBuilder::BuildLit(const fe::FuncLit* lit, const std::vector<const fe::Var*>& captures) {
  uses_defer_ = ContainsDefer(lit->body);
  cur_ = NewBlock("entry");
  Seal(cur_);
  for (size_t i = 0; i < captures.size(); ++i) {
    Value* fv = Emit(Op::kFreeVar, fn_->free_var_types[i], lit->pos);
    fv->index = static_cast<int64_t>(i);
    fv->name = captures[i]->name();
    if (fn_->captures[i].by_value) {
      // The closure's own copy: a local initialised from the binding.
      DeclareVar(captures[i], fv, lit->pos);
    } else {
      free_vars_[captures[i]] = fv;
    }
  }
  SetupParams(lit->sig, nullptr);
  SetupResults(lit->sig);
  StmtList(lit->body->list);
  FinishBody(lit->body->rbrace);
}

}  // namespace gosc::ssa::builder
