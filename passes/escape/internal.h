// Internals of the escape pass shared by its files (not a public API).
//
// Why it exists: the per-SCC analysis state — which SSA value maps to which
// location, the summaries of already-analysed functions — is used by the
// value-to-location mapping (locations.cpp), the flow builder (flows.cpp,
// calls.cpp), the decision/report code (report.cpp) and the library
// summaries; one class keeps that state in one place.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "passes/escape/escape.h"
#include "passes/escape/field_paths.h"
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

// coalloc.cpp: after every function is decided, lets inner heap objects
// share the allocation of the outer object whose field they initialise,
// rewording their -m lines in `report`.
void ChooseCoallocations(ssa::Module& m, const EscapeOptions& options, EscapeReport& report);

// How a library function lets one argument go (library.def's ESCAPE column):
// to the heap or to the call's result, dereferenced `derefs` times.
struct LibraryLeak {
  int derefs = Leaks::kNone;  // kNone: the argument does not escape
  bool to_result = false;     // reaches only the (first) result, not the heap
};
bool LibrarySummary(const std::string& full_name, size_t num_args, std::vector<LibraryLeak>* leaks);

// -m=2 (explain.cpp): words the solver's decisions as gc's flow
// explanations. Every line is reported at the position of the location
// being explained, as gc does.
class Explainer : public SolveObserver {
 public:
  // -m=2 lines go to `out`, the same decisions as gc's -json remarks to
  // `remarks`.
  Explainer(std::vector<EscapeMessage>* out, std::vector<EscapeRemark>* remarks)
      : out_(out), remarks_(remarks) {}
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
  // The path's -m=2 lines, and the same flows as the lines of `remark`.
  void Path(const Location& root, const Location& from, EscapeRemark* remark);
  void Line(types::Pos pos, std::string text);
  std::string Format(types::Pos pos) const;  // "file.go:L:C", as inside gc's notes
  bool FoundWhileBuilding(const Location& root, const Location& loc) const;
  std::vector<EscapeMessage>* out_;
  std::vector<EscapeRemark>* remarks_;
  const types::SourceSet* sources_ = nullptr;
  // Variables already captured by reference in this batch: gc counts that
  // as taking their address (`addr=true` for later captures).
  std::vector<std::pair<std::string, types::Pos>> captured_by_ref_;
  // The location whose escape the current lines explain (nullptr: none).
  const Location* subject_ = nullptr;
  std::map<const Location*, std::vector<std::string>> lines_about_;
  // Locations gc would have found escaping while building its graph.
  std::set<const Location*> escaped_while_building_;
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
  types::Pos src_pos;  // where the location named by `src` is declared or allocated
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

// Why a region object is not a stack slot (regions.cpp, -m=2): the root its
// address first reached under the ordinary rules, and the path there.
struct RegionPath {
  std::string root;
  int root_depth = 0;
  std::vector<ExplainedFlow> flows;
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
  // Moves the explanations made so far into `report` (as -m=2 lines and
  // as remarks, each when asked for).
  void TakeExplanations(EscapeReport& report);

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
  // The same, with the notes of the flow `note_dst <- note_src` (a field of
  // a split object explained as the flow into or out of the object).
  void Flow(Location* dst, Location* src, int derefs, const Location* note_dst,
            const Location* note_src);
  std::vector<Note> NotesFor(const Location* dst, const Location* src) const;  // explain.cpp
  // regions.cpp: marks the objects that go to a per-call region
  // (Location::lives_to_return) before the final solve, and words their
  // decisions.
  bool RegionSite(const ssa::Value* v) const;
  void ChooseRegions();
  void DecideRegion(ssa::Value* v, const Location& obj);

