// cleanup: dead values, trivial phis and empty jump blocks.
//
// Why it exists. The SSA builder favours simple, local translation over tidy
// output: it emits a constant where a value is needed even if nothing ends up
// using it, it may leave phis whose operands all agree after other rewrites
// (field_inline, escape's rewrites), and structured control flow leaves many
// blocks that contain nothing but a jump (`if.done`, `for.post` of loops
// without a post statement). None of this is wrong, but it makes -emit=ssa
// harder to read and gives escape analysis more nodes to walk.
//
// Invariants kept. The pass never changes what a program does: it removes a
// value only when nothing uses it and it has no effect — no kSideEffect flag
// and no implied runtime check. That second condition matters in Go: `_ =
// a[i]` must still panic when i is out of range, and `x / 0` must still panic,
// so IndexAddr, Index, SliceOp, Div, Rem, Shl/Shr (negative counts panic),
// TypeAssert (non-comma-ok), MakeSlice and Load (nil dereference through a
// pointer the builder did not check) are kept even when unused. The IR stays
// verifiable after every step: use lists via the ir.h mutators, phis keep one
// operand per predecessor, and dead blocks are dropped with their edges.
//
// Model. Three rewrites iterate to a fixed point per function:
//   1. trivial phi removal: a phi whose operands are all one value v (or the
//      phi itself) is replaced by v (Braun et al. 2013, tryRemoveTrivialPhi);
//   2. jump threading: a non-entry block B holding only `jump S` is bypassed:
//      each predecessor P of B branches to S directly and S's phis take, for
//      the new edge P->S, the value they had for B->S. Skipped when P already
//      reaches S and S has phis (one edge could then carry two values), and
//      for self-loops (`for {}`);
//   3. dead value elimination over the use lists (a worklist, so chains of
//      dead values vanish in one pass).
//
// Example.
//     b1: ; if.then            b1: ; if.then
//       jump b3                  ...
//     b2: ; if.else     ==>    b0's If targets b3 directly where b2 was empty
//       jump b3
//     b3: ; if.done
//       %x = phi [b1: %a] [b2: %a]   -> replaced by %a
//
// Not modelled. No constant folding, no common-subexpression elimination and
// no code motion: LLVM does those far better after lowering. Blocks are not
// merged with their single successor (block boundaries carry loop_depth, which
// escape analysis reads).
#include <algorithm>
#include <unordered_set>

#include "passes/pass_manager.h"

