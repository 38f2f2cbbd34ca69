// Copying one function's solved escape graph out of the analysis
// (graph_export.h says why; the recorder below is how the escape paths are
// kept, since the solver's walk state is overwritten by the next walk).
//
// What is copied: the function's own locations, the heap, and every other
// location one edge away (a callee's parameter in the same component, a
// closure's variable), so that each drawn edge has both ends; the discard
// location never has edges and is left out.
#include <algorithm>
#include <map>
#include <set>

#include "passes/escape/internal.h"

namespace gosc::passes::escape {
namespace {

const char* KindName(LocationKind k) {
  switch (k) {
    case LocationKind::kHeap: return "heap";
    case LocationKind::kVariable: return "variable";
    case LocationKind::kAllocation: return "allocation";
    case LocationKind::kParam: return "param";
    case LocationKind::kResult: return "result";
    case LocationKind::kTemp: return "temp";
  }
  return "temp";
}

std::string LeaksText(const Location& l, const ssa::Func* f) {
  std::string out;
  auto add = [&](const std::string& to, int derefs) {
    if (!out.empty()) out += ", ";
    out += to + " derefs=" + std::to_string(derefs);
  };
  if (l.leaks.heap() != Leaks::kNone) add("heap", l.leaks.heap());
  for (size_t r = 0; r < l.leaks.num_results(); ++r) {
    if (l.leaks.result(r) != Leaks::kNone) add(GoResultName(f, r), l.leaks.result(r));
  }
  return out;
}

}  // namespace

void EscapeRecorder::ParamLeaks(const Location& root, const Location& param, int derefs) {
  if (next_ != nullptr) next_->ParamLeaks(root, param, derefs);
}

void EscapeRecorder::Escapes(const Location& root, const Location& loc) {
  Escape e{&loc, &root, {&loc}};
  // The walk's links lead from loc to root (graph.h); the bound guards
  // against a link chain that does not end there.
  for (const Location* cur = &loc; cur != &root && cur->walk_dst != nullptr;) {
    cur = cur->walk_dst;
    e.path.push_back(cur);
    if (e.path.size() > 100000) break;
  }
  escapes_.push_back(std::move(e));
  if (next_ != nullptr) next_->Escapes(root, loc);
}

EscapeGraph SccAnalysis::ExportGraph() const {
  EscapeGraph g;
  if (export_of_ == nullptr) return g;
  g.found = true;
  g.func = export_of_->name;
  int self = FuncIndex(export_of_);

  std::set<const Location*> keep;
  for (const auto& loc : graph_.locations()) {
    if (loc.get() != discard_ && (loc->func == self || loc->kind == LocationKind::kHeap)) {
      keep.insert(loc.get());
    }
  }
  for (const auto& loc : graph_.locations()) {
    for (const Edge& e : loc->edges) {
      if (keep.count(loc.get()) || keep.count(e.src)) {
        keep.insert(loc.get());
        keep.insert(e.src);
      }
    }
  }
  for (const EscapeRecorder::Escape& e : recorder_.escapes()) {
    if (!keep.count(e.loc)) continue;
    keep.insert(e.path.begin(), e.path.end());
  }

  std::map<const Location*, int> ids;
  for (const auto& loc : graph_.locations()) {
    if (!keep.count(loc.get())) continue;
    ids[loc.get()] = static_cast<int>(g.locations.size());
    ExportedLocation out;
    out.id = static_cast<int>(g.locations.size());
    out.kind = KindName(loc->kind);
    out.label = ExplainLabel(*loc);
    out.pos = loc->pos;
    out.loop_depth = loc->loop_depth;
    out.escapes = loc->escapes;
    out.other_func = loc->func != self && loc->kind != LocationKind::kHeap;
    if (loc->kind == LocationKind::kParam) out.leaks = LeaksText(*loc, export_of_);
    g.locations.push_back(std::move(out));
  }
  for (const auto& [value, loc] : value_locs_) {
    auto it = ids.find(loc);
    if (it != ids.end() && g.locations[it->second].value_id < 0) {
      g.locations[it->second].value_id = value->id;
      g.locations[it->second].value = value;
    }
  }
  for (const auto& [alloc, loc] : objects_) {
    auto it = ids.find(loc);
    if (it == ids.end()) continue;
    g.locations[it->second].value_id = alloc->id;
    g.locations[it->second].value = alloc;
    g.locations[it->second].alloc_object = true;
  }
  for (const auto& loc : graph_.locations()) {
    auto dst = ids.find(loc.get());
    if (dst == ids.end()) continue;
    for (const Edge& e : loc->edges) {
      auto src = ids.find(e.src);
      if (src != ids.end()) g.edges.push_back({dst->second, src->second, e.derefs});
    }
  }
  // A region object was heard escaping in regions.cpp's solves and a heap
  // object in each solve: the last walk is the one that decided.
  std::map<const Location*, const EscapeRecorder::Escape*> last;
  for (const EscapeRecorder::Escape& e : recorder_.escapes()) last[e.loc] = &e;
  for (const EscapeRecorder::Escape& e : recorder_.escapes()) {
    auto it = ids.find(e.loc);
    if (last[e.loc] != &e || it == ids.end() || !ids.count(e.root)) continue;
    ExportedEscape out{it->second, ids[e.root], {}};
    for (const Location* l : e.path) out.path.push_back(ids[l]);
    g.escapes.push_back(std::move(out));
  }
  return g;
}

}  // namespace gosc::passes::escape
