// How SSA values become locations and flows (the graph builder).
//
// Every SSA value gets a location on first use (a temporary holding its
// value); every Alloc additionally owns an object location, and the Alloc's
// value is the object's address: `alloc <- (object, -1)`. The ops then map
// to flows with gc's deref weights:
//   load p             v <- (p, 1)
//   store p, x         target(p) <- (x, 0)     target: the object p points
//                      into when p derives from a local Alloc (through
//                      field/index addresses), else the heap — the same
//                      precision as gc, which is not points-to based
//   fieldaddr/indexaddr/slice/makeslice/phi/changetype/makeiface/extract
//                      v <- (operand, 0)        (same object, same address)
//   field/index of values, typeassert to pointer shape
//                      v <- (operand, 0)
//   maplookup m, k     v <- (m, 1)              (values live in the map's storage)
//   mapupdate m, k, v  target(m) <- (k, 0), (v, 0)
//                      gosc goes beyond gc here (DESIGN.md § Escape 2): the
//                      map's storage is owned by the map's Alloc, so what is
//                      stored into a non-escaping map does not escape through it
//   append s, xs       v <- (s, 0); target(s) <- (xs, 0)  (spread: (xs, 1))
//   return xs          result_i <- (x_i, 0)
//   panic x, unknown calls, interface calls: heap <- (args, 0)
//   calls to analysed functions: their summaries; within the SCC: the
//   callee's parameters <- (args, 0) and v <- (callee results, 0)
#include <algorithm>

#include "passes/escape/internal.h"

