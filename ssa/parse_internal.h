// Pieces the SSA text parser's files share: a cursor over one line of text,
// the error it throws, and the type-syntax reader.
//
// Why it exists: reading types (`map[string]*main.T`, `func(int) (int,
// error)`) is a language of its own, kept in parse_types.cpp apart from the
// instruction format in parse.cpp; both read lines through this cursor.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "types/pos.h"
#include "types/types.h"

namespace gosc::ssa::parse {

// The one error a parse stops at.
struct ParseError {
  types::Pos pos;
  std::string message;
};

// A position in one line; every read either succeeds or throws ParseError.
class Cursor {
 public:
  Cursor(const std::string& text, int file, int line) : s_(&text), file_(file), line_(line) {}
  bool AtEnd() const { return i_ >= s_->size(); }
  char Peek(size_t ahead = 0) const { return i_ + ahead < s_->size() ? (*s_)[i_ + ahead] : '\0'; }
  bool LookingAt(const std::string& word) const { return s_->compare(i_, word.size(), word) == 0; }
  // Consumes `word` if it is next.
  bool Accept(const std::string& word);
  void Expect(const std::string& word);
  void SkipSpaces();
  // A Go identifier, possibly qualified with dots ("main.T", "unsafe.Pointer").
  std::string Word();
  // A link name ("main.f", "main.(*T).M", "main.T.M-fm", "fmt.Println").
  std::string Symbol();
  int64_t Integer();
  std::string QuotedString();
  std::string Rest() const { return s_->substr(i_); }
  size_t offset() const { return i_; }
  void set_offset(size_t i) { i_ = i; }
  types::Pos Here() const { return {file_, line_, static_cast<int32_t>(i_ + 1)}; }
  [[noreturn]] void Fail(const std::string& message) const { throw ParseError{Here(), message}; }
  const std::string& text() const { return *s_; }

 private:
  const std::string* s_;
  int file_;
  int line_;
  size_t i_ = 0;
};

bool IsIdentChar(char c);

// Reads types in the printer's spelling (types::Type::String), creating
// named types on first mention; their underlying type comes from a `type`
// line (Declare). Struct and interface literals of the same spelling are
// one type.
class TypeReader {
 public:
  explicit TypeReader(types::TypeTable& table);
  const types::Type* Read(Cursor& c);
  // Whether a type starts here (for a func type's optional result).
  bool StartsType(const Cursor& c) const;
  // Creates the named type of a `type NAME ...` line (found before the
  // rest is read, so that types may refer to each other in any order);
  // false if NAME is declared twice.
  bool Introduce(const std::string& name, types::Pos pos);
  // The named type `name` ("main.T", "strings.Builder"); nullptr if no
  // `type` line introduced it.
  types::Named* Find(const std::string& name) const;
  types::TypeTable& table() { return table_; }

 private:
  const types::Type* ReadSignatureTail(Cursor& c);
  const types::Tuple* ReadTuple(Cursor& c, bool* variadic);
  const types::Type* ReadStruct(Cursor& c);
  const types::Type* ReadInterface(Cursor& c);
  types::TypeTable& table_;
  std::map<std::string, const types::Type*> basics_;
  std::map<std::string, types::Named*> named_;
  std::map<std::string, const types::Type*> literals_;  // struct/interface spellings
};

}  // namespace gosc::ssa::parse
