// The deterministic text form of the SSA IR.
//
// Why it exists: `gosc --emit=ssa` prints it, lit tests FileCheck it and unit
// tests compare it with golden text, so the same module must always print the
// same bytes: names come from source names made unique in print order (`x`,
// `x.1`), unnamed values are `t0`, `t1`, ... in block order, and positions are
// `@file:line:col` with the file's base name.
#pragma once

#include <map>
#include <string>

#include "ssa/ir.h"

namespace gosc::ssa {

std::string Print(const Module& m);
// `sources` names files in positions; without it positions print as `@line:col`.
std::string Print(const Func& f, const types::SourceSet* sources = nullptr);
// One value as the printer shows it, without leading spaces or newline (for
// error messages: names are computed for the value's function).
std::string PrintValue(const Value& v);
// The name Print(f) gives each value, without the '%': how a tool maps the
// printed text back to values (gosc -html; ids change between passes).
std::map<const Value*, std::string> PrintedNames(const Func& f);

const char* AllocKindName(AllocKind k);  // "heap", "stack"
const char* AllocSiteName(AllocSite s);  // "new", "complit", "localvar", ...

}  // namespace gosc::ssa
