// On-the-fly SSA construction for register-like local variables, after
// Braun, Buchwald, Hack, Leißa, Mallon and Zwinkau, "Simple and Efficient
// Construction of Static Single Assignment Form" (CC 2013).
//
// Why it exists: the builder walks the AST once, in order; this file turns
// "x = v" and "read x" into SSA values without a separate dominance-frontier
// pass. Each block maps variables to their current value (writeVariable). A
// read in a block without a local definition asks the predecessors: one
// predecessor — recurse; several — place a phi and fill it from each
// predecessor; a block that may still gain predecessors (not yet "sealed":
// loop headers, labels, join points under construction) gets an operand-less
// "incomplete" phi that is completed when the block is sealed. Phis whose
// operands all agree are removed as soon as they are complete
// (tryRemoveTrivialPhi), and since other maps may still mention a removed
// phi, a forwarding map resolves stale references lazily.
//
// Keys are the checker's Var objects for source variables, or synthetic keys
// (NewTemp) for the builder's own temporaries (range counters, && / || results).
#include "ssa/builder/builder.h"

namespace gosc::ssa::builder {

FuncBuilder::Key FuncBuilder::NewTemp(const Type* type, const std::string& name) {
  temp_keys_.push_back(0);
  Key k = &temp_keys_.back();
  key_info_[k] = {type, name};
  return k;
}

Value* FuncBuilder::Resolve(Value* v) const {
  for (auto it = forward_.find(v); it != forward_.end(); it = forward_.find(v)) v = it->second;
  return v;
}

void FuncBuilder::WriteVar(Key key, Value* v) {
  if (v && v->name.empty() && v->op != Op::kConst && v->op != Op::kParam) {
    auto it = key_info_.find(key);
    if (it != key_info_.end()) v->name = it->second.name;
  }
  defs_[cur_][key] = v;
}

Value* FuncBuilder::ReadVar(Key key, Pos pos) {
  auto& m = defs_[cur_];
  if (auto it = m.find(key); it != m.end()) return Resolve(it->second);
  return ReadVarRecursive(key, cur_);
}

Value* FuncBuilder::ZeroAtStart(Block* b, const Type* t) {
  Block* saved = cur_;
  cur_ = b;
  Value* z = Zero(t);
  cur_ = saved;
  // Zero appended it at the end; move it after the phis.
  auto& vals = b->values;
  vals.pop_back();
  size_t at = 0;
  while (at < vals.size() && vals[at]->op == Op::kPhi) ++at;
  vals.insert(vals.begin() + static_cast<std::ptrdiff_t>(at), z);
  return z;
}

Value* FuncBuilder::ReadVarRecursive(Key key, Block* b) {
  const KeyInfo& info = key_info_.at(key);
  Value* val;
  auto new_phi = [&]() {
    Value* phi = fn_->NewValue(nullptr, Op::kPhi, info.type, Pos{});
    phi->name = info.name;
    size_t at = 0;
    while (at < b->values.size() && b->values[at]->op == Op::kPhi) ++at;
    fn_->InsertBefore(b, at, phi);
    return phi;
  };
  if (!sealed_.count(b)) {
    val = new_phi();
    incomplete_[b].push_back({key, val});
  } else if (b->preds.size() == 1) {
    Block* saved = cur_;
    cur_ = b->preds[0];
    val = ReadVar(key);
    cur_ = saved;
  } else if (b->preds.empty()) {
    // Unreachable code (after a return, panic or infinite loop): any value will do.
    val = ZeroAtStart(b, info.type);
  } else {
    val = new_phi();
    defs_[b][key] = val;  // breaks cycles through loops
    val = AddPhiOperands(key, val);
  }
  defs_[b][key] = val;
  return val;
}

Value* FuncBuilder::AddPhiOperands(Key key, Value* phi) {
  Block* b = phi->block;
  Block* saved = cur_;
  for (Block* pred : b->preds) {
    cur_ = pred;
    phi->AddOperand(ReadVar(key));
  }
  cur_ = saved;
  return TryRemoveTrivialPhi(phi);
}

Value* FuncBuilder::TryRemoveTrivialPhi(Value* phi) {
  Value* same = nullptr;
  for (Value* op : phi->operands()) {
    if (op == same || op == phi) continue;
    if (same) return phi;  // merges at least two values: not trivial
    same = op;
  }
  if (!same) same = ZeroAtStart(phi->block, phi->type);  // unreachable or only self-references
  std::vector<Value*> users;
  for (Value* u : phi->uses()) {
    if (u != phi) users.push_back(u);
  }
  phi->ReplaceAllUsesWith(same);
  forward_[phi] = same;
  // Detach now; delete at the end (stale pointers may still be resolved).
  auto& vals = phi->block->values;
  vals.erase(std::find(vals.begin(), vals.end(), phi));
  phi->block = nullptr;
  for (size_t i = 0; i < phi->num_operands(); ++i) phi->SetOperand(i, nullptr);
  graveyard_.push_back(phi);
  for (Value* u : users) {
    if (u->op == Op::kPhi && u->block) TryRemoveTrivialPhi(u);
  }
  return Resolve(same);
}

void FuncBuilder::Seal(Block* b) {
  if (sealed_.count(b)) return;
  sealed_.insert(b);
  auto it = incomplete_.find(b);
  if (it == incomplete_.end()) return;
  auto pending = std::move(it->second);
  incomplete_.erase(it);
  for (auto& [key, phi] : pending) AddPhiOperands(key, phi);
}

void FuncBuilder::SealAll() {
  // Sealing may create phis in other unsealed blocks; repeat until stable.
  for (bool again = true; again;) {
    again = false;
    for (auto& b : fn_->blocks) {
      if (!sealed_.count(b.get())) {
        Seal(b.get());
        again = true;
      }
    }
  }
}

void FuncBuilder::FinishSsa() {
  for (Value* phi : graveyard_) fn_->RemoveValue(phi);
  graveyard_.clear();
}

void FuncBuilder::RemoveDeadCode() {
  fn_->RemoveDeadBlocks();
  // Dropping dead predecessors can leave phis with one distinct operand.
  for (bool again = true; again;) {
    again = false;
    for (auto& b : fn_->blocks) {
      for (size_t i = 0; i < b->values.size() && b->values[i]->op == Op::kPhi;) {
        Value* phi = b->values[i];
        Value* same = nullptr;
        bool trivial = true;
        for (Value* o : phi->operands()) {
          if (o == phi || o == same) continue;
          if (same) trivial = false;
          same = o;
        }
        if (!trivial || !same) {
          ++i;
          continue;
        }
        phi->ReplaceAllUsesWith(same);
        fn_->RemoveValue(phi);
        again = true;
      }
    }
  }
  fn_->Renumber();
}

}  // namespace gosc::ssa::builder
