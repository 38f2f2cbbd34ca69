// The SSA text parser: the module's structure — named types, declarations,
// globals, function headers and attributes, blocks (see parse.h for what it
// promises, print.cpp for the format it reads; instructions are in
// parse_values.cpp).
//
// Why it exists: it rebuilds what the printer wrote, driven by ops.def's
// opcode names. Reading is line by line in three steps: a first scan
// introduces every named type and function name (so that anything may
// refer to anything printed later), the main scan reads each line, and the
// end of a function resolves what its lines named before they were
// defined: operands (phis, result cells), successor blocks and invoked
// methods. A value's printed name is only a hint: `t3` that the printer
// would have invented again is read as an unnamed value, and `x.1` as
// another `x`, so printing the parsed module gives the same names.
#include "ssa/parse.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <unordered_map>

#include "ssa/parse_module.h"
#include "ssa/print.h"

namespace gosc::ssa::parse {

const std::map<std::string, Op>& OpsByName() {
  static const std::map<std::string, Op> ops = [] {
    std::map<std::string, Op> m;
#define GOSC_OP(name, text, nargs, flags) m[text] = Op::k##name;
#include "ssa/ops.def"
#undef GOSC_OP
    m["println"] = Op::kPrint;
    return m;
  }();
  return ops;
}

bool IsRefChar(char c) { return parse::IsIdentChar(c) || c == '.' || c == '~' || c == '$'; }

std::unique_ptr<Module> ModuleParser::Run() {
  module_ = std::make_unique<Module>();
  module_->types = &types_.table();
  module_->sources = &sources_;
  SplitLines();
  Introduce();
  for (line_ = 0; line_ < lines_.size(); ++line_) ReadLine();
  FinishFunc();
  module_->main = module_->FindFunc("main.main");
  module_->init = module_->FindFunc("main.init");
  return std::move(module_);
}

void ModuleParser::SplitLines() {
  size_t start = 0;
  while (start <= text_.size()) {
    size_t nl = text_.find('\n', start);
    if (nl == std::string::npos) nl = text_.size();
    lines_.push_back(text_.substr(start, nl - start));
    start = nl + 1;
  }
}

void ModuleParser::Introduce() {
  for (size_t i = 0; i < lines_.size(); ++i) {
    Cursor c = At(i);
    if (c.Accept("type ")) {
      Pos at = c.Here();
      std::string name = c.Word();
      size_t pos_at = lines_[i].rfind(" @");
      Pos pos;
      if (pos_at != std::string::npos) {
        Cursor pc = At(i);
        pc.set_offset(pos_at);
        pos = ReadPos(pc);
      }
      if (!types_.Introduce(name, pos)) throw ParseError{at, "type " + name + " declared twice"};
    } else if (c.Accept("func ")) {
      Pos at = c.Here();
      std::string name = FuncHeaderName(c);
      if (module_->FindFunc(name)) throw ParseError{at, "function " + name + " defined twice"};
      module_->NewFunc(name);
    }
  }
}

void ModuleParser::ReadLine() {
  const std::string& s = lines_[line_];
  Cursor c = At(line_);
  if (s.empty() || s[0] == ';') return;  // blank lines and comments (RUN/CHECK lines)
  if (c.Accept("type ")) return ReadTypeDecl(c);
  if (c.Accept("declare ")) return ReadDeclare(c);
  if (c.Accept("global ")) return ReadGlobal(c);
  if (c.Accept("func ")) return ReadFuncHeader(c);
  if (!func_) c.Fail("expected 'type', 'declare', 'global' or 'func'");
  if (c.Peek() == 'b') return ReadBlockHeader(c);
  if (c.Accept("  ; ")) return ReadFuncAttribute(c);
  if (!c.Accept("  ")) c.Fail("expected a block label or an indented instruction");
  if (!block_) c.Fail("instruction before the first block label");
  ReadValue(c);
}

void ModuleParser::ExpectEnd(Cursor& c) {
  if (!c.AtEnd()) c.Fail("unexpected '" + c.Rest() + "'");
}

Pos ModuleParser::ReadPos(Cursor& c) {
  if (!c.Accept(" @")) return {};
  Pos where = c.Here();
  size_t start = c.offset();
  while (!c.AtEnd() && c.Peek() != ' ') c.set_offset(c.offset() + 1);
  std::string tok = c.text().substr(start, c.offset() - start);
  size_t c2 = tok.rfind(':');
  size_t c1 = c2 == std::string::npos || c2 == 0 ? std::string::npos : tok.rfind(':', c2 - 1);
  std::string file, line = tok.substr(0, c2), col;
  if (c2 == std::string::npos) throw ParseError{where, "expected a position @file:line:col"};
  col = tok.substr(c2 + 1);
  if (c1 != std::string::npos) {
    file = tok.substr(0, c1);
    line = tok.substr(c1 + 1, c2 - c1 - 1);
  }
  Pos p;
  auto num = [&](const std::string& t, int32_t* out) {
    auto r = std::from_chars(t.data(), t.data() + t.size(), *out);
    if (r.ec != std::errc() || r.ptr != t.data() + t.size() || *out <= 0)
      throw ParseError{where, "expected a position @file:line:col"};
  };
  num(line, &p.line);
  num(col, &p.col);
  if (!file.empty()) {
    auto [it, fresh] = files_.emplace(file, -1);
    if (fresh) it->second = sources_.Add(file, "");
    p.file = it->second;
  }
  return p;
}

void ModuleParser::ReadTypeDecl(Cursor& c) {
  types::Named* n = types_.Find(c.Word());
  c.Expect(" ");
  const types::Type* u = types_.Read(c);
  if (u->kind() == types::TypeKind::kNamed || u->kind() == types::TypeKind::kTuple)
    c.Fail("the underlying type of a named type must be a type literal or basic type");
  n->SetUnderlying(u);
  ReadPos(c);
  ExpectEnd(c);
}

void ModuleParser::ReadDeclare(Cursor& c) {
  Pos at = c.Here();
  std::string full = c.Symbol();
  c.Expect(" : ");
  const types::Type* t = types_.Read(c);
  const auto* sig = t->As<types::Signature>();
  if (!sig) c.Fail("a declared function needs a func type");
  ExpectEnd(c);
  size_t dot = full.find('.');
  if (dot == std::string::npos || dot == 0)
    throw ParseError{at, "library function names are pkg.Name: " + full};
  std::string pkg = full.substr(0, dot), rest = full.substr(dot + 1);
  if (pkg == "main") throw ParseError{at, "declare names library functions, not main's"};
  const types::Named* recv = nullptr;
  bool ptr_recv = false;
  if (size_t m = rest.rfind('.'); m != std::string::npos) {
    std::string tn = rest.substr(0, m);
    rest = rest.substr(m + 1);
    if (tn.size() > 3 && tn.starts_with("(*") && tn.ends_with(")")) {
      ptr_recv = true;
      tn = tn.substr(2, tn.size() - 3);
    }
    recv = types_.Find(pkg + "." + tn);
    if (!recv) throw ParseError{at, "unknown receiver type " + pkg + "." + tn};
  }
  auto* fn = types_.table().NewObject<types::Func>(Pos{}, rest, sig);
  fn->set_pkg(pkg);
  fn->recv_named = recv;
  fn->ptr_recv = ptr_recv;
  if (!library_.emplace(full, fn).second) throw ParseError{at, full + " declared twice"};
}

void ModuleParser::ReadGlobal(Cursor& c) {
  Pos at = c.Here();
  std::string name = c.Symbol();
  c.Expect(" : ");
  const types::Type* t = types_.Read(c);
  Pos pos = ReadPos(c);
  ExpectEnd(c);
  if (globals_.count(name)) throw ParseError{at, "global " + name + " defined twice"};
  Global* g = module_->NewGlobal(name, t);
  g->pos = pos;
  size_t dot = name.find('.');
  std::string pkg = dot == std::string::npos ? "" : name.substr(0, dot);
  g->var =
      types_.table().NewObject<types::Var>(pos, name.substr(dot + 1), t, types::VarKind::kGlobal);
  if (pkg != "main") g->var->set_pkg(pkg);
  globals_[name] = g;
}

Func* ModuleParser::FuncNamed(Cursor& c, const std::string& name, Pos at) {
  Func* f = module_->FindFunc(name);
  if (!f) throw ParseError{at, "unknown function " + name};
  return f;
}

void ModuleParser::ReadFuncHeader(Cursor& c) {
  FinishFunc();
  func_at_ = c.Here();
  func_ = module_->FindFunc(FuncHeaderName(c));
  c.Expect(" : ");
  const types::Type* t = types_.Read(c);
  func_->sig = t->As<types::Signature>();
  if (!func_->sig) c.Fail("a function needs a func type");
  func_->pos = ReadPos(c);
  if (c.Accept(" parent=")) {
    Pos at = c.Here();
    func_->parent = FuncNamed(c, CalleeName(c, false), at);
  }
  if (c.Accept(" defer")) func_->has_defer = true;
  if (c.Accept(" recover")) func_->has_recover = true;
  ExpectEnd(c);
}

void ModuleParser::ReadFuncAttribute(Cursor& c) {
  if (block_) c.Fail("function attributes must come before the first block");
  if (c.Accept("freevar ")) {
    if (c.Integer() != static_cast<int64_t>(func_->free_var_types.size()))
      c.Fail("free variables must be numbered 0, 1, ... in order");
    c.Expect(" ");
    size_t colon = c.text().find(" : ", c.offset());
    if (colon == std::string::npos) c.Fail("expected 'freevar N NAME : TYPE'");
    func_->free_var_names.push_back(c.text().substr(c.offset(), colon - c.offset()));
    c.set_offset(colon + 3);
    func_->free_var_types.push_back(types_.Read(c));
  } else if (c.Accept("named results")) {
    std::vector<types::Var*> vars;
    for (const types::Var* r : func_->sig->results()->vars()) {
      c.Expect(" ");
      vars.push_back(types_.table().NewObject<types::Var>(r->pos(), c.QuotedString(), r->type(),
                                                          types::VarKind::kResult));
    }
    const types::Signature* s = func_->sig;
    func_->sig = types_.table().SignatureOf(s->recv(), s->params(),
                                            types_.table().TupleOf(std::move(vars)), s->variadic());
  } else if (c.Accept("capture ")) {
    Func::Capture cap;
    cap.name = c.QuotedString();
    if (c.Accept(" byvalue")) cap.by_value = true;
    else c.Expect(" byref");
    c.Expect(" addr=");
    cap.address_taken = c.Integer() != 0;
    c.Expect(" assign=");
    cap.reassigned = c.Integer() != 0;
    c.Expect(" size=");
    cap.size = c.Integer();
    cap.pos = ReadPos(c);
    func_->captures.push_back(cap);
  } else if (c.Accept("selfassign ")) {
    std::string text = c.QuotedString();
    func_->self_assignments.push_back({ReadPos(c), text});
  } else if (c.Accept("devirtualized ")) {
    std::string text = c.QuotedString();
    func_->devirtualized.push_back({ReadPos(c), text});
  } else if (c.Accept("results in")) {
    while (c.Accept(" ")) result_cells_.push_back(ReadRef(c));
    if (result_cells_.empty()) c.Fail("expected the result cells");
  } else {
    c.Fail("unknown function attribute");
  }
  ExpectEnd(c);
}

void ModuleParser::ReadBlockHeader(Cursor& c) {
  Pos at = c.Here();
  c.Expect("b");
  int id = static_cast<int>(c.Integer());
  c.Expect(":");
  PendingBlock pb{func_->NewBlock(""), {}, at};
  pb.block->id = id;
  if (!blocks_.emplace(id, pb.block).second)
    throw ParseError{at, "block b" + std::to_string(id) + " defined twice"};
  if (c.Accept(" ; ")) {
    std::string comment = c.Rest();
    if (size_t d = comment.rfind(" depth=");
        d != std::string::npos || comment.starts_with("depth=")) {
      size_t from = d == std::string::npos ? 0 : d + 1;
      Cursor dc(comment, file_, static_cast<int>(line_) + 1);
      dc.set_offset(from + 6);
      pb.block->loop_depth = static_cast<int>(dc.Integer());
      if (!dc.AtEnd()) c.Fail("unexpected text after depth=");
      comment = comment.substr(0, d == std::string::npos ? 0 : d);
    }
    size_t p = comment.starts_with("preds ") ? 0 : comment.rfind(" preds ");
    if (p != std::string::npos) {
      std::string list = comment.substr(p == 0 ? 6 : p + 7);
      Cursor lc(list, file_, static_cast<int>(line_) + 1);
      do {
        lc.Expect("b");
        pb.preds.push_back(static_cast<int>(lc.Integer()));
      } while (lc.Accept(","));
      if (!lc.AtEnd()) c.Fail("bad predecessor list '" + list + "'");
      comment = comment.substr(0, p);
    }
    pb.block->comment = comment;
  } else {
    ExpectEnd(c);
  }
  block_ = pb.block;
  pending_blocks_.push_back(pb);
}

Ref ModuleParser::ReadRef(Cursor& c) {
  Pos at = c.Here();
  if (c.Peek() == '_' && !IsRefChar(c.Peek(1))) {
    c.Expect("_");
    return {"", at};
  }
  c.Expect("%");
  size_t start = c.offset();
  while (IsRefChar(c.Peek())) c.set_offset(c.offset() + 1);
  if (c.offset() == start) c.Fail("expected a value name after '%'");
  return {c.text().substr(start, c.offset() - start), at};
}

std::vector<Ref> ModuleParser::ReadRefs(Cursor& c) {
  std::vector<Ref> refs{ReadRef(c)};
  while (c.LookingAt(", %") || c.LookingAt(", _")) {
    c.Expect(", ");
    refs.push_back(ReadRef(c));
  }
  return refs;
}

std::vector<Ref> ModuleParser::ReadOptionalRefs(Cursor& c) {
  if (!c.LookingAt(" %") && !c.LookingAt(" _")) return {};
  c.Expect(" ");
  return ReadRefs(c);
}

std::vector<Ref> ModuleParser::ReadArgs(Cursor& c) {
  c.Expect("(");
  std::vector<Ref> refs;
  if (!c.Accept(")")) {
    refs = ReadRefs(c);
    c.Expect(")");
  }
  return refs;
}

std::string ModuleParser::FuncHeaderName(Cursor& c) {
  // Synthesized wrappers have names with spaces and parentheses
  // ("main.deferwrap.delete(map[string]int, string)"): the name is all
  // up to the " : " before the signature.
  size_t colon = c.text().find(" : ", c.offset());
  if (colon == std::string::npos || colon == c.offset()) c.Fail("expected 'func NAME : TYPE'");
  std::string name = c.text().substr(c.offset(), colon - c.offset());
  c.set_offset(colon);
  return name;
}

std::string ModuleParser::CalleeName(Cursor& c, bool before_args) {
  // The longest function or library name that starts here and ends where
  // an argument list (or the operands) begins; names may contain '(' (see
  // FuncHeaderName), so the known names decide.
  const std::string& t = c.text();
  size_t at = c.offset();
  std::string best;
  auto consider = [&](const std::string& name) {
    if (name.size() <= best.size() || t.compare(at, name.size(), name) != 0) return;
    char next = at + name.size() < t.size() ? t[at + name.size()] : '\0';
    if (before_args ? next == '(' : (next == ' ' || next == '\0')) best = name;
  };
  for (const auto& f : module_->funcs) consider(f->name);
  for (const auto& [name, fn] : library_) consider(name);
  if (best.empty()) {
    std::string word = c.Symbol();
    c.set_offset(at);
    c.Fail("unknown function " + word + " (library functions need a 'declare' line)");
  }
  c.set_offset(at + best.size());
  return best;
}

void ModuleParser::ResolveCallee(Value* v, const std::string& name, Pos at) {
  if (Func* f = module_->FindFunc(name)) {
    v->callee = f;
  } else if (auto it = library_.find(name); it != library_.end()) {
    v->func = it->second;
  } else {
    throw ParseError{at, "unknown function " + name + " (library functions need a 'declare' line)"};
  }
}

std::string ModuleParser::NameHint(const std::string& printed) {
  std::string temp;
  int k = next_temp_;
  do {
    temp = "t" + std::to_string(k++);
  } while (used_names_.count(temp));
  used_names_.insert(printed);
  if (printed == temp) {
    next_temp_ = k;
    return "";
  }
  size_t dot = printed.rfind('.');
  if (dot != std::string::npos && dot + 1 < printed.size() &&
      printed.find_first_not_of("0123456789", dot + 1) == std::string::npos &&
      used_names_.count(printed.substr(0, dot))) {
    return printed.substr(0, dot);
  }
  return printed;
}

}  // namespace gosc::ssa::parse

namespace gosc::ssa {

std::unique_ptr<Module> ParseModule(types::SourceSet& sources, int file, types::TypeTable& table,
                                    types::Diagnostics& diags) {
  try {
    parse::ModuleParser p(sources, file, table);
    return p.Run();
  } catch (const parse::ParseError& e) {
    diags.Error(e.pos, e.message);
    return nullptr;
  }
}

}  // namespace gosc::ssa
