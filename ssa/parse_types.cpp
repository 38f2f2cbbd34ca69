// Reading types and the line cursor of the SSA text parser (parse_internal.h).
//
// Why it exists: the printer spells types as types::Type::String does (%T's
// spelling: "map[string]*main.T", "struct { X int; main.E }",
// "func(int, ...string) (int, error)", "interface { M() int }"); this reads
// that spelling back into the TypeTable's interned types. The spelling has
// no separators of its own beyond single spaces, so a func type's result is
// recognised by what follows the space: something that starts a type.
#include <charconv>

#include "ssa/parse_internal.h"

namespace gosc::ssa::parse {

using types::Type;

bool IsIdentChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// ------------------------------------------------------------------ Cursor

bool Cursor::Accept(const std::string& word) {
  if (!LookingAt(word)) return false;
  i_ += word.size();
  return true;
}

void Cursor::Expect(const std::string& word) {
  if (!Accept(word)) {
    std::string got = AtEnd() ? "end of line" : "'" + s_->substr(i_, 12) + "'";
    Fail("expected '" + word + "', found " + got);
  }
}

void Cursor::SkipSpaces() {
  while (Peek() == ' ') ++i_;
}

std::string Cursor::Word() {
  size_t start = i_;
  if (!IsIdentChar(Peek()) || (Peek() >= '0' && Peek() <= '9')) Fail("expected a name");
  while (IsIdentChar(Peek()) || (Peek() == '.' && IsIdentChar(Peek(1)))) ++i_;
  // A local type's index (types::TypeStyle::kSsa): "main.T\u00b72".
  if (Peek() == '\xc2' && Peek(1) == '\xb7' && Peek(2) >= '0' && Peek(2) <= '9') {
    i_ += 2;
    while (Peek() >= '0' && Peek() <= '9') ++i_;
  }
  return s_->substr(start, i_ - start);
}

std::string Cursor::Symbol() {
  size_t start = i_;
  while (!AtEnd()) {
    char c = Peek();
    if (IsIdentChar(c) || c == '-' || c == '~' || c == '$') {
      ++i_;
    } else if (c == '.' && LookingAt(".(*")) {  // main.(*T).M
      size_t close = s_->find(')', i_);
      if (close == std::string::npos) Fail("unterminated receiver in a function name");
      i_ = close + 1;
    } else if (c == '.' && (IsIdentChar(Peek(1)))) {
      ++i_;
    } else {
      break;
    }
  }
  if (i_ == start) Fail("expected a function or global name");
  return s_->substr(start, i_ - start);
}

int64_t Cursor::Integer() {
  size_t start = i_;
  if (Peek() == '-') ++i_;
  while (Peek() >= '0' && Peek() <= '9') ++i_;
  int64_t v = 0;
  auto r = std::from_chars(s_->data() + start, s_->data() + i_, v);
  if (r.ec != std::errc() || r.ptr != s_->data() + i_) {
    i_ = start;
    Fail("expected an integer");
  }
  return v;
}

std::string Cursor::QuotedString() {
  if (Peek() != '"') Fail("expected a quoted string");
  ++i_;
  std::string out;
  while (true) {
    if (AtEnd()) Fail("unterminated string");
    char c = (*s_)[i_++];
    if (c == '"') return out;
    if (c != '\\') {
      out += c;
      continue;
    }
    char e = Peek();
    ++i_;
    switch (e) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'x': {
        unsigned v = 0;
        auto r = std::from_chars(s_->data() + i_, s_->data() + std::min(i_ + 2, s_->size()), v, 16);
        if (r.ec != std::errc() || r.ptr != s_->data() + i_ + 2) Fail("bad \\x escape");
        i_ += 2;
        out += static_cast<char>(v);
        break;
      }
      default: --i_; Fail("unknown escape in string");
    }
  }
}

// -------------------------------------------------------------- TypeReader

TypeReader::TypeReader(types::TypeTable& table) : table_(table) {
  for (int k = static_cast<int>(types::BasicKind::kBool);
       k <= static_cast<int>(types::BasicKind::kUnsafePointer); ++k) {
    const types::Basic* b = table.basic(static_cast<types::BasicKind>(k));
    basics_[b->String()] = b;
  }
}

bool TypeReader::Introduce(const std::string& name, types::Pos pos) {
  if (named_.count(name) || name == "error" || basics_.count(name)) return false;
  std::string spelled = name;
  int local_index = 0;
  size_t mark = spelled.find("\u00b7");
  if (mark != std::string::npos) {
    for (size_t i = mark + 2; i < spelled.size() && local_index < 1000000; ++i)
      local_index = local_index * 10 + (spelled[i] - '0');
    spelled.resize(mark);
  }
  size_t dot = spelled.rfind('.');
  std::string pkg = dot == std::string::npos ? "" : spelled.substr(0, dot);
  auto* obj = table_.NewObject<types::TypeName>(pos, spelled.substr(dot + 1), nullptr);
  obj->local_index = local_index;
  if (pkg != "main") obj->set_pkg(pkg);
  types::Named* n = table_.NewNamed(obj);
  obj->set_type(n);
  named_[name] = n;
  return true;
}

types::Named* TypeReader::Find(const std::string& name) const {
  auto it = named_.find(name);
  return it == named_.end() ? nullptr : it->second;
}

