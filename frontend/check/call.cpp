// Selectors (pkg.Name, fields, methods, method expressions) and calls.
//
// Why it exists: a call is the junction of several checks — is the callee a
// type (conversion), a builtin, or a function value; do the arguments match
// the parameters, including variadic ones and f(g()) with a multi-value g;
// does a method call need the receiver's address. The selector records the
// embedded-field path it resolved so later layers can follow it.
#include <cctype>

#include "frontend/check/checker.h"

namespace gosc::frontend::check {

bool IsRealLibraryMember(const std::string& pkg, const std::string& name);

void Checker::Selector(Operand& x, SelectorExpr* e) {
  const std::string sel = e->sel ? e->sel->name : "_";
  x.expr = e;
  if (Ident* id = e->x ? e->x->As<Ident>() : nullptr) {
    Object* obj = scope_ ? scope_->LookupParent(id->name) : nullptr;
    if (PkgName* pn = obj ? obj->As<PkgName>() : nullptr) {
      pn->used = true;
      id->obj = pn;
      Scope* lib = LibraryPackage(pn->path);
      Object* member = lib ? lib->Lookup(sel) : nullptr;
      if (!member) {
        if (IsRealLibraryMember(pn->path, sel)) {
          Error(e->sel->pos, pn->path + "." + sel + " is not supported");
        } else {
          Error(e->sel->pos, "undefined: " + id->name + "." + sel);
        }
        x.mode = Mode::kInvalid;
        return;
      }
      e->sel_kind = SelKind::kQualified;
      e->obj = member;
      e->sel->obj = member;
      switch (member->kind()) {
        case ObjectKind::kConst:
          x.mode = Mode::kConstant;
          x.type = member->type();
          x.val = member->As<Const>()->value;
          break;
        case ObjectKind::kTypeName:
          x.mode = Mode::kTypeExpr;
          x.type = member->type();
          break;
        case ObjectKind::kVar:
          x.mode = Mode::kVariable;
          x.type = member->type();
          break;
        case ObjectKind::kFunc:
          x.mode = Mode::kValue;
          x.type = member->type();
          break;
        case ObjectKind::kBuiltin:
          x.mode = Mode::kBuiltin;
          x.builtin = static_cast<int>(member->As<types::Builtin>()->id);
          x.type = invalid_;
          break;
        default: x.mode = Mode::kInvalid;
      }
      return;
    }
  }
  ExprOrType(x, e->x);
  if (x.Invalid()) return;
  if (x.mode == Mode::kBuiltin) {
    Error(e->pos, "cannot select on " + OperandStr(x));
    x.mode = Mode::kInvalid;
    return;
  }
  const Type* xt = x.type;
  if (!xt || !xt->Underlying() || IsBasicKind(xt->Underlying(), BasicKind::kInvalid)) {
    x.mode = Mode::kInvalid;
    return;
  }
  bool addressable = x.mode == Mode::kVariable;
  LookupResult r = LookupFieldOrMethod(xt, addressable, sel);
  Pos sel_pos = e->sel ? e->sel->pos : e->pos;
  if (!r.obj) {
    if (r.ambiguous) {
      Error(sel_pos, "ambiguous selector " + ExprStr(e->x) + "." + sel);
    } else if (r.ptr_recv_required) {
      Error(sel_pos, "cannot call pointer method " + sel + " on " + TypeStr(xt));
    } else {
      std::string why;
      const Pointer* p = xt->As<Pointer>();
      if (p && p->elem()->Underlying() && p->elem()->Underlying()->As<Interface>()) {
        why = "type " + TypeStr(xt) + " is pointer to interface, not interface";
      } else {
        why = "type " + TypeStr(xt) + " has no field or method " + sel;
        if (!sel.empty()) {
          std::string alt = sel;
          alt[0] = std::isupper(static_cast<unsigned char>(alt[0]))
                       ? static_cast<char>(std::tolower(static_cast<unsigned char>(alt[0])))
                       : static_cast<char>(std::toupper(static_cast<unsigned char>(alt[0])));
          if (LookupFieldOrMethod(xt, addressable, alt).obj) why += ", but does have " + alt;
        }
      }
      Error(sel_pos, ExprStr(e->x) + "." + sel + " undefined (" + why + ")");
    }
    x.mode = Mode::kInvalid;
    return;
  }
  e->obj = r.obj;
  if (e->sel) e->sel->obj = r.obj;
  e->path_deref = r.derefs;
  bool x_is_ptr = xt->As<Pointer>() != nullptr;
  if (Func* m = r.obj->As<Func>()) {
    const Signature* sig = MethodSig(m);
    if (cur_decl_ && decls_.count(m)) cur_decl_->deps.insert(m);
    if (!sig) {
      x.mode = Mode::kInvalid;
      return;
    }
    e->path = r.index;
    if (x.mode == Mode::kTypeExpr) {
      // The SSA builder lowers T.M and (*T).M of a method declared with that
      // receiver to the method itself, and the other forms (a value method
      // through a pointer, an interface's method, a promoted method) to a
      // generated wrapper.
      // Method expression T.M: the receiver becomes the first parameter.
      e->sel_kind = SelKind::kMethodExpr;
      std::vector<Var*> params;
      Var* recv = tt_.NewObject<Var>(Pos{}, "", xt, VarKind::kParam);
      if (!sig->params()->vars().empty() && !sig->params()->vars()[0]->name().empty()) {
        recv = tt_.NewObject<Var>(
            Pos{}, sig->recv() && !sig->recv()->name().empty() ? sig->recv()->name() : "_", xt,
            VarKind::kParam);
      }
      params.push_back(recv);
      for (Var* v : sig->params()->vars()) params.push_back(v);
      x.mode = Mode::kValue;
      x.type = tt_.SignatureOf(nullptr, tt_.TupleOf(params), sig->results(), sig->variadic());
      return;
    }
    e->sel_kind = SelKind::kMethod;
    e->implicit_deref = x_is_ptr && (!r.index.empty() || !m->ptr_recv);
    if (m->ptr_recv && !r.indirect && !x_is_ptr) MarkAddressTaken(e->x);
    x.mode = Mode::kValue;
    x.type = tt_.SignatureOf(nullptr, sig->params(), sig->results(), sig->variadic());
    return;
  }
  if (x.mode == Mode::kTypeExpr) {
    Error(sel_pos, ExprStr(e->x) + "." + sel + " undefined (type " + TypeStr(xt) +
                       " has no method " + sel + ")");
    x.mode = Mode::kInvalid;
    return;
  }
  Var* f = r.obj->As<Var>();
  e->sel_kind = SelKind::kField;
  e->path = r.index;
  e->implicit_deref = x_is_ptr;
  x.mode = (x.mode == Mode::kVariable || r.indirect) ? Mode::kVariable : Mode::kValue;
  x.type = f->type();
  x.val = nullptr;
  if (!x.type) x.mode = Mode::kInvalid;
}

namespace {

std::string TypesSummary(const Checker& c, const std::vector<const Type*>& list, bool variadic) {
  std::string s = "(";
  for (size_t i = 0; i < list.size(); ++i) {
    if (i) s += ", ";
    const Type* t = list[i];
    const Basic* b = t ? t->As<Basic>() : nullptr;
    if (!t || (b && b->basic() == BasicKind::kInvalid)) {
      s += "<T>";
    } else if (b && b->IsUntyped()) {
      if (b->IsNumeric()) {
        s += "number";
      } else {
        std::string n = b->String();
        s += n.substr(n.find(' ') + 1);
      }
    } else if (variadic && i + 1 == list.size() && t->As<Slice>()) {
      s += "..." + c.TypeStr(t->As<Slice>()->elem());
    } else {
      s += c.TypeStr(t);
    }
  }
  return s + ")";
}

}  // namespace

std::string ArgTypesSummary(const Checker& c, const std::vector<Operand>& ops) {
  std::vector<const Type*> ts;
  for (const Operand& o : ops) ts.push_back(o.Invalid() ? nullptr : o.type);
  return TypesSummary(c, ts, false);
}

std::string VarTypesSummary(const Checker& c, const std::vector<Var*>& vars, bool variadic) {
  std::vector<const Type*> ts;
  for (const Var* v : vars) ts.push_back(v->type());
  return TypesSummary(c, ts, variadic);
}

void Checker::Arguments(frontend::CallExpr* call, const Signature* sig, std::vector<Operand>& args,
                        const std::string& fname) {
  size_t nargs = args.size();
  size_t npars = sig->params()->size();
  bool ddd = call->has_ellipsis;
  std::vector<const Type*> ptypes;
  for (const Var* v : sig->params()->vars()) ptypes.push_back(v->type());
  if (sig->variadic()) {
    if (ddd) {
      if (call->args.size() == 1 && nargs > 1) {
        ErrorAt(call, "cannot use ... with " + std::to_string(nargs) + "-valued " +
                          ExprStr(call->args[0]));
        return;
      }
    } else if (nargs + 1 >= npars) {
      const Slice* last = ptypes.back() ? ptypes.back()->As<Slice>() : nullptr;
      ptypes.pop_back();
      while (ptypes.size() < nargs) ptypes.push_back(last ? last->elem() : invalid_);
      npars = nargs;
    } else {
      npars--;
    }
  } else if (ddd) {
    ErrorAt(call, "cannot use ... in call to non-variadic " + fname);
    return;
  }
  if (nargs != npars) {
    Pos at = StartPos(call);
    std::string qualifier = "not enough";
    if (nargs > npars) {
      at = StartPos(args[npars].expr);
      qualifier = "too many";
    } else if (nargs > 0) {
      at = StartPos(args[nargs - 1].expr);
    }
    for (const Operand& a : args) {
      if (a.Invalid()) return;  // the argument's own error says enough
    }
    Error(at, qualifier + " arguments in call to " + fname + "\n\thave " +
                  ArgTypesSummary(*this, args) + "\n\twant " +
                  VarTypesSummary(*this, sig->params()->vars(), sig->variadic()));
    return;
  }
  std::string context = "argument to " + fname;
  for (size_t i = 0; i < nargs; ++i) Assignment(args[i], ptypes[i], context);
}

void Checker::CallExpr(Operand& x, frontend::CallExpr* e) {
  Operand f;
  RawExpr(f, e->fun, nullptr);
  if (f.mode == Mode::kNoValue) {
    ErrorAt(e->fun, OperandStr(f) + " used as value or type");
    f.mode = Mode::kInvalid;
  }
  SingleValue(f);
  x.expr = e;
  if (f.Invalid()) {
    for (Expr* a : e->args) {
      Operand tmp;
      RawExpr(tmp, a, nullptr);
    }
    x.mode = Mode::kInvalid;
    return;
  }
  if (f.mode == Mode::kTypeExpr) {
    e->call_kind = CallKind::kConversion;
    const Type* t = f.type;
    if (e->args.size() != 1) {
      if (e->args.empty()) {
        ErrorAt(e, "missing argument in conversion to " + TypeStr(t));
      } else {
        ErrorAt(e->args.back(), "too many arguments in conversion to " + TypeStr(t));
      }
      for (Expr* a : e->args) {
        Operand tmp;
        RawExpr(tmp, a, nullptr);
      }
      x.mode = Mode::kInvalid;
      return;
    }
    if (e->has_ellipsis) {
      ErrorAt(e->args[0], "invalid use of ... in type conversion to " + TypeStr(t));
      x.mode = Mode::kInvalid;
      return;
    }
    CheckExpr(x, e->args[0]);
    if (x.Invalid()) return;
    Conversion(x, t, e);
    x.expr = e;
    return;
  }
  if (f.mode == Mode::kBuiltin) {
    e->call_kind = CallKind::kBuiltin;
    e->builtin_id = f.builtin;
    Builtin(x, e, static_cast<BuiltinId>(f.builtin));
    x.expr = e;
    return;
  }
  const Signature* sig = f.type->Underlying() ? f.type->Underlying()->As<Signature>() : nullptr;
  if (!sig) {
    ErrorAt(e->fun, "invalid operation: cannot call non-function " + OperandStr(f));
    for (Expr* a : e->args) {
      Operand tmp;
      RawExpr(tmp, a, nullptr);
    }
    x.mode = Mode::kInvalid;
    return;
  }
  e->call_kind = CallKind::kCall;
  std::vector<Operand> args;
  if (e->args.size() == 1 && !e->has_ellipsis) {
    MultiExpr(e->args[0], args);
  } else {
    for (size_t i = 0; i < e->args.size(); ++i) {
      Operand a;
      // Elided composite literal types are not allowed in calls; no hint.
      CheckExpr(a, e->args[i]);
      args.push_back(a);
    }
  }
  Arguments(e, sig, args, ExprStr(e->fun));
  const Tuple* res = sig->results();
  if (res->size() == 0) {
    x.mode = Mode::kNoValue;
    x.type = res;
  } else if (res->size() == 1) {
    x.mode = Mode::kValue;
    x.type = res->At(0);
  } else {
    x.mode = Mode::kValue;
    x.type = res;
  }
}

}  // namespace gosc::frontend::check
