// Calls: how arguments and results of a call site become flows.
//
// Why it exists: a call is where escape analysis crosses function
// boundaries, and each kind of callee needs its own rule:
//   within the SCC      callee params <- (args, 0); v <- (callee results, 0)
//   analysed callee     its parameter summaries (Leaks): heap <- (arg, level),
//                       v <- (arg, level) for each result it leaks to
//   library function    library_summaries.cpp's hand-written levels
//   unknown code        func values, interface methods: heap <- (args, 0)
//   deferred in a loop  the call runs after the loop: everything to the heap
// A called func literal (`func(){...}()`), or a func value that can only be
// one function, is called, not kept: its arguments flow into its parameters
// like any static call.
#include "passes/escape/internal.h"

namespace gosc::passes::escape {

using ssa::Op;
using ssa::Value;

void SccAnalysis::CallSiteFlows(Value* v) {
  if (v->op == Op::kInvoke || v->op == Op::kDeferInvoke) {
    // An interface method: unknown code, which may keep everything.
    for (Value* op : v->operands()) Flow(graph_.heap(), Loc(op), 0);
    return;
  }
  bool deferred = v->op == Op::kDefer;
  if (v->func != nullptr || v->callee != nullptr) {
    CallFlows(v, 0, v->callee, deferred);
  } else if (v->num_operands() > 0 &&
             (v->operand(0)->op == Op::kMakeClosure || v->operand(0)->op == Op::kFuncRef) &&
             v->operand(0)->callee != nullptr) {
    // func(){...}() and defer func(){...}(): the literal is called, not kept.
    // A func value that can only be one function (gc's ir.StaticValue: a
    // local never reassigned, bound to a function, a method expression or a
    // literal) is that function's static call: `f := (*T).M; f(t, x)`.
    CallFlows(v, 1, v->operand(0)->callee, deferred);
  } else {
    // A func value is called, not kept (as gc); its arguments reach unknown code.
    CallFlows(v, 1, nullptr, deferred);
  }
}

void SccAnalysis::CallFlows(Value* call, size_t first_arg, ssa::Func* callee, bool deferred) {
  size_t nargs = call->num_operands() - first_arg;
  auto arg = [&](size_t i) { return call->operand(first_arg + i); };
  // A deferred call inside a loop runs after the loop: its arguments and
  // func value must outlive the iteration, so they go to the heap (as gc).
  bool loop_defer = deferred && call->block != nullptr && call->block->loop_depth > 0;
  if (loop_defer) {
    for (Value* op : call->operands()) Flow(graph_.heap(), Loc(op), 0);
    return;
  }
  if (callee != nullptr && FuncIndex(callee) >= 0) {
    // Same SCC: flow directly into the callee's parameters and out of its results.
    auto& params = ParamLocs(callee);
    for (size_t i = 0; i < nargs && i < params.size(); ++i) Flow(params[i], Loc(arg(i)), 0);
    size_t nresults = callee->sig != nullptr ? callee->sig->results()->size() : 0;
    for (size_t r = 0; r < nresults; ++r) Flow(Loc(call), ResultLoc(callee, r), 0);
    return;
  }
  if (callee != nullptr) {
    auto it = summaries_.find(callee);
    if (it != summaries_.end()) {
      for (size_t i = 0; i < nargs && i < it->second.size(); ++i) {
        const Leaks& leaks = it->second[i];
        if (leaks.heap() != Leaks::kNone) Flow(graph_.heap(), Loc(arg(i)), leaks.heap());
        for (size_t r = 0; r < leaks.num_results(); ++r) {
          if (leaks.result(r) != Leaks::kNone) Flow(Loc(call), Loc(arg(i)), leaks.result(r));
        }
      }
      return;
    }
  }
  if (callee == nullptr && call->func != nullptr && !call->func->pkg().empty()) {
    std::vector<LibraryLeak> leaks;
    if (LibrarySummary(call->func->FullName(), nargs, &leaks)) {
      for (size_t i = 0; i < nargs && i < leaks.size(); ++i) {
        if (leaks[i].derefs == Leaks::kNone) continue;
        Flow(leaks[i].to_result ? Loc(call) : graph_.heap(), Loc(arg(i)), leaks[i].derefs);
      }
      return;
    }
  }
  // Unknown code: everything it is given may be kept forever.
  for (size_t i = 0; i < nargs; ++i) Flow(graph_.heap(), Loc(arg(i)), 0);
}

}  // namespace gosc::passes::escape