bool TypeReader::StartsType(const Cursor& c) const {
  char p = c.Peek();
  if (p == '*' || p == '[' || p == '(') return true;
  if (!IsIdentChar(p)) return false;
  Cursor probe = c;
  std::string w = probe.Word();
  return basics_.count(w) || w == "error" || w == "map" || w == "func" || w == "struct" ||
         w == "interface" || w == "chan" || w.find('.') != std::string::npos;
}

const Type* TypeReader::Read(Cursor& c) {
  if (c.Accept("*")) return table_.PointerTo(Read(c));
  if (c.Accept("[]")) return table_.SliceOf(Read(c));
  if (c.Accept("[")) {
    int64_t n = c.Integer();
    if (n < 0) c.Fail("negative array length");
    c.Expect("]");
    return table_.ArrayOf(Read(c), n);
  }
  if (c.Peek() == '(') {
    bool variadic = false;
    const types::Tuple* t = ReadTuple(c, &variadic);
    if (variadic) c.Fail("'...' outside a parameter list");
    return t;
  }
  size_t start = c.offset();
  std::string w = c.Word();
  if (w == "map") {
    c.Expect("[");
    const Type* k = Read(c);
    c.Expect("]");
    return table_.MapOf(k, Read(c));
  }
  if (w == "chan") {
    c.Expect(" ");
    return table_.ChanOf(Read(c));
  }
  if (w == "func") return ReadSignatureTail(c);
  if (w == "struct" || w == "interface") {
    const Type* t = w == "struct" ? ReadStruct(c) : ReadInterface(c);
    std::string spelling = c.text().substr(start, c.offset() - start);
    auto [it, fresh] = literals_.emplace(spelling, t);
    return it->second;
  }
  if (auto it = basics_.find(w); it != basics_.end()) return it->second;
  if (w == "error") return table_.Error();
  if (types::Named* n = Find(w)) return n;
  c.set_offset(start);
  c.Fail("unknown type '" + w + "' (named types need a 'type' line)");
}

const types::Tuple* TypeReader::ReadTuple(Cursor& c, bool* variadic) {
  c.Expect("(");
  std::vector<types::Var*> vars;
  *variadic = false;
  while (!c.Accept(")")) {
    if (!vars.empty()) c.Expect(", ");
    if (*variadic) c.Fail("'...' is only allowed on the last parameter");
    const Type* t = nullptr;
    if (c.Accept("...")) {
      *variadic = true;
      t = table_.SliceOf(Read(c));
    } else {
      t = Read(c);
    }
    vars.push_back(table_.NewObject<types::Var>(types::Pos{}, "", t, types::VarKind::kParam));
  }
  return table_.TupleOf(std::move(vars));
}

const Type* TypeReader::ReadSignatureTail(Cursor& c) {
  bool variadic = false;
  const types::Tuple* params = ReadTuple(c, &variadic);
  const types::Tuple* results = table_.EmptyTuple();
  Cursor after = c;
  if (after.Accept(" ") && StartsType(after)) {
    c = after;
    if (c.Peek() == '(') {
      bool spread = false;
      results = ReadTuple(c, &spread);
      if (spread) c.Fail("'...' in results");
    } else {
      const Type* r = Read(c);
      results = table_.TupleOf(
          {table_.NewObject<types::Var>(types::Pos{}, "", r, types::VarKind::kResult)});
    }
  }
  return table_.SignatureOf(nullptr, params, results, variadic);
}

const Type* TypeReader::ReadStruct(Cursor& c) {
  c.Expect(" {");
  std::vector<types::Var*> fields;
  if (!c.Accept("}")) {
    c.Expect(" ");
    do {
      size_t start = c.offset();
      std::string name;
      const Type* t = nullptr;
      bool embedded = false;
      if (IsIdentChar(c.Peek())) {
        std::string w = c.Word();
        if (c.Peek() == ' ' && c.Peek(1) != '}') {
          c.Expect(" ");
          name = w;
          t = Read(c);
        }
      }
      if (t == nullptr) {  // an embedded field: its name is its type's
        c.set_offset(start);
        c.Accept("*");
        std::string w = c.Word();
        c.set_offset(start);
        t = Read(c);
        name = w.substr(w.rfind('.') + 1);
        embedded = true;
      }
      auto* f = table_.NewObject<types::Var>(types::Pos{}, name, t, types::VarKind::kField);
      f->embedded = embedded;
      f->field_index = static_cast<int>(fields.size());
      fields.push_back(f);
    } while (c.Accept("; "));
    c.Expect(" }");
  }
  return table_.NewStruct(std::move(fields));
}

const Type* TypeReader::ReadInterface(Cursor& c) {
  c.Expect(" {");
  if (c.Accept("}")) return table_.EmptyInterface();
  c.Expect(" ");
  std::vector<types::Func*> methods;
  do {
    std::string name = c.Word();
    const auto* sig = static_cast<const types::Signature*>(ReadSignatureTail(c));
    auto* m = table_.NewObject<types::Func>(types::Pos{}, name, sig);
    m->is_interface_method = true;
    methods.push_back(m);
  } while (c.Accept("; "));
  c.Expect(" }");
  const types::Interface* it = table_.NewInterface(methods, {});
  it->SetAllMethods(methods);
  return it;
}

}  // namespace gosc::ssa::parse
