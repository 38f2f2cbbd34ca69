// The decisions gosc makes better than gc, as remarks of their own.
//
// Why it exists: an editor showing gc-style remarks (`-json=0,DIR`) shows
// heap decisions and leaks; where gosc keeps an object off the heap that gc
// would allocate there, the absence of a remark says nothing. So with
// remarks on, the escape pass first solves gc's model of the program (its
// extensions off: no per-call regions, no field sensitivity, what is stored
// into a map goes to the heap) and keeps each site's kind; the real solve
// follows, and every site it places on the stack or in a region that gc's
// model sends to the heap *because it escapes* gets a gosc-only remark:
//   gosc-stack   "&T{...} does not escape" (gc's model: escapes to heap)
//   gosc-region  "make(map[int]string) does not escape: region of f",
//                with the -m=2 explanation of the region as related lines
// A site that gc's model sends to the heap only for its size is the same in
// both and gets nothing. Every region site gets its remark: gc has no
// regions, and a region site escapes in gc's model by construction.
//
// Invariants: the gc model runs on the same module before the real solve,
// which overwrites every decision, so the output (code, -m, -S) is the same
// with and without remarks; only EscapeReport::remarks grows. Cost: one more
// solve, paid only with -json.
//
// Not modelled: gc's own precision beyond gosc's model (where gc proves more
// than gosc, the corpus differences list it); the model is gosc's analysis
// with its extensions off, which agrees with gc on the shared corpus.
#include "passes/escape/internal.h"

namespace gosc::passes::escape {

EscapeOptions GcModel(const EscapeOptions& options) {
  EscapeOptions gc = options;
  gc.regions = false;
  gc.field_sensitive = false;
  gc.map_storage = false;
  gc.coalloc = false;
  gc.remarks = false;
  gc.message_level = 0;
  return gc;
}

std::map<const ssa::Value*, ssa::AllocKind> AllocKinds(const ssa::Module& m) {
  std::map<const ssa::Value*, ssa::AllocKind> kinds;
  for (const auto& f : m.funcs) {
    for (const auto& b : f->blocks) {
      for (const ssa::Value* v : b->values) {
        if (v->op == ssa::Op::kAlloc) kinds[v] = v->decision.kind;
      }
    }
  }
  return kinds;
}

void AddBeyondGcRemarks(const ssa::Module& m,
                        const std::map<const ssa::Value*, ssa::AllocKind>& gc_kinds,
                        EscapeReport* report) {
  for (const auto& f : m.funcs) {
    for (const auto& b : f->blocks) {
      for (const ssa::Value* v : b->values) {
        if (v->op != ssa::Op::kAlloc || v->alloc_desc.empty() || IsCompilerTemp(v)) continue;
        const ssa::AllocDecision& d = v->decision;
        if (d.kind == ssa::AllocKind::kRegion) {
          EscapeRemark r{v->pos, kRemarkRegion, d.message, {}};
          for (const std::string& line : d.explanation) r.flow.push_back({v->pos, line});
          report->remarks.push_back(std::move(r));
          continue;
        }
        auto gc = gc_kinds.find(v);
        if (d.kind != ssa::AllocKind::kStack || gc == gc_kinds.end() ||
            gc->second != ssa::AllocKind::kHeap) {
          continue;
        }
        EscapeRemark r{v->pos, kRemarkStackBeyondGc, v->alloc_desc + " does not escape", {}};
        r.flow.push_back({v->pos, "gc's model moves it to the heap"});
        report->remarks.push_back(std::move(r));
      }
    }
  }
}

}  // namespace gosc::passes::escape
