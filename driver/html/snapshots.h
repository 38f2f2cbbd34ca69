// The SSA of one function after each pass, for the HTML explorer.
//
// Why it exists: `gosc -html=FUNC` shows a column per pass, and clicking a
// value must light it up in every column. The printed names (`%t3`, `%inner`)
// are no key for that: passes rename and renumber values. What does stay is
// the ssa::Value object itself, so each one gets a small integer key the
// first time a snapshot sees it, and every later snapshot (and the LLVM IR,
// whose values carry the last snapshot's names) reuses it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ssa/ir.h"

namespace gosc::driver::html {

// One column: the function as ssa::Print shows it, and which key each
// printed name (without '%') stands for.
struct SsaSnapshot {
  std::string pass;
  std::string text;
  std::map<std::string, int> keys;
};

class SnapshotRecorder {
 public:
  explicit SnapshotRecorder(std::string link_name) : link_name_(std::move(link_name)) {}
  // Takes a snapshot of the function in `m`; `pass` names the column.
  void Take(const std::string& pass, const ssa::Module& m);
  const std::vector<SsaSnapshot>& snapshots() const { return snapshots_; }
  // The key of `v`, giving it a new one if it has none yet.
  int KeyOf(const ssa::Value* v);

 private:
  std::string link_name_;
  std::map<const ssa::Value*, int> keys_;
  std::vector<SsaSnapshot> snapshots_;
};

// Finds the function a user means by NAME: its link name without the
// package ("nestedLoop", "(*T).M", "f.func1") or with it ("main.nestedLoop").
const ssa::Func* FindExploredFunc(const ssa::Module& m, const std::string& name);

}  // namespace gosc::driver::html