namespace gosc::passes {

namespace {

using ssa::Block;
using ssa::Func;
using ssa::Op;
using ssa::Value;

// Ops without the kSideEffect flag whose evaluation can still panic.
bool MayPanic(const Value* v) {
  switch (v->op) {
    case Op::kIndexAddr:
    case Op::kIndex:
    case Op::kSliceOp:
    case Op::kDiv:
    case Op::kRem:
    case Op::kShl:
    case Op::kShr:
    case Op::kMakeSlice:
    case Op::kLoad: return true;
    case Op::kTypeAssert: return !v->flag;
    // An interface key holding a slice, map or func panics when hashed.
    // Interfaces holding slices, maps or funcs panic when compared.
    case Op::kEq:
    case Op::kNe: return types::HashMightPanic(v->operand(0)->type);
    case Op::kMapLookup: {
      const auto* m = v->operand(0)->type->Underlying()->As<types::Map>();
      return m && types::HashMightPanic(m->key());
    }
    // (*[N]T)(s) panics when len(s) < N.
    case Op::kChangeType: return v->IsSliceToArrayPointer();
    // `f := i.M` panics on a nil i even when f is never used.
    case Op::kMakeClosure: return v->IsInterfaceMethodValue();
    default: return false;
  }
}

bool Removable(const Value* v) {
  if (!v->uses().empty() || !v->block) return false;
  uint32_t flags = ssa::OpFlagsOf(v->op);
  if (flags & (ssa::kTerm | ssa::kSideEffect | ssa::kVoid)) return false;
  if (MayPanic(v)) return false;
  if (v->op == Op::kParam) return false;  // Func::params lists them
  if (v->op == Op::kFreeVar) return false;
  return true;
}

// Replaces trivial phis; returns true if anything changed.
bool RemoveTrivialPhis(Func& f) {
  bool changed = false;
  bool again = true;
  while (again) {
    again = false;
    for (auto& b : f.blocks) {
      for (size_t i = 0; i < b->values.size();) {
        Value* phi = b->values[i];
        if (phi->op != Op::kPhi) break;
        Value* same = nullptr;
        bool trivial = true;
        for (Value* o : phi->operands()) {
          if (o == same || o == phi) continue;
          if (same) {
            trivial = false;
            break;
          }
          same = o;
        }
        if (!trivial || !same) {  // no operands at all: leave it (dead block or broken input)
          ++i;
          continue;
        }
        phi->ReplaceAllUsesWith(same);
        f.RemoveValue(phi);
        changed = again = true;
      }
    }
  }
  return changed;
}

bool ThreadJumps(Func& f) {
  bool changed = false;
  for (size_t bi = 1; bi < f.blocks.size(); ++bi) {
    Block* b = f.blocks[bi].get();
    if (b->values.size() != 1 || b->values[0]->op != Op::kJump || b->succs.size() != 1) continue;
    Block* s = b->succs[0];
    if (s == b || b->preds.empty()) continue;
    bool s_has_phis = !s->values.empty() && s->values[0]->op == Op::kPhi;
    bool conflict = false;
    for (Block* p : b->preds) {
      if (p == b) conflict = true;
      if (s_has_phis && std::find(s->preds.begin(), s->preds.end(), p) != s->preds.end()) {
        conflict = true;
      }
      // Two edges P->B (an If with both arms B) would become two P->S edges.
      if (s_has_phis && std::count(p->succs.begin(), p->succs.end(), b) > 1) conflict = true;
    }
    if (conflict) continue;
    size_t k = std::find(s->preds.begin(), s->preds.end(), b) - s->preds.begin();
    std::vector<Value*> incoming;
    for (Value* v : s->values) {
      if (v->op != Op::kPhi) break;
      incoming.push_back(v->operand(k));
    }
    // S's pred slot k is reused by the first new pred; the others are appended.
    std::vector<Block*> preds = b->preds;
    for (size_t pi = 0; pi < preds.size(); ++pi) {
      Block* p = preds[pi];
      for (Block*& succ : p->succs) {
        if (succ == b) succ = s;
      }
      if (pi == 0) {
        s->preds[k] = p;
      } else {
        s->preds.push_back(p);
        for (size_t vi = 0; vi < incoming.size(); ++vi) s->values[vi]->AddOperand(incoming[vi]);
      }
    }
    b->preds.clear();
    b->succs.clear();
    changed = true;
  }
  if (changed) f.RemoveDeadBlocks();
  return changed;
}

bool RemoveDeadValues(Func& f) {
  std::vector<Value*> work;
  for (auto& b : f.blocks) {
    for (Value* v : b->values) {
      if (Removable(v)) work.push_back(v);
    }
  }
  bool changed = false;
  std::unordered_set<Value*> removed;
  while (!work.empty()) {
    Value* v = work.back();
    work.pop_back();
    if (removed.count(v) || !Removable(v)) continue;
    std::vector<Value*> operands(v->operands().begin(), v->operands().end());
    f.RemoveValue(v);
    removed.insert(v);
    changed = true;
    for (Value* o : operands) {
      if (o && !removed.count(o) && Removable(o)) work.push_back(o);
    }
  }
  return changed;
}

}  // namespace

bool RunCleanup(Func& f) {
  bool any = false;
  for (int round = 0; round < 8; ++round) {
    bool changed = RemoveTrivialPhis(f);
    changed |= ThreadJumps(f);
    changed |= RemoveDeadValues(f);
    any |= changed;
    if (!changed) break;
  }
  f.Renumber();
  return any;
}

void RunCleanup(ssa::Module& m) {
  for (auto& f : m.funcs) RunCleanup(*f);
}

}  // namespace gosc::passes
