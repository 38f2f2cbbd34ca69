// The SSA builder's entry point: typed AST in, SSA Module out.
//
// Why it exists: it is the one bridge from the frontend's annotated tree to
// the IR every later phase works on (DESIGN.md § SSA IR). The builder's
// internals live in ssa/builder/ (one file per concept).
#pragma once

#include <memory>
#include <string>

#include "frontend/frontend.h"
#include "ssa/ir.h"

namespace gosc::ssa {

// Builds the module for a checked package. On an internal error (a construct
// the builder does not handle: a bug, since the checker accepted it) returns
// nullptr and sets *error to "file:line:col: internal compiler error: ...".
std::unique_ptr<Module> BuildSsa(frontend::Package& pkg, std::string* error);
// Same; the internal error, if any, is printed to stderr.
std::unique_ptr<Module> BuildSsa(frontend::Package& pkg);

}  // namespace gosc::ssa
