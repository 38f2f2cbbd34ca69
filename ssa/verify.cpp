// The SSA verifier (see verify.h).
//
// Why it exists: a pass that breaks an invariant usually shows up much later
// as a wrong program or an LLVM assertion; this names the broken value right
// away. Checks, in order: block shape (terminator last and only last, phis
// first, successor counts per terminator), CFG symmetry (succs vs preds),
// operand counts from ops.def, use lists mirroring operands, SSA dominance
// (each operand defined in a block dominating its use; phi operands in the
// matching predecessor), and the types of the ops codegen relies on.
#include "ssa/verify.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "ssa/print.h"

namespace gosc::ssa {

namespace {

using types::Identical;

class FuncVerifier {
 public:
  FuncVerifier(const Func& f, std::string* errors, VerifyProblem* first)
      : f_(f), errors_(errors), first_(first) {}

  bool Run() {
    if (f_.blocks.empty()) {
      Error(nullptr, nullptr, "function has no blocks");
      return ok_;
    }
    for (const auto& b : f_.blocks) CheckBlockShape(*b);
    CheckCfg();
    ComputeDominators();
    for (const auto& b : f_.blocks) {
      for (size_t i = 0; i < b->values.size(); ++i) CheckValue(*b, i);
    }
    for (const Value* c : f_.result_cells) {
      if (!c || c->op != Op::kAlloc) Error(nullptr, c, "result cell is not an alloc");
    }
    return ok_;
  }

 private:
  void Error(const Block* b, const Value* v, const std::string& msg) {
    if (ok_ && first_) *first_ = {&f_, v};
    ok_ = false;
    if (!errors_) return;
    std::string line = "func " + f_.name;
    if (b) line += ": b" + std::to_string(b->id);
    if (v) line += ": " + PrintValue(*v);
    *errors_ += line + ": " + msg + "\n";
  }

  void CheckBlockShape(const Block& b) {
    if (b.func != &f_) Error(&b, nullptr, "block's func pointer is wrong");
    if (b.values.empty()) {
      Error(&b, nullptr, "empty block (no terminator)");
      return;
    }
    bool phis_done = false;
    for (size_t i = 0; i < b.values.size(); ++i) {
      const Value* v = b.values[i];
      if (v->block != &b) Error(&b, v, "value's block pointer is wrong");
      bool last = i + 1 == b.values.size();
      if (IsTerminator(v->op) != last) {
        Error(&b, v, last ? "block does not end in a terminator" : "terminator before block end");
      }
      if (v->op == Op::kPhi) {
        if (phis_done) Error(&b, v, "phi after a non-phi value");
      } else {
        phis_done = true;
      }
    }
    const Value* t = b.values.back();
    size_t want = 0;
    switch (t->op) {
      case Op::kJump: want = 1; break;
      case Op::kIf: want = 2; break;
      default: want = 0; break;
    }
    if (IsTerminator(t->op) && b.succs.size() != want) {
      Error(&b, t,
            "terminator has " + std::to_string(b.succs.size()) + " successors, want " +
                std::to_string(want));
    }
  }

  void CheckCfg() {
    std::unordered_set<const Block*> mine;
    for (const auto& b : f_.blocks) mine.insert(b.get());
    if (!f_.blocks[0]->preds.empty()) Error(f_.blocks[0].get(), nullptr, "entry block has preds");
    for (const auto& bp : f_.blocks) {
      const Block* b = bp.get();
      for (const Block* s : b->succs) {
        if (!mine.count(s)) {
          Error(b, nullptr, "successor is not a block of this function");
          continue;
        }
        auto n_succ = std::count(b->succs.begin(), b->succs.end(), s);
        auto n_pred = std::count(s->preds.begin(), s->preds.end(), b);
        if (n_succ != n_pred) {
          Error(b, nullptr, "succ b" + std::to_string(s->id) + " does not list it as pred");
        }
      }
      for (const Block* p : b->preds) {
        if (!mine.count(p)) {
          Error(b, nullptr, "predecessor is not a block of this function");
          continue;
        }
        if (std::find(p->succs.begin(), p->succs.end(), b) == p->succs.end()) {
          Error(b, nullptr, "pred b" + std::to_string(p->id) + " does not list it as succ");
        }
      }
    }
  }

