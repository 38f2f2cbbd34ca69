// Hand-written escape summaries for the library functions the runtime
// implements (fmt, strings, strconv, sort, errors, os, math).
//
// Why it exists: library code is not compiled by gosc, so the pass cannot
// analyse it; without a summary every argument would be assumed to reach the
// heap. The levels below match what gc's analysis concludes for Go 1.19's
// implementations (e.g. fmt's `a ...any` leaks its *content*: the slice
// backing the variadic arguments stays on the stack while the boxed values
// escape — "... argument does not escape" / "x escapes to heap").
#include <string_view>
#include <unordered_map>

#include "passes/escape/internal.h"

namespace gosc::passes::escape {
namespace {

constexpr int kNo = Leaks::kNone;

struct Summary {
  std::vector<int> levels;  // per flattened argument; the last repeats for extra arguments
};

const std::unordered_map<std::string_view, Summary>& Table() {
  static const auto* table = new std::unordered_map<std::string_view, Summary>{
      // fmt: the variadic slice's elements leak (level 1); format strings don't.
      {"fmt.Println", {{1}}},
      {"fmt.Print", {{1}}},
      {"fmt.Sprintln", {{1}}},
      {"fmt.Sprint", {{1}}},
      {"fmt.Printf", {{kNo, 1}}},
      {"fmt.Sprintf", {{kNo, 1}}},
      {"fmt.Errorf", {{kNo, 1}}},
      {"fmt.Fprintln", {{0, 1}}},
      {"fmt.Fprintf", {{0, kNo, 1}}},
      // strings: results are fresh or share the (immutable) input's bytes;
      // the inputs' bytes are never stored anywhere else.
      {"strings.Contains", {{kNo}}},
      {"strings.ContainsRune", {{kNo}}},
      {"strings.HasPrefix", {{kNo}}},
      {"strings.HasSuffix", {{kNo}}},
      {"strings.Index", {{kNo}}},
      {"strings.IndexByte", {{kNo}}},
      {"strings.LastIndex", {{kNo}}},
      {"strings.Count", {{kNo}}},
      {"strings.EqualFold", {{kNo}}},
      {"strings.Split", {{0}}},
      {"strings.Fields", {{0}}},
      {"strings.Join", {{1, kNo}}},
      {"strings.Repeat", {{kNo}}},
      {"strings.Replace", {{0}}},
      {"strings.ReplaceAll", {{0}}},
      {"strings.ToUpper", {{0}}},
      {"strings.ToLower", {{0}}},
      {"strings.TrimSpace", {{0}}},
      {"strings.Trim", {{0, kNo}}},
      {"strings.TrimPrefix", {{0, kNo}}},
      {"strings.TrimSuffix", {{0, kNo}}},
      // strings.Builder: the receiver is only written through (its buffer
      // is a separate heap object); the written bytes are copied.
      {"strings.(*Builder).WriteString", {{kNo, kNo}}},
      {"strings.(*Builder).WriteByte", {{kNo, kNo}}},
      {"strings.(*Builder).WriteRune", {{kNo, kNo}}},
      {"strings.(*Builder).String", {{1}}},
      {"strings.(*Builder).Len", {{kNo}}},
      {"strings.(*Builder).Reset", {{kNo}}},
      {"strings.(*Builder).Grow", {{kNo, kNo}}},
      // strconv: inputs are read, outputs are fresh.
      {"strconv.Itoa", {{kNo}}},
      {"strconv.Atoi", {{kNo}}},
      {"strconv.FormatInt", {{kNo}}},
      {"strconv.ParseInt", {{kNo}}},
      {"strconv.ParseFloat", {{kNo}}},
      {"strconv.FormatFloat", {{kNo}}},
      {"strconv.Quote", {{kNo}}},
      {"strconv.ParseBool", {{kNo}}},
      {"strconv.FormatBool", {{kNo}}},
      // sort: sorts in place; sort.Slice keeps neither the slice nor the closure.
      {"sort.Ints", {{kNo}}},
      {"sort.Strings", {{kNo}}},
      {"sort.Float64s", {{kNo}}},
      {"sort.Slice", {{0, kNo}}},
      // errors.New stores its text in a new heap error value.
      {"errors.New", {{0}}},
      {"errors.Is", {{kNo}}},
      {"os.Exit", {{kNo}}},
      {"os.Getenv", {{kNo}}},
      {"os.ReadFile", {{kNo}}},
      {"os.WriteFile", {{kNo}}},
  };
  return *table;
}

}  // namespace

bool LibrarySummary(const std::string& full_name, size_t num_args, std::vector<int>* heap_levels) {
  if (full_name.rfind("math.", 0) == 0) {  // math takes and returns numbers only
    heap_levels->assign(num_args, kNo);
    return true;
  }
  const auto& table = Table();
  auto it = table.find(full_name);
  if (it == table.end()) return false;
  const std::vector<int>& levels = it->second.levels;
  heap_levels->clear();
  for (size_t i = 0; i < num_args; ++i) {
    heap_levels->push_back(levels.empty() ? 0 : levels[std::min(i, levels.size() - 1)]);
  }
  return true;
}

}  // namespace gosc::passes::escape
