// Taking the per-pass snapshots (snapshots.h says why values get keys).
#include "driver/html/snapshots.h"

#include "ssa/print.h"

namespace gosc::driver::html {

int SnapshotRecorder::KeyOf(const ssa::Value* v) {
  auto [it, added] = keys_.try_emplace(v, static_cast<int>(keys_.size()) + 1);
  return it->second;
}

void SnapshotRecorder::Take(const std::string& pass, const ssa::Module& m) {
  const ssa::Func* f = m.FindFunc(link_name_);
  if (f == nullptr) return;  // not built yet, or inlined away
  SsaSnapshot snap;
  snap.pass = pass;
  snap.text = ssa::Print(*f, m.sources);
  for (const auto& [value, name] : ssa::PrintedNames(*f)) snap.keys[name] = KeyOf(value);
  snapshots_.push_back(std::move(snap));
}

const ssa::Func* FindExploredFunc(const ssa::Module& m, const std::string& name) {
  if (const ssa::Func* f = m.FindFunc(name)) return f;
  if (const ssa::Func* f = m.FindFunc("main." + name)) return f;
  return nullptr;
}

}  // namespace gosc::driver::html