namespace gosc::passes::escape {

using ssa::Op;
using ssa::Value;

SccAnalysis::SccAnalysis(std::vector<ssa::Func*> funcs, const Summaries& summaries,
                         const EscapeOptions& options)
    : funcs_(std::move(funcs)), summaries_(summaries), explain_(options.message_level >= 2) {
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

namespace {
bool CarriesPointers(const types::Type* t) {
  return t == nullptr || t->kind() == types::TypeKind::kTuple || t->HasPointers();
}

// Whether the elements of slice type t can hold addresses (unknown: yes).
bool SliceElemHasPointers(const types::Type* t) {
  const auto* sl = t != nullptr ? t->Under<types::Slice>() : nullptr;
  if (t != nullptr && sl == nullptr && t->Under<types::Basic>() != nullptr) return false;  // string
  return sl == nullptr || CarriesPointers(sl->elem());
}

// Whether a value of type t can hold the address of a stack object. String
// data never lives on the stack (conversions and concatenations always
// allocate on the heap, literals are static), so unlike HasPointers a
// string does not count.
bool MayHoldStackAddress(const types::Type* t) {
  if (t == nullptr) return true;
  if (const auto* tuple = t->As<types::Tuple>()) {
    for (size_t i = 0; i < tuple->size(); ++i) {
      if (MayHoldStackAddress(tuple->At(i))) return true;
    }
    return false;
  }
  if (!t->HasPointers()) return false;
  if (const auto* st = t->Under<types::Struct>()) {
    for (const types::Var* f : st->fields()) {
      if (MayHoldStackAddress(f->type())) return true;
    }
    return false;
  }
  if (const auto* arr = t->Under<types::Array>()) return MayHoldStackAddress(arr->elem());
  return t->Under<types::Basic>() == nullptr;  // a string is the only Basic with pointers
}
}  // namespace

void SccAnalysis::Flow(Location* dst, Location* src, int derefs) {
  if (dst == discard_ || src == discard_) return;
  graph_.Flow(dst, src, derefs, explain_ ? NotesFor(dst, src) : std::vector<Note>{});
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
  if (kind == LocationKind::kVariable && alloc->block != nullptr) {
    // An address-taken parameter's cell: declared with the parameter's name and position.
    ssa::Func* f = alloc->block->func;
    for (size_t i = 0; i < f->params.size(); ++i) {
      const Value* p = f->params[i];
      if (p->name == alloc->alloc_desc && p->pos == alloc->pos) obj->cell_of_param = ParamLocs(f)[i];
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
      case Op::kAlloc:
        return ObjectOf(ptr);
      case Op::kFieldAddr:
      case Op::kIndexAddr:
      case Op::kNilCheck:
      case Op::kChangeType:
      case Op::kSliceOp:
      case Op::kMakeSlice:
        ptr = ptr->num_operands() > 0 ? ptr->operand(0) : nullptr;
        continue;
      default:
        return graph_.heap();
    }
  }
  return graph_.heap();
}

void SccAnalysis::BuildFlows() {
  for (ssa::Func* f : funcs_) FuncFlows(f);
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

void SccAnalysis::FuncFlows(ssa::Func* f) {
  noting_ = nullptr;
  ParamLocs(f);
  // With defers, results live in memory cells and Return has no operands:
  // what the cells hold at return is what the function returns.
  for (size_t i = 0; i < f->result_cells.size(); ++i) {
    Flow(ResultLoc(f, i), ObjectOf(f->result_cells[i]), 0);
  }
  for (const auto& b : f->blocks) {
    for (Value* v : b->values) ValueFlows(v);
  }
}

void SccAnalysis::CallFlows(Value* call, size_t first_arg, ssa::Func* callee, bool deferred) {
  size_t nargs = call->num_operands() - first_arg;
  auto arg = [&](size_t i) { return call->operand(first_arg + i); };
  // A deferred call inside a loop runs after the loop: its arguments and
  // func value must outlive the iteration, so they go to the heap (as gc).
  bool loop_defer = deferred && call->block != nullptr && call->block->loop_depth > 0;
  if (loop_defer) {
    for (Value* op : call->operands()) Flow(graph_.heap(), Loc(op), 0);
    return;
  }
  if (callee != nullptr && FuncIndex(callee) >= 0) {
    // Same SCC: flow directly into the callee's parameters and out of its results.
    auto& params = ParamLocs(callee);
    for (size_t i = 0; i < nargs && i < params.size(); ++i) Flow(params[i], Loc(arg(i)), 0);
    size_t nresults = callee->sig != nullptr ? callee->sig->results()->size() : 0;
    for (size_t r = 0; r < nresults; ++r) Flow(Loc(call), ResultLoc(callee, r), 0);
    return;
  }
  if (callee != nullptr) {
    auto it = summaries_.find(callee);
    if (it != summaries_.end()) {
      for (size_t i = 0; i < nargs && i < it->second.size(); ++i) {
        const Leaks& leaks = it->second[i];
        if (leaks.heap() != Leaks::kNone) Flow(graph_.heap(), Loc(arg(i)), leaks.heap());
        for (size_t r = 0; r < leaks.num_results(); ++r) {
          if (leaks.result(r) != Leaks::kNone) Flow(Loc(call), Loc(arg(i)), leaks.result(r));
        }
      }
      return;
    }
  }
  if (callee == nullptr && call->func != nullptr && !call->func->pkg().empty()) {
    std::vector<int> levels;
    if (LibrarySummary(call->func->FullName(), nargs, &levels)) {
      for (size_t i = 0; i < nargs && i < levels.size(); ++i) {
        if (levels[i] != Leaks::kNone) Flow(graph_.heap(), Loc(arg(i)), levels[i]);
      }
      return;
    }
  }
  // Unknown code: everything it is given may be kept forever.
  for (size_t i = 0; i < nargs; ++i) Flow(graph_.heap(), Loc(arg(i)), 0);
}

void SccAnalysis::ValueFlows(Value* v) {
  noting_ = v;
  switch (v->op) {
    case Op::kAlloc:
      Flow(Loc(v), ObjectOf(v), -1);
      break;
    case Op::kLoad:
      Flow(Loc(v), Loc(v->operand(0)), 1);
      break;
    case Op::kStore:
      // A self-assignment (`p.A, p.B = p.B, p.A`) moves nothing new into
      // the object: gc ignores it, and so do we.
      if (!v->flag) Flow(StoreTarget(v->operand(0)), Loc(v->operand(1)), 0);
      break;
    case Op::kNilCheck:
    case Op::kFieldAddr:
    case Op::kField:
    case Op::kIndexAddr:
    case Op::kIndex:
    case Op::kMakeSlice:
    case Op::kChangeType:
    case Op::kChangeInterface:
    case Op::kMakeInterface:
    case Op::kExtract:
    case Op::kMapIterInit:
      if (v->num_operands() > 0 && v->operand(0) != nullptr) {
        Flow(Loc(v), Loc(v->operand(0)), 0);
      }
      break;
    case Op::kSliceOp:
      if (v->operand(0) != nullptr) Flow(Loc(v), Loc(v->operand(0)), 0);
      break;
    case Op::kTypeAssert: {
      // A pointer-shaped dynamic value is the data word itself; any other is
      // loaded from the box.
      const types::Type* t = v->aux_type;
      // An interface target keeps the same data word (level 0, as gc).
      bool direct = t != nullptr && (t->Under<types::Pointer>() != nullptr ||
                                     t->Under<types::Interface>() != nullptr ||
                                     t->Under<types::Map>() != nullptr ||
                                     t->Under<types::Signature>() != nullptr);
      Flow(Loc(v), Loc(v->operand(0)), direct ? 0 : 1);
      break;
    }
    case Op::kPhi:
      for (Value* op : v->operands()) Flow(Loc(v), Loc(op), 0);
      break;
    case Op::kMapLookup:
    case Op::kMapIterNext:
      // What a map read returns was stored into the map's content (gosc
      // keeps maps and what they hold on the stack when it can, so the flow
      // matters), unless it cannot be a stack address: then there is no flow,
      // as in gc, where map reads never flow.
      if (MayHoldStackAddress(v->type)) Flow(Loc(v), Loc(v->operand(0)), 1);
      break;
    case Op::kMapUpdate: {
      Location* storage = StoreTarget(v->operand(0));
      Flow(storage, Loc(v->operand(1)), 0);
      Flow(storage, Loc(v->operand(2)), 0);
      break;
    }
    case Op::kAppend: {
      Flow(Loc(v), Loc(v->operand(0)), 0);
      // The appendee's elements may be copied into a grown heap store that
      // the analysis does not track separately: they go to the heap (gc's
      // "appendee slice").
      if (SliceElemHasPointers(v->operand(0)->type)) Flow(graph_.heap(), Loc(v->operand(0)), 1);
      Location* storage = StoreTarget(v->operand(0));
      for (size_t i = 1; i < v->num_operands(); ++i) {
        bool spread = v->flag && i + 1 == v->num_operands();
        // Spread elements without pointers carry no address (gc: discard).
        if (spread && !SliceElemHasPointers(v->operand(i)->type)) continue;
        Flow(storage, Loc(v->operand(i)), spread ? 1 : 0);
      }
      // The grown backing store is a fresh heap object holding the same
      // elements: the result may also point there, which changes nothing here.
      break;
    }
    case Op::kSliceCopy:
      // Copying []int (or a string's bytes) moves no addresses.
      if (SliceElemHasPointers(v->operand(1)->type)) {
        Flow(StoreTarget(v->operand(0)), Loc(v->operand(1)), 1);
      }
      break;
    case Op::kMakeClosure: {
      // operand 0: the env Alloc; the bindings are stored into the env.
      Location* env = StoreTarget(v->operand(0));
      Flow(Loc(v), Loc(v->operand(0)), 0);
      for (size_t i = 1; i < v->num_operands(); ++i) {
        // gc flows every capture, with or without pointers: a captured
        // parameter is reported as leaking into the closure (-m=2).
        Value* b = v->operand(i);
        bool param = b->op == Op::kParam && b->block != nullptr &&
                     static_cast<size_t>(b->index) < b->block->func->params.size() &&
                     b->block->func->params[static_cast<size_t>(b->index)] == b;
        Flow(env, param ? ParamLocs(b->block->func)[static_cast<size_t>(b->index)] : Loc(b), 0);
      }
      // Inside the closure, FreeVar i reads binding i out of the env.
      if (v->callee != nullptr && FuncIndex(v->callee) >= 0) {
        for (const auto& b : v->callee->blocks) {
          for (Value* fv : b->values) {
            if (fv->op == Op::kFreeVar && static_cast<size_t>(fv->index) + 1 < v->num_operands()) {
              Flow(Loc(fv), Loc(v->operand(static_cast<size_t>(fv->index) + 1)), 0);
            }
          }
        }
      }
      break;
    }
    case Op::kCall:
    case Op::kDefer: {
      bool deferred = v->op == Op::kDefer;
      if (v->func != nullptr || v->callee != nullptr) {
        CallFlows(v, 0, v->callee, deferred);
      } else if (v->num_operands() > 0 && v->operand(0)->op == Op::kMakeClosure &&
                 v->operand(0)->callee != nullptr) {
        // func(){...}() and defer func(){...}(): the literal is called, not kept.
        CallFlows(v, 1, v->operand(0)->callee, deferred);
      } else {
        // A func value is called, not kept (as gc); its arguments reach unknown code.
        CallFlows(v, 1, nullptr, deferred);
      }
      break;
    }
    case Op::kInvoke:
    case Op::kDeferInvoke:
      for (Value* op : v->operands()) Flow(graph_.heap(), Loc(op), 0);
      break;
    case Op::kReturn:
      for (size_t i = 0; i < v->num_operands(); ++i) {
        Flow(ResultLoc(v->block->func, i), Loc(v->operand(i)), 0);
      }
      break;
    case Op::kPanic:
      Flow(graph_.heap(), Loc(v->operand(0)), 0);
      break;
    case Op::kConvert:
    case Op::kAdd:
      // string <-> []byte/[]rune, rune -> string and concatenations make a
      // fresh copy; the builder marks them with alloc_desc (gc reports them
      // as sites). Their operands' bytes are copied, not kept.
      if (!v->alloc_desc.empty()) Flow(Loc(v), ObjectOf(v), -1);
      break;
    case Op::kGlobal:
      // The address of a package-level variable is heap memory: stores
      // through it reach the heap (StoreTarget sees no Alloc).
      break;
    default:
      // Constants, arithmetic, comparisons, conversions producing fresh
      // values, len/cap, prints: no addresses flow.
      break;
  }
}

}  // namespace gosc::passes::escape
