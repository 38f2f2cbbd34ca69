// Generated wrapper functions: method values, method expressions that are
// not the method itself, and library functions used as values.
//
// Why it exists: Go lets a program hold as a func value things that have no
// function of that exact shape in the compiled package. `x.M` binds a
// receiver (the "-fm" wrapper reads it from its closure context);
// `(*T).M` of a value method, `I.M` of an interface, and `Outer.M` of a
// promoted method need a function that takes the receiver as its first
// parameter and then loads, invokes or walks embedded fields before the call
// (gc generates the same wrappers); and `strings.ToUpper` passed as a
// `func(string) string` needs an SSA function codegen can take the address of,
// since library calls are otherwise lowered straight to runtime entry points.
// Each wrapper is built once per module and named after what it forwards to.
// Wrapper parameters have no names: they are not the program's, and -m never
// reports them (gc does not either).
#include "ssa/builder/builder.h"

namespace gosc::ssa::builder {

Func* ModuleBuilder::Wrapper(const std::string& name, const fe::Signature* sig, Pos pos,
                             const std::function<void(FuncBuilder&)>& build) {
  auto it = wrappers_.find(name);
  if (it != wrappers_.end()) return it->second;
  Func* w = mod->NewFunc(name);
  wrappers_[name] = w;
  w->sig = sig;
  w->pos = pos;
  FuncBuilder fb(*this, w);
  build(fb);
  return w;
}

Func* ModuleBuilder::MethodValueWrapper(const fe::Func* method, const Type* recv_type,
                                        const fe::Signature* sig) {
  std::string name = IsInterface(recv_type) ? TypeString(recv_type) + "." + method->name() + "-fm"
                                            : method->FullName() + "-fm";
  if (IsInterface(recv_type) && recv_type->As<fe::Named>()) {
    name = recv_type->String() + "." + method->name() + "-fm";
  }
  return Wrapper(name, sig, method->pos(),
                 [&](FuncBuilder& fb) { fb.BuildMethodWrapper(method, recv_type, sig); });
}

Func* ModuleBuilder::MethodExprWrapper(const fe::SelectorExpr* s, const fe::Signature* sig) {
  const fe::Func* method = s->obj->As<fe::Func>();
  const Type* xt = s->x->type;
  const fe::Pointer* ptr = Under(xt)->As<fe::Pointer>();
  std::string recv = ptr ? "(*" + TypeString(ptr->elem()) + ")" : TypeString(xt);
  std::string name = "main." + recv + "." + method->name() + "-mx";
  return Wrapper(name, sig, method->pos(),
                 [&](FuncBuilder& fb) { fb.BuildMethodExprWrapper(s, sig); });
}

Func* ModuleBuilder::LibraryFuncValue(const fe::Func* f) {
  const fe::Signature* sig = f->sig();
  return Wrapper(f->FullName() + "-fv", sig, f->pos(),
                 [&](FuncBuilder& fb) { fb.BuildLibraryForwarder(f); });
}

Func* ModuleBuilder::DeferThunk(const std::string& name, const fe::Signature* sig, Pos pos,
                                fe::BuiltinId id) {
  return Wrapper(name, sig, pos, [&](FuncBuilder& fb) { fb.BuildDeferThunk(id, sig); });
}

std::vector<Value*> FuncBuilder::WrapperParams(const fe::Signature* sig) {
  cur_ = NewBlock("entry");
  Seal(cur_);
  std::vector<Value*> params;
  for (size_t i = 0; i < sig->params()->size(); ++i) {
    Value* p = Emit(Op::kParam, sig->params()->At(i), fn_->pos);
    p->index = static_cast<int64_t>(i);
    fn_->params.push_back(p);
    params.push_back(p);
  }
  return params;
}

void FuncBuilder::ReturnCallResults(Value* call, const fe::Signature* sig) {
  const fe::Tuple* results = sig->results();
  std::vector<Value*> vals;
  if (results->size() == 1) vals.push_back(call);
  for (size_t i = 0; results->size() > 1 && i < results->size(); ++i) {
    vals.push_back(Extract(call, static_cast<int64_t>(i), fn_->pos));
  }
  EmitReturn(vals, fn_->pos);
  Emit(Op::kUnreachable, nullptr, fn_->pos);
  SealAll();
  FinishSsa();
  RemoveDeadCode();
}

void FuncBuilder::BuildMethodWrapper(const fe::Func* method, const Type* recv_type,
                                     const fe::Signature* sig) {
  fn_->free_var_types.push_back(recv_type);
  fn_->free_var_names.push_back("recv");
  std::vector<Value*> params = WrapperParams(sig);
  Value* recv = Emit(Op::kFreeVar, recv_type, fn_->pos);
  recv->name = "recv";
  std::vector<Value*> args{recv};
  args.insert(args.end(), params.begin(), params.end());
  Value* call =
      Emit(IsInterface(recv_type) ? Op::kInvoke : Op::kCall, ResultType(sig), fn_->pos, args);
  call->func = const_cast<fe::Func*>(method);
  call->callee = mb_.FuncFor(method);
  ReturnCallResults(call, sig);
}

// sig is the method expression's type: the receiver (s->x's type) first.
void FuncBuilder::BuildMethodExprWrapper(const fe::SelectorExpr* s, const fe::Signature* sig) {
  const fe::Func* method = s->obj->As<fe::Func>();
  std::vector<Value*> params = WrapperParams(sig);
  Place p = PlaceOfValue(params[0]);
  if (p.may_be_nil && s->path.empty() && !method->ptr_recv) {
    Value* checked = Emit(Op::kNilCheck, params[0]->type, fn_->pos, {params[0]});
    checked->func = const_cast<fe::Func*>(method);
    p = Place{checked, nullptr, p.type, false};
  }
  p = WalkSteps(p, s, s->path.size());
  bool invoke = false;
  std::vector<Value*> args{AdjustReceiver(p, method, &invoke, fn_->pos)};
  args.insert(args.end(), params.begin() + 1, params.end());
  Value* call = Emit(invoke ? Op::kInvoke : Op::kCall, ResultType(sig), fn_->pos, args);
  call->func = const_cast<fe::Func*>(method);
  if (!invoke) call->callee = mb_.FuncFor(method);
  ReturnCallResults(call, sig);
}

// A static call of library function f with the wrapper's parameters: codegen
// lowers it to f's runtime entry as it lowers any direct call of f.
void FuncBuilder::BuildLibraryForwarder(const fe::Func* f) {
  std::vector<Value*> params = WrapperParams(f->sig());
  Value* call = Emit(Op::kCall, ResultType(f->sig()), fn_->pos, params);
  call->func = const_cast<fe::Func*>(f);
  ReturnCallResults(call, f->sig());
}

}  // namespace gosc::ssa::builder
