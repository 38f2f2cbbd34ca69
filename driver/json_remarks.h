// `-json=0,DIR`: the escape decisions as gc's optimisation remarks.
//
// Why it exists: editors already know how to show gc's remarks. `go build
// -gcflags=-json=0,DIR` makes gc (cmd/compile/internal/logopt) write, per
// source file, DIR/PKG/FILE.json: a header line, then one LSP Diagnostic per
// line; gopls reads that directory (its "gc_details" annotations) and VS
// Code Go shows the remarks inline. gosc writes the same files from its
// escape report (EscapeReport::remarks), so the same tools show gosc's
// decisions. The flag's syntax and checks are gc's too, so a command line
// written for gc works.
#pragma once

#include <string>

#include "passes/escape/escape.h"
#include "types/pos.h"

namespace gosc::driver {

// Parses the value of -json ("0,/abs/dir" or "0,file:///abs/dir") as gc
// does: the version must be 0 and the destination an absolute directory or
// a file:// URI. Sets *dir to the cleaned directory.
bool ParseJsonFlag(const std::string& value, std::string* dir, std::string* error);

// Writes DIR/main/FILE.json for every source file that has remarks (as gc
// does, a file without any gets no JSON file). `tool_version` is written as
// the header's gc_version.
bool WriteJsonRemarks(const passes::escape::EscapeReport& report, const types::SourceSet& sources,
                      const std::string& dir, const std::string& tool_version, std::string* error);

}  // namespace gosc::driver
