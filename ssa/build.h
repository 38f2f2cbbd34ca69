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
#include "types/internal_error.h"

namespace gosc::ssa {

// Builds the module for a checked package. Throws gosc::InternalError
// (types/internal_error.h) at a construct the builder does not handle: a
// bug, since the checker accepted it.
std::unique_ptr<Module> BuildSsa(frontend::Package& pkg);

}  // namespace gosc::ssa
