// The pass manager: runs named SSA passes in order.
//
// Why it exists: the driver's pipeline (cleanup, field inlining, escape
// analysis, ...) and the debugging switches around it (`--print-after=NAME`,
// verification after each pass) belong in one place, so that adding a pass is
// one registration and every pass gets the same checking for free.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "ssa/ir.h"

namespace gosc::passes {

// A pass transforms the module in place. It returns false (with *error set)
// only for internal errors it detected itself.
using PassFn = std::function<bool(ssa::Module& m, std::string* error)>;

struct PassOptions {
  bool verify_each = false;               // run ssa::Verify after every pass
  std::vector<std::string> print_after;   // pass names; "all" prints after every pass
  // Called for each requested --print-after; the default prints ssa::Print to stdout
  // under a "; after NAME" header.
  std::function<void(const std::string& pass, const ssa::Module& m)> print;
};

class PassManager {
 public:
  explicit PassManager(PassOptions options = {}) : options_(std::move(options)) {}
  void Add(std::string name, PassFn fn);
  // Adds a built-in pass by name ("cleanup", "field_inline"); false if unknown.
  bool AddByName(const std::string& name);
  // Runs the passes in order. Stops at the first pass that fails or leaves
  // IR the verifier rejects; *errors then names the pass and the problems.
  bool Run(ssa::Module& m, std::string* errors);
  std::vector<std::string> PassNames() const;

 private:
  struct Entry {
    std::string name;
    PassFn fn;
  };
  PassOptions options_;
  std::vector<Entry> passes_;
};

// Built-in passes (each in its own folder, see their essays).
bool RunCleanup(ssa::Module& m, std::string* error);
bool RunCleanup(ssa::Func& f);
bool RunFieldInline(ssa::Module& m, std::string* error);
bool RunFieldInline(ssa::Func& f);

// The default pipeline before escape analysis: field_inline, then cleanup.
std::vector<std::string> DefaultPassNames();

}  // namespace gosc::passes