  // Cooper, Harvey & Kennedy's iterative dominator algorithm over reverse postorder.
  void ComputeDominators() {
    const Block* entry = f_.blocks[0].get();
    std::vector<const Block*> post;
    std::unordered_set<const Block*> seen{entry};
    std::vector<std::pair<const Block*, size_t>> stack{{entry, 0}};
    while (!stack.empty()) {
      auto& [b, i] = stack.back();
      if (i < b->succs.size()) {
        const Block* s = b->succs[i++];
        if (seen.insert(s).second) stack.push_back({s, 0});
      } else {
        post.push_back(b);
        stack.pop_back();
      }
    }
    for (size_t i = 0; i < post.size(); ++i) order_[post[i]] = static_cast<int>(i);
    idom_[entry] = entry;
    bool changed = true;
    while (changed) {
      changed = false;
      for (auto it = post.rbegin(); it != post.rend(); ++it) {
        const Block* b = *it;
        if (b == entry) continue;
        const Block* nd = nullptr;
        for (const Block* p : b->preds) {
          if (!idom_.count(p)) continue;
          nd = nd ? Intersect(p, nd) : p;
        }
        if (nd && idom_[b] != nd) {
          idom_[b] = nd;
          changed = true;
        }
      }
    }
  }

  const Block* Intersect(const Block* a, const Block* b) {
    while (a != b) {
      while (order_[a] < order_[b]) a = idom_[a];
      while (order_[b] < order_[a]) b = idom_[b];
    }
    return a;
  }

  bool Reachable(const Block* b) const { return idom_.count(b) != 0; }

  bool Dominates(const Block* a, const Block* b) const {
    if (!Reachable(b)) return true;  // unreachable code: nothing to check
    for (const Block* x = b;; x = idom_.at(x)) {
      if (x == a) return true;
      if (idom_.at(x) == x) return false;
    }
  }

  void CheckValue(const Block& b, size_t index) {
    const Value* v = b.values[index];
    int arity = OpArity(v->op);
    if (arity >= 0 && static_cast<int>(v->num_operands()) != arity) {
      Error(
          &b, v,
          "has " + std::to_string(v->num_operands()) + " operands, want " + std::to_string(arity));
      return;
    }
    if (v->op == Op::kPhi && v->num_operands() != b.preds.size()) {
      Error(&b, v,
            "phi has " + std::to_string(v->num_operands()) + " operands for " +
                std::to_string(b.preds.size()) + " preds");
      return;
    }
    // Use lists mirror operands.
    for (size_t i = 0; i < v->num_operands(); ++i) {
      const Value* o = v->operand(i);
      if (!o) {
        if (!(v->op == Op::kSliceOp && i > 0)) Error(&b, v, "nil operand " + std::to_string(i));
        continue;
      }
      auto want = std::count(v->operands().begin(), v->operands().end(), o);
      auto have = std::count(o->uses().begin(), o->uses().end(), v);
      if (want != have)
        Error(&b, v, "operand " + std::to_string(i) + "'s use list is inconsistent");
      if (!o->block || o->block->func != &f_) {
        Error(&b, v, "operand " + std::to_string(i) + " is not attached to this function");
        continue;
      }
      if (o->IsVoid()) Error(&b, v, "operand " + std::to_string(i) + " is a void value");
      CheckDominance(b, index, v, i, o);
    }
    for (const Value* u : v->uses()) {
      if (std::find(u->operands().begin(), u->operands().end(), v) == u->operands().end()) {
        Error(&b, v, "use list names a value that does not use it");
      }
    }
    CheckTypes(b, v);
  }

  void CheckDominance(const Block& b, size_t index, const Value* v, size_t i, const Value* o) {
    const Block* def = o->block;
    if (v->op == Op::kPhi) {
      if (i < b.preds.size() && !Dominates(def, b.preds[i])) {
        Error(&b, v, "phi operand " + std::to_string(i) + " does not dominate its predecessor");
      }
      return;
    }
    if (def == &b) {
      auto pos = std::find(b.values.begin(), b.values.end(), o) - b.values.begin();
      if (static_cast<size_t>(pos) >= index) {
        Error(&b, v, "operand " + std::to_string(i) + " is used before it is defined");
      }
      return;
    }
    if (!Dominates(def, &b)) {
      Error(&b, v, "operand " + std::to_string(i) + " does not dominate its use");
    }
  }

  static const Type* Under(const Type* t) { return t ? t->Underlying() : nullptr; }

