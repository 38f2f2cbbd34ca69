// The escape solver: walks the location graph from every root and decides
// which locations must live on the heap and where parameters leak. The model
// and a worked example are in graph.h; this file is the algorithm.
#include <algorithm>

#include "passes/escape/graph.h"

namespace gosc::passes::escape {

void Leaks::AddHeap(int derefs) { heap_ = std::min(heap_, std::max(derefs, 0)); }

void Leaks::AddResult(size_t i, int derefs) {
  if (results_.size() <= i) results_.resize(i + 1, kNone);
  results_[i] = std::min(results_[i], std::max(derefs, 0));
}

bool Leaks::Empty() const {
  if (heap_ != kNone) return false;
  return std::all_of(results_.begin(), results_.end(), [](int d) { return d == kNone; });
}

Graph::Graph() {
  heap_ = NewLocation(LocationKind::kHeap, "heap", -1, -1);
  heap_->escapes = true;
}

Location* Graph::NewLocation(LocationKind kind, std::string name, int func, int loop_depth) {
  auto loc = std::make_unique<Location>();
  loc->kind = kind;
  loc->name = std::move(name);
  loc->func = func;
  loc->loop_depth = loop_depth;
  locations_.push_back(std::move(loc));
  return locations_.back().get();
}

void Graph::Flow(Location* dst, Location* src, int derefs, std::vector<Note> notes) {
  // Flows into a location from itself without a dereference change nothing
  // (`x = x`); keeping them would only slow the walk down.
  if (dst == src && derefs >= 0) return;
  dst->edges.push_back(Edge{src, derefs, std::move(notes)});
}

void Graph::SetParentFunc(int inner, int outer) {
  if (inner < 0) return;
  if (parent_func_.size() <= static_cast<size_t>(inner)) parent_func_.resize(inner + 1, -1);
  parent_func_[inner] = outer;
}

bool Graph::ContainsClosure(int outer, int inner) const {
  // True when `inner` is a closure strictly nested inside `outer`.
  if (outer < 0 || inner < 0 || outer == inner) return false;
  for (int f = inner; f >= 0 && static_cast<size_t>(f) < parent_func_.size();) {
    f = parent_func_[f];
    if (f == outer) return true;
  }
  return false;
}

// Whether location `l` outlives `other`: a value whose address flows from
// `other` into `l` forces `other` to the heap.
bool Graph::Outlives(const Location* l, const Location* other) const {
  if (l->escapes) return true;  // the heap outlives everything
  // Callers may keep whatever is returned: results outlive the function's
  // own locations.
  if (l->kind == LocationKind::kResult) return true;
  // Within one function, a location declared outside other's loop outlives
  // it: other is re-allocated every iteration — unless it is a region
  // object, which lives until the function returns.
  if (loop_depth_rule_ && l->func == other->func) {
    int l_depth = l->lives_to_return ? 0 : l->loop_depth;
    int other_depth = other->lives_to_return ? 0 : other->loop_depth;
    if (l_depth < other_depth) return true;
  }
  // A closure's locations die before the enclosing function's.
  return ContainsClosure(l->func, other->func);
}

void Graph::LeakTo(Location* param, const Location* sink, int derefs) {
  if (!sink->escapes && sink->kind == LocationKind::kResult && sink->func == param->func) {
    param->leaks.AddResult(static_cast<size_t>(sink->result_index), derefs);
    return;
  }
  param->leaks.AddHeap(derefs);
}

void Graph::WalkOne(Location* root, uint32_t gen, std::vector<Location*>& roots,
                    SolveObserver* observer) {
  root->walk_gen = gen;
  root->walk_derefs = 0;
  root->walk_dst = nullptr;
  root->walk_dst_edge = -1;
  std::vector<Location*> todo{root};
  while (!todo.empty()) {
    Location* l = todo.back();
    todo.pop_back();
    int derefs = l->walk_derefs;
    // derefs < 0: l's address flows to root. For `root = &l; l = x` x's own
    // address does not flow to root, so the walk continues from 0.
    bool address_of = derefs < 0;
    if (address_of) derefs = 0;

    if (Outlives(root, l)) {
      if (l->kind == LocationKind::kParam) {
        if (observer != nullptr) observer->ParamLeaks(*root, *l, derefs);
        LeakTo(l, root, derefs);
      }
      if (address_of && !l->escapes) {
        if (observer != nullptr) observer->Escapes(*root, *l);
        // l moves to the heap: everything whose address reaches l now
        // reaches the heap too, so l is walked again as a root.
        l->escapes = true;
        if (!l->queued) {
          l->queued = true;
          roots.push_back(l);
        }
        continue;
      }
    }
    for (size_t i = 0; i < l->edges.size(); ++i) {
      Location* src = l->edges[i].src;
      if (src->escapes) continue;  // already decided: nothing more to learn
      int d = derefs + l->edges[i].derefs;
      if (src->walk_gen != gen || src->walk_derefs > d) {
        src->walk_gen = gen;
        src->walk_derefs = d;
        src->walk_dst = l;
        src->walk_dst_edge = static_cast<int>(i);
        todo.push_back(src);
      }
    }
  }
}

void Graph::ResetSolution() {
  for (const auto& loc : locations_) {
    loc->escapes = loc.get() == heap_;
    loc->leaks = Leaks();
    loc->walk_dst = nullptr;
    loc->walk_dst_edge = -1;
    loc->walk_gen = 0;
    loc->walk_derefs = 0;
    loc->queued = false;
  }
}

void Graph::Solve(SolveObserver* observer) {
  // Every location is a root once, in gc's order: the heap first, then the
  // locations from the last created to the first. Locations found to escape
  // meanwhile are pushed on the same stack and re-walked as roots. The
  // result does not depend on the order; which walk first finds a location
  // escaping does, and with it the path -m=2 explains.
  std::vector<Location*> roots;
  for (const auto& loc : locations_) {
    if (loc.get() == heap_) continue;
    loc->queued = true;
    roots.push_back(loc.get());
  }
  roots.push_back(heap_);
  heap_->queued = true;
  uint32_t gen = 0;
  while (!roots.empty()) {
    Location* root = roots.back();
    roots.pop_back();
    root->queued = false;
    WalkOne(root, ++gen, roots, observer);
  }
}

}  // namespace gosc::passes::escape
