// What a module refers to without defining it: its named types and the
// library functions it calls.
//
// Why it exists: the SSA text must be a whole module so that ssa/parse.h can
// rebuild it; the printer puts a `type` line for every named type and a
// `declare` line for every library function before the globals. Both lists
// are sorted by spelling so the text is deterministic.
#pragma once

#include <vector>

#include "ssa/ir.h"

namespace gosc::ssa {

// Every named type reachable from the module's values, signatures and
// globals (through composite types and other named types' underlying types),
// except the universe's `error`; sorted by String().
std::vector<const types::Named*> NamedTypesOf(const Module& m);
// The library functions (pkg() != "") that calls, defers, func values and
// closures name without an SSA callee; sorted by FullName(), each once.
std::vector<const types::Func*> LibraryFuncsOf(const Module& m);
// The universe's `error` (no package, no position), which needs no `type` line.
bool IsUniverseError(const types::Named* n);

}  // namespace gosc::ssa
