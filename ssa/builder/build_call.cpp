// Calls, builtins, closures and method values.
//
// Why it exists: a Go call hides several translations — the callee may be a
// declared function (a static Call with aux.func), a library function (the
// same, with no SSA callee: codegen maps it to the runtime), a method (the
// receiver first, after walking embedded fields and taking &x or *p as the
// method wants), an interface method (Invoke), or any func value. Arguments
// are converted to the parameter types, and the extra arguments of a variadic
// call are packed into a fresh slice (an Alloc kSliceLit described as "...
// argument", as gc reports it). Function literals become a MakeClosure over
// an env Alloc (kClosureEnv, "func literal") whose bindings are the captured
// variables' cells, so closures share variables by reference as Go requires.
#include "ssa/builder/builder.h"
#include "types/constant.h"

namespace gosc::ssa::builder {

// The receiver of method `m` selected by `s`, adjusted to what m expects:
// *T for pointer methods, T for value methods, the interface for interface methods.
Value* FuncBuilder::Receiver(const fe::SelectorExpr* s, const fe::Func* m, bool* is_iface) {
  Place p = WalkPath(s, s->path.size());
  return AdjustReceiver(p, m, is_iface, s->pos);
}

Value* FuncBuilder::AdjustReceiver(Place& p, const fe::Func* m, bool* is_iface, Pos pos) {
  *is_iface = IsInterface(p.type);
  if (*is_iface) return PlaceValue(p, pos);
  if (m->ptr_recv) {
    if (p.ptr) return p.ptr;  // a nil pointer receiver is passed as is
    return PlaceAddr(p, pos);
  }
  Value* v = PlaceValue(p, pos);
  // The method's receiver type may be the named type while we hold an alias or vice versa.
  if (m->sig() && m->sig()->recv()) v = Convert(v, m->sig()->recv()->type(), pos);
  return v;
}

Value* FuncBuilder::Call(const fe::CallExpr* c, bool defer) {
  if (c->call_kind == fe::CallKind::kConversion) {
    if (c->args.size() != 1) Fail(c->pos, "conversion with other than one argument");
    const fe::Expr* a = c->args[0];
    Value* v = a->mode == fe::Mode::kConstant && a->value ? ConstOf(a->value, ConstType(a), a->pos)
                                                          : Rvalue(a);
    Value* r = ExplicitConvert(v, c->type, c->pos, a);
    // string <-> []byte/[]rune and rune -> string make a fresh copy: an
    // allocation site for -m (`([]byte)(s) does not escape`).
    if (r->op == Op::kConvert && r != v &&
        (IsStringType(c->type) ? !IsStringType(v->type) : IsStringType(v->type))) {
      r->alloc_desc = ExprString(c);
    }
    return r;
  }
  if (c->call_kind == fe::CallKind::kBuiltin) return defer ? DeferBuiltin(c) : Builtin(c);
  const fe::Expr* fun = Unparen(c->fun);
  const fe::Signature* sig = Under(fun->type) ? Under(fun->type)->As<fe::Signature>() : nullptr;
  if (!sig) Fail(c->pos, "call of a non-function");

  // The callee.
  std::vector<Value*> operands;
  fe::Func* static_func = nullptr;
  bool invoke = false;
  if (auto* id = fun->As<fe::Ident>(); id && id->obj && id->obj->As<fe::Func>()) {
    static_func = id->obj->As<fe::Func>();
  } else if (auto* s = fun->As<fe::SelectorExpr>()) {
    if (s->sel_kind == fe::SelKind::kQualified && s->obj && s->obj->As<fe::Func>()) {
      static_func = s->obj->As<fe::Func>();
    } else if (s->sel_kind == fe::SelKind::kMethod) {
      static_func = s->obj ? s->obj->As<fe::Func>() : nullptr;
      if (!static_func) Fail(c->pos, "method call without a method");
      operands.push_back(Receiver(s, static_func, &invoke));
      if (invoke && Devirtualize(s, c, &operands.back(), &static_func)) invoke = false;
    }
  }
  if (!static_func) operands.push_back(Rvalue(fun));

  // Arguments.
  std::vector<Value*> args;
  std::vector<const fe::Expr*> srcs;
  if (c->args.size() == 1 && c->args[0]->type && c->args[0]->type->As<fe::Tuple>()) {
    const fe::Tuple* t = c->args[0]->type->As<fe::Tuple>();
    args = MultiValues(c->args[0], t->size());
    srcs.assign(args.size(), nullptr);
  } else {
    for (const fe::Expr* a : c->args) {
      srcs.push_back(a);
      args.push_back(nullptr);  // evaluated below, with the parameter type known
    }
  }
  const fe::Tuple* params = sig->params();
  size_t nfixed = sig->variadic() ? params->size() - 1 : params->size();
  Pos name_pos = c->pos;  // see name_box_pos_
  auto arg = [&](size_t i, const Type* t) -> Value* {
    if (args[i]) return Convert(args[i], t, c->pos);
    const Pos* saved = name_box_pos_;
    name_box_pos_ = &name_pos;
    Value* v = ExprAs(srcs[i], t);
    name_box_pos_ = saved;
    if (srcs[i]->kind == fe::ExprKind::kBasicLit) name_pos = srcs[i]->pos;
    return v;
  };
  size_t first_arg = operands.size();
  for (size_t i = 0; i < nfixed && i < args.size(); ++i) operands.push_back(arg(i, params->At(i)));
  if (sig->variadic()) {
    const Type* st = params->At(params->size() - 1);
    if (c->has_ellipsis) {
      operands.push_back(arg(args.size() - 1, st));
    } else if (args.size() <= nfixed) {
      operands.push_back(Emit(Op::kConst, st, c->pos));  // nil slice
    } else {
      const Type* elem = Under(st)->As<fe::Slice>()->elem();
      size_t n = args.size() - nfixed;
      std::vector<Value*> extra;
      for (size_t i = nfixed; i < args.size(); ++i) extra.push_back(arg(i, elem));
      Value* backing = Emit(Op::kAlloc, types_.PointerTo(elem), c->pos,
                            {IntConst(static_cast<int64_t>(n), c->pos)});
      backing->aux_type = elem;
      backing->alloc_site = AllocSite::kSliceLit;
      backing->alloc_desc = "... argument";
      Value* len = IntConst(static_cast<int64_t>(n), c->pos);
      Value* slice = Emit(Op::kMakeSlice, st, c->pos, {backing, len, len});
      for (size_t i = 0; i < n; ++i) {
        Value* ea = Emit(Op::kIndexAddr, types_.PointerTo(elem), c->pos,
                         {slice, IntConst(static_cast<int64_t>(i), c->pos)});
        Emit(Op::kStore, nullptr, c->pos, {ea, extra[i]});
      }
      operands.push_back(slice);
    }
  }

  Op op = invoke ? (defer ? Op::kDeferInvoke : Op::kInvoke) : (defer ? Op::kDefer : Op::kCall);
  const Type* rt = defer ? nullptr : ResultType(sig);
  Value* call = Emit(op, rt, c->pos, operands);
  call->func = static_func;
  if (static_func && !invoke) call->callee = mb_.FuncFor(static_func);
  if (defer) fn_->has_defer = true;
  for (size_t i = 0; i < nfixed && i < srcs.size(); ++i) {
    NoteAddressOf(call, static_cast<int>(first_arg + i), srcs[i]);
  }
  return NoteExpr(call, c, "call parameter");
}

Value* FuncBuilder::Closure(const fe::FuncLit* lit) {
  const fe::Signature* sig = Under(lit->type) ? Under(lit->type)->As<fe::Signature>() : nullptr;
  if (!sig) Fail(lit->pos, "function literal without a signature");
  Func* cf = mb_.mod->NewFunc(ClosureName());
  cf->parent = fn_;
  cf->sig = sig;
  cf->pos = lit->pos;
  std::vector<const fe::Var*> captures;
  std::vector<Value*> bindings;
  std::vector<const Type*> binding_types;
  for (const fe::Object* o : lit->captures) {
    const fe::Var* v = o ? o->As<fe::Var>() : nullptr;
    if (!v || v->var_kind() == fe::VarKind::kGlobal || !v->pkg().empty()) continue;
    bool by_value = CapturedByValue(v);
    Value* binding = by_value ? ReadVarValue(v, lit->pos) : VarAddr(v, lit->pos);
    captures.push_back(v);
    bindings.push_back(binding);
    binding_types.push_back(binding->type);
    cf->free_var_types.push_back(binding->type);
    cf->free_var_names.push_back(v->name());
    cf->captures.push_back(
        {v->name(), v->pos(), by_value, v->address_taken, v->reassigned, v->type()->Size()});
  }
  {
    FuncBuilder sub(mb_, cf, this);
    sub.BuildLit(lit, captures);
  }
  const fe::Struct* env_t = mb_.EnvStruct(binding_types);
  Value* env = Emit(Op::kAlloc, types_.PointerTo(env_t), lit->pos);
  env->aux_type = env_t;
  env->alloc_site = AllocSite::kClosureEnv;
  env->alloc_desc = "func literal";
  std::vector<Value*> ops{env};
  ops.insert(ops.end(), bindings.begin(), bindings.end());
  Value* mc = Emit(Op::kMakeClosure, lit->type, lit->pos, ops);
  mc->callee = cf;
  NoteCaptures(mc, lit, captures);
  return mc;
}

Value* FuncBuilder::MethodValue(const fe::SelectorExpr* s) {
  auto* m = s->obj ? s->obj->As<fe::Func>() : nullptr;
  const fe::Signature* sig = Under(s->type) ? Under(s->type)->As<fe::Signature>() : nullptr;
  if (!m || !sig) Fail(s->pos, "method value without a method");
  bool iface = false;
  Value* recv = Receiver(s, m, &iface);
  Func* wrapper = mb_.MethodValueWrapper(m, recv->type, sig);
  const fe::Struct* env_t = mb_.EnvStruct({recv->type});
  Value* env = Emit(Op::kAlloc, types_.PointerTo(env_t), s->pos);
  env->aux_type = env_t;
  env->alloc_site = AllocSite::kClosureEnv;
  env->alloc_desc = ExprString(s);
  Value* mc = Emit(Op::kMakeClosure, s->type, s->pos, {env, recv});
  mc->func = m;
  mc->callee = wrapper;
  mc->flag = true;
  return mc;
}

}  // namespace gosc::ssa::builder
