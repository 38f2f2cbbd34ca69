// A recursive-descent reader for library.def's Go signature text; see
// library_signature.h for the grammar it accepts and why it exists.
#include "frontend/check/library_signature.h"

#include <cctype>
#include <stdexcept>
#include <string>
#include <vector>

namespace gosc::frontend::check {
namespace {

class Reader {
 public:
  Reader(TypeTable& tt, std::string_view text, const LibraryTypeResolver& resolve)
      : tt_(tt), text_(text), resolve_(resolve) {}

  const Type* WholeType() {
    const Type* t = ReadType();
    ExpectEnd();
    return t;
  }

  const Signature* WholeSignature(Var* recv) {
    Expect("func");
    const Signature* sig = ReadSignatureRest(recv);
    ExpectEnd();
    return sig;
  }

 private:
  struct Param {
    std::string name;            // "" when the item is a type only
    const Type* type = nullptr;  // nullptr: a bare identifier, resolved after the list
    std::string ident;           // the bare identifier
    bool variadic = false;
  };

  [[noreturn]] void Fail(const std::string& why) const {
    throw std::logic_error("runtime/library.def: bad Go signature \"" + std::string(text_) +
                           "\": " + why);
  }
  void SkipSpace() {
    while (pos_ < text_.size() && text_[pos_] == ' ') ++pos_;
  }
  bool Peek(std::string_view tok) {
    SkipSpace();
    if (text_.substr(pos_, tok.size()) != tok) return false;
    // A keyword must not be the start of a longer identifier.
    if (std::isalpha(static_cast<unsigned char>(tok[0])) && pos_ + tok.size() < text_.size() &&
        IsIdentChar(text_[pos_ + tok.size()])) {
      return false;
    }
    return true;
  }
  bool Accept(std::string_view tok) {
    if (!Peek(tok)) return false;
    pos_ += tok.size();
    return true;
  }
  void Expect(std::string_view tok) {
    if (!Accept(tok)) Fail("expected '" + std::string(tok) + "' at offset " + std::to_string(pos_));
  }
  void ExpectEnd() {
    SkipSpace();
    if (pos_ != text_.size()) Fail("unexpected text at offset " + std::to_string(pos_));
  }
  static bool IsIdentChar(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.';
  }
  bool PeekIdent() {
    SkipSpace();
    return pos_ < text_.size() &&
           (std::isalpha(static_cast<unsigned char>(text_[pos_])) || text_[pos_] == '_');
  }
  std::string Ident() {
    if (!PeekIdent()) Fail("expected a name at offset " + std::to_string(pos_));
    size_t start = pos_;
    while (pos_ < text_.size() && IsIdentChar(text_[pos_])) ++pos_;
    return std::string(text_.substr(start, pos_ - start));
  }
  bool PeekTypeStart() { return PeekIdent() || Peek("[]") || Peek("*") || Peek("..."); }

  const Type* TypeByName(const std::string& name) {
    static const std::pair<const char*, BasicKind> kBasics[] = {
        {"bool", BasicKind::kBool},       {"int", BasicKind::kInt},
        {"int32", BasicKind::kInt32},     {"int64", BasicKind::kInt64},
        {"uint8", BasicKind::kUint8},     {"uint32", BasicKind::kUint32},
        {"uintptr", BasicKind::kUintptr}, {"float64", BasicKind::kFloat64},
        {"string", BasicKind::kString},   {"byte", BasicKind::kUint8},
        {"rune", BasicKind::kInt32},
    };
    for (const auto& [n, k] : kBasics) {
      if (name == n) return tt_.basic(k);
    }
    if (name == "error") return tt_.Error();
    if (name == "any") return tt_.EmptyInterface();
    if (const Type* t = resolve_(name)) return t;
    Fail("unknown type " + name);
  }

  const Type* ReadType() {
    if (Accept("[]")) return tt_.SliceOf(ReadType());
    if (Accept("*")) return tt_.PointerTo(ReadType());
    if (Accept("func")) return ReadSignatureRest(nullptr);
    return TypeByName(Ident());
  }

  // After `func`: the parameter list and the results.
  const Signature* ReadSignatureRest(Var* recv) {
    bool variadic = false;
    std::vector<Var*> params = List(VarKind::kParam, &variadic);
    std::vector<Var*> results;
    if (Peek("(")) {
      bool v = false;
      results = List(VarKind::kResult, &v);
      if (v) Fail("a variadic result");
    } else if (PeekTypeStart()) {
      results.push_back(tt_.NewObject<Var>(Pos{}, "", ReadType(), VarKind::kResult));
    }
    return tt_.SignatureOf(recv, tt_.TupleOf(std::move(params)), tt_.TupleOf(std::move(results)),
                           variadic);
  }

  // "(a T, b ...U)", "(i, j int)" or "(T, U)".
  std::vector<Var*> List(VarKind kind, bool* variadic) {
    Expect("(");
    std::vector<Param> items;
    while (!Accept(")")) {
      if (!items.empty()) Expect(",");
      Param p;
      if (Accept("...")) {
        p.variadic = true;
        p.type = ReadType();
      } else if (PeekIdent()) {
        size_t save = pos_;
        std::string id = Ident();
        if (PeekTypeStart() || Peek("func")) {  // "name T"
          p.name = id;
          p.variadic = Accept("...");
          p.type = ReadType();
        } else if (Peek(",") || Peek(")")) {  // a name of a group, or a type
          p.ident = id;
        } else {
          pos_ = save;
          p.type = ReadType();
        }
      } else {
        p.type = ReadType();
      }
      items.push_back(std::move(p));
    }
    bool named = false;
    for (const Param& p : items) named = named || !p.name.empty();
    // In a named list a bare identifier takes the type of the next typed item.
    std::vector<Var*> out;
    for (size_t i = 0; i < items.size(); ++i) {
      Param& p = items[i];
      if (!p.type) {
        if (!named) {
          p.type = TypeByName(p.ident);
        } else {
          p.name = p.ident;
          for (size_t j = i + 1; j < items.size() && !p.type; ++j) p.type = items[j].type;
          if (!p.type) Fail("parameter " + p.ident + " has no type");
        }
      }
      if (p.variadic) {
        if (i + 1 != items.size()) Fail("... before the last parameter");
        *variadic = true;
        p.type = tt_.SliceOf(p.type);
      }
      out.push_back(tt_.NewObject<Var>(Pos{}, p.name, p.type, kind));
    }
    return out;
  }

  TypeTable& tt_;
  std::string_view text_;
  const LibraryTypeResolver& resolve_;
  size_t pos_ = 0;
};

}  // namespace

const Signature* ParseLibrarySignature(TypeTable& tt, std::string_view text, Var* recv,
                                       const LibraryTypeResolver& resolve) {
  return Reader(tt, text, resolve).WholeSignature(recv);
}

const Type* ParseLibraryType(TypeTable& tt, std::string_view text,
                             const LibraryTypeResolver& resolve) {
  return Reader(tt, text, resolve).WholeType();
}

}  // namespace gosc::frontend::check
