// The pass manager: runs named SSA passes in order.
// (Escape analysis is one of them: it decides every Alloc, and the
// messages it produces for -m are kept here for the driver to print.)
//
// Why it exists: the driver's pipeline (cleanup, field inlining, escape
// analysis, ...) and the debugging switches around it (`--print-after=NAME`,
// verification after each pass) belong in one place, so that adding a pass is
// one registration and every pass gets the same checking for free.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "passes/escape/escape.h"
#include "ssa/ir.h"
#include "types/internal_error.h"

namespace gosc::passes {

// A pass transforms the module in place. An internal error it detects
// itself is thrown as gosc::InternalError (types/internal_error.h).
using PassFn = std::function<void(ssa::Module& m)>;

struct PassOptions {
  bool verify_each = false;              // run ssa::Verify after every pass
  std::vector<std::string> print_after;  // pass names; "all" prints after every pass
  // Called for each requested --print-after; the default prints ssa::Print to stdout
  // under a "; after NAME" header.
  std::function<void(const std::string& pass, const ssa::Module& m)> print;
  // Called after every pass (and its verification), whatever print_after
  // says: how gosc -html takes a snapshot of its function after each pass.
  std::function<void(const std::string& pass, const ssa::Module& m)> after_each;
  // Options of the "escape" pass (enabled, -m level).
  escape::EscapeOptions escape;
};

class PassManager {
 public:
  explicit PassManager(PassOptions options = {}) : options_(std::move(options)) {}
  // Registered passes may refer to the manager (the escape pass's report).
  PassManager(const PassManager&) = delete;
  PassManager& operator=(const PassManager&) = delete;
  void Add(std::string name, PassFn fn);
  // Adds a built-in pass by name ("cleanup", "field_inline", "escape");
  // false if unknown.
  bool AddByName(const std::string& name);
  // Runs the passes in order. A pass that leaves IR the verifier rejects
  // (with verify_each) is an internal error: throws gosc::InternalError
  // naming the pass and the problems. A pass's own InternalError propagates.
  void Run(ssa::Module& m);
  std::vector<std::string> PassNames() const;
  // What the "escape" pass found in the last Run: its -m messages, in
  // emission order, and the site counts (empty when it did not run).
  const escape::EscapeReport& escape_report() const { return escape_report_; }

 private:
  struct Entry {
    std::string name;
    PassFn fn;
  };
  PassOptions options_;
  std::vector<Entry> passes_;
  escape::EscapeReport escape_report_;
};

// Built-in passes (each in its own folder, see their essays).
void RunCleanup(ssa::Module& m);
bool RunCleanup(ssa::Func& f);
void RunFieldInline(ssa::Module& m);
bool RunFieldInline(ssa::Func& f);

// The default pipeline: field_inline, cleanup, then escape analysis.
std::vector<std::string> DefaultPassNames();

}  // namespace gosc::passes
