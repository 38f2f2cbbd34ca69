// Builtin calls, direct and deferred.
//
// Why it exists: builtins are not functions — each one is an SSA op (or, for
// len/cap of arrays and the unsafe functions, a constant) — so a call of one
// is translated here rather than as a Call. Two Go rules need care. The
// arguments may be the results of one multi-value call (`copy(f())`,
// `append(f())`, `print(f())`), bound in order as for any call. And `defer`
// of a builtin (`defer delete(m, k)`, `defer println(x)`, `defer panic(v)`)
// evaluates the arguments at the defer statement and runs the builtin at
// function exit: the arguments are passed to a generated thunk ("deferwrap",
// as gc calls its equivalent) whose body is the builtin, and the thunk is
// deferred like any static call.
#include "ssa/builder/builder.h"
#include "types/constant.h"

namespace gosc::ssa::builder {

namespace {

const char* BuiltinName(fe::BuiltinId id) {
  switch (id) {
    case fe::BuiltinId::kCopy: return "copy";
    case fe::BuiltinId::kDelete: return "delete";
    case fe::BuiltinId::kPanic: return "panic";
    case fe::BuiltinId::kPrint: return "print";
    case fe::BuiltinId::kPrintln: return "println";
    case fe::BuiltinId::kRecover: return "recover";
    default: return nullptr;
  }
}

}  // namespace

// `f(g())` with one multi-value g: the arguments are g's results.
bool FuncBuilder::IsSpread(const fe::CallExpr* c) const {
  return c->args.size() == 1 && c->args[0]->type && c->args[0]->type->As<fe::Tuple>();
}

// The evaluated arguments of copy, delete, print, println, panic and a
// spread append, converted as the builtin wants them.
std::vector<Value*> FuncBuilder::BuiltinArgs(const fe::CallExpr* c) {
  auto id = static_cast<fe::BuiltinId>(c->builtin_id);
  std::vector<Value*> vals;
  auto map_key = [&] { return Under(vals[0]->type)->As<fe::Map>()->key(); };
  if (IsSpread(c)) {
    vals = MultiValues(c->args[0], c->args[0]->type->As<fe::Tuple>()->size());
    if (id == fe::BuiltinId::kDelete && vals.size() == 2)
      vals[1] = Convert(vals[1], map_key(), c->pos);
    if (id == fe::BuiltinId::kAppend && !vals.empty()) {
      vals[0] = Convert(vals[0], c->type, c->pos);
      const Type* elem = Under(c->type)->As<fe::Slice>()->elem();
      for (size_t i = 1; i < vals.size(); ++i) vals[i] = Convert(vals[i], elem, c->pos);
    }
    return vals;
  }
  for (size_t i = 0; i < c->args.size(); ++i) {
    const fe::Expr* x = c->args[i];
    switch (id) {
      case fe::BuiltinId::kPanic: vals.push_back(ExprAs(x, types_.EmptyInterface())); break;
      case fe::BuiltinId::kPrint:
      case fe::BuiltinId::kPrintln: vals.push_back(ExprAs(x, nullptr)); break;
      case fe::BuiltinId::kDelete: vals.push_back(i == 1 ? ExprAs(x, map_key()) : Rvalue(x)); break;
      default: vals.push_back(Rvalue(x)); break;
    }
  }
  return vals;
}

// copy, delete, print, println and panic of evaluated arguments; recover too,
// for deferred thunks.
Value* FuncBuilder::PlainBuiltin(fe::BuiltinId id, const std::vector<Value*>& args, Pos pos) {
  auto need = [&](size_t n) {
    if (args.size() != n) Fail(pos, std::string("wrong argument count for ") + BuiltinName(id));
  };
  switch (id) {
    case fe::BuiltinId::kCopy:
      need(2);
      return Emit(Op::kSliceCopy, types_.Int(), pos, {args[0], args[1]});
    case fe::BuiltinId::kDelete:
      need(2);
      Emit(Op::kMapDelete, nullptr, pos, {args[0], args[1]});
      return nullptr;
    case fe::BuiltinId::kPrint:
    case fe::BuiltinId::kPrintln: {
      Value* v = Emit(Op::kPrint, nullptr, pos, args);
      v->flag = id == fe::BuiltinId::kPrintln;
      return nullptr;
    }
    case fe::BuiltinId::kPanic:
      need(1);
      Emit(Op::kPanic, nullptr, pos, {args[0]});
      StartDeadBlock();
      return nullptr;
    case fe::BuiltinId::kRecover:
      // `defer recover()`: recover is the deferred function itself, not called
      // by one, so it recovers nothing (Go's spec) and its result is dropped.
      return nullptr;
    default: Fail(pos, "unsupported builtin");
  }
}

Value* FuncBuilder::DeferBuiltin(const fe::CallExpr* c) {
  auto id = static_cast<fe::BuiltinId>(c->builtin_id);
  const char* name = BuiltinName(id);
  if (!name) Fail(c->pos, "defer of this builtin is not supported");
  std::vector<Value*> args = id == fe::BuiltinId::kRecover ? std::vector<Value*>{} : BuiltinArgs(c);
  std::vector<const Type*> arg_types;
  std::string key = std::string("main.deferwrap.") + name + "(";
  for (size_t i = 0; i < args.size(); ++i) {
    arg_types.push_back(args[i]->type);
    key += (i ? ", " : "") + TypeString(args[i]->type);
  }
  key += ")";
  const fe::Signature* sig =
      types_.SignatureOf(nullptr, mb_.TupleOf(arg_types), types_.EmptyTuple(), false);
  Func* thunk = mb_.DeferThunk(key, sig, c->pos, id);
  Value* d = Emit(Op::kDefer, nullptr, c->pos, args);
  d->callee = thunk;
  fn_->has_defer = true;
  return nullptr;
}

void FuncBuilder::BuildDeferThunk(fe::BuiltinId id, const fe::Signature* sig) {
  std::vector<Value*> params = WrapperParams(sig);
  PlainBuiltin(id, params, fn_->pos);
  EmitReturn({}, fn_->pos);
  Emit(Op::kUnreachable, nullptr, fn_->pos);
  SealAll();
  FinishSsa();
  RemoveDeadCode();
}

Value* FuncBuilder::Builtin(const fe::CallExpr* c) {
  auto id = static_cast<fe::BuiltinId>(c->builtin_id);
  const auto& a = c->args;
  auto need = [&](size_t n) {
    if (a.size() < n) Fail(c->pos, "too few arguments to builtin");
  };
  switch (id) {
    case fe::BuiltinId::kCopy:
    case fe::BuiltinId::kDelete:
    case fe::BuiltinId::kPrint:
    case fe::BuiltinId::kPrintln:
    case fe::BuiltinId::kPanic: return PlainBuiltin(id, BuiltinArgs(c), c->pos);
    case fe::BuiltinId::kAppend:
      if (IsSpread(c)) {
        Value* v = Emit(Op::kAppend, c->type, c->pos, BuiltinArgs(c));
        return NoteExpr(v, c, "call parameter");
      }
      break;
    default: break;
  }
  switch (id) {
    case fe::BuiltinId::kLen:
    case fe::BuiltinId::kCap: {
      need(1);
      const Type* xt = Under(a[0]->type);
      if (const fe::Pointer* p = xt->As<fe::Pointer>()) xt = Under(p->elem());
      if (const fe::Array* arr = xt->As<fe::Array>()) {
        Rvalue(a[0]);  // for its side effects (the checker folded the rest)
        return IntConst(arr->len(), c->pos);
      }
      Value* x = Rvalue(a[0]);
      return Emit(id == fe::BuiltinId::kLen ? Op::kLen : Op::kCap, types_.Int(), c->pos, {x});
    }
    case fe::BuiltinId::kAppend: {
      need(1);
      Value* s = ExprAs(a[0], c->type);
      std::vector<Value*> ops{s};
      if (c->has_ellipsis) {
        need(2);
        ops.push_back(Rvalue(a[1]));
      } else {
        const Type* elem = Under(c->type)->As<fe::Slice>()->elem();
        for (size_t i = 1; i < a.size(); ++i) ops.push_back(ExprAs(a[i], elem));
      }
      Value* v = Emit(Op::kAppend, c->type, c->pos, ops);
      v->flag = c->has_ellipsis;
      return NoteExpr(v, c, "call parameter");
    }
    case fe::BuiltinId::kMake: {
      need(1);
      const Type* t = c->type;
      if (const fe::Map* mt = Under(t)->As<fe::Map>()) {
        std::vector<Value*> ops;
        if (a.size() > 1) ops.push_back(ToInt(ExprAs(a[1], nullptr), a[1]->pos));
        Value* m = Emit(Op::kAlloc, t, c->pos, ops);
        m->aux_type = mt;
        m->alloc_site = AllocSite::kMakeMap;
        m->alloc_desc = ExprString(c);
        return m;
      }
      const fe::Slice* st = Under(t)->As<fe::Slice>();
      if (!st) Fail(c->pos, "make of unsupported type " + TypeString(t));
      need(2);
      Value* len = ToInt(ExprAs(a[1], nullptr), a[1]->pos);
      Value* cap = a.size() > 2 ? ToInt(ExprAs(a[2], nullptr), a[2]->pos) : len;
      Value* backing = Emit(Op::kAlloc, types_.PointerTo(st->elem()), c->pos, {cap});
      backing->aux_type = st->elem();
      backing->alloc_site = AllocSite::kMakeSlice;
      backing->alloc_desc = ExprString(c);
      // gc sizes the backing store from the capacity expression as written:
      // `n := 8; make([]int, n)` is a non-constant size even though the
      // optimiser could fold n.
      const fe::Expr* size_expr = a.size() > 2 ? a[2] : a[1];
      backing->flag = size_expr->mode != fe::Mode::kConstant;
      return Emit(Op::kMakeSlice, t, c->pos, {backing, len, cap});
    }
    case fe::BuiltinId::kNew: {
      const fe::Pointer* pt = Under(c->type)->As<fe::Pointer>();
      if (!pt) Fail(c->pos, "new with a non-pointer result");
      Value* v = Emit(Op::kAlloc, c->type, c->pos);
      v->aux_type = pt->elem();
      v->alloc_site = AllocSite::kNew;
      v->alloc_desc = ExprString(c);
      return v;
    }
    case fe::BuiltinId::kRecover:
      fn_->has_recover = true;
      return Emit(Op::kRecover, types_.EmptyInterface(), c->pos);
    case fe::BuiltinId::kSizeof:
    case fe::BuiltinId::kOffsetof:
    case fe::BuiltinId::kAlignof:
      if (c->value) return ConstOf(c->value, ConstType(c), c->pos);
      Fail(c->pos, "unsafe builtin without a constant value");
    default: break;
  }
  Fail(c->pos, "unsupported builtin");
}

}  // namespace gosc::ssa::builder
