// The pass manager (see pass_manager.h).
//
// Why it exists separately from the passes: ordering, verification and
// printing policy are the driver's concern, not any one pass's.
#include "passes/pass_manager.h"

#include <algorithm>
#include <cstdio>

#include "ssa/print.h"
#include "ssa/verify.h"

namespace gosc::passes {

void PassManager::Add(std::string name, PassFn fn) {
  passes_.push_back({std::move(name), std::move(fn)});
}

bool PassManager::AddByName(const std::string& name) {
  if (name == "cleanup") {
    Add(name, [](ssa::Module& m) { RunCleanup(m); });
    return true;
  }
  if (name == "field_inline") {
    Add(name, [](ssa::Module& m) { RunFieldInline(m); });
    return true;
  }
  if (name == "escape") {
    Add(name,
        [this](ssa::Module& m) { escape_report_ = escape::RunEscapeAnalysis(m, options_.escape); });
    return true;
  }
  return false;
}

std::vector<std::string> PassManager::PassNames() const {
  std::vector<std::string> names;
  for (const Entry& e : passes_) names.push_back(e.name);
  return names;
}

void PassManager::Run(ssa::Module& m) {
  auto wants_print = [&](const std::string& name) {
    const auto& pa = options_.print_after;
    return std::find(pa.begin(), pa.end(), name) != pa.end() ||
           std::find(pa.begin(), pa.end(), "all") != pa.end();
  };
  for (const Entry& e : passes_) {
    e.fn(m);
    if (options_.verify_each) {
      std::string verr;
      ssa::VerifyProblem first;
      if (!ssa::Verify(m, &verr, &first)) {
        // The source position of the first bad value (or its function), when it has one.
        types::Pos at = first.value && first.value->pos.IsValid() ? first.value->pos
                        : first.func                              ? first.func->pos
                                                                  : types::Pos{};
        throw InternalError{at, "SSA invalid after pass " + e.name + ":\n" + verr};
      }
    }
    if (options_.after_each) options_.after_each(e.name, m);
    if (wants_print(e.name)) {
      if (options_.print) {
        options_.print(e.name, m);
      } else {
        std::printf("; after %s\n%s", e.name.c_str(), ssa::Print(m).c_str());
      }
    }
  }
}

std::vector<std::string> DefaultPassNames() { return {"field_inline", "cleanup", "escape"}; }

}  // namespace gosc::passes
