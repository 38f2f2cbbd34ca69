// The IR's mutators: operand/use bookkeeping, value and block creation,
// dead-block removal and renumbering.
//
// Why it exists: every pass rewrites the IR through these few functions, so
// they are the one place that keeps the invariants the verifier checks —
// `uses` mirrors `operands` exactly (with repetition), predecessor lists and
// phi operands stay parallel, and ids are unique within a Func.
#include "ssa/ir.h"

#include <algorithm>
#include <unordered_set>

namespace gosc::ssa {

namespace {

struct OpInfo {
  const char* name;
  int arity;
  uint32_t flags;
};

constexpr OpInfo kOpInfo[] = {
#define GOSC_OP(name, text, nargs, flags) {text, nargs, flags},
#include "ssa/ops.def"
#undef GOSC_OP
};

// Removes one occurrence of `user` from `v`'s use list.
void DropUse(std::vector<Value*>& uses, Value* user) {
  auto it = std::find(uses.begin(), uses.end(), user);
  if (it != uses.end()) uses.erase(it);
}

}  // namespace

const char* OpName(Op op) { return kOpInfo[static_cast<int>(op)].name; }
int OpArity(Op op) { return kOpInfo[static_cast<int>(op)].arity; }
uint32_t OpFlagsOf(Op op) { return kOpInfo[static_cast<int>(op)].flags; }
bool IsTerminator(Op op) { return (OpFlagsOf(op) & kTerm) != 0; }

const char* AllocReasonText(AllocReason r) {
  switch (r) {
    case AllocReason::kUndecided: return "";
    case AllocReason::kDoesNotEscape: return "does not escape";
    case AllocReason::kEscapes: return "escapes to heap";
    case AllocReason::kNonConstantSize: return "non-constant size";
    case AllocReason::kTooLargeForStack: return "too large for stack";
    case AllocReason::kEscapeAnalysisDisabled: return "escape analysis disabled (--no-escape)";
    case AllocReason::kOutlivesIteration: return "outlives its loop iteration, not the function";
    case AllocReason::kCoallocated: return "lives as long as the object whose field holds it";
  }
  return "";
}

// ---------------------------------------------------------------- ConstVal

ConstVal ConstVal::Bool(bool v) {
  ConstVal c;
  c.kind = Kind::kBool;
  c.b = v;
  return c;
}

ConstVal ConstVal::Int(int64_t v) { return Uint(static_cast<uint64_t>(v)); }

ConstVal ConstVal::Uint(uint64_t v) {
  ConstVal c;
  c.kind = Kind::kInt;
  c.bits = v;
  return c;
}

ConstVal ConstVal::Float(double v) {
  ConstVal c;
  c.kind = Kind::kFloat;
  c.f = v;
  return c;
}

ConstVal ConstVal::String(std::string v) {
  ConstVal c;
  c.kind = Kind::kString;
  c.s = std::move(v);
  return c;
}

// ------------------------------------------------------------------- Value

void Value::SetOperand(size_t i, Value* v) {
  Value* old = operands_[i];
  if (old == v) return;
  if (old) DropUse(old->uses_, this);
  operands_[i] = v;
  if (v) v->uses_.push_back(this);
}

void Value::AddOperand(Value* v) {
  operands_.push_back(v);
  if (v) v->uses_.push_back(this);
}

void Value::ReplaceAllUsesWith(Value* other) {
  if (other == this) return;
  // Copy: SetOperand edits uses_ while we walk it.
  std::vector<Value*> users = uses_;
  // A user appears once per operand slot it uses us in; handle each user once.
  std::unordered_set<Value*> seen;
  for (Value* user : users) {
    if (!seen.insert(user).second) continue;
    for (size_t i = 0; i < user->operands_.size(); ++i) {
      if (user->operands_[i] == this) user->SetOperand(i, other);
    }
  }
}

bool Value::IsVoid() const { return (OpFlagsOf(op) & kVoid) != 0; }

bool Value::IsInterfaceMethodValue() const {
  return op == Op::kMakeClosure && flag && operands_.size() == 2 &&
         operands_[1]->type->Underlying()->As<types::Interface>() != nullptr;
}

bool Value::IsSliceToArrayPointer() const {
  return op == Op::kChangeType && operands_.size() == 1 && type &&
         type->Underlying()->As<types::Pointer>() != nullptr &&
         operands_[0]->type->Underlying()->As<types::Slice>() != nullptr;
}

// -------------------------------------------------------------------- Func

Block* Func::NewBlock(std::string comment) {
  auto b = std::make_unique<Block>();
  b->id = next_block_id_++;
  b->comment = std::move(comment);
  b->func = this;
  Block* raw = b.get();
  blocks.push_back(std::move(b));
  return raw;
}

Value* Func::NewValue(Block* b, Op op, const Type* type, Pos pos, std::vector<Value*> operands) {
  auto v = std::make_unique<Value>();
  v->op = op;
  v->type = type;
  v->pos = pos;
  v->id = next_value_id_++;
  for (Value* o : operands) v->AddOperand(o);
  Value* raw = v.get();
  values_.push_back(std::move(v));
  if (b) {
    raw->block = b;
    b->values.push_back(raw);
  }
  return raw;
}

void Func::InsertBefore(Block* b, size_t at, Value* v) {
  at = std::min(at, b->values.size());
  v->block = b;
  b->values.insert(b->values.begin() + static_cast<std::ptrdiff_t>(at), v);
}

void Func::RemoveValue(Value* v) {
  if (v->block) {
    auto& vals = v->block->values;
    auto it = std::find(vals.begin(), vals.end(), v);
    if (it != vals.end()) vals.erase(it);
    v->block = nullptr;
  }
  for (size_t i = 0; i < v->operands_.size(); ++i) v->SetOperand(i, nullptr);
  v->operands_.clear();
  auto it = std::find_if(values_.begin(), values_.end(),
                         [v](const std::unique_ptr<Value>& p) { return p.get() == v; });
  if (it != values_.end()) values_.erase(it);
}

void Func::RemoveDeadBlocks() {
  if (blocks.empty()) return;
  std::unordered_set<Block*> live;
  std::vector<Block*> work{blocks[0].get()};
  live.insert(blocks[0].get());
  while (!work.empty()) {
    Block* b = work.back();
    work.pop_back();
    for (Block* s : b->succs) {
      if (live.insert(s).second) work.push_back(s);
    }
  }
  if (live.size() == blocks.size()) return;

  // Detach dead predecessors from live blocks, keeping phi operands parallel.
  for (auto& bp : blocks) {
    Block* b = bp.get();
    if (!live.count(b)) continue;
    for (size_t i = b->preds.size(); i-- > 0;) {
      if (live.count(b->preds[i])) continue;
      for (Value* v : b->values) {
        if (v->op != Op::kPhi || i >= v->operands_.size()) continue;
        v->SetOperand(i, nullptr);
        v->operands_.erase(v->operands_.begin() + static_cast<std::ptrdiff_t>(i));
      }
      b->preds.erase(b->preds.begin() + static_cast<std::ptrdiff_t>(i));
    }
  }

  // Drop the dead blocks' values: first every operand edge (values in dead
  // blocks may use each other in cycles), then the values themselves.
  std::unordered_set<Value*> dead_values;
  for (auto& bp : blocks) {
    if (live.count(bp.get())) continue;
    for (Value* v : bp->values) {
      for (size_t i = 0; i < v->operands_.size(); ++i) v->SetOperand(i, nullptr);
      v->operands_.clear();
      dead_values.insert(v);
    }
  }
  // A live value cannot legitimately use a dead one (dominance); if it does
  // (broken input), leave the slot empty rather than dangling.
  for (Value* v : dead_values) {
    for (Value* user : std::vector<Value*>(v->uses_)) {
      for (size_t i = 0; i < user->operands_.size(); ++i) {
        if (user->operands_[i] == v) user->SetOperand(i, nullptr);
      }
    }
  }
  values_.erase(std::remove_if(values_.begin(), values_.end(),
                               [&](const std::unique_ptr<Value>& p) {
                                 return dead_values.count(p.get()) != 0;
                               }),
                values_.end());
  blocks.erase(
      std::remove_if(blocks.begin(), blocks.end(),
                     [&](const std::unique_ptr<Block>& b) { return !live.count(b.get()); }),
      blocks.end());
}

void Func::Renumber() {
  int bid = 0;
  for (auto& b : blocks) b->id = bid++;
  next_block_id_ = bid;
  int vid = 0;
  std::unordered_set<Value*> placed;
  for (auto& b : blocks) {
    for (Value* v : b->values) {
      v->id = vid++;
      placed.insert(v);
    }
  }
  // Unattached values (rare: mid-construction) keep unique ids after the placed ones.
  for (auto& v : values_) {
    if (!placed.count(v.get())) v->id = vid++;
  }
  // Keep all_values() in block order so iteration over it is deterministic and matches printing.
  std::stable_sort(values_.begin(), values_.end(),
                   [](const std::unique_ptr<Value>& a, const std::unique_ptr<Value>& b) {
                     return a->id < b->id;
                   });
  next_value_id_ = vid;
}

// ------------------------------------------------------------------ Module

Func* Module::NewFunc(std::string name) {
  auto f = std::make_unique<Func>();
  f->name = std::move(name);
  Func* raw = f.get();
  funcs.push_back(std::move(f));
  return raw;
}

Global* Module::NewGlobal(std::string name, const Type* type) {
  auto g = std::make_unique<Global>();
  g->name = std::move(name);
  g->type = type;
  Global* raw = g.get();
  globals.push_back(std::move(g));
  return raw;
}

Func* Module::FindFunc(const std::string& name) const {
  for (const auto& f : funcs) {
    if (f->name == name) return f.get();
  }
  return nullptr;
}

}  // namespace gosc::ssa
