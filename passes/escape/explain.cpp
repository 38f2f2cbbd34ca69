// -m=2: gc's flow explanations of escape decisions.
//
// Why it exists: `-m` says what was decided; `-m=2` says why, in the words
// of `go build -gcflags=-m=2`, so that gosc's explanations can be read (and
// compared with gc's) line by line:
//   x.go:14:12: parameter pp leaks to ~r0 with derefs=1:
//   x.go:14:12:   flow: ~r0 = *pp:
//   x.go:14:12:     from *pp (indirection) at x.go:15:9
//   x.go:14:12:     from return *pp (return) at x.go:15:2
//
// Model: the solver reports each decision to an observer while the walk
// that made it is current (graph.h), so the walk's walk_dst links lead from
// the decided location back to the root along a shortest path. Each link is
// an edge, and each edge carries the notes the builder left on the SSA value
// it came from (ssa::SourceNote). gc's graph has one location per source
// variable; gosc's has one per SSA value, so a path passes through values
// with no source name (a loaded field, an allocation's pointer, a phi).
// Those are folded into the flow that passes through them: their edges'
// dereferences add up and their notes join the flow's notes. A flow between
// two versions of one variable (or between a parameter and its cell) says
// nothing gc would say and is folded the same way.
//
// Invariants: every line is reported at the position of the location being
// explained (gc does the same); a path always ends at the walk's root.
//
// Not modelled: gc's "{temp}" locations for range loops and the notes only
// gc's syntax-directed graph has (range-deref, ...); explanations of leaks
// into locations gosc keeps but gc does not have (the storage of a local map)
// name that storage where gc names the heap.
#include <algorithm>

#include "passes/escape/internal.h"

