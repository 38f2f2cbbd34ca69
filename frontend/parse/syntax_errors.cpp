// gc-worded syntax errors from ANTLR's error events (see syntax_errors.h).
//
// The message depends on three facts ANTLR knows at the error: the offending token, the rule
// being parsed (and its callers), and the set of tokens that would have been accepted. gc's
// recursive-descent parser phrases its errors by context ("in argument list; possibly missing
// comma or )", "at end of statement", "after top level declaration", "expecting expression");
// the rules below reproduce the common ones and fall back to "unexpected X, expecting A, B or
// C" (or just "unexpected X") elsewhere.
#include "frontend/parse/syntax_errors.h"

#include <cstdio>
#include <cstdlib>
#include <vector>

namespace gosc::frontend::parse {

using antlr4::misc::IntervalSet;
using gosc_antlr::GoLexer;
using gosc_antlr::GoParser;

std::string DescribeToken(antlr4::Token* t) {
  if (!t) return "EOF";
  switch (t->getType()) {
    case antlr4::Token::EOF: return "EOF";
    case GoLexer::SEMI: {
      std::string s = t->getText();
      return s == ";" ? "semicolon" : s;  // inserted semicolons read "newline" or "EOF"
    }
    case GoLexer::COMMA: return "comma";
    case GoLexer::NUMBER:
    case GoLexer::RUNE_LIT:
    case GoLexer::STRING_LIT:
    case GoLexer::RAW_STRING_LIT: return "literal " + t->getText();
    default: return t->getText();
  }
}

namespace {

// gc's name for an expected token.
std::string ExpectedName(size_t type, const antlr4::dfa::Vocabulary& v) {
  switch (type) {
    case antlr4::Token::EOF: return "EOF";
    case GoLexer::IDENTIFIER: return "name";
    case GoLexer::COMMA: return "comma";
    case GoLexer::SEMI: return "semicolon or newline";
    case GoLexer::HEADER_END: return "{";
    case GoLexer::NUMBER:
    case GoLexer::STRING_LIT:
    case GoLexer::RAW_STRING_LIT:
    case GoLexer::RUNE_LIT: return "literal";
    default: break;
  }
  std::string lit = v.getLiteralName(type);
  if (lit.size() >= 2 && lit.front() == '\'') return lit.substr(1, lit.size() - 2);
  return v.getSymbolicName(type);
}

// Tokens that only say "the expression could go on here": not worth listing.
bool IsContinuation(size_t type) {
  switch (type) {
    case GoLexer::DOT:
    case GoLexer::L_PAREN:
    case GoLexer::L_BRACKET:
    case GoLexer::L_CURLY:
    case GoLexer::PLUS:
    case GoLexer::MINUS:
    case GoLexer::STAR:
    case GoLexer::DIV:
    case GoLexer::MOD:
    case GoLexer::LSHIFT:
    case GoLexer::RSHIFT:
    case GoLexer::AMPERSAND:
    case GoLexer::BIT_CLEAR:
    case GoLexer::OR:
    case GoLexer::CARET:
    case GoLexer::EQUALS:
    case GoLexer::NOT_EQUALS:
    case GoLexer::LESS:
    case GoLexer::LESS_OR_EQUALS:
    case GoLexer::GREATER:
    case GoLexer::GREATER_OR_EQUALS:
    case GoLexer::LOGICAL_AND:
    case GoLexer::LOGICAL_OR: return true;
    default: return false;
  }
}

// Listing order in "expecting A, B or C": gc lists separators before closers.
int ListRank(size_t type) {
  switch (type) {
    case GoLexer::DEFINE: return 0;
    case GoLexer::ASSIGN: return 1;
    case GoLexer::COMMA: return 2;
    case GoLexer::COLON: return 3;
    case GoLexer::SEMI: return 4;
    case GoLexer::R_BRACKET: return 5;
    case GoLexer::R_PAREN: return 6;
    case GoLexer::R_CURLY: return 7;
    default: return 8;
  }
}

bool IsBoundary(antlr4::Token* prev) {
  if (!prev) return true;
  size_t t = prev->getType();
  return t == GoLexer::SEMI || t == GoLexer::L_CURLY || t == GoLexer::COLON;
}

// The innermost rule among those that give gc's errors their context.
size_t ListContext(antlr4::ParserRuleContext* ctx) {
  for (auto* c = ctx; c; c = dynamic_cast<antlr4::ParserRuleContext*>(c->parent)) {
    switch (c->getRuleIndex()) {
      case GoParser::RuleArguments:
      case GoParser::RuleLiteralValue:
      case GoParser::RuleParameters:
      case GoParser::RuleStructType:
      case GoParser::RuleInterfaceType:
      case GoParser::RuleBlock:
      case GoParser::RuleSourceFile: return c->getRuleIndex();
      case GoParser::RuleSourceFileTail: return GoParser::RuleSourceFile;
      default: break;
    }
  }
  return GoParser::RuleSourceFile;
}

}  // namespace

std::string SyntaxErrorMessage(antlr4::Token* off, antlr4::Token* prev,
                               antlr4::ParserRuleContext* ctx, const IntervalSet& expected,
                               const antlr4::dfa::Vocabulary& vocab) {
  const std::string s = "syntax error: ";
  const std::string tok = DescribeToken(off);
  const size_t type = off ? off->getType() : static_cast<size_t>(antlr4::Token::EOF);
  const size_t rule = ctx ? ctx->getRuleIndex() : static_cast<size_t>(GoParser::RuleSourceFile);
  auto parent_rule = [&]() -> size_t {
    auto* p = ctx ? dynamic_cast<antlr4::ParserRuleContext*>(ctx->parent) : nullptr;
    return p ? p->getRuleIndex() : static_cast<size_t>(-1);
  };
  auto expects = [&](size_t t) { return expected.contains(t); };
  const bool wants_expr = expects(GoLexer::NUMBER) && expects(GoLexer::IDENTIFIER);
  const bool wants_type = expects(GoLexer::MAP) && expects(GoLexer::STRUCT) && !wants_expr;

  // The package clause.
  if (rule == GoParser::RulePackageClause && type != GoLexer::PACKAGE && prev == nullptr) {
    return s + "package statement must be first";
  }
  if (prev == nullptr && type != GoLexer::PACKAGE) return s + "package statement must be first";

  // Top level.
  if (rule == GoParser::RuleEos && (parent_rule() == GoParser::RuleSourceFile ||
                                    parent_rule() == GoParser::RuleSourceFileTail)) {
    return s + "unexpected " + tok + " after top level declaration";
  }
  if (rule == GoParser::RuleSourceFile || rule == GoParser::RuleSourceFileTail ||
      rule == GoParser::RuleTopLevelDecl) {
    if (type == GoLexer::L_CURLY && prev && prev->getType() == GoLexer::SEMI) {
      return s + "unexpected semicolon or newline before {";
    }
    return s + "non-declaration statement outside function body";
  }
  if (rule == GoParser::RuleImportSpec && !expects(GoLexer::IDENTIFIER)) {
    return s + "missing import path";
  }
  if (rule == GoParser::RuleIfStmt && prev && prev->getType() == GoLexer::ELSE) {
    return s + "else must be followed by if or statement block";
  }

  // Lists: "in argument list; possibly missing comma or )" and friends.
  switch (ListContext(ctx)) {
    case GoParser::RuleArguments:
      // An argument must start here (after `(` or a comma): gc's parser is inside expr.
      if (prev && (prev->getType() == GoLexer::L_PAREN || prev->getType() == GoLexer::COMMA) &&
          (type == GoLexer::R_CURLY || type == GoLexer::SEMI || type == GoLexer::COMMA ||
           type == GoLexer::COLON || type == GoLexer::R_BRACKET || type == antlr4::Token::EOF)) {
        return s + "unexpected " + tok + ", expecting expression";
      }
      if (expects(GoLexer::R_PAREN) && !wants_expr) {
        return s + "unexpected " + tok + " in argument list; possibly missing comma or )";
      }
      break;
    case GoParser::RuleLiteralValue:
      if (expects(GoLexer::R_CURLY) && !wants_expr) {
        return s + "unexpected " + tok + " in composite literal; possibly missing comma or }";
      }
      break;
    case GoParser::RuleParameters:
      if (expects(GoLexer::R_PAREN) && !wants_type) {
        return s + "unexpected " + tok + " in parameter list; possibly missing comma or )";
      }
      break;
    case GoParser::RuleStructType:
      // A field must start here: gc's fieldDecl wants a name, `*` or `(`.
      if (prev && (prev->getType() == GoLexer::L_CURLY || prev->getType() == GoLexer::SEMI) &&
          type != GoLexer::IDENTIFIER && type != GoLexer::STAR && type != GoLexer::L_PAREN &&
          type != GoLexer::R_CURLY) {
        return s + "unexpected " + tok + ", expecting field name or embedded type";
      }
      if (expects(GoLexer::R_CURLY) || expects(GoLexer::SEMI)) {
        return s + "unexpected " + tok +
               " in struct type; possibly missing semicolon or newline or }";
      }
      break;
    case GoParser::RuleInterfaceType:
      if (expects(GoLexer::R_CURLY) || expects(GoLexer::SEMI)) {
        return s + "unexpected " + tok +
               " in interface type; possibly missing semicolon or newline or }";
      }
      break;
    default: break;
  }

  if (wants_expr && !expects(GoLexer::SEMI))
    return s + "unexpected " + tok + ", expecting expression";
  if (wants_type) return s + "unexpected " + tok + ", expecting type";

  // A statement header that is not followed by its block.
  if (expects(GoLexer::L_CURLY) && !expects(GoLexer::R_CURLY)) {
    const size_t r = rule == GoParser::RuleBlock ? parent_rule() : rule;
    if (r == GoParser::RuleIfStmt) return s + "unexpected " + tok + ", expecting { after if clause";
    if (r == GoParser::RuleForStmt) {
      return s + "unexpected " + tok + ", expecting { after for clause";
    }
    if (r == GoParser::RuleSwitchStmt) {
      return s + "unexpected " + tok + ", expecting { after switch clause";
    }
  }

  // End of a statement inside a block.
  if (ListContext(ctx) == GoParser::RuleBlock &&
      (expects(GoLexer::R_CURLY) || expects(GoLexer::SEMI)) && !wants_expr) {
    if (type == antlr4::Token::EOF || IsBoundary(prev) ||
        (type == GoLexer::SEMI && off->getText() == kEofSemi)) {
      return s + "unexpected " + tok + ", expecting }";
    }
    return s + "unexpected " + tok + " at end of statement";
  }

  // A short list of what would have been accepted.
  std::vector<size_t> want;
  for (size_t t : expected.toList()) {
    if (t == antlr4::Token::EPSILON || IsContinuation(t)) continue;
    want.push_back(t);
  }
  if (!want.empty() && want.size() <= 3) {
    std::stable_sort(want.begin(), want.end(),
                     [](size_t a, size_t b) { return ListRank(a) < ListRank(b); });
    std::string list;
    for (size_t i = 0; i < want.size(); ++i) {
      if (i > 0) list += i + 1 == want.size() ? " or " : ", ";
      list += ExpectedName(want[i], vocab);
    }
    return s + "unexpected " + tok + ", expecting " + list;
  }
  return s + "unexpected " + tok;
}

namespace {

bool IsOperandEnd(size_t t) {
  switch (t) {
    case GoLexer::IDENTIFIER:
    case GoLexer::NUMBER:
    case GoLexer::RUNE_LIT:
    case GoLexer::STRING_LIT:
    case GoLexer::RAW_STRING_LIT:
    case GoLexer::R_PAREN:
    case GoLexer::R_BRACKET:
    case GoLexer::R_CURLY: return true;
    default: return false;
  }
}

// Tokens after which an operand must follow.
bool NeedsOperand(size_t t) {
  if (IsContinuation(t) && t != GoLexer::DOT && t != GoLexer::L_PAREN && t != GoLexer::L_BRACKET &&
      t != GoLexer::L_CURLY) {
    return true;
  }
  switch (t) {
    case GoLexer::ASSIGN:
    case GoLexer::DEFINE:
    case GoLexer::ADD_ASSIGN:
    case GoLexer::SUB_ASSIGN:
    case GoLexer::MUL_ASSIGN:
    case GoLexer::DIV_ASSIGN:
    case GoLexer::MOD_ASSIGN:
    case GoLexer::AND_ASSIGN:
    case GoLexer::OR_ASSIGN:
    case GoLexer::XOR_ASSIGN:
    case GoLexer::SHL_ASSIGN:
    case GoLexer::SHR_ASSIGN:
    case GoLexer::AND_NOT_ASSIGN:
    case GoLexer::EXCLAMATION:
    case GoLexer::RECEIVE:
    case GoLexer::COMMA: return true;
    default: return false;
  }
}

// Tokens that can never begin an operand (so "expecting expression" is the whole story).
bool CannotStartOperand(size_t t) {
  switch (t) {
    case GoLexer::SEMI:
    case GoLexer::R_CURLY:
    case GoLexer::R_PAREN:
    case GoLexer::R_BRACKET:
    case GoLexer::COMMA:
    case GoLexer::COLON:
    case antlr4::Token::EOF:
    case GoLexer::L_CURLY:
    case GoLexer::ASSIGN:
    case GoLexer::DEFINE: return true;
    default: return false;
  }
}

}  // namespace

std::string TokenContextMessage(antlr4::TokenStream& tokens, size_t* index, bool moved) {
  const std::string s = "syntax error: ";
  antlr4::Token* t = tokens.get(*index);
  antlr4::Token* prev = *index > 0 ? tokens.get(*index - 1) : nullptr;
  // `}` NEWLINE `else`: the newline ended the if statement, so `else` starts nothing.
  if (t->getType() == GoLexer::SEMI && *index + 1 < tokens.size() &&
      tokens.get(*index + 1)->getType() == GoLexer::ELSE) {
    ++*index;
    return s + "unexpected else, expecting }";
  }
  if (t->getType() == GoLexer::ELSE && prev && prev->getType() == GoLexer::SEMI) {
    return s + "unexpected else, expecting }";
  }
  if (!prev) return "";
  const std::string tok = DescribeToken(t);
  if (prev->getType() == GoLexer::DOT) return s + "unexpected " + tok + ", expecting name or (";
  if (prev->getType() == GoLexer::FUNC && t->getType() != GoLexer::L_PAREN) {
    // A named func inside a body (`func g() {}`) — at top level the name would be fine.
    return s + "unexpected " + tok +
           (t->getType() == GoLexer::IDENTIFIER ? ", expecting (" : ", expecting name or (");
  }
  if (NeedsOperand(prev->getType()) && CannotStartOperand(t->getType())) {
    return s + "unexpected " + tok + ", expecting expression";
  }
  if (!moved) return "";
  // The innermost bracket left open before the error, within the current statement.
  int depth = 0;
  for (size_t j = *index; j-- > 0;) {
    antlr4::Token* b = tokens.get(j);
    size_t bt = b->getType();
    if (bt == GoLexer::R_PAREN || bt == GoLexer::R_BRACKET || bt == GoLexer::R_CURLY) {
      ++depth;
    } else if (bt == GoLexer::L_PAREN || bt == GoLexer::L_BRACKET || bt == GoLexer::L_CURLY) {
      if (depth > 0) {
        --depth;
        continue;
      }
      const size_t semi = GoLexer::SEMI;
      size_t before = j > 0 ? tokens.get(j - 1)->getType() : semi;
      size_t before2 = j > 1 ? tokens.get(j - 2)->getType() : semi;
      if (bt == GoLexer::L_BRACKET) return s + "unexpected " + tok + ", expecting comma, : or ]";
      if (bt == GoLexer::L_PAREN) {
        // A result list `func f() (int, ...`: the '(' follows a parameter list's ')'.
        bool results = false;
        if (before == GoLexer::R_PAREN) {
          int d = 0;
          for (size_t k = j - 1; k-- > 0;) {
            size_t kt = tokens.get(k)->getType();
            if (kt == GoLexer::R_PAREN) ++d;
            if (kt == GoLexer::L_PAREN && d-- == 0) {
              size_t b1 = k > 0 ? tokens.get(k - 1)->getType() : semi;
              size_t b2 = k > 1 ? tokens.get(k - 2)->getType() : semi;
              results = b1 == GoLexer::FUNC || b2 == GoLexer::FUNC;
              break;
            }
          }
        }
        if (results || before == GoLexer::FUNC || before2 == GoLexer::FUNC) {
          return s + "unexpected " + tok + " in parameter list; possibly missing comma or )";
        }
        if (IsOperandEnd(before)) {
          return s + "unexpected " + tok + " in argument list; possibly missing comma or )";
        }
        return s + "unexpected " + tok + ", expecting )";
      }
      if (IsOperandEnd(before) && before != GoLexer::R_PAREN) {
        return s + "unexpected " + tok + " in composite literal; possibly missing comma or }";
      }
      return "";
    } else if (bt == GoLexer::SEMI && depth == 0) {
      return "";
    }
  }
  return "";
}

// ------------------------------------------------------------------------ GcErrorStrategy

void GcErrorStrategy::Fail(antlr4::Parser* recognizer, antlr4::Token* offending,
                           antlr4::ParserRuleContext* ctx, const IntervalSet& expected) {
  if (!out_.set && offending) {
    size_t index = offending->getTokenIndex();
    bool moved = false;
    // Report where the longest viable alternative stopped (see TrackingTokenStream).
    if (tokens_.furthest() != TrackingTokenStream::kNone && tokens_.furthest() > index &&
        tokens_.furthest() < tokens_.size()) {
      index = tokens_.furthest();
      moved = true;
    }
    if (std::getenv("GOSC_PARSE_DEBUG")) {
      std::fprintf(stderr, "[parse-debug] offending=%s furthest=%zu rule=%s expected=%s\n",
                   offending->toString().c_str(), tokens_.furthest(),
                   ctx ? recognizer->getRuleNames()[ctx->getRuleIndex()].c_str() : "null",
                   expected.toString(recognizer->getVocabulary()).c_str());
    }
    std::string message = TokenContextMessage(tokens_, &index, moved);
    antlr4::Token* at = tokens_.get(index);
    if (message.empty()) {
      antlr4::Token* prev = index > 0 ? tokens_.get(index - 1) : nullptr;
      if (moved) {
        // The rule context belongs to the earlier failure; only the token is reliable.
        message = prev == nullptr ? "syntax error: package statement must be first"
                                  : "syntax error: unexpected " + DescribeToken(at);
      } else {
        message = SyntaxErrorMessage(at, prev, ctx, expected, recognizer->getVocabulary());
        if (message == "syntax error: unexpected " + DescribeToken(at)) {
          // Nothing specific from the rule context: an open bracket may still say more.
          size_t i = index;
          std::string m = TokenContextMessage(tokens_, &i, true);
          if (!m.empty() && i == index) message = m;
        }
      }
    }
    out_.set = true;
    out_.token_index = index;
    size_t idx = at->getStartIndex();
    if (at->getType() == antlr4::Token::EOF) {
      // EOF's start index is not its position; the end of the text is (the stream is always a
      // GoTokenSource's, but a missing input must not turn a diagnostic into a crash).
      antlr4::CharStream* input = tokens_.getTokenSource()->getInputStream();
      if (input) idx = input->size();
    }
    out_.pos = map_.At(idx);
    out_.message = message;
  }
  throw SyntaxErrorAbort{};
}

void GcErrorStrategy::reportError(antlr4::Parser* recognizer,
                                  const antlr4::RecognitionException& e) {
  auto* ctx = dynamic_cast<antlr4::ParserRuleContext*>(e.getCtx());
  if (!ctx) ctx = recognizer->getContext();
  IntervalSet expected;
  try {
    expected = e.getExpectedTokens();
  } catch (...) {
    expected = recognizer->getExpectedTokens();
  }
  Fail(recognizer, e.getOffendingToken() ? e.getOffendingToken() : recognizer->getCurrentToken(),
       ctx, expected);
}

void GcErrorStrategy::recover(antlr4::Parser*, std::exception_ptr) { throw SyntaxErrorAbort{}; }

antlr4::Token* GcErrorStrategy::recoverInline(antlr4::Parser* recognizer) {
  Fail(recognizer, recognizer->getCurrentToken(), recognizer->getContext(),
       recognizer->getExpectedTokens());
}

// No single-token deletion/insertion guesses: the error is reported where the parse stops.
void GcErrorStrategy::sync(antlr4::Parser*) {}

}  // namespace gosc::frontend::parse
