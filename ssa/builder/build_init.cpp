// The synthesized package initialiser, main.init.
//
// Why it exists: Go initialises package-level variables in dependency order
// (the checker computed it: Package::init_order), then runs every `func
// init()` in file order, before main. main.init does exactly that: one store
// per initialised variable (tuple sources unpacked), then a call of each
// user init function ("main.init.0", "main.init.1", ... as gc names them).
// Variables without an initialiser need no code: globals start zeroed.
#include "ssa/builder/builder.h"

namespace gosc::ssa::builder {

void FuncBuilder::BuildInit() {
  cur_ = NewBlock("entry");
  Seal(cur_);
  for (const fe::InitStep& step : mb_.pkg.init_order) {
    if (!step.rhs) continue;
    std::vector<Value*> vals;
    if (step.lhs.size() == 1) {
      const fe::Var* v = step.lhs[0];
      vals.push_back(ExprAs(step.rhs, v ? v->type() : nullptr));
    } else {
      vals = MultiValues(step.rhs, step.lhs.size());
    }
    for (size_t i = 0; i < step.lhs.size(); ++i) {
      const fe::Var* v = step.lhs[i];
      if (!v || v->name() == "_") continue;
      Emit(Op::kStore, nullptr, step.rhs->pos,
           {VarAddr(v, step.rhs->pos), Convert(vals[i], v->type(), step.rhs->pos)});
    }
  }
  for (fe::FuncDecl* d : mb_.pkg.init_funcs) {
    const fe::Func* obj = d->obj ? d->obj->As<fe::Func>() : nullptr;
    Func* f = obj ? mb_.FuncFor(obj) : nullptr;
    if (!f) Fail(d->pos, "init function was not declared");
    Value* call = Emit(Op::kCall, nullptr, d->pos);
    call->func = const_cast<fe::Func*>(obj);
    call->callee = f;
  }
  Emit(Op::kReturn, nullptr, Pos{});
  StartDeadBlock();
  Emit(Op::kUnreachable, nullptr, Pos{});
  SealAll();
  FinishSsa();
  RemoveDeadCode();
}

}  // namespace gosc::ssa::builder
