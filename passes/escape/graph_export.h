// A read-only copy of the escape graph of one function, for tools.
//
// Why it exists: the location graph lives only while its call-graph
// component is analysed (analyze.cpp); `gosc -html=FUNC` wants to draw it
// afterwards — every location of the function, every flow edge with its
// dereference count, and for each location that escaped the path the walk
// took from it to the root that made it escape. This is that copy, in plain
// data (ids instead of pointers), made only when EscapeOptions::graph_of
// names the function. Exporting never changes a decision: the recorder only
// listens to the solver (SolveObserver) and copies its state.
#pragma once

#include <string>
#include <vector>

#include "ssa/ir.h"
#include "types/pos.h"

namespace gosc::passes::escape {

struct ExportedLocation {
  int id = 0;         // index into EscapeGraph::locations
  std::string kind;   // "heap", "variable", "allocation", "param", "result", "temp"
  std::string label;  // gc's name where it has one ("{storage for make(...)}", "x"), else ""
  types::Pos pos;
  int loop_depth = 0;
  bool escapes = false;
  bool other_func = false;  // belongs to another function of the component (a callee, a closure)
  // The SSA value whose result this location holds (-1: none), or, for the
  // object of an allocation site, that Alloc's id (ssa::Value::id).
  int value_id = -1;
  const ssa::Value* value = nullptr;  // the same value (it outlives the analysis)
  bool alloc_object = false;
  std::string leaks;  // kParam: "heap derefs=0", "~r0 derefs=1", ... ("" when it leaks nowhere)
};

struct ExportedEdge {
  int dst = 0;
  int src = 0;
  int derefs = 0;  // -1 address-of, 0 assignment, n dereferences
};

// One location starting to escape: the walk's path from it to the root.
struct ExportedEscape {
  int location = 0;
  int root = 0;
  std::vector<int> path;  // location ids from `location` to `root`, both included
};

struct EscapeGraph {
  bool found = false;  // the function was analysed (false: no such function)
  std::string func;    // its link name
  std::vector<ExportedLocation> locations;
  std::vector<ExportedEdge> edges;
  std::vector<ExportedEscape> escapes;
};

}  // namespace gosc::passes::escape
