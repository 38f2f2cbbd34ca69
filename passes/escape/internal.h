// Internals of the escape pass shared by its files (not a public API).
//
// Why it exists: the per-SCC analysis state — which SSA value maps to which
// location, the summaries of already-analysed functions — is used by the
// flow builder (flows.cpp), the decision/report code (report.cpp) and the
// library summaries; one class keeps that state in one place.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "passes/escape/escape.h"
#include "passes/escape/graph.h"
#include "ssa/ir.h"

namespace gosc::passes::escape {

// Parameter leak summaries of analysed functions (index: parameter number,
// receiver first).
using Summaries = std::map<const ssa::Func*, std::vector<Leaks>>;

// A hand-written summary for a library function (library_summaries.cpp):
// for each argument (after flattening of the Go signature), the deref level
// at which it leaks to the heap (Leaks::kNone: does not leak). Returns false
// when the function is unknown (then every argument leaks at level 0).
bool LibrarySummary(const std::string& full_name, size_t num_args, std::vector<int>* heap_levels);

class SccAnalysis {
 public:
  SccAnalysis(std::vector<ssa::Func*> funcs, const Summaries& summaries);
  Graph& graph() { return graph_; }
  void BuildFlows();                       // flows.cpp
  void Decide(EscapeReport& report);       // report.cpp
  void RecordSummaries(Summaries& summaries) const;  // report.cpp

 private:
  // flows.cpp
  void FuncFlows(ssa::Func* f);
  void ValueFlows(ssa::Value* v);
  void CallFlows(ssa::Value* call, size_t first_arg, ssa::Func* callee, bool deferred);
  std::vector<Location*>& ParamLocs(ssa::Func* f);  // f's parameter locations
  Location* Loc(ssa::Value* v);            // the location holding v's value
  Location* ObjectOf(ssa::Value* alloc);   // the allocated object of an Alloc
  Location* StoreTarget(ssa::Value* ptr);  // where `*ptr = x` puts x (an object or the heap)
  int FuncIndex(const ssa::Func* f) const;
  Location* ResultLoc(ssa::Func* f, size_t i);
  // Adds `dst <- (src, derefs)` unless either side is the discard location.
  void Flow(Location* dst, Location* src, int derefs);

  std::vector<ssa::Func*> funcs_;
  const Summaries& summaries_;
  Graph graph_;
  // Values whose type holds no pointers cannot carry an address: flows into
  // or out of them are dropped (as gc's discard hole does), so that e.g.
  // `return p.x` of an int does not make p leak to the result.
  Location* discard_;
  std::map<const ssa::Value*, Location*> value_locs_;
  std::map<const ssa::Value*, Location*> objects_;
  std::map<std::pair<const ssa::Func*, size_t>, Location*> results_;
  std::map<const ssa::Func*, std::vector<Location*>> params_;
};

}  // namespace gosc::passes::escape
