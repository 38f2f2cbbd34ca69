// Devirtualizing interface method calls whose dynamic type is known, as gc does.
//
// Why it exists: `var s Stringer = c; return s.String()` calls through an
// interface although the dynamic type can only be Celsius. gc rewrites such
// a call into `s.(Celsius).String()` before escape analysis and reports
// "devirtualizing s.String to Celsius" under -m. Besides saving the
// indirect call, this matters for escape analysis: an interface call sends
// its receiver to unknown code (the heap), a static call applies the
// method's summary, so the boxed `c` can stay on the stack.
//
// The rule (gc 1.19's devirtualize.Call, applied when the call is built):
// the receiver expression is either a conversion to the interface or a
// local variable that is never reassigned and whose address is never taken
// (gc's ir.StaticValue), and the SSA value it evaluates to is a
// MakeInterface of a concrete (non-interface) type that declares the method
// itself (promoted methods are left as interface calls). The receiver is
// re-extracted with a TypeAssert that cannot fail, so the conversion's box
// is only read, never passed on.
#include "ssa/builder/builder.h"

namespace gosc::ssa::builder {
namespace {

// gc's ir.StaticValue, restricted to what reaches a MakeInterface: a name
// whose value is fixed by its declaration, or an explicit conversion.
bool HasStaticValue(const fe::Expr* e) {
  e = fe::Unparen(e);
  if (e == nullptr) return false;
  if (auto* id = e->As<fe::Ident>()) {
    const fe::Var* v = id->obj != nullptr ? id->obj->As<fe::Var>() : nullptr;
    return v != nullptr && v->var_kind() == fe::VarKind::kLocal && v->pkg().empty() &&
           !v->reassigned && !v->address_taken;
  }
  if (auto* c = e->As<fe::CallExpr>()) return c->call_kind == fe::CallKind::kConversion;
  return false;
}

// The method `name` declared on the named type behind `t` (T or *T).
fe::Func* DeclaredMethod(const Type* t, const std::string& name) {
  if (const auto* p = t->As<fe::Pointer>()) t = p->elem();
  const auto* named = t->As<fe::Named>();
  if (named == nullptr) return nullptr;
  for (fe::Func* m : named->methods()) {
    if (m->name() == name) return m;
  }
  return nullptr;
}

}  // namespace

bool FuncBuilder::Devirtualize(const fe::SelectorExpr* s, const fe::CallExpr* c, Value** recv,
                               fe::Func** method) {
  Value* iface = *recv;
  if (iface->op != Op::kMakeInterface || iface->aux_type == nullptr ||
      IsInterface(iface->aux_type) || !HasStaticValue(s->x) || s->sel == nullptr) {
    return false;
  }
  const Type* concrete = iface->aux_type;
  fe::Func* m = DeclaredMethod(concrete, s->sel->name);
  if (m == nullptr) return false;
  bool concrete_is_ptr = concrete->As<fe::Pointer>() != nullptr;
  if (m->ptr_recv && !concrete_is_ptr) return false;  // not in T's method set
  Value* v = Emit(Op::kTypeAssert, concrete, s->pos, {iface});
  v->aux_type = concrete;
  if (!m->ptr_recv && concrete_is_ptr) {
    v = Load(NilCheck(v, s->pos), s->pos);  // a value method through a nil *T panics
  }
  if (m->sig() != nullptr && m->sig()->recv() != nullptr) {
    v = Convert(v, m->sig()->recv()->type(), s->pos);
  }
  *recv = v;
  *method = m;
  fn_->devirtualized.push_back({c->pos, ExprString(s) + " to " + TypeString(concrete)});
  devirtualized_desc_[c] = DevirtualizedCallString(c, m, concrete);
  return true;
}

}  // namespace gosc::ssa::builder
