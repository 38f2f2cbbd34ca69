// Internals of the escape pass shared by its files (not a public API).
//
// Why it exists: the per-SCC analysis state — which SSA value maps to which
// location, the summaries of already-analysed functions — is used by the
// value-to-location mapping (locations.cpp), the flow builder (flows.cpp,
// calls.cpp), the decision/report code (report.cpp) and the library
// summaries; one class keeps that state in one place.
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
// gc's names in messages: a function without its package ("swap",
// "structCapture.func1", "(*T).M"); result i by its name, else "~rN".
std::string GoFuncName(const ssa::Func* f);
std::string GoResultName(const ssa::Func* f, size_t i);

// Whether a value of type t can carry an address (unknown and tuples: yes);
// the others' flows are discarded.
bool CarriesPointers(const types::Type* t);

bool LibrarySummary(const std::string& full_name, size_t num_args, std::vector<int>* heap_levels);

// -m=2 (explain.cpp): words the solver's decisions as gc's flow
// explanations. Every line is reported at the position of the location
// being explained, as gc does.
class Explainer : public SolveObserver {
 public:
  explicit Explainer(std::vector<EscapeMessage>* out) : out_(out) {}
  void set_sources(const types::SourceSet* sources) { sources_ = sources; }
  void ParamLeaks(const Location& root, const Location& param, int derefs) override;
  void Escapes(const Location& root, const Location& loc) override;
  // A location gc sends to the heap when building the graph, for a reason
  // of its own ("too large for stack", "non-constant size").
  void ForcedToHeap(const Location& loc, const std::string& why);
  // "F capturing by value: x (addr=false assign=false width=8)" for every
  // variable the closures among `funcs` capture.
  void Captures(const std::vector<ssa::Func*>& funcs);
  // The lines explaining why `loc` escapes (Escapes, ForcedToHeap), in
  // order: what an allocation site's decision record keeps.
  std::vector<std::string> LinesAbout(const Location& loc) const;

 private:
  void Path(const Location& root, const Location& from);
  void Line(types::Pos pos, std::string text);
  std::string Format(types::Pos pos) const;  // "file.go:L:C", as inside gc's notes
  std::vector<EscapeMessage>* out_;
  const types::SourceSet* sources_ = nullptr;
  // Variables already captured by reference in this batch: gc counts that
  // as taking their address (`addr=true` for later captures).
  std::vector<std::pair<std::string, types::Pos>> captured_by_ref_;
  // The location whose escape the current lines explain (nullptr: none).
  const Location* subject_ = nullptr;
  std::map<const Location*, std::vector<std::string>> lines_about_;
};

// How gc names a location in a "flow:" line: "{heap}", "x",
// "{storage for make(map[string]int)}"; "" for an intermediate value
// (an SSA temporary) that explanations pass through without naming.
std::string ExplainLabel(const Location& l);

// One "flow: DST = SRC" line of a path and the notes under it.
struct ExplainedFlow {
  std::string dst;
  std::string src;  // with gc's operators: "&x", "*pp", "x"
  std::vector<Note> notes;
};
// The flows from `from` to `root` along the walk's walk_dst links,
// intermediate values folded into the flows that pass through them.
std::vector<ExplainedFlow> ExplainPath(const Location& root, const Location& from);

// Listens to the solver for graph_export.cpp: records, for every location
// that starts escaping, the walk's path to the root that made it escape,
// then passes the event on (to the -m=2 explainer, when there is one).
class EscapeRecorder : public SolveObserver {
 public:
  struct Escape {
    const Location* loc;
    const Location* root;
    std::vector<const Location*> path;  // loc ... root
  };
  void set_next(SolveObserver* next) { next_ = next; }
  void ParamLeaks(const Location& root, const Location& param, int derefs) override;
  void Escapes(const Location& root, const Location& loc) override;
  const std::vector<Escape>& escapes() const { return escapes_; }

 private:
  SolveObserver* next_ = nullptr;
  std::vector<Escape> escapes_;
};

class SccAnalysis {
 public:
  SccAnalysis(std::vector<ssa::Func*> funcs, const Summaries& summaries,
              const EscapeOptions& options);
  Graph& graph() { return graph_; }
  void BuildFlows();  // flows.cpp
  // report.cpp: solves the graph, explaining it at -m=2 (positions inside
  // the explanations are printed with `sources`).
  void Solve(const types::SourceSet* sources);
  void Decide(EscapeReport& report);                 // report.cpp
  void RecordSummaries(Summaries& summaries) const;  // report.cpp
  // graph_export.cpp: record the solver's escape paths for `f` (call
  // before Solve), then copy f's part of the solved graph.
  void RecordEscapesFor(const ssa::Func* f) { export_of_ = f; }
  EscapeGraph ExportGraph() const;

 private:
  // flows.cpp
  void FuncFlows(ssa::Func* f);
  void ValueFlows(ssa::Value* v);
  // calls.cpp: a Call/Defer/Invoke/DeferInvoke, and the flows of one call
  // whose arguments start at operand `first_arg`.
  void CallSiteFlows(ssa::Value* v);
  void CallFlows(ssa::Value* call, size_t first_arg, ssa::Func* callee, bool deferred);
  // locations.cpp
  std::vector<Location*>& ParamLocs(ssa::Func* f);  // f's parameter locations
  Location* Loc(ssa::Value* v);                     // the location holding v's value
  Location* ObjectOf(ssa::Value* alloc);            // the allocated object of an Alloc
  Location* StoreTarget(ssa::Value* ptr);  // where `*ptr = x` puts x (an object or the heap)
  int FuncIndex(const ssa::Func* f) const;
  Location* ResultLoc(ssa::Func* f, size_t i);
  // Adds `dst <- (src, derefs)` unless either side is the discard location.
  // At -m=2 the edge gets the notes the builder left on the value whose
  // flows are being built (`noting_`) for the operand src holds.
  void Flow(Location* dst, Location* src, int derefs);
  std::vector<Note> NotesFor(const Location* dst, const Location* src) const;  // explain.cpp

  std::vector<ssa::Func*> funcs_;
  const Summaries& summaries_;
  bool explain_;
  Graph graph_;
  const ssa::Value* noting_ = nullptr;       // the value ValueFlows is turning into edges
  std::vector<EscapeMessage> explanations_;  // -m=2 lines, printed before the decisions
  Explainer explainer_{&explanations_};
  // Values whose type holds no pointers cannot carry an address: flows into
  // or out of them are dropped (as gc's discard hole does), so that e.g.
  // `return p.x` of an int does not make p leak to the result.
  Location* discard_;
  std::map<const ssa::Value*, Location*> value_locs_;
  std::map<const ssa::Value*, Location*> objects_;
  std::map<std::pair<const ssa::Func*, size_t>, Location*> results_;
  std::map<const ssa::Func*, std::vector<Location*>> params_;
  const ssa::Func* export_of_ = nullptr;  // graph_export.cpp
  EscapeRecorder recorder_;
};

}  // namespace gosc::passes::escape
