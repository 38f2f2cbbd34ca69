// Calls, closures, defer and return.
//
// gosc's calling convention for compiled Go code (the runtime relies on the
// parts marked [abi]):
//  * Every Go function, method and function literal is an LLVM function
//      R fn(ptr ctx, [recv,] p1, ..., pn)
//    where each pi is the LLVM type of the Go parameter (strings {ptr,i64},
//    slices {ptr,i64,i64}, interfaces {ptr,ptr}, structs and arrays as
//    first-class aggregates), and R is void, the single result's type, or a
//    literal struct {R1,...,Rn} for several results. LLVM splits aggregates
//    into registers; both sides are LLVM so they always agree.
//  * [abi] A func value is a pointer to a context whose first word is the
//    code pointer; a call through it passes the context itself as `ctx`.
//    Top-level functions used as values get one constant context
//    (`main.f$fv = {ptr @main.f}`); closures' contexts are their env objects:
//    word 0 the code, word i+1 the i-th captured binding (a pointer), which
//    FreeVar i loads. Direct calls pass a null ctx.
//  * [abi] Method-table / itab entries take the interface data word instead
//    of the context: R fn(ptr data, p1, ..., pn) (methods.cpp).
//  * Library functions (fmt.Println, ...) are runtime entries called with
//    abi.def's flattening (lower_runtime.cpp).
//  * [abi] defer: a heap (or, outside loops, stack) thunk context
//    {code, evaluated operands...}, `void thunk(ptr ctx)`, registered with
//    gosc_deferproc; functions with defers set up a frame, push it and
//    _setjmp on entry; every return runs gosc_defer_return first (abi.def).
#include "codegen/internal.h"