  // Field sensitivity (field_paths.cpp; DESIGN.md § Escape analysis, 1). A
  // split object keeps its whole location (whose address the Alloc's value
  // is, and which holds what every leaf holds) plus one location per leaf.
  struct Split {
    std::vector<FieldLeaf> leaves;
    std::vector<Location*> locs;
  };
  // Bytes [begin, begin + size) of a split Alloc's object; `exact` is false
  // when a non-constant index widened the range to a whole array, so the
  // bytes accessed are somewhere inside it.
  struct FieldAddress {
    ssa::Value* alloc = nullptr;
    int64_t begin = 0;
    int64_t size = 0;
    bool exact = true;
  };
  void MaybeSplit(ssa::Value* alloc, Location* whole);
  // Whether `ptr` addresses part of a split object by constant field paths.
  bool ResolveField(ssa::Value* ptr, FieldAddress* out) const;
  std::vector<Location*> LeavesIn(const FieldAddress& a) const;
  // The locations holding bytes [begin, begin + size) of the value v (an
  // aggregate read out of a split object, or a field of one); else {Loc(v)}.
  std::vector<Location*> ValueParts(ssa::Value* v, int64_t begin, int64_t size);
  // Whether `assert` (a TypeAssert to a concrete type) reads an interface
  // made by a MakeInterface of the same function: then either the assertion
  // always `fails` (another dynamic type), or it reads the split box `box`.
  bool AssertsBoxed(ssa::Value* assert, bool* fails, FieldAddress* box) const;
  // `*ptr = x`, leaf by leaf when ptr resolves.
  void StoreFlows(ssa::Value* ptr, ssa::Value* x);

  std::vector<ssa::Func*> funcs_;
  const Summaries& summaries_;
  bool regions_;
  const types::SourceSet* sources_ = nullptr;
  std::map<const Location*, RegionPath> region_paths_;
  bool explain_;             // build the explanations (-m=2 or remarks)
  bool print_explanations_;  // -m=2: and add their lines to the messages
  bool keep_explanations_;   // -m=2 or -html: fill AllocDecision::explanation
  bool options_remarks_;     // EscapeOptions::remarks: and keep them as remarks
  Graph graph_;
  const ssa::Value* noting_ = nullptr;       // the value ValueFlows is turning into edges
  std::vector<EscapeMessage> explanations_;  // -m=2 lines, printed before the decisions
  std::vector<EscapeRemark> remarks_;        // the same, as gc's -json remarks
  Explainer explainer_{&explanations_, &remarks_};
  // Values whose type holds no pointers cannot carry an address: flows into
  // or out of them are dropped (as gc's discard hole does), so that e.g.
  // `return p.x` of an int does not make p leak to the result.
  Location* discard_;
  std::map<const ssa::Value*, Location*> value_locs_;
  std::map<const ssa::Value*, Location*> objects_;
  std::map<std::pair<const ssa::Func*, size_t>, Location*> results_;
  bool field_sensitive_;
  bool map_storage_;                                // EscapeOptions::map_storage
  std::map<const ssa::Value*, Split> splits_;       // index: the Alloc
  std::map<const Location*, const Split*> wholes_;  // a split object's whole location
  std::map<const ssa::Func*, std::vector<Location*>> params_;
  const ssa::Func* export_of_ = nullptr;  // graph_export.cpp
  EscapeRecorder recorder_;
};

// The builder's own temporaries (".autotmp"): nothing gc names, so no -m
// text or remark of their own.
inline bool IsCompilerTemp(const ssa::Value* alloc) {
  return !alloc->alloc_desc.empty() && alloc->alloc_desc[0] == '.';
}

// beyond_gc.cpp: gc's model of a program (gosc's extensions off, no
// messages), the kind each Alloc of m was given, and the gosc-only remarks
// for the sites the real solve keeps off the heap where gc's model does not.
EscapeOptions GcModel(const EscapeOptions& options);
std::map<const ssa::Value*, ssa::AllocKind> AllocKinds(const ssa::Module& m);
void AddBeyondGcRemarks(const ssa::Module& m,
                        const std::map<const ssa::Value*, ssa::AllocKind>& gc_kinds,
                        EscapeReport* report);

}  // namespace gosc::passes::escape
