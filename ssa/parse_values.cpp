// The SSA text parser's instruction lines and the end of a function
// (parse_module.h has the parser; print.cpp's Printer::Line the format).
//
// Why it exists: each opcode prints its aux data its own way (`fieldaddr %p
// [1] +8`, `makeiface <T> %x`, `call main.f(%a)`, `phi [b0: %x]`); reading
// them back op by op is most of the parser, kept apart from the module's
// structure.
#include <algorithm>
#include <charconv>

#include "ssa/parse_module.h"
#include "ssa/print.h"

namespace gosc::ssa::parse {

namespace {

bool IsFloatType(const types::Type* t) {
  const auto* b = t ? t->Under<types::Basic>() : nullptr;
  return b && b->IsFloat();
}
bool IsFloat32Type(const types::Type* t) {
  const auto* b = t ? t->Under<types::Basic>() : nullptr;
  return b && b->basic() == types::BasicKind::kFloat32;
}

}  // namespace

// `const LITERAL`: nil, true/false, a quoted string, an integer or a float
// (the printer always gives floats a '.', an exponent, inf or nan). The
// literal is read once the value's type is known.
void ModuleParser::ReadConst(Cursor& c, Value* v) {
  ConstVal& k = v->cval;
  if (c.Accept("nil")) return;
  if (c.Accept("true")) {
    k = ConstVal::Bool(true);
    return;
  }
  if (c.Accept("false")) {
    k = ConstVal::Bool(false);
    return;
  }
  if (c.Peek() == '"') {
    k = ConstVal::String(c.QuotedString());
    return;
  }
  size_t start = c.offset();
  while (!c.AtEnd() && c.Peek() != ' ') c.set_offset(c.offset() + 1);
  std::string lit = c.text().substr(start, c.offset() - start);
  const char* b = lit.data();
  const char* e = b + lit.size();
  bool ok = false;
  if (lit.find_first_of(".eEni") != std::string::npos) {
    if (IsFloat32Type(v->type)) {
      float f = 0;
      auto r = std::from_chars(b, e, f);
      ok = r.ec == std::errc() && r.ptr == e;
      k = ConstVal::Float(f);
    } else {
      double d = 0;
      auto r = std::from_chars(b, e, d);
      ok = r.ec == std::errc() && r.ptr == e;
      k = ConstVal::Float(d);
    }
    if (ok && !IsFloatType(v->type)) {
      c.set_offset(start);
      c.Fail("float constant of non-float type " + (v->type ? v->type->String() : "void"));
    }
  } else if (lit.starts_with("-")) {
    int64_t i = 0;
    auto r = std::from_chars(b, e, i);
    ok = r.ec == std::errc() && r.ptr == e;
    k = ConstVal::Int(i);
  } else {
    uint64_t u = 0;
    auto r = std::from_chars(b, e, u);
    ok = r.ec == std::errc() && r.ptr == e;
    k = ConstVal::Uint(u);
  }
  if (!ok) {
    c.set_offset(start);
    c.Fail("bad constant '" + lit + "'");
  }
}

// ` %a, %b [N]`: the operands, then the field or tuple index.
void ModuleParser::ReadOperandsAndIndex(Cursor& c, PendingValue* pv) {
  pv->operands = ReadOptionalRefs(c);
  c.Expect(" [");
  pv->value->index = c.Integer();
  c.Expect("]");
  if (pv->value->index < 0) c.Fail("negative index");
}

// `(%a, %b)` after a call's callee: appended to the operands it already has.
void ModuleParser::AppendArgs(Cursor& c, PendingValue* pv) {
  for (Ref& r : ReadArgs(c)) pv->operands.push_back(r);
}

void ModuleParser::ReadValue(Cursor& c) {
  Pos at = c.Here();
  std::string def;
  if (c.Peek() == '%') {
    def = ReadRef(c).name;
    c.Expect(" = ");
  }
  Pos op_at = c.Here();
  std::string word;
  while (!c.AtEnd() && c.Peek() >= 'a' && c.Peek() <= 'z') {
    word += c.Peek();
    c.set_offset(c.offset() + 1);
  }
  auto it = OpsByName().find(word);
  if (it == OpsByName().end()) throw ParseError{op_at, "unknown instruction '" + word + "'"};
  Op op = it->second;
  Value* v = func_->NewValue(block_, op, nullptr, Pos{});
  if (where_) where_->values[v] = at;
  PendingValue pv{v, {}, {}, "", {}};
  std::string const_text;  // Const: read after the type is known
  size_t const_at = 0;
  std::string callee;
  Pos callee_at;
  switch (op) {
    case Op::kConst:
      c.Expect(" ");
      const_at = c.offset();
      // Skip the literal now (strings may contain " : "); read it below.
      if (c.Peek() == '"') {
        c.QuotedString();
      } else {
        while (!c.AtEnd() && c.Peek() != ' ') c.set_offset(c.offset() + 1);
      }
      break;
    case Op::kParam:
    case Op::kFreeVar:
      c.Expect(" ");
      v->index = c.Integer();
      if (v->index < 0) c.Fail("negative index");
      break;
    case Op::kGlobal: {
      c.Expect(" ");
      Pos gat = c.Here();
      std::string name = c.Symbol();
      auto g = globals_.find(name);
      if (g == globals_.end()) throw ParseError{gat, "unknown global " + name};
      v->global = g->second;
      break;
    }
    case Op::kFuncRef:
      c.Expect(" ");
      callee_at = c.Here();
      callee = CalleeName(c, false);
      break;
    case Op::kAlloc: {
      c.Expect(" ");
      if (c.Accept("stack")) v->decision.kind = AllocKind::kStack;
      else if (c.Accept("region")) v->decision.kind = AllocKind::kRegion;
      else if (c.Accept("coalloc")) v->decision.kind = AllocKind::kCoalloc;
      else if (!c.Accept("heap")) c.Fail("expected 'heap', 'stack', 'region' or 'coalloc'");
      c.Expect(" ");
      bool found = false;
      for (int s = 0; s <= static_cast<int>(AllocSite::kBox) && !found; ++s) {
        auto site = static_cast<AllocSite>(s);
        std::string name = AllocSiteName(site);
        if (c.LookingAt(name + " ")) {
          c.Accept(name);
          v->alloc_site = site;
          found = true;
        }
      }
      if (!found) c.Fail("unknown allocation site");
      c.Expect(" ");
      v->alloc_desc = c.QuotedString();
      pv.operands = ReadOptionalRefs(c);
      if (c.Accept(" nonconst")) {
        if (v->alloc_site != AllocSite::kMakeSlice) c.Fail("only makeslice sites are nonconst");
        v->flag = true;
      }
      if (v->decision.kind == AllocKind::kCoalloc) {
        c.Expect(" in ");
        pv.coalloc_host = ReadRef(c);
        c.Expect(" +");
        v->decision.coalloc_offset = c.Integer();
      }
      if (c.Accept(" hosting ")) {
        if (v->decision.kind != AllocKind::kHeap) c.Fail("only a heap alloc hosts others");
        v->decision.coalloc_size = c.Integer();
      }
      break;
    }
    case Op::kFieldAddr:
      ReadOperandsAndIndex(c, &pv);
      c.Expect(" +");
      v->offset = c.Integer();
      break;
    case Op::kField:
    case Op::kExtract: ReadOperandsAndIndex(c, &pv); break;
    case Op::kMakeInterface:
    case Op::kTypeAssert:
      c.Expect(" <");
      v->aux_type = types_.Read(c);
      c.Expect(">");
      pv.operands = ReadOptionalRefs(c);
      if (c.Accept(" ,ok")) {
        if (op != Op::kTypeAssert) c.Fail("',ok' on makeiface");
        v->flag = true;
      }
      break;
    case Op::kMapLookup:
      pv.operands = ReadOptionalRefs(c);
      v->flag = c.Accept(" ,ok");
      break;
    case Op::kMapUpdate:
      pv.operands = ReadOptionalRefs(c);
      v->flag = c.Accept(" (in place)");
      break;
    case Op::kAppend:
      pv.operands = ReadOptionalRefs(c);
      if (!pv.operands.empty() && pv.operands.back().name.ends_with("...")) {
        std::string& n = pv.operands.back().name;
        n.resize(n.size() - 3);
        v->flag = true;
      }
      break;
    case Op::kStore:
      pv.operands = ReadOptionalRefs(c);
      v->flag = c.Accept(" (self-assignment)");
      break;
    case Op::kPrint:
      v->flag = word == "println";
      pv.operands = ReadOptionalRefs(c);
      break;
    case Op::kCall:
    case Op::kDefer:
      c.Expect(" ");
      if (c.Peek() == '%') {
        pv.operands.push_back(ReadRef(c));
      } else {
        callee_at = c.Here();
        callee = CalleeName(c, true);
      }
      AppendArgs(c, &pv);
      break;
    case Op::kInvoke:
    case Op::kDeferInvoke: {
      c.Expect(" ");
      Ref r = ReadRef(c);
      size_t dot = r.name.rfind('.');
      if (dot == std::string::npos || dot == 0) c.Fail("expected %iface.Method(...)");
      pv.method = r.name.substr(dot + 1);
      pv.method_pos = {r.pos.file, r.pos.line, r.pos.col + static_cast<int32_t>(dot) + 2};
      r.name.resize(dot);
      pv.operands.push_back(r);
      AppendArgs(c, &pv);
      break;
    }
    case Op::kMakeClosure:
      c.Expect(" ");
      callee_at = c.Here();
      callee = CalleeName(c, false);
      pv.operands = ReadOptionalRefs(c);
      v->flag = c.Accept(" (method value)");
      break;
    case Op::kPhi:
      while (c.Accept(" [")) {
        int label = -1;
        Pos lat = c.Here();
        if (c.Accept("b")) {
          label = static_cast<int>(c.Integer());
          c.Expect(": ");
        }
        pv.phi_blocks.push_back({label, lat});
        pv.operands.push_back(ReadRef(c));
        c.Expect("]");
      }
      break;
    case Op::kJump:
      if (c.Accept(" b")) pv.phi_blocks.push_back({static_cast<int>(c.Integer()), c.Here()});
      break;
    case Op::kIf:
      pv.operands = ReadOptionalRefs(c);
      for (int i = 0; i < 2 && c.Accept(", b"); ++i)
        pv.phi_blocks.push_back({static_cast<int>(c.Integer()), c.Here()});
      break;
    case Op::kConvert:
    case Op::kAdd:
      pv.operands = ReadOptionalRefs(c);
      if (c.Accept(" copy ")) v->alloc_desc = c.QuotedString();
      break;
    default: pv.operands = ReadOptionalRefs(c); break;
  }
  if (c.Accept(" : ")) v->type = types_.Read(c);
  v->pos = ReadPos(c);
  if (c.Accept("  ; ")) {
    std::string rest = c.Rest();
    if (op == Op::kAlloc) {
      bool known = false;
      for (int r = 1; r <= static_cast<int>(kLastAllocReason); ++r) {
        if (rest == AllocReasonText(static_cast<AllocReason>(r))) {
          v->decision.reason = static_cast<AllocReason>(r);
          known = true;
        }
      }
      if (!known) c.Fail("unknown allocation reason '" + rest + "'");
    }
    c.set_offset(c.text().size());  // other values: a comment
  }
  ExpectEnd(c);

  if (!callee.empty()) ResolveCallee(v, callee, callee_at);
  if (op == Op::kConst) {
    Cursor kc = c;
    kc.set_offset(const_at);
    ReadConst(kc, v);
  }
  int arity = OpArity(op);
  if (arity >= 0 && pv.operands.size() != static_cast<size_t>(arity)) {
    throw ParseError{op_at, word + " takes " + std::to_string(arity) + " operand" +
                                (arity == 1 ? "" : "s") + ", found " +
                                std::to_string(pv.operands.size())};
  }
  bool produces = !v->IsVoid() && v->type != nullptr;
  if (!def.empty() && !produces)
    throw ParseError{at, "'%" + def + " = ' on a value without a type"};
  if (def.empty() && produces) throw ParseError{at, word + " with a type needs a '%name = '"};
  if (!def.empty()) {
    if (!values_.emplace(def, v).second) throw ParseError{at, "%" + def + " defined twice"};
    v->name = NameHint(def);
  }
  if (op == Op::kAlloc) {
    // aux_type follows from the type (ops.def): the map type for map sites,
    // else what the pointer points to.
    if (v->alloc_site == AllocSite::kMakeMap || v->alloc_site == AllocSite::kMapLit) {
      v->aux_type = v->type;
    } else if (const auto* p = v->type ? v->type->As<types::Pointer>() : nullptr) {
      v->aux_type = p->elem();
    }
    if (!v->type || !v->aux_type || (v->aux_type == v->type && !v->type->Under<types::Map>()))
      throw ParseError{op_at, "alloc of this site needs a pointer (or map) type"};
  }
  pending_values_.push_back(std::move(pv));
}

void ModuleParser::FinishFunc() {
  if (!func_) return;
  if (func_->blocks.empty())
    throw ParseError{func_at_, "function " + func_->name + " has no blocks"};
  auto value_of = [&](const Ref& r) -> Value* {
    if (r.name.empty()) return nullptr;
    auto it = values_.find(r.name);
    if (it == values_.end()) throw ParseError{r.pos, "unknown value %" + r.name};
    return it->second;
  };
  auto block_of = [&](int id, Pos at) -> Block* {
    auto it = blocks_.find(id);
    if (it == blocks_.end()) throw ParseError{at, "unknown block b" + std::to_string(id)};
    return it->second;
  };
  for (PendingBlock& pb : pending_blocks_) {
    for (int id : pb.preds) pb.block->preds.push_back(block_of(id, pb.pos));
  }
  for (PendingValue& pv : pending_values_) {
    Value* v = pv.value;
    for (const Ref& r : pv.operands) v->AddOperand(value_of(r));
    if (v->decision.kind == AllocKind::kCoalloc) {
      Value* host = value_of(pv.coalloc_host);
      if (host->op != Op::kAlloc || host->decision.coalloc_size == 0)
        throw ParseError{pv.coalloc_host.pos, "%" + pv.coalloc_host.name + " hosts nothing"};
      v->decision.coalloc_host = host;
    }
    if (v->op == Op::kJump || v->op == Op::kIf) {
      for (auto& [id, at] : pv.phi_blocks) v->block->succs.push_back(block_of(id, at));
    } else if (v->op == Op::kPhi) {
      for (size_t i = 0; i < pv.phi_blocks.size(); ++i) {
        auto [id, at] = pv.phi_blocks[i];
        const auto& preds = v->block->preds;
        if (id >= 0 && (i >= preds.size() || preds[i]->id != id))
          throw ParseError{at, "phi operand " + std::to_string(i) + " is labelled b" +
                                   std::to_string(id) + " but that is not predecessor " +
                                   std::to_string(i)};
      }
    }
    if (!pv.method.empty()) {
      const types::Type* t = v->operand(0) ? v->operand(0)->type : nullptr;
      const auto* iface = t ? t->Under<types::Interface>() : nullptr;
      if (!iface) throw ParseError{pv.method_pos, "invoke on a non-interface value"};
      for (types::Func* m : iface->AllMethods()) {
        if (m->name() == pv.method) v->func = m;
      }
      if (!v->func) throw ParseError{pv.method_pos, t->String() + " has no method " + pv.method};
    }
  }
  for (const Ref& r : result_cells_) func_->result_cells.push_back(value_of(r));
  for (const auto& b : func_->blocks) {
    for (Value* v : b->values) {
      if (v->op == Op::kParam) func_->params.push_back(v);
    }
  }
  std::stable_sort(func_->params.begin(), func_->params.end(),
                   [](const Value* a, const Value* b) { return a->index < b->index; });
  for (size_t i = 0; i < func_->params.size(); ++i) {
    if (func_->params[i]->index != static_cast<int64_t>(i))
      throw ParseError{func_at_, "parameters of " + func_->name + " must be numbered 0, 1, ..."};
  }
  func_ = nullptr;
  block_ = nullptr;
  blocks_.clear();
  pending_blocks_.clear();
  pending_values_.clear();
  result_cells_.clear();
  values_.clear();
  used_names_.clear();
  next_temp_ = 0;
}

}  // namespace gosc::ssa::parse