namespace gosc::codegen {

using ssa::Op;

namespace {
const types::Signature* SigOf(const Type* t) {
  return t ? t->Underlying()->As<types::Signature>() : nullptr;
}
const Type* NormalizedResult(const Type* t) {
  if (t == nullptr) return nullptr;
  if (const auto* tup = t->As<types::Tuple>(); tup && tup->size() == 0) return nullptr;
  return t;
}
}  // namespace

// math functions whose Go definition is exactly an IEEE operation become
// LLVM intrinsics (one instruction on x86-64, as with gc) instead of calls.
static llvm::Value* EmitMathIntrinsic(llvm::IRBuilder<>& b, const std::string& name,
                                      const std::vector<llvm::Value*>& ops) {
  if (ops.size() != 1 || !ops[0]->getType()->isDoubleTy()) return nullptr;
  llvm::Intrinsic::ID id;
  if (name == "Sqrt") id = llvm::Intrinsic::sqrt;
  else if (name == "Abs") id = llvm::Intrinsic::fabs;
  else if (name == "Floor") id = llvm::Intrinsic::floor;
  else if (name == "Ceil") id = llvm::Intrinsic::ceil;
  else if (name == "IsNaN") return b.CreateZExt(b.CreateFCmpUNO(ops[0], ops[0]), b.getInt8Ty());
  else return nullptr;
  return b.CreateUnaryIntrinsic(id, ops[0]);
}

// Emits the call of a Call/Defer (or Invoke/DeferInvoke) value given its
// already lowered operands; used both in place and inside defer thunks.
static llvm::Value* EmitCallOp(FuncLowering& fl, ModuleLowering& ml, llvm::IRBuilder<>& b,
                               const ssa::Value* v, const std::vector<llvm::Value*>& ops,
                               const std::function<llvm::Value*(llvm::Type*)>& make_slot,
                               const BigSlotFn& big_slot) {
  bool invoke = v->op == Op::kInvoke || v->op == Op::kDeferInvoke;
  if (invoke) {
    if (!v->func) Fail(v->pos, "codegen: invoke without method");
    std::vector<llvm::Value*> args(ops.begin() + 1, ops.end());
    return EmitInvoke(ml, b, ops[0], v->operand(0)->type, v->func, args, big_slot);
  }
  llvm::Function* callee = v->callee ? ml.FuncFor(v->callee) : nullptr;
  if (!callee && v->func && v->func->pkg().empty()) callee = ml.FuncForObj(v->func);
  auto coerce_args = [&](llvm::FunctionType* ft, std::vector<llvm::Value*>& args) {
    if (args.size() != ft->getNumParams())
      Fail(v->pos, "codegen: call passes " + std::to_string(args.size() - 1) + " arguments, " +
                       "callee takes " + std::to_string(ft->getNumParams() - 1));
    for (size_t i = 0; i < args.size(); ++i)
      if (args[i]->getType() != ft->getParamType(i))
        Fail(v->pos, "codegen: argument " + std::to_string(i) + " has the wrong LLVM type");
  };
  // Big results come back through a trailing sret pointer to the caller's memory.
  auto add_sret = [&](const types::Signature* sig, std::vector<llvm::Value*>& args) {
    if (!sig || !ml.ResultViaSret(sig)) return static_cast<llvm::Value*>(nullptr);
    llvm::Value* slot = big_slot(ml.ResultGoType(sig));
    args.push_back(slot);
    return slot;
  };
  if (callee) {
    std::vector<llvm::Value*> args{llvm::ConstantPointerNull::get(ml.Ptr())};
    args.insert(args.end(), ops.begin(), ops.end());
    const types::Signature* sig = v->callee && v->callee->sig ? v->callee->sig
                                  : v->func                   ? v->func->sig()
                                                              : nullptr;
    llvm::Value* sret = add_sret(sig, args);
    coerce_args(callee->getFunctionType(), args);
    llvm::Value* r = b.CreateCall(callee, args);
    return sret ? sret : r;
  }
  if (v->func && v->func->pkg() == "math" && v->op == Op::kCall) {
    if (llvm::Value* r = EmitMathIntrinsic(b, v->func->name(), ops)) return r;
  }
  if (v->func && !v->func->pkg().empty()) {
    const RtEntry* e = ml.RtByGoName(v->func->FullName());
    if (!e)
      Fail(v->pos, "codegen: library function " + v->func->FullName() +
                       " is not provided by the runtime (runtime/abi.def)");
    const Type* rt = NormalizedResult(v->op == Op::kDefer ? nullptr : v->type);
    if (v->op == Op::kDefer) {
      const types::Tuple* rs = v->func->sig()->results();
      rt = rs->size() == 0 ? nullptr : rs->size() == 1 ? rs->At(0) : rs;
    }
    return EmitLibCall(ml, b, *e, ops, rt, make_slot);
  }
  // A func value: operand 0.
  if (ops.empty()) Fail(v->pos, "codegen: dynamic call without a func value");
  const types::Signature* sig = SigOf(v->operand(0)->type);
  if (!sig) Fail(v->pos, "codegen: call of non-function " + v->operand(0)->type->String());
  llvm::Value* fv = ops[0];
  EmitNilCheck(ml, b, fv);
  llvm::Value* code = b.CreateLoad(ml.Ptr(), fv, "code");
  llvm::FunctionType* ft = ml.GoFuncType(sig);
  std::vector<llvm::Value*> args{fv};
  args.insert(args.end(), ops.begin() + 1, ops.end());
  llvm::Value* sret = add_sret(sig, args);
  coerce_args(ft, args);
  (void)fl;
  llvm::Value* r = b.CreateCall(ft, code, args);
  return sret ? sret : r;
}

llvm::Value* FuncLowering::LowerCall(const ssa::Value* v) {
  std::vector<llvm::Value*> ops;
  for (size_t i = 0; i < v->num_operands(); ++i) ops.push_back(Operand(v, i));
  llvm::Value* r = EmitCallOp(
      *this, ml_, b_, v, ops, [&](llvm::Type* t) { return EntryAlloca(t, "libout"); },
      [&](const Type* t) { return NewBigSlot(t); });
  if (r && r->getType()->isVoidTy()) return nullptr;
  return r;
}

llvm::Value* FuncLowering::LowerInvoke(const ssa::Value* v) { return LowerCall(v); }

// The closure context {code, b0, b1, ...} laid out as the SSA builder's env
// struct (struct{F unsafe.Pointer; b0 T0; ...}, natural Go alignment, which
// LLVM's natural layout of the mapped types reproduces).
static llvm::StructType* EnvType(ModuleLowering& ml, const ssa::Func* closure,
                                 const std::vector<llvm::Type*>& fallback) {
  std::vector<llvm::Type*> fields{ml.Ptr()};
  if (closure && !closure->free_var_types.empty()) {
    for (const Type* t : closure->free_var_types) fields.push_back(ml.LlvmType(t));
  } else {
    fields.insert(fields.end(), fallback.begin(), fallback.end());
  }
  return llvm::StructType::get(ml.ctx(), fields);
}

llvm::Value* FuncLowering::LowerMakeClosure(const ssa::Value* v) {
  if (v->num_operands() < 1) Fail(v->pos, "codegen: makeclosure without env");
  llvm::Value* env = Operand(v, 0);
  llvm::Function* code = v->callee ? ml_.FuncFor(v->callee) : nullptr;
  if (!code && v->func) code = ml_.FuncForObj(v->func);
  if (!code) Fail(v->pos, "codegen: makeclosure of unknown function");
  size_t n = v->num_operands() - 1;
  std::vector<llvm::Type*> op_types;
  for (size_t i = 0; i < n; ++i) op_types.push_back(M(v->operand(i + 1)->type));
  llvm::StructType* env_ty = EnvType(ml_, v->callee, op_types);
  if (env_ty->getNumElements() != n + 1)
    Fail(v->pos, "codegen: makeclosure binds " + std::to_string(n) + " values, the closure has " +
                     std::to_string(env_ty->getNumElements() - 1) + " free variables");
  const ssa::Value* env_v = v->operand(0);
  if (env_v->op == Op::kAlloc && env_v->aux_type &&
      env_v->aux_type->Size() < static_cast<int64_t>(ml_.dl().getTypeAllocSize(env_ty)))
    Fail(v->pos, "codegen: closure env of " + std::to_string(env_v->aux_type->Size()) +
                     " bytes is too small for its code word and bindings");
  // A method value of an interface (`f := i.M`) panics on a nil i when it
  // is evaluated, not when f is called.
  if (v->flag && n == 1 && v->operand(1)->type->Underlying()->As<types::Interface>()) {
    EmitNilCheck(ml_, b_, b_.CreateExtractValue(Operand(v, 1), 0, "itab"));
  }
  b_.CreateStore(code, env);
  for (size_t i = 0; i < n; ++i) {
    llvm::Value* val = Operand(v, i + 1);
    const Type* bt = v->operand(i + 1)->type;
    if (M(bt) != env_ty->getElementType(i + 1))
      Fail(v->pos, "codegen: makeclosure binding " + std::to_string(i) + " has the wrong type");
    StoreTyped(bt, val, b_.CreateStructGEP(env_ty, env, i + 1));
  }
  return env;
}

llvm::Value* FuncLowering::LowerFreeVar(const ssa::Value* v) {
  llvm::Value* ctx = fn_->getArg(0);
  std::vector<llvm::Type*> fallback;
  for (int64_t i = 0; i <= v->index; ++i)
    fallback.push_back(i == v->index ? M(v->type) : ml_.Ptr());
  llvm::StructType* env_ty = EnvType(ml_, &f_, fallback);
  if (static_cast<size_t>(v->index) + 1 >= env_ty->getNumElements())
    Fail(v->pos, "codegen: freevar index out of range in " + f_.name);
  // Bindings never change after MakeClosure, so a big one stays in place.
  return LoadPart(v->type, b_.CreateStructGEP(env_ty, ctx, v->index + 1));
}

// ---------------------------------------------------------------- defer

void FuncLowering::LowerDefer(const ssa::Value* v) {
  if (!defer_frame_) Fail(v->pos, "codegen: defer in a function not marked has_defer");
  // `defer i.M()` evaluates i.M at the defer statement: a nil i panics there.
  if (v->op == Op::kDeferInvoke) {
    EmitNilCheck(ml_, b_, b_.CreateExtractValue(Operand(v, 0), 0, "itab"));
  }
  std::vector<llvm::Value*> ops;
  std::vector<llvm::Type*> fields{ml_.Ptr()};
  for (size_t i = 0; i < v->num_operands(); ++i) {
    llvm::Value* op = Operand(v, i);
    const Type* t = v->operand(i)->type;
    if (Big(t)) {
      // A big value's snapshot slot may be reused before the deferred call runs.
      llvm::Value* copy = HeapAlloc(t);
      EmitCopy(b_, copy, op, t);
      op = copy;
    }
    ops.push_back(op);
    fields.push_back(ops.back()->getType());
  }
  auto* ctx_ty = llvm::StructType::get(ml_.ctx(), fields);
  auto* thunk_ty = llvm::FunctionType::get(b_.getVoidTy(), {ml_.Ptr()}, false);
  auto* thunk =
      llvm::Function::Create(thunk_ty, llvm::Function::PrivateLinkage,
                             f_.name + "$defer" + std::to_string(defer_count_++), ml_.mod());
  thunk->addFnAttr("frame-pointer", "all");

  // The context: heap unless the defer statement runs at most once per call.
  llvm::Value* ctx;
  if (v->block && v->block->loop_depth == 0) {
    ctx = EntryAlloca(ctx_ty, "defer.ctx", 8);
  } else {
    uint64_t size = ml_.dl().getTypeAllocSize(ctx_ty);
    ctx = CallRt("gosc_mallocgc", {b_.getInt64(size), b_.getInt8(1)});
  }
  llvm::Value* agg = llvm::UndefValue::get(ctx_ty);
  agg = b_.CreateInsertValue(agg, thunk, 0);
  for (size_t i = 0; i < ops.size(); ++i) agg = b_.CreateInsertValue(agg, ops[i], i + 1);
  b_.CreateStore(agg, ctx);

  // Build the thunk body with this FuncLowering's helpers pointed at it.
  {
    llvm::IRBuilderBase::InsertPointGuard guard(b_);
    llvm::Function* saved_fn = fn_;
    llvm::Instruction* saved_alloca = alloca_point_;
    llvm::DISubprogram* saved_sp = sp_;
    llvm::DebugLoc saved_loc = b_.getCurrentDebugLocation();
    fn_ = thunk;
    sp_ = nullptr;
    b_.SetCurrentDebugLocation(llvm::DebugLoc());
    b_.SetInsertPoint(llvm::BasicBlock::Create(ml_.ctx(), "entry", thunk));
    alloca_point_ = MakeAllocaPoint(b_.GetInsertBlock());
    llvm::Value* loaded = b_.CreateLoad(ctx_ty, thunk->getArg(0));
    std::vector<llvm::Value*> args;
    for (size_t i = 0; i < ops.size(); ++i) args.push_back(b_.CreateExtractValue(loaded, i + 1));
    EmitCallOp(
        *this, ml_, b_, v, args, [&](llvm::Type* t) { return EntryAlloca(t, "libout"); },
        [&](const Type* t) { return EntryAlloca(M(t), "discard", 16); });
    b_.CreateRetVoid();
    alloca_point_->eraseFromParent();
    fn_ = saved_fn;
    alloca_point_ = saved_alloca;
    sp_ = saved_sp;
    b_.SetCurrentDebugLocation(saved_loc);
  }
  CallRt("gosc_deferproc", {defer_frame_, ctx});
}

// The result cells of a function with defer (ir.h: Func::result_cells):
// its Returns have no operands; results are read from the cells after the
// deferred calls ran, on the normal and on the recovered path.
std::vector<const ssa::Value*> FuncLowering::NamedResultSlots() {
  std::vector<const ssa::Value*> slots(f_.result_cells.begin(), f_.result_cells.end());
  if (f_.sig && slots.size() != f_.sig->results()->size())
    slots.assign(f_.sig->results()->size(), nullptr);
  return slots;
}

void FuncLowering::EmitDeferSetup() {
  auto* frame_ty = llvm::ArrayType::get(b_.getInt8Ty(), kDeferFrameSize);
  defer_frame_ = EntryAlloca(frame_ty, "defer.frame", 16);
  // Where the recovery path finds each named result: a slot holding the
  // result variable's address once its Alloc ran, else a zeroed stand-in.
  result_ptrs_ = NamedResultSlots();
  if (f_.sig) {
    const types::Tuple* rs = f_.sig->results();
    for (size_t i = 0; i < rs->size(); ++i) {
      llvm::Value* zero = EntryAlloca(M(rs->At(i)), "result.zero", 8);
      StoreTyped(rs->At(i), ZeroOf(rs->At(i)), zero);
      // Volatile: the slot is read after a longjmp, so it must not be
      // promoted to a register across the returns_twice _setjmp.
      llvm::Value* slot = EntryAlloca(ml_.Ptr(), "result.addr", 8);
      b_.CreateStore(zero, slot, /*isVolatile=*/true);
      result_slots_.push_back(slot);
      if (result_ptrs_[i]) result_slot_of_[result_ptrs_[i]] = slot;
    }
  }
  CallRt("gosc_defer_push", {defer_frame_});
  llvm::Value* jb = CallRt("gosc_defer_jmpbuf", {defer_frame_});
  llvm::CallInst* sj = b_.CreateCall(ml_.Rt("_setjmp"), {jb});
  sj->addFnAttr(llvm::Attribute::ReturnsTwice);
  fn_->addFnAttr(llvm::Attribute::NoInline);  // keep the setjmp frame this function's
  auto* recovered = llvm::BasicBlock::Create(ml_.ctx(), "recovered", fn_);
  auto* body = llvm::BasicBlock::Create(ml_.ctx(), "body", fn_);
  b_.CreateCondBr(b_.CreateICmpNE(sj, b_.getInt32(0)), recovered, body);
  b_.SetInsertPoint(recovered);
  EmitRecoveryReturn();
  b_.SetInsertPoint(body);
}

void FuncLowering::EmitRecoveryReturn() {
  CallRt("gosc_defer_return", {defer_frame_});
  std::vector<llvm::Value*> vals;
  if (f_.sig) {
    const types::Tuple* rs = f_.sig->results();
    for (size_t i = 0; i < rs->size(); ++i) {
      llvm::Value* addr = b_.CreateLoad(ml_.Ptr(), result_slots_[i], /*isVolatile=*/true);
      vals.push_back(LoadTyped(rs->At(i), addr));
    }
  }
  EmitRet(vals, f_.pos);
}

// Returns Go results: as the LLVM return value, or stored through the
// trailing sret parameter when they are big.
void FuncLowering::EmitRet(const std::vector<llvm::Value*>& vals, types::Pos pos) {
  ReleaseRegion();  // after deferred calls ran and results were read
  const Type* rt = f_.sig ? ml_.ResultGoType(f_.sig) : nullptr;
  if (rt == nullptr) {
    if (!vals.empty()) Fail(pos, "codegen: return with values in a function without results");
    b_.CreateRetVoid();
    return;
  }
  const auto* tup = rt->As<types::Tuple>();
  size_t want = tup ? tup->size() : 1;
  if (vals.size() != want)
    Fail(pos, "codegen: return has " + std::to_string(vals.size()) + " values, want " +
                  std::to_string(want));
  if (Big(rt)) {
    llvm::Value* sret = fn_->getArg(fn_->arg_size() - 1);
    if (!tup) {
      StoreTyped(rt, vals[0], sret);
    } else {
      auto* st = llvm::cast<llvm::StructType>(M(rt));
      for (size_t i = 0; i < vals.size(); ++i)
        StoreTyped(tup->At(i), vals[i], b_.CreateStructGEP(st, sret, i));
    }
    b_.CreateRetVoid();
    return;
  }
  llvm::Type* lt = fn_->getReturnType();
  if (!tup) {
    if (vals[0]->getType() != lt) Fail(pos, "codegen: return value has the wrong type");
    b_.CreateRet(vals[0]);
    return;
  }
  llvm::Value* agg = llvm::UndefValue::get(lt);
  for (size_t i = 0; i < vals.size(); ++i) agg = b_.CreateInsertValue(agg, vals[i], i);
  b_.CreateRet(agg);
}

void FuncLowering::LowerReturn(const ssa::Value* v) {
  std::vector<llvm::Value*> vals;
  for (size_t i = 0; i < v->num_operands(); ++i) vals.push_back(Operand(v, i));
  if (defer_frame_) {
    CallRt("gosc_defer_return", {defer_frame_});
    if (vals.empty() && f_.sig && f_.sig->results()->size() > 0) {
      // Results live in their cells; deferred calls may have changed them.
      const types::Tuple* rs = f_.sig->results();
      for (size_t i = 0; i < rs->size(); ++i) {
        if (!result_ptrs_[i]) Fail(v->pos, "codegen: return without values or result cells");
        vals.push_back(LoadTyped(rs->At(i), V(result_ptrs_[i])));
      }
    }
  }
  EmitRet(vals, v->pos);
}

}  // namespace gosc::codegen
