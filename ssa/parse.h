// Reading the SSA text back: the inverse of ssa/print.h.
//
// Why it exists: passes can then be tested the way LLVM tests its own — a
// lit test holds a small hand-written module in text, runs one pass on it
// (`gosc --ssa-in f.ssa --passes=escape -m`) and FileChecks the result —
// instead of building IR by hand in C++. Printing a parsed module gives the
// text back byte for byte (the round-trip tests over the lit corpus check
// that), so the text is a complete description of a module: `type` lines
// for named types, `declare` lines for library functions, globals, then the
// functions with everything the passes read.
#pragma once

#include <memory>

#include "ssa/ir.h"
#include "types/pos.h"
#include "types/types.h"

namespace gosc::ssa {

// Parses the text of `file` in `sources` into a module whose types and
// objects live in `table` (which must outlive it). Files named in positions
// (`@x.go:3:5`) are added to `sources` without text, and the module prints
// them by those names. On malformed text reports one
// `file:line:col: error: ...` to `diags` and returns nullptr.
std::unique_ptr<Module> ParseModule(types::SourceSet& sources, int file, types::TypeTable& table,
                                    types::Diagnostics& diags);

}  // namespace gosc::ssa
