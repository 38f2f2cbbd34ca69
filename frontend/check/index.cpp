// Composite literals, index and slice expressions, type assertions.
//
// Why it exists: these expressions build or take apart aggregate values, and
// each has a shape rule the SSA builder relies on: a literal's elements are
// checked against the element type (elided inner types `{...}` included, with
// `{...}` for a *T element meaning &T{...}: such a literal is recorded with
// the pointer type), `[...]T` gets its length from the elements, slicing an
// array needs an addressable array, and a map index is assignable but not
// addressable.
#include <set>

#include "frontend/check/checker.h"

namespace gosc::frontend::check {

bool Checker::Index(Expr* index, int64_t max, int64_t* value) {
  *value = -1;
  Operand x;
  CheckExpr(x, index);
  if (x.Invalid()) return false;
  ConvertUntyped(x, tt_.Int());
  if (x.Invalid()) return false;
  if (!IsInteger(x.type)) {
    ErrorAt(index, "invalid argument: index " + OperandStr(x) + " must be integer");
    return false;
  }
  if (x.mode == Mode::kConstant) {
    if (sgn(x.val->i) < 0) {
      ErrorAt(index, "invalid argument: index " + OperandStr(x) + " must not be negative");
      return false;
    }
    CV r;
    if (Representation(*x.val, tt_.Int()->As<Basic>(), &r) != ReprError::kNone) {
      ErrorAt(index, "invalid argument: index " + OperandStr(x) + " overflows int");
      return false;
    }
    int64_t v = r->ToInt64();
    if (max >= 0 && v >= max) {
      ErrorAt(index, "invalid argument: index " + x.val->ToString() +
                         " out of bounds [0:" + std::to_string(max) + "]");
      return false;
    }
    *value = v;
  }
  return true;
}

void Checker::CompositeLit(Operand& x, frontend::CompositeLit* e, const Type* hint) {
  const Type* typ = nullptr;
  const Type* base = nullptr;
  bool open_array = false;
  const Type* open_elem = nullptr;
  if (e->type_expr) {
    auto* at = e->type_expr->As<ArrayTypeExpr>();
    if (at && at->len && at->len->kind == ExprKind::kEllipsis) {
      open_array = true;
      open_elem = TypExpr(at->elem);
      if (IsBasicKind(open_elem, BasicKind::kInvalid)) {
        x.mode = Mode::kInvalid;
        return;
      }
    } else {
      typ = TypExpr(e->type_expr);
      if (IsBasicKind(typ, BasicKind::kInvalid)) {
        x.mode = Mode::kInvalid;
        return;
      }
    }
    base = typ;
  } else if (hint) {
    typ = base = hint;
    if (const Pointer* p = hint->Underlying() ? hint->Underlying()->As<Pointer>() : nullptr) {
      base = p->elem();
    }
  } else {
    Error(e->pos, "invalid composite literal type: missing type");
    x.mode = Mode::kInvalid;
    return;
  }
  auto indexed = [&](const Type* elem, int64_t length) -> int64_t {
    std::set<int64_t> visited;
    int64_t index = 0, max = 0;
    for (Expr* elt : e->elts) {
      bool valid = false;
      Expr* eval = elt;
      if (auto* kv = elt->As<KeyValueExpr>()) {
        int64_t i = -1;
        if (Index(kv->key, length, &i)) {
          if (i >= 0) {
            index = i;
            valid = true;
          } else {
            ErrorAt(kv->key, "index " + ExprStr(kv->key) + " must be integer constant");
          }
        }
        eval = kv->value;
      } else if (length >= 0 && index >= length) {
        ErrorAt(elt, "index " + std::to_string(index) +
                         " is out of bounds (>= " + std::to_string(length) + ")");
      } else {
        valid = true;
      }
      if (valid) {
        if (visited.count(index)) {
          ErrorAt(elt, "duplicate index " + std::to_string(index) + " in array or slice literal");
        } else {
          visited.insert(index);
        }
      }
      index++;
      if (index > max) max = index;
      Operand v;
      CheckExpr(v, eval, elem);
      Assignment(v, elem, "array or slice literal");
    }
    return max;
  };
  if (open_array) {
    int64_t n = indexed(open_elem, -1);
    typ = tt_.ArrayOf(open_elem, n);
    e->type_expr->mode = Mode::kTypeExpr;
    e->type_expr->type = typ;
    x.mode = Mode::kValue;
    x.type = typ;
    return;
  }
  const Type* u = base->Underlying();
  if (!u) {
    x.mode = Mode::kInvalid;
    return;
  }
  if (const Struct* st = u->As<Struct>()) {
    if (!e->elts.empty() && e->elts[0]->kind == ExprKind::kKeyValue) {
      std::set<int> seen;
      for (Expr* elt : e->elts) {
        auto* kv = elt->As<KeyValueExpr>();
        if (!kv) {
          ErrorAt(elt, "mixture of field:value and value elements in struct literal");
          continue;
        }
        Ident* key = kv->key ? kv->key->As<Ident>() : nullptr;
        if (!key) {
          ErrorAt(kv->key, "invalid field name " + ExprStr(kv->key) + " in struct literal");
          Operand tmp;
          CheckExpr(tmp, kv->value);
          continue;
        }
        int idx = -1;
        for (size_t i = 0; i < st->fields().size(); ++i) {
          if (st->fields()[i]->name() == key->name) idx = static_cast<int>(i);
        }
        if (idx < 0) {
          Error(key->pos,
                "unknown field '" + key->name + "' in struct literal of type " + TypeStr(base));
          Operand tmp;
          CheckExpr(tmp, kv->value);
          continue;
        }
        Var* f = st->fields()[idx];
        key->obj = f;
        key->mode = Mode::kVariable;
        key->type = f->type();
        if (seen.count(idx)) {
          ErrorAt(kv->key, "duplicate field name " + key->name + " in struct literal");
        }
        seen.insert(idx);
        Operand v;
        CheckExpr(v, kv->value);
        Assignment(v, f->type(), "struct literal");
      }
    } else {
      size_t i = 0;
      for (Expr* elt : e->elts) {
        if (elt->kind == ExprKind::kKeyValue) {
          ErrorAt(elt, "mixture of field:value and value elements in struct literal");
          continue;
        }
        Operand v;
        CheckExpr(v, elt);
        if (i >= st->fields().size()) {
          ErrorAt(elt, "too many values in " + TypeStr(base) + "{…}");
          break;
        }
        Var* f = st->fields()[i];
        if (!f->pkg().empty() && !f->name().empty() &&
            !(f->name()[0] >= 'A' && f->name()[0] <= 'Z')) {
          ErrorAt(elt, "implicit assignment to unexported field " + f->name() + " in " +
                           TypeStr(typ) + " literal");
          ++i;
          continue;
        }
        Assignment(v, f->type(), "struct literal");
        ++i;
      }
      if (!e->elts.empty() && e->elts.size() < st->fields().size()) {
        Error(e->rbrace, "too few values in " + TypeStr(base) + "{…}");
      }
    }
  } else if (const Array* arr = u->As<Array>()) {
    indexed(arr->elem(), arr->len());
  } else if (const Slice* sl = u->As<Slice>()) {
    indexed(sl->elem(), -1);
  } else if (const Map* m = u->As<Map>()) {
    std::vector<std::pair<CV, const Type*>> keys;
    for (Expr* elt : e->elts) {
      auto* kv = elt->As<KeyValueExpr>();
      if (!kv) {
        ErrorAt(elt, "missing key in map literal");
        continue;
      }
      Operand k;
      CheckExpr(k, kv->key, m->key());
      Assignment(k, m->key(), "map literal");
      if (k.mode == Mode::kConstant && k.val) {
        bool dup = false;
        for (auto& [v, t] : keys) {
          if (Identical(t, k.type) && v->kind == k.val->kind &&
              v->ToString() == k.val->ToString() &&
              (v->kind != ConstKind::kString || v->s == k.val->s)) {
            dup = true;
          }
        }
        if (dup) {
          ErrorAt(kv->key, "duplicate key " + ExprStr(kv->key) + " in map literal");
        } else {
          keys.push_back({k.val, k.type});
        }
      }
      Operand v;
      CheckExpr(v, kv->value, m->value());
      Assignment(v, m->value(), "map literal");
    }
  } else {
    if (!IsBasicKind(u, BasicKind::kInvalid)) {
      Error(e->pos, "invalid composite literal type " + TypeStr(typ));
    }
    for (Expr* elt : e->elts) {
      Operand tmp;
      RawExpr(tmp, elt->kind == ExprKind::kKeyValue ? elt->As<KeyValueExpr>()->value : elt,
              nullptr);
    }
    x.mode = Mode::kInvalid;
    return;
  }
  x.mode = Mode::kValue;
  x.type = typ;
}

void Checker::IndexExpr(Operand& x, frontend::IndexExpr* e) {
  ExprOrType(x, e->x);
  if (x.Invalid()) {
    Operand tmp;
    RawExpr(tmp, e->index, nullptr);
    return;
  }
  if (x.mode == Mode::kTypeExpr) {
    Unsupported(e->pos, "generic type instantiation");
    x.mode = Mode::kInvalid;
    return;
  }
  bool valid = false;
  int64_t length = -1;
  const Type* u = x.type->Underlying();
  if (u && IsString(u)) {
    valid = true;
    if (x.mode == Mode::kConstant) length = static_cast<int64_t>(x.val->s.size());
    if (IsUntyped(x.type)) UpdateExprType(e->x, tt_.String(), true);
    x.mode = Mode::kValue;
    x.val = nullptr;
    x.type = tt_.basic(BasicKind::kUint8);
  } else if (const Array* a = u ? u->As<Array>() : nullptr) {
    valid = true;
    length = a->len();
    if (x.mode != Mode::kVariable) x.mode = Mode::kValue;
    x.type = a->elem();
  } else if (const Pointer* p = u ? u->As<Pointer>() : nullptr) {
    if (const Array* a = p->elem()->Underlying() ? p->elem()->Underlying()->As<Array>() : nullptr) {
      valid = true;
      length = a->len();
      x.mode = Mode::kVariable;
      x.type = a->elem();
    }
  } else if (const Slice* s = u ? u->As<Slice>() : nullptr) {
    valid = true;
    x.mode = Mode::kVariable;
    x.type = s->elem();
  } else if (const Map* m = u ? u->As<Map>() : nullptr) {
    Operand key;
    CheckExpr(key, e->index, m->key());
    Assignment(key, m->key(), "map index");
    x.mode = Mode::kMapIndex;
    x.type = m->value();
    return;
  }
  if (!valid) {
    ErrorAt(e->x, "invalid operation: cannot index " + OperandStr(x));
    Operand tmp;
    RawExpr(tmp, e->index, nullptr);
    x.mode = Mode::kInvalid;
    return;
  }
  int64_t v;
  Index(e->index, length, &v);
}

void Checker::SliceExpr(Operand& x, frontend::SliceExpr* e) {
  CheckExpr(x, e->x);
  auto use_indices = [&]() {
    for (Expr* i : {e->low, e->high, e->max}) {
      if (i) {
        Operand tmp;
        RawExpr(tmp, i, nullptr);
      }
    }
  };
  if (x.Invalid()) {
    use_indices();
    return;
  }
  bool valid = false;
  int64_t length = -1;
  const Type* u = x.type->Underlying();
  if (u && IsString(u)) {
    if (e->slice3) {
      ErrorAt(e->max ? e->max : e, "invalid operation: 3-index slice of string");
      x.mode = Mode::kInvalid;
      return;
    }
    valid = true;
    if (x.mode == Mode::kConstant) length = static_cast<int64_t>(x.val->s.size());
    if (IsUntyped(x.type)) {
      UpdateExprType(e->x, tt_.String(), true);
      x.type = tt_.String();
    }
  } else if (const Array* a = u ? u->As<Array>() : nullptr) {
    valid = true;
    length = a->len();
    if (x.mode != Mode::kVariable) {
      ErrorAt(e->x, "invalid operation: " + OperandStr(x) + " (slice of unaddressable value)");
      x.mode = Mode::kInvalid;
      return;
    }
    MarkAddressTaken(e->x);
    x.type = tt_.SliceOf(a->elem());
  } else if (const Pointer* p = u ? u->As<Pointer>() : nullptr) {
    if (const Array* a = p->elem()->Underlying() ? p->elem()->Underlying()->As<Array>() : nullptr) {
      valid = true;
      length = a->len();
      x.type = tt_.SliceOf(a->elem());
    }
  } else if (u && u->As<Slice>()) {
    valid = true;
  }
  if (!valid) {
    ErrorAt(e->x, "cannot slice " + OperandStr(x));
    x.mode = Mode::kInvalid;
    use_indices();
    return;
  }
  x.mode = Mode::kValue;
  x.val = nullptr;
  if (e->slice3 && (!e->high || !e->max)) {
    ErrorAt(e, "middle index required in 3-index slice");
    x.mode = Mode::kInvalid;
    return;
  }
  int64_t ind[3] = {-1, -1, -1};
  Expr* exprs[3] = {e->low, e->high, e->max};
  int n = e->slice3 ? 3 : 2;
  for (int i = 0; i < n; ++i) {
    int64_t v = -1;
    if (exprs[i]) {
      int64_t max = length >= 0 ? length + 1 : -1;
      int64_t r;
      if (Index(exprs[i], max, &r) && r >= 0) v = r;
    } else if (i == 0) {
      v = 0;
    } else if (length >= 0) {
      v = length;
    }
    ind[i] = v;
  }
  for (int i = 0; i < n - 1; ++i) {
    if (ind[i] > 0) {
      for (int j = i + 1; j < n; ++j) {
        if (ind[j] >= 0 && ind[j] < ind[i]) {
          ErrorAt(exprs[j], "invalid slice indices: " + std::to_string(ind[j]) + " < " +
                                std::to_string(ind[i]));
          return;
        }
      }
    }
  }
}

void Checker::TypeAssert(Operand& x, TypeAssertExpr* e) {
  CheckExpr(x, e->x);
  if (x.Invalid()) return;
  if (!e->type_expr) {
    Error(e->pos, "use of .(type) outside type switch");
    x.mode = Mode::kInvalid;
    return;
  }
  if (!IsInterface(x.type)) {
    ErrorAt(e->x, "invalid operation: " + OperandStr(x) + " is not an interface");
    x.mode = Mode::kInvalid;
    return;
  }
  const Type* t = TypExpr(e->type_expr);
  if (IsBasicKind(t, BasicKind::kInvalid)) {
    x.mode = Mode::kInvalid;
    return;
  }
  if (!IsInterface(t)) {
    Func* wrong = nullptr;
    Func* m = MissingMethod(t, x.type->Underlying()->As<Interface>(), &wrong);
    if (m) {
      ErrorAt(e, "impossible type assertion: " + ExprStr(e) + "\n\t" + TypeStr(t) +
                     " does not implement " + TypeStr(x.type) + " " +
                     MissingMethodReason(t, x.type, m, wrong));
      x.mode = Mode::kInvalid;
      return;
    }
  }
  x.mode = Mode::kCommaOk;
  x.type = t;
  x.val = nullptr;
}

}  // namespace gosc::frontend::check
