// Escape analysis driver: call graph, bottom-up SCC order, per-SCC graphs.
//
// Invariants: on entry every Alloc is kHeap; on exit every Alloc whose
// object provably dies with its function (and fits gc's stack limits) is
// kStack, every other kHeap, and each carries its full decision record
// (ssa::AllocDecision: kind, reason, -m message, -m=2 explanation).
//
// Model: functions are analysed bottom-up over the strongly connected
// components of the static call graph, closures together with the function
// that creates them (a closure's locations die before its parent's, see
// Graph::SetParentFunc). Within an SCC, calls flow arguments directly into
// the callee's parameter locations; calls to already-analysed functions use
// their parameter summaries (Leaks); calls to unknown code (func values,
// interface methods) send their arguments to the heap; library calls use the
// hand-written summaries of library_summaries.cpp. How each SSA op becomes
// flows is flows.cpp (calls: calls.cpp; which location stands for which
// value: locations.cpp); how decisions are worded for -m is report.cpp.
//
// Example: `func f() int { p := &T{}; return g(p) }` with
// `func g(q *T) int { return q.x }`: g is analysed first; q reaches no root,
// so its summary is empty ("q does not escape"). In f the call applies that
// summary: p's object flows nowhere, and &T{} goes on the stack.
//
// Not modelled: gc's "transient" allocations, inlining (gosc never inlines
// before escape analysis, matching `-gcflags=-l`), and go statements (not in
// the subset).
#include <algorithm>
#include <functional>
#include <map>
#include <set>

#include "passes/escape/escape.h"
#include "passes/escape/internal.h"

namespace gosc::passes::escape {
namespace {

// The function whose body creates `f` (closures), or f itself.
ssa::Func* Outermost(ssa::Func* f) {
  while (f->parent != nullptr) f = f->parent;
  return f;
}

// Static callees of every function group (a top-level function with its closures).
std::map<ssa::Func*, std::set<ssa::Func*>> CallGraph(const ssa::Module& m) {
  std::map<ssa::Func*, std::set<ssa::Func*>> calls;
  for (const auto& f : m.funcs) {
    ssa::Func* group = Outermost(f.get());
    calls[group];
    for (const auto& b : f->blocks) {
      for (ssa::Value* v : b->values) {
        if ((v->op == ssa::Op::kCall || v->op == ssa::Op::kDefer || v->op == ssa::Op::kFuncRef ||
             v->op == ssa::Op::kMakeClosure) &&
            v->callee != nullptr) {
          ssa::Func* target = Outermost(v->callee);
          if (target != group) calls[group].insert(target);
        }
      }
    }
  }
  return calls;
}

// Tarjan's algorithm; emits SCCs callees-first (reverse topological order of
// the call graph), which is the order summaries must be computed in.
std::vector<std::vector<ssa::Func*>> BottomUpSccs(
    const std::map<ssa::Func*, std::set<ssa::Func*>>& calls, const ssa::Module& m) {
  std::vector<std::vector<ssa::Func*>> sccs;
  std::map<ssa::Func*, int> index, lowlink;
  std::set<ssa::Func*> on_stack;
  std::vector<ssa::Func*> stack;
  int next = 0;
  std::function<void(ssa::Func*)> connect = [&](ssa::Func* v) {
    index[v] = lowlink[v] = next++;
    stack.push_back(v);
    on_stack.insert(v);
    auto it = calls.find(v);
    if (it != calls.end()) {
      for (ssa::Func* w : it->second) {
        if (!index.count(w)) {
          connect(w);
          lowlink[v] = std::min(lowlink[v], lowlink[w]);
        } else if (on_stack.count(w)) {
          lowlink[v] = std::min(lowlink[v], index[w]);
        }
      }
    }
    if (lowlink[v] == index[v]) {
      std::vector<ssa::Func*> scc;
      ssa::Func* w;
      do {
        w = stack.back();
        stack.pop_back();
        on_stack.erase(w);
        scc.push_back(w);
      } while (w != v);
      sccs.push_back(std::move(scc));
    }
  };
  // Module order keeps the output deterministic.
  for (const auto& f : m.funcs) {
    ssa::Func* g = Outermost(f.get());
    if (!index.count(g)) connect(g);
  }
  return sccs;
}

EscapeReport Analyze(ssa::Module& m, const EscapeOptions& options) {
  EscapeReport report;
  if (!options.enabled) {
    for (const auto& f : m.funcs) {
      for (const auto& b : f->blocks) {
        for (ssa::Value* v : b->values) {
          if (v->op == ssa::Op::kAlloc) {
            v->decision = {
                ssa::AllocKind::kHeap, ssa::AllocReason::kEscapeAnalysisDisabled, "", {}};
            ++report.heap_sites;
          }
        }
      }
    }
    return report;
  }

  // Closures of each group, in module order.
  std::map<ssa::Func*, std::vector<ssa::Func*>> members;
  for (const auto& f : m.funcs) members[Outermost(f.get())].push_back(f.get());

  Summaries summaries;
  auto calls = CallGraph(m);
  for (const auto& scc : BottomUpSccs(calls, m)) {
    std::vector<ssa::Func*> funcs;
    for (ssa::Func* group : scc) {
      for (ssa::Func* f : members[group]) funcs.push_back(f);
    }
    SccAnalysis analysis(funcs, summaries, options);
    analysis.BuildFlows();
    auto exported = std::find_if(funcs.begin(), funcs.end(),
                                 [&](const ssa::Func* f) { return f->name == options.graph_of; });
    if (exported != funcs.end()) analysis.RecordEscapesFor(*exported);
    analysis.Solve(m.sources);
    analysis.Decide(report);
    if (exported != funcs.end()) report.graph = analysis.ExportGraph();
    analysis.RecordSummaries(summaries);
  }
  if (options.coalloc) ChooseCoallocations(m, options, report);
  return report;
}

}  // namespace

EscapeReport RunEscapeAnalysis(ssa::Module& m, const EscapeOptions& options) {
  // The remarks name the sites gosc decides better than gc: gc's model is
  // solved first and its decisions kept for the comparison (beyond_gc.cpp).
  const bool compare_with_gc = options.enabled && options.remarks;
  std::map<const ssa::Value*, ssa::AllocKind> gc_kinds;
  if (compare_with_gc) {
    Analyze(m, GcModel(options));
    gc_kinds = AllocKinds(m);
  }
  EscapeReport report = Analyze(m, options);
  if (compare_with_gc) AddBeyondGcRemarks(m, gc_kinds, &report);
  return report;
}

}  // namespace gosc::passes::escape
