// Escape summaries for the library functions the runtime implements (fmt,
// strings, strconv, sort, errors, os, math), read from runtime/library.def.
//
// Why it exists: library code is not compiled by gosc, so the pass cannot
// analyse it; without a summary every argument would be assumed to reach the
// heap. The levels are written beside each member's signature in
// library.def (the one list of members) and match what gc's analysis
// concludes for Go 1.19's implementations (e.g. fmt's `a ...any` leaks its
// *content*: the slice backing the variadic arguments stays on the stack
// while the boxed values escape — "... argument does not escape" /
// "x escapes to heap").
#include <string_view>
#include <unordered_map>
#include <vector>

#include "passes/escape/internal.h"

namespace gosc::passes::escape {
namespace {

// library.def's spellings: `none` (does not escape), a heap level (0, 1),
// `result` (the argument itself reaches the result: a substring of it may
// be returned) and `result_content` (what it points to does).
constexpr int none = Leaks::kNone;
constexpr int kToResult = 1 << 20;  // added to the level of a leak to the result
constexpr int result = kToResult + 0;
constexpr int result_content = kToResult + 1;

struct Row {
  std::string_view go_name;
  std::vector<int> levels;  // per Go argument (receiver first); the last repeats
};

#define GOSC_ESCAPE_LEVELS(...) \
  { __VA_ARGS__ }
const Row kRows[] = {
#define GOSC_LIB(symbol, go_name, ret, params, go_signature, escape) \
  {go_name, GOSC_ESCAPE_LEVELS escape},
#define GOSC_LIB_VAR(symbol, go_name, type, go_type)
#include "runtime/library.def"
#undef GOSC_LIB
#undef GOSC_LIB_VAR
};
#undef GOSC_ESCAPE_LEVELS

const std::unordered_map<std::string_view, const Row*>& Table() {
  static const auto* table = [] {
    auto* t = new std::unordered_map<std::string_view, const Row*>;
    for (const Row& r : kRows) t->emplace(r.go_name, &r);
    return t;
  }();
  return *table;
}

}  // namespace

bool LibrarySummary(const std::string& full_name, size_t num_args,
                    std::vector<LibraryLeak>* leaks) {
  const auto& table = Table();
  auto it = table.find(full_name);
  if (it == table.end()) return false;
  const std::vector<int>& levels = it->second->levels;
  leaks->clear();
  for (size_t i = 0; i < num_args; ++i) {
    int level = levels.empty() ? 0 : levels[std::min(i, levels.size() - 1)];
    if (level != none && level >= kToResult) {
      leaks->push_back({level - kToResult, true});
    } else {
      leaks->push_back({level, false});
    }
  }
  return true;
}

}  // namespace gosc::passes::escape