  void CheckTypes(const Block& b, const Value* v) {
    auto op_type = [&](size_t i) -> const Type* {
      return i < v->num_operands() && v->operand(i) ? v->operand(i)->type : nullptr;
    };
    bool produces = !v->IsVoid();
    if (produces && v->type == nullptr && v->op != Op::kCall && v->op != Op::kInvoke) {
      Error(&b, v, "value has no type");
    }
    switch (v->op) {
      case Op::kStore: {
        const Type* pt = Under(op_type(0));
        const types::Pointer* p = pt ? pt->As<types::Pointer>() : nullptr;
        if (!p) {
          Error(&b, v, "store through a non-pointer");
        } else if (op_type(1) && !Identical(p->elem(), op_type(1))) {
          Error(&b, v, "store of " + op_type(1)->String() + " through " + op_type(0)->String());
        }
        break;
      }
      case Op::kLoad: {
        const Type* pt = Under(op_type(0));
        const types::Pointer* p = pt ? pt->As<types::Pointer>() : nullptr;
        if (!p) {
          Error(&b, v, "load through a non-pointer");
        } else if (v->type && !Identical(p->elem(), v->type)) {
          Error(&b, v, "load result type differs from the pointee type");
        }
        break;
      }
      case Op::kIf: {
        const Type* ct = Under(op_type(0));
        const types::Basic* basic = ct ? ct->As<types::Basic>() : nullptr;
        if (!basic || !basic->IsBoolean()) Error(&b, v, "if condition is not a bool");
        break;
      }
      case Op::kReturn: CheckReturn(b, v); break;
      case Op::kParam:
        if (v->index < 0 || static_cast<size_t>(v->index) >= f_.params.size() ||
            f_.params[static_cast<size_t>(v->index)] != v) {
          Error(&b, v, "param is not listed in Func::params at its index");
        }
        break;
      case Op::kFreeVar:
        if (v->index < 0 || static_cast<size_t>(v->index) >= f_.free_var_types.size()) {
          Error(&b, v, "freevar index out of range");
        }
        break;
      case Op::kAlloc:
        if (!v->aux_type) Error(&b, v, "alloc without aux_type");
        break;
      case Op::kPhi:
        for (size_t i = 0; i < v->num_operands(); ++i) {
          if (op_type(i) && v->type && !Identical(op_type(i), v->type)) {
            Error(&b, v, "phi operand " + std::to_string(i) + " has type " + op_type(i)->String());
          }
        }
        break;
      case Op::kFieldAddr: {
        const Type* pt = Under(op_type(0));
        if (!pt || !pt->As<types::Pointer>()) Error(&b, v, "fieldaddr of a non-pointer");
        break;
      }
      default: break;
    }
  }

  void CheckReturn(const Block& b, const Value* v) {
    if (!f_.sig) return;
    const types::Tuple* results = f_.sig->results();
    if (!f_.result_cells.empty()) {
      if (v->num_operands() != 0)
        Error(&b, v, "return with operands in a function with result cells");
      if (f_.result_cells.size() != results->size()) {
        Error(&b, v, "result_cells does not match the signature");
      }
      return;
    }
    if (v->num_operands() != results->size()) {
      Error(&b, v,
            "returns " + std::to_string(v->num_operands()) + " values, signature has " +
                std::to_string(results->size()));
      return;
    }
    for (size_t i = 0; i < results->size(); ++i) {
      const Value* o = v->operand(i);
      if (o && o->type && !Identical(o->type, results->At(i))) {
        Error(&b, v,
              "result " + std::to_string(i) + " has type " + o->type->String() + ", want " +
                  results->At(i)->String());
      }
    }
  }

  const Func& f_;
  std::string* errors_;
  VerifyProblem* first_;
  bool ok_ = true;
  std::unordered_map<const Block*, const Block*> idom_;
  std::unordered_map<const Block*, int> order_;
};

}  // namespace

bool Verify(const Func& f, std::string* errors) { return FuncVerifier(f, errors, nullptr).Run(); }

bool Verify(const Module& m, std::string* errors) { return Verify(m, errors, nullptr); }

bool Verify(const Module& m, std::string* errors, VerifyProblem* first) {
  bool ok = true;
  for (const auto& f : m.funcs) {
    VerifyProblem* want = ok ? first : nullptr;
    ok = FuncVerifier(*f, errors, want).Run() && ok;
  }
  return ok;
}

}  // namespace gosc::ssa