namespace gosc::passes::escape {

std::string ExplainLabel(const Location& l) {
  switch (l.kind) {
    case LocationKind::kHeap: return "{heap}";
    case LocationKind::kAllocation: return "{storage for " + l.name + "}";
    case LocationKind::kVariable:
      // The builder's own temporaries (".autotmp") are nothing gc would name.
      return l.name.empty() || l.name[0] == '.' ? "" : l.name;
    case LocationKind::kParam:
    case LocationKind::kResult: return l.name;
    case LocationKind::kTemp: return "";
  }
  return "";
}

namespace {

std::string RootLabel(const Location& root) {
  std::string label = ExplainLabel(root);
  return label.empty() ? "{temp}" : label;
}

std::string Operators(int derefs) {
  return derefs < 0 ? "&" : std::string(static_cast<size_t>(derefs), '*');
}

bool Captures(const ssa::Func* f, const ssa::Func::Capture& c) {
  return std::any_of(f->captures.begin(), f->captures.end(), [&](const ssa::Func::Capture& d) {
    return d.name == c.name && d.pos == c.pos;
  });
}

}  // namespace

std::vector<ExplainedFlow> ExplainPath(const Location& root, const Location& from) {
  std::vector<ExplainedFlow> flows;
  std::string src = RootLabel(from);
  types::Pos src_pos = from.pos;
  int derefs = 0;
  std::vector<Note> notes;
  const Location* cur = &from;
  // The walk's links form a tree rooted at `root`; the bound only guards
  // against a caller asking about a location the current walk did not reach.
  for (size_t steps = 0; cur != &root && cur->walk_dst != nullptr && cur->walk_dst_edge >= 0;
       ++steps) {
    const Location* dst = cur->walk_dst;
    if (steps > dst->edges.size() + 100000) break;
    const Edge& e = dst->edges[static_cast<size_t>(cur->walk_dst_edge)];
    derefs = std::max(-1, derefs + e.derefs);
    notes.insert(notes.end(), e.notes.begin(), e.notes.end());
    std::string label = dst == &root ? RootLabel(*dst) : ExplainLabel(*dst);
    bool same_variable = label == src && derefs == 0;
    // A field of a split object flowing into the object itself (the only
    // edges into a whole, field_paths.cpp) is one location to gc.
    bool field_into_whole = !cur->field_path.empty() && dst->field_path.empty();
    if (!label.empty() && !(same_variable && (dst != &root || field_into_whole))) {
      flows.push_back({label, Operators(derefs) + src, std::move(notes), src_pos});
      notes.clear();
      src = label;
      src_pos = dst->pos;
      derefs = 0;
    }
    cur = dst;
  }
  return flows;
}

// gc logs a flow at its first note (else at its source) and each note at
// its own position, worded as its -m=2 line without the "at POS" (one more
// leading space: gc's -m=2 prints them after "POS:", gosc's after "POS: ").
void Explainer::Path(const Location& root, const Location& from, EscapeRemark* remark) {
  for (const ExplainedFlow& f : ExplainPath(root, from)) {
    std::string flow = "  flow: " + f.dst + " = " + f.src + ":";
    Line(from.pos, flow);
    remark->flow.push_back({f.notes.empty() ? f.src_pos : f.notes.front().pos, " " + flow});
    for (const Note& n : f.notes) {
      std::string note = "    from " + n.where + " (" + n.why + ")";
      Line(from.pos, note + " at " + Format(n.pos));
      remark->flow.push_back({n.pos, " " + note});
    }
  }
}

// gc decides `dst = &src` into a location already known to escape while it
// builds the graph (logged as "escapes"), everything else while it solves
// ("escape"). Known while building: the heap, and what such an edge sent
// there (a closure spilled to the heap, before its captures flow into it).
// A one-flow path `ROOT = &x` is such an edge.
bool Explainer::FoundWhileBuilding(const Location& root, const Location& loc) const {
  std::vector<ExplainedFlow> flows = ExplainPath(root, loc);
  return flows.size() == 1 && flows[0].src.starts_with("&") &&
         (root.kind == LocationKind::kHeap || escaped_while_building_.count(&root) > 0);
}

std::string Explainer::Format(types::Pos pos) const {
  if (sources_ != nullptr && pos.file >= 0 && static_cast<size_t>(pos.file) < sources_->size()) {
    return sources_->Format(pos);
  }
  return std::to_string(pos.line) + ":" + std::to_string(pos.col);
}

void Explainer::ParamLeaks(const Location& root, const Location& param, int derefs) {
  // Storing a parameter into its own cell is one location to gc.
  if (root.cell_of_param == &param || param.name.empty() || param.name == "_") return;
  std::string leak = "parameter " + param.name + " leaks to " + RootLabel(root) +
                     " with derefs=" + std::to_string(derefs);
  Line(param.pos, leak + ":");
  EscapeRemark remark{param.pos, "leak", leak, {}};
  Path(root, param, &remark);
  remarks_->push_back(std::move(remark));
}

void Explainer::Line(types::Pos pos, std::string text) {
  if (subject_ != nullptr) lines_about_[subject_].push_back(text);
  out_->push_back({pos, std::move(text)});
}

std::vector<std::string> Explainer::LinesAbout(const Location& loc) const {
  auto it = lines_about_.find(&loc);
  return it != lines_about_.end() ? it->second : std::vector<std::string>{};
}

void Explainer::Escapes(const Location& root, const Location& loc) {
  subject_ = &loc;
  bool building = FoundWhileBuilding(root, loc);
  if (loc.cell_of_param != nullptr) {
    // gc's parameter is its own cell: its address reaching root is also
    // the parameter leaking there (logged only when gc finds it solving).
    std::string leak = "parameter " + loc.name + " leaks to " + RootLabel(root) + " with derefs=0";
    Line(loc.pos, leak + ":");
    EscapeRemark remark{loc.pos, "leak", leak, {}};
    Path(root, loc, &remark);
    if (!building) remarks_->push_back(std::move(remark));
  }
  Line(loc.pos, loc.name + " escapes to heap:");
  if (building) escaped_while_building_.insert(&loc);
  EscapeRemark remark{loc.pos, building ? "escapes" : "escape", loc.name + " escapes to heap", {}};
  Path(root, loc, &remark);
  remarks_->push_back(std::move(remark));
  subject_ = nullptr;
}

void Explainer::ForcedToHeap(const Location& loc, const std::string& why) {
  subject_ = &loc;
  std::string flow = "  flow: {heap} = &" + RootLabel(loc) + ":";
  std::string note = "    from " + loc.name + " (" + why + ")";
  Line(loc.pos, loc.name + " escapes to heap:");
  Line(loc.pos, flow);
  Line(loc.pos, note + " at " + Format(loc.pos));
  // gc sends such a site to the heap while it builds the graph.
  escaped_while_building_.insert(&loc);
  remarks_->push_back({loc.pos,
                       "escapes",
                       loc.name + " escapes to heap",
                       {{loc.pos, " " + flow}, {loc.pos, " " + note}}});
  subject_ = nullptr;
}

void Explainer::Captures(const std::vector<ssa::Func*>& funcs) {
  for (const ssa::Func* f : funcs) {
    if (f->parent == nullptr) continue;
    for (const ssa::Func::Capture& c : f->captures) {
      // gc names the function that declares the variable: the closest
      // enclosing function that does not capture it itself.
      const ssa::Func* decl = f->parent;
      while (decl->parent != nullptr && escape::Captures(decl, c)) decl = decl->parent;
      auto key = std::make_pair(c.name, c.pos);
      bool addr = c.address_taken || std::find(captured_by_ref_.begin(), captured_by_ref_.end(),
                                               key) != captured_by_ref_.end();
      Line(c.pos, GoFuncName(decl) + " capturing by " + (c.by_value ? "value" : "ref") + ": " +
                      c.name + " (addr=" + (addr ? "true" : "false") + " assign=" +
                      (c.reassigned ? "true" : "false") + " width=" + std::to_string(c.size) + ")");
      if (!c.by_value) captured_by_ref_.push_back(key);
    }
  }
}

std::vector<Note> SccAnalysis::NotesFor(const Location* dst, const Location* src) const {
  std::vector<Note> notes;
  const ssa::Value* v = noting_;
  if (v == nullptr) return notes;
  auto value_loc = value_locs_.find(v);
  bool into_value = value_loc != value_locs_.end() && value_loc->second == dst;
  // An allocation's address flowing into its pointer value: gc's "spill".
  auto obj = objects_.find(v);
  bool spill = obj != objects_.end() && obj->second == src;
  if (spill && src->kind == LocationKind::kAllocation) {
    notes.push_back({v->alloc_desc, "spill", v->pos});
  }
  // A closure's captures are explained where they enter its storage; inside
  // the closure gc's captured variable is the same location.
  bool into_closure_storage = false;
  if (v->op == ssa::Op::kMakeClosure) {
    auto env = objects_.find(v->operand(0));
    into_closure_storage = env != objects_.end() && env->second == dst;
  }
  int operand = -1;
  for (size_t i = 0; i < v->num_operands() && !spill; ++i) {
    const ssa::Value* op = v->operand(i);
    auto it = value_locs_.find(op);
    bool holds = it != value_locs_.end() && it->second == src;
    if (!holds && op->op == ssa::Op::kParam && op->block != nullptr) {
      // A pointer-free parameter's value is discarded, but its location is
      // still the one a closure captures (see MakeClosure in flows.cpp).
      auto params = params_.find(op->block->func);
      size_t index = static_cast<size_t>(op->index);
      holds =
          params != params_.end() && index < params->second.size() && params->second[index] == src;
    }
    if (holds) {
      operand = static_cast<int>(i);
      break;
    }
  }
  for (const ssa::SourceNote& n : v->notes) {
    if (n.operand >= 0 && n.operand != operand) continue;
    if (n.operand >= 1 && v->op == ssa::Op::kMakeClosure && !into_closure_storage) continue;
    // The note of the assignment that names the value belongs to flows into
    // the value only (not, say, to a call's arguments when `x := f(a)`).
    if (n.operand < 0 && !v->var_name.empty() && n.why == "assign" && !into_value) continue;
    notes.push_back({n.where, n.why, n.pos});
  }
  return notes;
}

}  // namespace gosc::passes::escape
