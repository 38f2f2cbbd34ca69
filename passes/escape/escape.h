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
  // The -m level: 2 and above add gc's flow explanations to the messages
  // ("x escapes to heap:", "  flow: ~r0 = &x:", "    from &x (address-of) at ...")
  // and the closures' "capturing by value|ref" lines.
  int message_level = 1;
  // A function's link name ("main.f"): copy its escape graph into
  // EscapeReport::graph (gosc -html). Empty: export nothing.
  std::string graph_of;
};

// One `-m` line: `file:line:col: message`.
struct EscapeMessage {
  types::Pos pos;
  std::string text;
};

struct EscapeReport {
  std::vector<EscapeMessage> messages;  // in emission order (functions bottom-up)
  int stack_sites = 0;
  int heap_sites = 0;
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
