// The SSA verifier: structural and type invariants of a Module.
//
// Why it exists: the builder and every pass must leave the IR in a state
// codegen can lower blindly; checking the invariants after each pass (the
// pass manager's verify option, every unit test) turns a silent miscompile
// into an error message naming the function, block and value.
#pragma once

#include <string>

#include "ssa/ir.h"

namespace gosc::ssa {

// Returns true when `m` is well formed; otherwise appends one line per
// problem to *errors (when non-null) and returns false.
bool Verify(const Module& m, std::string* errors);
bool Verify(const Func& f, std::string* errors);

// What the first problem a failed Verify found is about: its function, and
// its value when it is about one (nullptr otherwise). The driver maps them
// back to the lines of an --ssa-in file, to say where the bad IR is.
struct VerifyProblem {
  const Func* func = nullptr;
  const Value* value = nullptr;
};
bool Verify(const Module& m, std::string* errors, VerifyProblem* first);

}  // namespace gosc::ssa
