// Builtin functions: len, cap, append, copy, delete, make, new, panic,
// print, println, recover, and unsafe's Sizeof, Offsetof, Alignof.
//
// Why it exists: builtins are not functions with signatures — make and new
// take types, len of an array is a constant, append accepts `append(b,
// s...)` with a string, unsafe.Sizeof is folded to the amd64 layout — so
// each has its own rule, written down here once.
#include "frontend/check/checker.h"

namespace gosc::frontend::check {

std::string ArgTypesSummary(const Checker& c, const std::vector<Operand>& ops);

namespace {

struct BuiltinInfo {
  const char* name;
  int nargs;
  bool variadic;
};

BuiltinInfo Info(BuiltinId id) {
  switch (id) {
    case BuiltinId::kAppend: return {"append", 1, true};
    case BuiltinId::kCap: return {"cap", 1, false};
    case BuiltinId::kClose: return {"close", 1, false};
    case BuiltinId::kComplex: return {"complex", 2, false};
    case BuiltinId::kCopy: return {"copy", 2, false};
    case BuiltinId::kDelete: return {"delete", 2, false};
    case BuiltinId::kImag: return {"imag", 1, false};
    case BuiltinId::kLen: return {"len", 1, false};
    case BuiltinId::kMake: return {"make", 1, true};
    case BuiltinId::kNew: return {"new", 1, false};
    case BuiltinId::kPanic: return {"panic", 1, false};
    case BuiltinId::kPrint: return {"print", 0, true};
    case BuiltinId::kPrintln: return {"println", 0, true};
    case BuiltinId::kReal: return {"real", 1, false};
    case BuiltinId::kRecover: return {"recover", 0, false};
    case BuiltinId::kSizeof: return {"unsafe.Sizeof", 1, false};
    case BuiltinId::kOffsetof: return {"unsafe.Offsetof", 1, false};
    case BuiltinId::kAlignof: return {"unsafe.Alignof", 1, false};
  }
  return {"?", 0, false};
}

// len(a) of an array is constant unless `a` contains a call (or receive).
bool HasCall(const Expr* e) {
  if (!e) return false;
  switch (e->kind) {
    case ExprKind::kCall: {
      const auto* c = e->As<frontend::CallExpr>();
      if (c->call_kind == CallKind::kConversion)
        return HasCall(c->args.empty() ? nullptr : c->args[0]);
      if (c->call_kind == CallKind::kBuiltin &&
          (c->builtin_id == static_cast<int>(BuiltinId::kLen) ||
           c->builtin_id == static_cast<int>(BuiltinId::kCap)) &&
          c->mode == Mode::kConstant) {
        return false;
      }
      return true;
    }
    case ExprKind::kParen: return HasCall(e->As<ParenExpr>()->x);
    case ExprKind::kSelector: return HasCall(e->As<SelectorExpr>()->x);
    case ExprKind::kIndex:
      return HasCall(e->As<frontend::IndexExpr>()->x) ||
             HasCall(e->As<frontend::IndexExpr>()->index);
    case ExprKind::kStar: return HasCall(e->As<StarExpr>()->x);
    case ExprKind::kUnary: return HasCall(e->As<frontend::UnaryExpr>()->x);
    case ExprKind::kBinary:
      return HasCall(e->As<frontend::BinaryExpr>()->x) || HasCall(e->As<frontend::BinaryExpr>()->y);
    case ExprKind::kCompositeLit:
      for (const Expr* x : e->As<frontend::CompositeLit>()->elts) {
        if (HasCall(x)) return true;
      }
      return false;
    case ExprKind::kKeyValue:
      return HasCall(e->As<KeyValueExpr>()->key) || HasCall(e->As<KeyValueExpr>()->value);
    default: return false;
  }
}

}  // namespace

void Checker::Builtin(Operand& x, frontend::CallExpr* call, BuiltinId id) {
  BuiltinInfo bi = Info(id);
  x.expr = call;
  switch (id) {
    case BuiltinId::kComplex:
    case BuiltinId::kReal:
    case BuiltinId::kImag:
      Unsupported(call->fun->pos, "complex numbers");
      x.mode = Mode::kInvalid;
      return;
    case BuiltinId::kClose:
      Unsupported(call->fun->pos, "channel operation close");
      x.mode = Mode::kInvalid;
      return;
    default: break;
  }
  if (call->has_ellipsis && id != BuiltinId::kAppend) {
    ErrorAt(call, std::string("invalid operation: invalid use of ... with built-in ") + bi.name);
    x.mode = Mode::kInvalid;
    return;
  }
  // Most builtins evaluate their arguments as ordinary expressions first.
  std::vector<Operand> args;
  bool types_first = id == BuiltinId::kMake || id == BuiltinId::kNew || id == BuiltinId::kOffsetof;
  if (!types_first) {
    if (call->args.size() == 1 && id != BuiltinId::kSizeof && id != BuiltinId::kAlignof) {
      MultiExpr(call->args[0], args);
    } else {
      for (Expr* a : call->args) {
        Operand o;
        CheckExpr(o, a);
        args.push_back(o);
      }
    }
    for (const Operand& a : args) {
      if (a.Invalid()) {
        x.mode = Mode::kInvalid;
        return;
      }
    }
  }
  size_t nargs = types_first ? call->args.size() : args.size();
  {
    std::string msg;
    if (static_cast<int>(nargs) < bi.nargs) msg = "not enough";
    else if (!bi.variadic && static_cast<int>(nargs) > bi.nargs) msg = "too many";
    if (!msg.empty()) {
      ErrorAt(call, "invalid operation: " + msg + " arguments for " + ExprStr(call) +
                        " (expected " + std::to_string(bi.nargs) + ", found " +
                        std::to_string(nargs) + ")");
      x.mode = Mode::kInvalid;
      return;
    }
  }
  const Type* intt = tt_.Int();
  switch (id) {
    case BuiltinId::kLen:
    case BuiltinId::kCap: {
      Operand& a = args[0];
      const Type* t = a.type->Underlying();
      if (const Pointer* p = t ? t->As<Pointer>() : nullptr) {
        if (p->elem()->Underlying() && p->elem()->Underlying()->As<Array>())
          t = p->elem()->Underlying();
      }
      CV val;
      bool ok = false;
      if (t && IsString(t) && id == BuiltinId::kLen) {
        ok = true;
        if (a.mode == Mode::kConstant)
          val = ConstValue::Int64(static_cast<int64_t>(a.val->s.size()));
        DefaultOperand(a);
      } else if (const Array* arr = t ? t->As<Array>() : nullptr) {
        ok = true;
        if (!HasCall(a.expr)) val = ConstValue::Int64(arr->len());
      } else if (t && (t->As<Slice>() || (t->As<Map>() && id == BuiltinId::kLen))) {
        ok = true;
      }
      if (!ok) {
        ErrorAt(a.expr, "invalid argument: " + OperandStr(a) + " for " + bi.name);
        x.mode = Mode::kInvalid;
        return;
      }
      x.type = intt;
      if (val) {
        x.mode = Mode::kConstant;
        x.val = val;
      } else {
        x.mode = Mode::kValue;
      }
      return;
    }
    case BuiltinId::kAppend: {
      Operand& s = args[0];
      const Slice* st = s.type->Underlying() ? s.type->Underlying()->As<Slice>() : nullptr;
      if (!st) {
        std::string cause = IsNilExpr(s.expr) ? "have untyped nil" : "have " + OperandStr(s);
        ErrorAt(s.expr, "first argument to append must be a slice; " + cause);
        x.mode = Mode::kInvalid;
        return;
      }
      if (args.size() == 2 && call->has_ellipsis && IsString(args[1].type) &&
          IsBasicKind(st->elem()->Underlying(), BasicKind::kUint8)) {
        DefaultOperand(args[1]);
        x.mode = Mode::kValue;
        x.type = s.type;
        return;
      }
      std::vector<Operand> rest(args.begin() + 1, args.end());
      Var* p = tt_.NewObject<Var>(Pos{}, "", tt_.SliceOf(st->elem()), VarKind::kParam);
      const Signature* sig = tt_.SignatureOf(nullptr, tt_.TupleOf({p}), tt_.EmptyTuple(), true);
      // Check the appended values as the arguments of func(...T).
      frontend::CallExpr shadow(call->pos);
      shadow.fun = call->fun;
      shadow.has_ellipsis = call->has_ellipsis;
      shadow.rparen = call->rparen;
      for (size_t i = 1; i < call->args.size(); ++i) shadow.args.push_back(call->args[i]);
      Arguments(&shadow, sig, rest, "append");
      x.mode = Mode::kValue;
      x.type = s.type;
      return;
    }
    case BuiltinId::kCopy: {
      Operand& dst = args[0];
      Operand& src = args[1];
      const Slice* ds = dst.type->Underlying() ? dst.type->Underlying()->As<Slice>() : nullptr;
      const Type* su = src.type->Underlying();
      const Type* selem = nullptr;
      if (su && su->As<Slice>()) selem = su->As<Slice>()->elem();
      if (su && IsString(su)) selem = tt_.basic(BasicKind::kUint8);
      if (!ds || !selem) {
        ErrorAt(dst.expr, "invalid argument: copy expects slice arguments; found " +
                              OperandStr(dst) + " and " + OperandStr(src));
        x.mode = Mode::kInvalid;
        return;
      }
      if (!Identical(ds->elem(), selem)) {
        ErrorAt(dst.expr, "invalid argument: arguments to copy " + OperandStr(dst) + " and " +
                              OperandStr(src) + " have different element types " +
                              TypeStr(ds->elem()) + " and " + TypeStr(selem));
        x.mode = Mode::kInvalid;
        return;
      }
      DefaultOperand(src);
      x.mode = Mode::kValue;
      x.type = intt;
      return;
    }
    case BuiltinId::kDelete: {
      Operand& m = args[0];
      const Map* mt = m.type->Underlying() ? m.type->Underlying()->As<Map>() : nullptr;
      if (!mt) {
        ErrorAt(m.expr, "invalid argument: " + OperandStr(m) + " is not a map");
        x.mode = Mode::kInvalid;
        return;
      }
      Assignment(args[1], mt->key(), "argument to delete");
      x.mode = Mode::kNoValue;
      x.type = tt_.EmptyTuple();
      return;
    }
    case BuiltinId::kMake: {
      const Type* t = TypExpr(call->args[0]);
      if (IsBasicKind(t, BasicKind::kInvalid)) {
        x.mode = Mode::kInvalid;
        return;
      }
      size_t min = 1;
      const Type* u = t->Underlying();
      if (u && u->As<Slice>()) {
        min = 2;
      } else if (u && u->As<Map>()) {
        min = 1;
      } else if (u && u->As<Chan>()) {
        x.mode = Mode::kInvalid;
        return;
      } else {
        ErrorAt(call->args[0], "invalid argument: cannot make " + ExprStr(call->args[0]) +
                                   "; type must be slice, map, or channel");
        x.mode = Mode::kInvalid;
        return;
      }
      if (nargs < min || nargs > min + 1) {
        ErrorAt(call, "invalid operation: " + ExprStr(call) + " expects " + std::to_string(min) +
                          " or " + std::to_string(min + 1) + " arguments; found " +
                          std::to_string(nargs));
        x.mode = Mode::kInvalid;
        return;
      }
      std::vector<int64_t> sizes;
      bool valid = true;
      for (size_t i = 1; i < call->args.size(); ++i) {
        int64_t v = -1;
        if (!Index(call->args[i], -1, &v)) valid = false;
        sizes.push_back(v);
      }
      if (valid && sizes.size() == 2 && sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
        ErrorAt(call->args[1], "invalid argument: length and capacity swapped");
      }
      x.mode = Mode::kValue;
      x.type = t;
      return;
    }
    case BuiltinId::kNew: {
      const Type* t = TypExpr(call->args[0]);
      if (IsBasicKind(t, BasicKind::kInvalid)) {
        x.mode = Mode::kInvalid;
        return;
      }
      x.mode = Mode::kValue;
      x.type = tt_.PointerTo(t);
      return;
    }
    case BuiltinId::kPanic: {
      Assignment(args[0], tt_.EmptyInterface(), "argument to panic");
      x.mode = Mode::kNoValue;
      x.type = tt_.EmptyTuple();
      return;
    }
    case BuiltinId::kPrint:
    case BuiltinId::kPrintln: {
      for (Operand& a : args) {
        Assignment(a, nullptr, std::string("argument to built-in ") + bi.name);
      }
      x.mode = Mode::kNoValue;
      x.type = tt_.EmptyTuple();
      return;
    }
    case BuiltinId::kRecover:
      x.mode = Mode::kValue;
      x.type = tt_.EmptyInterface();
      return;
    case BuiltinId::kSizeof:
    case BuiltinId::kAlignof: {
      Operand& a = args[0];
      Assignment(a, nullptr, std::string("argument to ") + bi.name);
      if (a.Invalid()) {
        x.mode = Mode::kInvalid;
        return;
      }
      int64_t v = id == BuiltinId::kSizeof ? a.type->Size() : a.type->Align();
      x.mode = Mode::kConstant;
      x.type = tt_.basic(BasicKind::kUintptr);
      x.val = ConstValue::Int64(v);
      return;
    }
    case BuiltinId::kOffsetof: {
      Expr* arg = call->args[0];
      while (arg && arg->kind == ExprKind::kParen) arg = arg->As<ParenExpr>()->x;
      SelectorExpr* sel = arg ? arg->As<SelectorExpr>() : nullptr;
      if (!sel) {
        ErrorAt(call->args[0],
                "invalid argument: " + ExprStr(call->args[0]) + " is not a selector expression");
        x.mode = Mode::kInvalid;
        return;
      }
      Operand s;
      RawExpr(s, arg, nullptr);
      if (s.Invalid()) {
        x.mode = Mode::kInvalid;
        return;
      }
      if (sel->sel_kind != SelKind::kField) {
        ErrorAt(call->args[0], "invalid argument: " + ExprStr(arg) + " is a method value");
        x.mode = Mode::kInvalid;
        return;
      }
      // Walk the embedded path from the base type, summing offsets.
      const Type* t = sel->x->type;
      if (t && t->As<Pointer>()) t = t->As<Pointer>()->elem();
      int64_t off = 0;
      for (size_t i = 0; i < sel->path.size(); ++i) {
        const Struct* st = t && t->Underlying() ? t->Underlying()->As<Struct>() : nullptr;
        if (!st) break;
        if (i + 1 < sel->path.size() && sel->path_deref[i]) {
          ErrorAt(call->args[0], "invalid argument: field " + sel->sel->name +
                                     " is embedded via a pointer in " + ExprStr(sel->x));
          x.mode = Mode::kInvalid;
          return;
        }
        off += st->Offset(sel->path[i]);
        t = st->fields()[sel->path[i]]->type();
      }
      x.mode = Mode::kConstant;
      x.type = tt_.basic(BasicKind::kUintptr);
      x.val = ConstValue::Int64(off);
      return;
    }
    default: x.mode = Mode::kInvalid; return;
  }
}

}  // namespace gosc::frontend::check
