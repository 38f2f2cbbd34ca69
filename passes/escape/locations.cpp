// Locations: which graph location stands for which SSA value.
//
// Why it exists: the graph builder (flows.cpp, calls.cpp) speaks in SSA
// values, the solver (graph.h) in locations. This file is the mapping, made
// lazily and once per value: every value gets a location holding its value
// (a temporary, or the source variable it was assigned to, for -m=2); every
// Alloc additionally owns an object location whose address is the Alloc's
// value; parameters and results get theirs per function. Values that cannot
// carry an address share the discard location, whose flows are dropped.
// Loop depths are set here too, since they decide what outlives what.
#include <algorithm>

#include "passes/escape/internal.h"

namespace gosc::passes::escape {

using ssa::Op;
using ssa::Value;

SccAnalysis::SccAnalysis(std::vector<ssa::Func*> funcs, const Summaries& summaries,
                         const EscapeOptions& options)
    : funcs_(std::move(funcs)),
      summaries_(summaries),
      regions_(options.regions),
      explain_(options.message_level >= 2 || options.remarks || options.explanations),
      print_explanations_(options.message_level >= 2),
      keep_explanations_(options.message_level >= 2 || options.explanations),
      options_remarks_(options.remarks),
      field_sensitive_(options.field_sensitive),
      map_storage_(options.map_storage) {
  discard_ = graph_.NewLocation(LocationKind::kTemp, "discard", -1, 0);
  for (size_t i = 0; i < funcs_.size(); ++i) {
    if (funcs_[i]->parent != nullptr) {
      graph_.SetParentFunc(static_cast<int>(i), FuncIndex(funcs_[i]->parent));
    }
  }
}

int SccAnalysis::FuncIndex(const ssa::Func* f) const {
  for (size_t i = 0; i < funcs_.size(); ++i) {
    if (funcs_[i] == f) return static_cast<int>(i);
  }
  return -1;
}

bool CarriesPointers(const types::Type* t) {
  return t == nullptr || t->kind() == types::TypeKind::kTuple || t->HasPointers();
}

void SccAnalysis::Flow(Location* dst, Location* src, int derefs) {
  Flow(dst, src, derefs, dst, src);
}

void SccAnalysis::Flow(Location* dst, Location* src, int derefs, const Location* note_dst,
                       const Location* note_src) {
  if (dst == discard_ || src == discard_) return;
  // A flow into a split object as a whole (a store whose address did not
  // resolve to a field) may reach any of its fields.
  auto whole = wholes_.find(dst);
  if (whole != wholes_.end()) {
    for (Location* leaf : whole->second->locs) Flow(leaf, src, derefs, note_dst, note_src);
    return;
  }
  graph_.Flow(dst, src, derefs, explain_ ? NotesFor(note_dst, note_src) : std::vector<Note>{});
}

Location* SccAnalysis::Loc(Value* v) {
  auto it = value_locs_.find(v);
  if (it != value_locs_.end()) return it->second;
  if (!CarriesPointers(v->type)) return discard_;
  int depth = v->block != nullptr ? v->block->loop_depth : 0;
  if (v->op == Op::kPhi && v->block != nullptr) {
    // SSA has no variables: a value carried from one iteration to the next
    // lives in a loop header's phi. It outlives the iteration, like the
    // variable gc would see declared outside the loop, so it takes the
    // depth of its shallowest predecessor (the loop's entry edge).
    for (const ssa::Block* pred : v->block->preds) depth = std::min(depth, pred->loop_depth);
  }
  int func = v->block != nullptr ? FuncIndex(v->block->func) : -1;
  // A value the source assigned to a variable is that variable to -m=2.
  Location* loc = v->var_name.empty()
                      ? graph_.NewLocation(LocationKind::kTemp, v->name, func, depth)
                      : graph_.NewLocation(LocationKind::kVariable, v->var_name, func, depth);
  loc->pos = v->pos;
  value_locs_[v] = loc;
  return loc;
}

Location* SccAnalysis::ObjectOf(Value* alloc) {
  auto it = objects_.find(alloc);
  if (it != objects_.end()) return it->second;
  int depth = alloc->block != nullptr ? alloc->block->loop_depth : 0;
  int func = alloc->block != nullptr ? FuncIndex(alloc->block->func) : -1;
  LocationKind kind = alloc->alloc_site == ssa::AllocSite::kLocalVar ? LocationKind::kVariable
                                                                     : LocationKind::kAllocation;
  Location* obj = graph_.NewLocation(kind, alloc->alloc_desc, func, depth);
  objects_[alloc] = obj;
  obj->pos = alloc->pos;
  if (field_sensitive_ && alloc->op == Op::kAlloc) MaybeSplit(alloc, obj);
  if (kind == LocationKind::kVariable && alloc->block != nullptr) {
    // An address-taken parameter's cell: declared with the parameter's name and position.
    ssa::Func* f = alloc->block->func;
    for (size_t i = 0; i < f->params.size(); ++i) {
      const Value* p = f->params[i];
      if (p->name == alloc->alloc_desc && p->pos == alloc->pos)
        obj->cell_of_param = ParamLocs(f)[i];
    }
  }
  return obj;
}

Location* SccAnalysis::ResultLoc(ssa::Func* f, size_t i) {
  auto key = std::make_pair(static_cast<const ssa::Func*>(f), i);
  auto it = results_.find(key);
  if (it != results_.end()) return it->second;
  if (f->sig != nullptr && i < f->sig->results()->size() &&
      !CarriesPointers(f->sig->results()->At(i))) {
    return discard_;
  }
  // Named as gc names it in explanations.
  Location* loc = graph_.NewLocation(LocationKind::kResult, GoResultName(f, i), FuncIndex(f), 0);
  loc->result_index = static_cast<int>(i);
  results_[key] = loc;
  return loc;
}

Location* SccAnalysis::StoreTarget(Value* ptr) {
  // Walk back through address arithmetic to the allocation it points into.
  for (int guard = 0; ptr != nullptr && guard < 64; ++guard) {
    switch (ptr->op) {
      case Op::kAlloc: return ObjectOf(ptr);
      case Op::kFieldAddr:
      case Op::kIndexAddr:
      case Op::kNilCheck:
      case Op::kChangeType:
      case Op::kSliceOp:
      case Op::kMakeSlice: ptr = ptr->num_operands() > 0 ? ptr->operand(0) : nullptr; continue;
      default: return graph_.heap();
    }
  }
  return graph_.heap();
}

std::vector<Location*>& SccAnalysis::ParamLocs(ssa::Func* f) {
  // Created once per function: a call from elsewhere in the SCC may need
  // them before f's body is visited, and both must use the same locations
  // (otherwise the caller's arguments flow into orphans and a leak through
  // the callee's body, e.g. into a global, is lost).
  std::vector<Location*>& params = params_[f];
  if (params.size() == f->params.size()) return params;
  params.clear();
  for (size_t i = 0; i < f->params.size(); ++i) {
    Value* p = f->params[i];
    Location* loc = graph_.NewLocation(LocationKind::kParam, p->name, FuncIndex(f), 0);
    loc->param_index = static_cast<int>(i);
    loc->pos = p->pos;
    // A parameter without pointers carries no address (as Loc's discard).
    value_locs_[p] = CarriesPointers(p->type) ? loc : discard_;
    params.push_back(loc);
  }
  return params;
}

}  // namespace gosc::passes::escape
