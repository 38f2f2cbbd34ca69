// Syntax error reporting in gc's words (private to frontend/parse/).
//
// Why it exists: ANTLR's messages ("mismatched input ';' expecting ...") name grammar tokens
// and would differ from what Go programmers (and the test corpora) expect. The parser's second
// stage installs GcErrorStrategy, which turns the first syntax error into gc's wording
// ("syntax error: unexpected newline in argument list; possibly missing comma or )") from the
// offending token, the rules being parsed and the tokens that were expected, and then stops
// the parse; parse_file.cpp resumes it at the next top-level declaration (no guessed token
// insertions or deletions inside a declaration: they would mostly add noise).
#pragma once

#include <string>

#include "frontend/parse/antlr.h"
#include "frontend/parse/token_source.h"

namespace gosc::frontend::parse {

// The frontend is written in the types layer's vocabulary (Type, Var, Pos,
// ConstValue, ...), used unqualified throughout the parser and checker.
using namespace gosc::types;

// Thrown (not an ANTLR exception, so generated rule code does not catch it) to end the
// parse after the first syntax error has been recorded.
struct SyntaxErrorAbort {};

struct SyntaxErrorInfo {
  bool set = false;
  Pos pos;
  std::string message;
  size_t token_index = 0;  // the token reported at; parsing resumes after it
};

class GcErrorStrategy : public antlr4::DefaultErrorStrategy {
 public:
  GcErrorStrategy(const SourceMap& map, TrackingTokenStream& tokens, SyntaxErrorInfo& out)
      : map_(map), tokens_(tokens), out_(out) {}

  void reportError(antlr4::Parser* recognizer, const antlr4::RecognitionException& e) override;
  void recover(antlr4::Parser* recognizer, std::exception_ptr e) override;
  antlr4::Token* recoverInline(antlr4::Parser* recognizer) override;
  void sync(antlr4::Parser* recognizer) override;

 private:
  [[noreturn]] void Fail(antlr4::Parser* recognizer, antlr4::Token* offending,
                         antlr4::ParserRuleContext* ctx, const antlr4::misc::IntervalSet& expected);

  const SourceMap& map_;
  TrackingTokenStream& tokens_;
  SyntaxErrorInfo& out_;
};

// Messages decided by the tokens around the error alone (`else` on a new line, `x.` without a
// name, an operator without its operand, an unclosed bracket). `index` is the offending
// token; it may be moved to the `else` token. Empty when no rule applies.
std::string TokenContextMessage(antlr4::TokenStream& tokens, size_t* index, bool moved);

// gc's spelling of a token in "unexpected X" (name, "literal 42", "newline", "comma", ...).
std::string DescribeToken(antlr4::Token* t);

// Builds gc's message for a syntax error at `offending` while parsing `ctx` (innermost rule)
// when `expected` tokens were allowed. `prev` is the token before the offending one.
std::string SyntaxErrorMessage(antlr4::Token* offending, antlr4::Token* prev,
                               antlr4::ParserRuleContext* ctx,
                               const antlr4::misc::IntervalSet& expected,
                               const antlr4::dfa::Vocabulary& vocab);

}  // namespace gosc::frontend::parse
