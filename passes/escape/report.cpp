// Turning solved locations into decisions and gc-worded -m messages.
//
// Why it exists: the solver only says which locations escape and where
// parameters leak; this file applies gc's other rules (stack size limits,
// non-constant make sizes) and fills each Alloc's decision record (kind,
// reason, its -m message and -m=2 explanation), wording the result exactly
// as `go build -gcflags=-m` does:
//   moved to heap: x                     (an address-taken variable that escapes)
//   &T{...} escapes to heap / does not escape, make(...), new(T), literals, func literal
//   leaking param: p / leaking param content: p / leaking param: p to result ~r0 level=0
//   p does not escape                    (a pointer-carrying parameter that leaks nowhere)
#include <set>

#include "passes/escape/internal.h"

namespace gosc::passes::escape {
namespace {

using ssa::AllocSite;
using ssa::Op;
using ssa::Value;

// Bytes the object of an Alloc needs, or -1 when unknown at compile time.
int64_t ObjectSize(const Value* alloc) {
  int64_t elem = alloc->aux_type != nullptr ? alloc->aux_type->Size() : 0;
  if (alloc->alloc_site == AllocSite::kMakeSlice || alloc->alloc_site == AllocSite::kSliceLit) {
    if (alloc->num_operands() == 0) return elem;
    if (alloc->alloc_site == AllocSite::kMakeSlice && alloc->flag) return -1;
    const Value* n = alloc->operand(0);
    if (n->op != Op::kConst || n->cval.kind != ssa::ConstVal::Kind::kInt) return -1;
    return elem * n->cval.AsInt64();
  }
  return elem;
}

}  // namespace

std::string GoFuncName(const ssa::Func* f) {
  const std::string prefix = "main.";
  return f->name.rfind(prefix, 0) == 0 ? f->name.substr(prefix.size()) : f->name;
}

std::string GoResultName(const ssa::Func* f, size_t i) {
  if (f->sig != nullptr && i < f->sig->results()->size()) {
    const std::string& n = f->sig->results()->vars()[i]->name();
    if (!n.empty() && n != "_") return n;
  }
  return "~r" + std::to_string(i);
}

void SccAnalysis::Solve(const types::SourceSet* sources) {
  sources_ = sources;
  if (regions_) ChooseRegions();
  SolveObserver* observer = nullptr;
  if (explain_) {
    explainer_.set_sources(sources);
    // gc decides how closures capture before solving, and says so first.
    explainer_.Captures(funcs_);
    observer = &explainer_;
  }
  if (export_of_ != nullptr) {
    // Listening does not change what the solver decides (graph_export.cpp).
    recorder_.set_next(observer);
    observer = &recorder_;
  }
  graph_.Solve(observer);
}

void SccAnalysis::Decide(EscapeReport& report) {
  // gc reports ignored self-assignments while it builds the graph, so
  // before any decision of the component.
  for (const ssa::Func* f : funcs_) {
    for (const ssa::Func::Devirtualized& d : f->devirtualized) {
      report.messages.push_back({d.pos, "devirtualizing " + d.text});
    }
    for (const ssa::Func::SelfAssignment& a : f->self_assignments) {
      report.messages.push_back({a.pos, GoFuncName(f) + " ignoring self-assignment in " + a.text});
    }
  }
  // gc prints its explanations while solving, before the decisions.
  TakeExplanations(report);
  for (ssa::Func* f : funcs_) {
    // A parameter whose address is taken lives in a cell (a kLocalVar
    // Alloc with the parameter's name and position); when that cell moves
    // to the heap gc says only "moved to heap: p", not also "leaking param".
    std::set<std::pair<std::string, types::Pos>> moved_params;
    for (const auto& b : f->blocks) {
      for (Value* v : b->values) {
        if (v->op == Op::kAlloc && v->alloc_site == AllocSite::kLocalVar && ObjectOf(v)->escapes) {
          moved_params.insert({v->alloc_desc, v->pos});
        }
      }
    }
    // Parameters first, as gc prints them before the body's decisions.
    auto pit = params_.find(f);
    if (pit != params_.end()) {
      for (Location* p : pit->second) {
        const Value* pv = f->params[static_cast<size_t>(p->param_index)];
        if (pv->type == nullptr || !pv->type->HasPointers() || pv->name.empty() ||
            pv->name == "_") {
          continue;
        }
        if (moved_params.count({pv->name, pv->pos})) continue;
        const Leaks& l = p->leaks;
        if (l.Empty()) {
          report.messages.push_back({pv->pos, pv->name + " does not escape"});
          continue;
        }
        if (l.heap() == 0) {
          report.messages.push_back({pv->pos, "leaking param: " + pv->name});
          continue;
        }
        if (l.heap() != Leaks::kNone) {
          report.messages.push_back({pv->pos, "leaking param content: " + pv->name});
        }
        for (size_t r = 0; r < l.num_results(); ++r) {
          if (l.result(r) == Leaks::kNone) continue;
          report.messages.push_back({pv->pos, "leaking param: " + pv->name + " to result " +
                                                  GoResultName(f, r) +
                                                  " level=" + std::to_string(l.result(r))});
        }
      }
    }
    for (const auto& b : f->blocks) {
      for (Value* v : b->values) {
        if ((v->op == Op::kConvert || v->op == Op::kAdd) && !v->alloc_desc.empty()) {
          // A copy made by the runtime (see flows.cpp): reported like gc,
          // but code generation keeps it on the heap, so nothing is flipped.
          report.messages.push_back(
              {v->pos,
               v->alloc_desc + (ObjectOf(v)->escapes ? " escapes to heap" : " does not escape")});
          if (ObjectOf(v)->escapes && options_remarks_) {
            report.remarks.push_back({v->pos, "escape", "", {}});
          }
          continue;
        }
        if (v->op != Op::kAlloc) continue;
        Location* obj = ObjectOf(v);
        ssa::AllocDecision& d = v->decision;
        if (obj->lives_to_return && !obj->escapes) {
          DecideRegion(v, *obj);
          ++report.region_sites;
          if (print_explanations_) {
            for (const std::string& line : d.explanation) report.messages.push_back({v->pos, line});
          }
          report.messages.push_back({v->pos, d.message});
          continue;
        }
        d.kind = obj->escapes ? ssa::AllocKind::kHeap : ssa::AllocKind::kStack;
        d.reason = obj->escapes ? ssa::AllocReason::kEscapes : ssa::AllocReason::kDoesNotEscape;
        // gc builds a literal in place where gosc copies it from a temporary.
        bool compiler_temp = IsCompilerTemp(v);
        if (!obj->escapes) {
          int64_t size = ObjectSize(v);
          int64_t limit =
              v->alloc_site == AllocSite::kLocalVar ? kMaxStackVarSize : kMaxImplicitStackVarSize;
          if (size < 0 || size > limit) {
            d.kind = ssa::AllocKind::kHeap;
            d.reason =
                size < 0 ? ssa::AllocReason::kNonConstantSize : ssa::AllocReason::kTooLargeForStack;
            if (explain_ && !compiler_temp) {
              explainer_.ForcedToHeap(*obj, ssa::AllocReasonText(d.reason));
              TakeExplanations(report);
            }
          }
        }
        bool heap = d.kind == ssa::AllocKind::kHeap;
        ++(heap ? report.heap_sites : report.stack_sites);
        if (keep_explanations_) d.explanation = explainer_.LinesAbout(*obj);
        if (v->alloc_site == AllocSite::kLocalVar) {
          d.message = heap && !compiler_temp ? "moved to heap: " + v->alloc_desc : "";
        } else {
          d.message = v->alloc_desc + (heap ? " escapes to heap" : " does not escape");
          // gc logs every heap-allocated expression (not variables) once
          // more, without a message, when it records the decisions.
          if (heap && options_remarks_) report.remarks.push_back({v->pos, "escape", "", {}});
        }
        if (!d.message.empty()) report.messages.push_back({v->pos, d.message});
      }
    }
  }
}

void SccAnalysis::TakeExplanations(EscapeReport& report) {
  if (print_explanations_) {
    report.messages.insert(report.messages.end(), explanations_.begin(), explanations_.end());
  }
  if (options_remarks_) {
    report.remarks.insert(report.remarks.end(), remarks_.begin(), remarks_.end());
  }
  explanations_.clear();
  remarks_.clear();
}

void SccAnalysis::RecordSummaries(Summaries& summaries) const {
  for (const auto& [f, params] : params_) {
    std::vector<Leaks>& out = summaries[f];
    out.clear();
    for (const Location* p : params) out.push_back(p->leaks);
  }
}

}  // namespace gosc::passes::escape
