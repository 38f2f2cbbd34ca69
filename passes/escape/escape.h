// Escape analysis over the SSA IR: the public entry point.
//
// Why it exists: every allocation site (`Alloc`) starts on the heap; this
// pass proves which ones cannot outlive their function and flips them to the
// stack, and explains each decision in the Go toolchain's words for `-m`.
// The model and algorithm are described in graph.h (solver) and analyze.cpp
// (how SSA values become locations and flows).
#pragma once

#include <string>
#include <vector>

#include "passes/escape/graph_export.h"
#include "ssa/ir.h"
#include "types/pos.h"

namespace gosc::passes::escape {

struct EscapeOptions {
  bool enabled = true;  // false (--no-escape): leave every site on the heap
  // false (--no-region): objects that outlive a loop iteration but not the
  // function go to the heap instead of a per-call region (regions.cpp).
  bool regions = true;
  // The -m level: 2 and above add gc's flow explanations to the messages
  // ("x escapes to heap:", "  flow: ~r0 = &x:", "    from &x (address-of) at ...")
  // and the closures' "capturing by value|ref" lines.
  int message_level = 1;
  // Also record the decisions as gc's optimisation remarks (`-json`,
  // EscapeReport::remarks). Turns the explanation machinery on without
  // adding its lines to `messages` below -m=2.
  bool remarks = false;
  // Fill every AllocDecision::explanation with its -m=2 text whatever the
  // -m level, without adding lines to `messages` (gosc -html).
  bool explanations = false;
  // false (--no-field-sensitive): one location per object, as gc (DESIGN.md
  // § Escape analysis, 1); true splits structs and small arrays per field.
  bool field_sensitive = true;
  // false: what is stored into a map goes to the heap, as in gc; true (gosc,
  // DESIGN.md § Escape 2): a map's storage is owned by the map's Alloc.
  // Only the gc model of beyond_gc.cpp turns it off.
  bool map_storage = true;
  // false (--no-coalloc): every heap site is its own allocation; true lets
  // an inner object that lives exactly as long as the outer one whose field
  // it initialises share the outer's allocation (coalloc.cpp).
  bool coalloc = true;
  // A function's link name ("main.f"): copy its escape graph into
  // EscapeReport::graph (gosc -html). Empty: export nothing.
  std::string graph_of;
};

// One `-m` line: `file:line:col: message`.
struct EscapeMessage {
  types::Pos pos;
  std::string text;
};

// One decision as gc's optimisation logger (cmd/compile/internal/logopt,
// `-json=0,DIR`) records it: what an editor shows at `pos`. `code` is gc's
// ("escape": found while solving, "escapes": while building the graph,
// "leak": a parameter's flow; "escape" with an empty message: an
// allocation site sent to the heap). `flow` is the -m=2 explanation, each
// line at the source position gc gives it (the flow's first note, else the
// flow's source) and worded as gc logs it ("   flow: x = &y:",
// "     from &y (address-of)").
struct EscapeRemark {
  struct Line {
    types::Pos pos;
    std::string text;
  };
  types::Pos pos;
  std::string code;
  std::string message;
  std::vector<Line> flow;
};

// gosc-only remark codes (beyond_gc.cpp): a site gosc keeps off the heap
// where gc's model (no map storage, no field sensitivity, no regions) sends
// it there.
inline constexpr const char* kRemarkStackBeyondGc = "gosc-stack";
inline constexpr const char* kRemarkRegion = "gosc-region";

struct EscapeReport {
  std::vector<EscapeMessage> messages;  // in emission order (functions bottom-up)
  std::vector<EscapeRemark> remarks;    // EscapeOptions::remarks only; in emission order
  int stack_sites = 0;
  int heap_sites = 0;
  int region_sites = 0;
  // Heap sites sharing another site's allocation (coalloc.cpp); counted in
  // heap_sites too, as their memory is on the heap.
  int coalloc_sites = 0;
  EscapeGraph graph;  // the graph of EscapeOptions::graph_of (graph_export.h)
};

// Decides every Alloc of `m` (fills its ssa::AllocDecision) and returns
// the -m messages.
EscapeReport RunEscapeAnalysis(ssa::Module& m, const EscapeOptions& options);

// gc's stack limits: explicit variables up to 10 MiB, implicit allocations
// (new, &T{}, make, literals) up to 64 KiB.
constexpr int64_t kMaxStackVarSize = 10 * 1024 * 1024;
constexpr int64_t kMaxImplicitStackVarSize = 64 * 1024;

}  // namespace gosc::passes::escape
