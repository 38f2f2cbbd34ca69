// The escape-analysis location graph and its solver.
//
// Why it exists: escape analysis is two problems — turning a function's SSA
// into a graph of value flows, and deciding from that graph what outlives
// what. This header is the second half, independent of the IR so it can be
// tested on small hand-built graphs (tests/unit/passes/escape_solver_test.cpp).
//
// Model (the Go toolchain's, cmd/compile/internal/escape):
//   * A Location is a place that can hold a value: a variable, an allocation
//     site, a parameter, a result, or the heap.
//   * An Edge `dst <- (src, derefs)` says the value of src flows into dst
//     after `derefs` dereferences: `dst = &src` is -1, `dst = src` 0,
//     `dst = *src` 1, `dst = **src` 2. Edges are stored on their destination.
//   * Solving walks backwards from every root location, computing for each
//     location the minimal number of dereferences along any path to the
//     root. A location reached with derefs < 0 has its *address* flow to the
//     root; if the root outlives it (the heap, a result, a variable of a
//     shallower loop or of an enclosing function), it must live on the heap.
//     When a location starts escaping it becomes a root itself (its address
//     is now on the heap, so anything whose address flows into it escapes).
//   * A parameter reached from a root that outlives it records a leak: to the
//     heap, or to result i, each with the minimal deref count. Callers use
//     these summaries instead of re-analysing the callee.
//
// Worked example:
//   func f(p *int) *int { x := 0; q := &x; sink = q; return p }
//   locations: p(param), x(var), q(var), ~r0(result), heap
//   edges:     q <- (x, -1);  heap <- (q, 0);  ~r0 <- (p, 0)
//   walk(heap): q at 0, x at -1 -> address of x reaches the heap: x escapes.
//   walk(~r0):  p at 0 -> p leaks to result 0 with level 0.
//
// Explanations (-m=2): each edge may carry notes naming the source
// constructs it passes through, and a SolveObserver hears, while the walk
// state still describes the path, when a location starts escaping or a
// parameter leaks; explain.cpp turns that path into gc's "flow:" lines.
//
// Not modelled here: the IR-specific parts (what creates which edge, call
// summaries, closures' capture rules) live in the graph builder; gc's
// "transient" allocation tracking and its "attribute" bit sets beyond
// escapes/leaks are not needed by gosc's lowering.
#pragma once

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <vector>

#include "types/pos.h"

namespace gosc::passes::escape {

// A parameter's leak summary: the minimal deref count at which its value
// reaches the heap and each result (kNone: does not reach it).
class Leaks {
 public:
  static constexpr int kNone = std::numeric_limits<int>::max();
  int heap() const { return heap_; }
  int result(size_t i) const { return i < results_.size() ? results_[i] : kNone; }
  size_t num_results() const { return results_.size(); }
  void AddHeap(int derefs);
  void AddResult(size_t i, int derefs);
  bool Empty() const;
  friend bool operator==(const Leaks&, const Leaks&) = default;

 private:
  int heap_ = kNone;
  std::vector<int> results_;
};

struct Location;

// One source construct an edge passes through: "from WHERE (WHY) at POS".
struct Note {
  std::string where;
  std::string why;
  types::Pos pos;
};

struct Edge {
  Location* src;
  int derefs;               // -1 address-of, 0 assignment, n >= 1 dereferences
  std::vector<Note> notes;  // -m=2 only, innermost construct first
};

enum class LocationKind : uint8_t { kHeap, kVariable, kAllocation, kParam, kResult, kTemp };

struct Location {
  LocationKind kind = LocationKind::kTemp;
  std::string name;
  int func = 0;             // the function (an index) the location belongs to
  int loop_depth = 0;       // loop nesting where it is declared/allocated
  int param_index = -1;     // kParam
  int result_index = -1;    // kResult
  std::vector<Edge> edges;  // incoming flows
  // For explanations: where the location is declared or allocated, and for
  // the memory cell of an address-taken parameter, that parameter (gc has
  // one location for both).
  types::Pos pos;
  const Location* cell_of_param = nullptr;
  // A region object (regions.cpp): allocated in a loop but kept until the
  // function returns, so for the loop-depth rule it is as old as the
  // function's top level.
  bool lives_to_return = false;
  // A field of a split object (DESIGN.md § Escape analysis, 1): its path
  // from the object, as Go writes it (".p1", ".a[0]"); "" for a whole.
  std::string field_path;

  // Solver results.
  bool escapes = false;  // must live on the heap (always true for the heap)
  Leaks leaks;           // kParam: where its value flows

  // Explanation for -m=2: the location (and edge) a walk reached this one from.
  Location* walk_dst = nullptr;
  int walk_dst_edge = -1;

  // Walk state.
  uint32_t walk_gen = 0;
  int walk_derefs = 0;
  bool queued = false;
};

// Hears the solver's decisions while the walk that made them is current:
// following walk_dst from the location reaches the root by a shortest path.
class SolveObserver {
 public:
  virtual ~SolveObserver() = default;
  // param's value reaches root, which outlives it, after `derefs` dereferences.
  virtual void ParamLeaks(const Location& root, const Location& param, int derefs) = 0;
  // loc's address reaches root, which outlives it: loc moves to the heap.
  virtual void Escapes(const Location& root, const Location& loc) = 0;
};

class Graph {
 public:
  Graph();
  Location* heap() { return heap_; }
  Location* NewLocation(LocationKind kind, std::string name, int func, int loop_depth);
  // Adds the flow `dst <- src` with `derefs` (see the header comment).
  void Flow(Location* dst, Location* src, int derefs, std::vector<Note> notes = {});
  // Declares that function `inner` is a closure nested (directly or not) in `outer`.
  void SetParentFunc(int inner, int outer);
  // Solves the graph: sets `escapes` and `leaks` on every location.
  void Solve(SolveObserver* observer = nullptr);
  // Forgets a solution (escapes, leaks, walk state) so the graph can be
  // solved again, e.g. after marking region objects.
  void ResetSolution();
  // Off: a location at a shallower loop depth of the same function no longer
  // outlives a deeper one, so what escapes then outlives the function
  // itself (regions.cpp's question).
  void set_loop_depth_rule(bool on) { loop_depth_rule_ = on; }
  const std::vector<std::unique_ptr<Location>>& locations() const { return locations_; }

 private:
  void WalkOne(Location* root, uint32_t gen, std::vector<Location*>& todo, SolveObserver* observer);
  bool Outlives(const Location* l, const Location* other) const;
  bool ContainsClosure(int outer, int inner) const;
  static void LeakTo(Location* param, const Location* sink, int derefs);

  std::vector<std::unique_ptr<Location>> locations_;
  std::vector<int> parent_func_;  // index: func; -1 for top-level
  Location* heap_;
  bool loop_depth_rule_ = true;
};

}  // namespace gosc::passes::escape
