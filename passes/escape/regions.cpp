// Per-call regions: the third home of an allocation (DESIGN.md § Escape 3).
//
// The question. The loop-depth rule (graph.h: a location of a shallower
// loop outlives one of a deeper loop, which is re-allocated every
// iteration) sends to the heap every object made in a loop whose address is
// kept past its iteration — the inner maps of a local nested map filled in
// a loop. A stack slot will not do for them (the next iteration reuses it),
// but the heap is more than they need when nothing that outlives the
// function ever holds them. Such a site is allocated from a region owned by
// the function's frame and released when the call returns
// (runtime/region.h); -m says `make(map[int]string) does not escape: region
// of nestedLoop` (gc: `escapes to heap`).
//
// The rule. A site is a region site when its object
//   1. escapes under the ordinary rules (so a stack slot is not enough),
//   2. does not escape when the loop-depth rule is switched off (so it
//      reaches no result, parameter, global, heap object or enclosing
//      function's location that outlives the call: only locations of its own
//      function at a shallower loop depth),
//   3. is made at loop depth > 0, by a site codegen can place in a region
//      (new, &T{}, variables, maps, slices of constant length).
// Marking such an object `lives_to_return` changes the graph: as a root it
// now outlives every object of a loop of its function (`m[k] = &x` with x
// made per iteration and m in a region would otherwise keep x's stack slot
// past its iteration), so objects that did not escape before may escape
// now. Those that satisfy 2 and 3 become region objects too; the solve is
// repeated until no object is added (the set only grows, and is bounded by
// the sites). The final solve (report.cpp) runs with the marks, so every
// decision — stack, region, heap — is one consistent solution: a region
// object that still escapes (its address reaches a heap root through an
// object codegen keeps on the heap) simply stays on the heap.
//
// Objects at loop depth 0 whose address only reached region objects no
// longer escape in the final solve and go to the stack: they live as long
// as the region.
//
// Worked example (nested_seed.go's nestedLoop):
//   users := make(map[string]map[int]string)      // depth 0
//   for _, name := range names {
//     inner := make(map[int]string)               // depth 1
//     users[name] = inner                         // {storage for users} = inner
//   }
// Ordinary solve: the root {storage for users} (depth 0) reaches inner's
// object (depth 1) by its address: it escapes. With the loop-depth rule off
// nothing reaches it by address: it dies with nestedLoop. So inner's
// make(map) is a region site; its groups grow in the region too.
//
// Not modelled: objects of closures (their locations die before the
// enclosing function's, and a closure's frame is not the parent's); slices
// whose length is only known at run time (codegen's makeslice checks live on
// the heap path); regions shared between a caller and its callees.
#include <set>

#include "passes/escape/internal.h"

namespace gosc::passes::escape {

using ssa::AllocSite;
using ssa::Op;
using ssa::Value;

namespace {

// Records, the first time each location starts escaping, the path that
// made it escape: for a region site, that path is why a stack slot is not
// enough (-m=2).
class FirstEscapeRecorder : public SolveObserver {
 public:
  explicit FirstEscapeRecorder(std::map<const Location*, RegionPath>* out) : out_(out) {}
  void ParamLeaks(const Location&, const Location&, int) override {}
  void Escapes(const Location& root, const Location& loc) override {
    if (out_->count(&loc)) return;
    std::string label = ExplainLabel(root);
    (*out_)[&loc] =
        RegionPath{label.empty() ? "{temp}" : label, root.loop_depth, ExplainPath(root, loc)};
  }

 private:
  std::map<const Location*, RegionPath>* out_;
};

}  // namespace

bool SccAnalysis::RegionSite(const Value* v) const {
  if (v->op != Op::kAlloc || v->block == nullptr || v->block->loop_depth <= 0) return false;
  if (v->block->func->parent != nullptr) return false;  // closures: not modelled
  switch (v->alloc_site) {
    case AllocSite::kNew:
    case AllocSite::kCompositeLit:
    case AllocSite::kLocalVar:
    case AllocSite::kMakeMap:
    case AllocSite::kMapLit: return true;
    case AllocSite::kMakeSlice:
    case AllocSite::kSliceLit: {
      if (v->num_operands() == 0) return true;
      if (v->alloc_site == AllocSite::kMakeSlice && v->flag) return false;
      const Value* n = v->operand(0);
      return n->op == Op::kConst && n->cval.kind == ssa::ConstVal::Kind::kInt &&
             n->cval.AsInt64() >= 0;
    }
    default: return false;
  }
}

void SccAnalysis::ChooseRegions() {
  std::vector<std::pair<const Value*, Location*>> sites;
  for (const auto& [v, obj] : objects_) {
    if (RegionSite(v)) sites.push_back({v, obj});
  }
  if (sites.empty()) return;
  // 2: what escapes with the loop-depth rule off outlives the function.
  graph_.set_loop_depth_rule(false);
  graph_.Solve();
  std::set<const Location*> outlives_function;
  for (const auto& [v, obj] : sites) {
    if (obj->escapes) outlives_function.insert(obj);
  }
  graph_.ResetSolution();
  graph_.set_loop_depth_rule(true);
  // 1 and the fixed point.
  FirstEscapeRecorder recorder(&region_paths_);
  for (;;) {
    SolveObserver* observer = explain_ ? &recorder : nullptr;
    if (export_of_ != nullptr) {
      // gosc -html draws a region object's path to the root it reached.
      recorder_.set_next(observer);
      observer = &recorder_;
    }
    graph_.Solve(observer);
    bool added = false;
    for (const auto& [v, obj] : sites) {
      if (obj->escapes && !obj->lives_to_return && !outlives_function.count(obj)) {
        obj->lives_to_return = true;
        added = true;
      }
    }
    graph_.ResetSolution();
    if (!added) break;
  }
}

void SccAnalysis::DecideRegion(Value* v, const Location& obj) {
  ssa::AllocDecision& d = v->decision;
  const std::string func = GoFuncName(v->block->func);
  d.kind = ssa::AllocKind::kRegion;
  d.reason = ssa::AllocReason::kOutlivesIteration;
  d.message = v->alloc_site == AllocSite::kLocalVar
                  ? "moved to region of " + func + ": " + v->alloc_desc
                  : v->alloc_desc + " does not escape: region of " + func;
  d.explanation.clear();
  if (!explain_) return;
  d.explanation.push_back(v->alloc_desc + " lives in a region of " + func + ":");
  auto it = region_paths_.find(&obj);
  std::string depth = std::to_string(obj.loop_depth);
  if (it == region_paths_.end()) {
    d.explanation.push_back("  not a stack slot: made at loop depth " + depth +
                            ", it outlives its iteration");
  } else {
    d.explanation.push_back("  not a stack slot: made at loop depth " + depth +
                            ", its address reaches " + it->second.root + " (loop depth " +
                            std::to_string(it->second.root_depth) + "):");
    for (const ExplainedFlow& f : it->second.flows) {
      d.explanation.push_back("    flow: " + f.dst + " = " + f.src + ":");
      for (const Note& n : f.notes) {
        std::string at = sources_ != nullptr && n.pos.file >= 0 &&
                                 static_cast<size_t>(n.pos.file) < sources_->size()
                             ? sources_->Format(n.pos)
                             : std::to_string(n.pos.line) + ":" + std::to_string(n.pos.col);
        d.explanation.push_back("      from " + n.where + " (" + n.why + ") at " + at);
      }
    }
  }
  d.explanation.push_back(
      "  not the heap: it reaches no result, parameter, global or heap "
      "object that outlives " +
      func);
}

}  // namespace gosc::passes::escape
