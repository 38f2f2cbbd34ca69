// Lexing stage of the parser: positions, Go's semicolon insertion and lexical errors.
//
// Why it exists: the ANTLR lexer (grammar/GoLexer.g4) only splits the text into tokens. Go's
// syntax also needs (1) automatic semicolons, which depend on the last token of each line, (2)
// byte-based columns (ANTLR counts code points), and (3) gc's wording for lexical errors
// (invalid characters, unterminated literals, bad digits). GoTokenSource wraps the generated
// lexer and provides all three, so the parser grammar sees explicit semicolons and never a
// malformed token. Private to frontend/parse/: no ANTLR type leaves this folder.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "frontend/parse/antlr.h"
#include "frontend/parse/header_braces.h"
#include "types/pos.h"

namespace gosc::frontend::parse {

// The frontend is written in the types layer's vocabulary (Type, Var, Pos,
// ConstValue, ...), used unqualified throughout the parser and checker.
using namespace gosc::types;

// Maps ANTLR's code-point indices to gc positions (1-based line, 1-based byte column).
// Also produces the text handed to ANTLR: ANTLR's UTF-8 decoder rejects malformed input, so
// each invalid byte becomes U+FFFD (one code point, as the byte is one position here).
class SourceMap {
 public:
  SourceMap(int file_id, const std::string& text);
  Pos At(size_t cp_index) const;  // position of the code point at cp_index (or of EOF)
  Pos AtByte(size_t byte) const;
  size_t ByteOffset(size_t cp_index) const;
  const std::string& sanitized() const { return sanitized_; }
  const std::vector<size_t>& invalid_bytes() const { return invalid_bytes_; }
  int file_id() const { return file_id_; }

 private:
  int file_id_;
  std::vector<uint32_t> cp_to_byte_;  // one entry per code point, plus one for EOF
  std::vector<uint32_t> line_starts_;
  std::string sanitized_;
  std::vector<size_t> invalid_bytes_;
};

// Token text used for inserted semicolons; syntax errors print it as gc does
// ("unexpected newline", "unexpected EOF").
inline constexpr const char* kNewlineSemi = "newline";
inline constexpr const char* kEofSemi = "EOF";

class GoTokenSource : public antlr4::TokenSource {
 public:
  GoTokenSource(gosc_antlr::GoLexer* lexer, const SourceMap& map, Diagnostics& diags);

  std::unique_ptr<antlr4::Token> nextToken() override;
  size_t getLine() const override { return lexer_->getLine(); }
  size_t getCharPositionInLine() override { return lexer_->getCharPositionInLine(); }
  antlr4::CharStream* getInputStream() override { return lexer_->getInputStream(); }
  std::string getSourceName() override { return lexer_->getSourceName(); }
  antlr4::TokenFactory<antlr4::CommonToken>* getTokenFactory() override {
    return lexer_->getTokenFactory();
  }

  bool had_lexical_error() const { return had_error_; }

 private:
  std::unique_ptr<antlr4::Token> LexToken();  // the next token with semicolons inserted
  std::unique_ptr<antlr4::Token> MakeSemi(size_t cp_index, size_t line, size_t col,
                                          const char* text);
  void Report(size_t cp_index, std::string message);
  void CheckNumber(const antlr4::Token& t);
  void CheckQuoted(const antlr4::Token& t, char quote);

  gosc_antlr::GoLexer* lexer_;
  const SourceMap& map_;
  Diagnostics& diags_;
  std::unique_ptr<antlr4::Token> pending_;       // the token after an inserted semicolon
  std::unique_ptr<antlr4::Token> pending_body_;  // a header's `{`, after its HEADER_END
  HeaderBraceTracker headers_;
  bool nlsemi_ = false;  // the last token allows an automatic semicolon
  bool had_error_ = false;
};

// A token stream that remembers the furthest token any lookahead examined. ANTLR reports a
// syntax error where the chosen alternative failed, which can be well before the point where
// the longest viable alternative failed (gc's parser, being LL(1), reports the latter); the
// syntax error reporter uses this to report where the input really stopped making sense.
class TrackingTokenStream : public antlr4::CommonTokenStream {
 public:
  explicit TrackingTokenStream(antlr4::TokenSource* source) : CommonTokenStream(source) {}
  antlr4::Token* LT(ssize_t k) override {
    antlr4::Token* t = CommonTokenStream::LT(k);
    if (t && k > 0 && (furthest_ == kNone || t->getTokenIndex() > furthest_)) {
      furthest_ = t->getTokenIndex();
    }
    return t;
  }
  static constexpr size_t kNone = static_cast<size_t>(-1);
  size_t furthest() const { return furthest_; }
  void ResetFurthest() { furthest_ = kNone; }

 private:
  size_t furthest_ = kNone;
};

// Classifies a NUMBER token's spelling (for the AST's LitKind) and validates it. Returns an
// empty message when valid; otherwise gc's wording and the byte offset to report at.
struct NumberCheck {
  enum Kind { kInt, kFloat, kImag } kind = kInt;
  std::string error;
  size_t error_offset = 0;
};
NumberCheck CheckNumberSpelling(const std::string& s);

}  // namespace gosc::frontend::parse
