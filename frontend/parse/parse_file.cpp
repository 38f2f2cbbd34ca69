// ParseFile (frontend.h): text -> tokens (with semicolons) -> parse tree -> AST.
//
// Why it looks like this: ANTLR's full LL prediction is exact but slow; SLL prediction is
// several times faster and, for a grammar like ours, almost always enough. So the parse runs
// twice at most: first with SLL and the bail-out strategy (any error aborts at once), and
// only when that fails, again from the start with full LL and GcErrorStrategy, which either
// succeeds (SLL was merely too weak) or reports the first real syntax error in gc's words.
// After an error the LL parse resumes at the next top-level declaration, so that a file's
// syntax errors are reported together (gc reports up to ten). The AST is built only from an
// error-free tree: gc stops after syntax errors as well (no type checking), and a partial tree
// would force every consumer to cope with holes.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <vector>

#include "frontend/frontend.h"
#include "frontend/parse/antlr.h"
#include "frontend/parse/builder.h"
#include "frontend/parse/syntax_errors.h"
#include "frontend/parse/token_source.h"

namespace gosc::frontend {

namespace {

// ANTLR's recursive descent uses the C++ stack, a few frames per nesting level; absurdly deep
// nesting (a fuzzer's `((((...`) is refused up front instead of overflowing the stack.
constexpr int kMaxNesting = 400;

bool CheckNesting(antlr4::CommonTokenStream& tokens, const parse::SourceMap& map,
                  Diagnostics& diags) {
  int depth = 0;
  for (antlr4::Token* t : tokens.getTokens()) {
    switch (t->getType()) {
      case gosc_antlr::GoLexer::L_PAREN:
      case gosc_antlr::GoLexer::L_BRACKET:
      case gosc_antlr::GoLexer::L_CURLY:
        if (++depth > kMaxNesting) {
          diags.Error(map.At(t->getStartIndex()), "syntax error: too deeply nested");
          return false;
        }
        break;
      case gosc_antlr::GoLexer::R_PAREN:
      case gosc_antlr::GoLexer::R_BRACKET:
      case gosc_antlr::GoLexer::R_CURLY: --depth; break;
      default: break;
    }
  }
  return true;
}

// Unary operators nest without brackets (`- - - - x`, `* * * p`); count runs of them too.
bool CheckPrefixRuns(antlr4::CommonTokenStream& tokens, const parse::SourceMap& map,
                     Diagnostics& diags) {
  int run = 0;
  for (antlr4::Token* t : tokens.getTokens()) {
    switch (t->getType()) {
      case gosc_antlr::GoLexer::PLUS:
      case gosc_antlr::GoLexer::MINUS:
      case gosc_antlr::GoLexer::EXCLAMATION:
      case gosc_antlr::GoLexer::CARET:
      case gosc_antlr::GoLexer::STAR:
      case gosc_antlr::GoLexer::AMPERSAND:
      case gosc_antlr::GoLexer::RECEIVE:
      case gosc_antlr::GoLexer::LOGICAL_AND:
        if (++run > kMaxNesting) {
          diags.Error(map.At(t->getStartIndex()), "syntax error: too deeply nested");
          return false;
        }
        break;
      default: run = 0; break;
    }
  }
  return true;
}

// gc stops after ten errors; more attempts would only be cut off by Diagnostics.
constexpr size_t kMaxSyntaxErrors = 10;
constexpr int kMaxParseAttempts = 100;

// Where parsing may resume after a syntax error: a declaration keyword that starts a line
// (where gofmt puts top-level declarations; an indented `var` is a statement) and lies outside
// every bracket. Brackets are counted over the raw tokens, so an unclosed one (the usual cause
// of a cascade) hides the rest of the file instead of producing errors gc would not report.
// gc recovers inside function bodies too, so it may report more; never the other way round
// is the aim.
std::vector<size_t> ResumePoints(antlr4::CommonTokenStream& tokens) {
  std::vector<size_t> points;
  std::vector<size_t> open;  // the openers not yet closed; a closer that does not match the
                             // innermost one is ignored (it cannot make the text top level)
  size_t prev = gosc_antlr::GoLexer::SEMI;
  auto close = [&](size_t opener) {
    if (!open.empty() && open.back() == opener) open.pop_back();
  };
  for (antlr4::Token* t : tokens.getTokens()) {
    switch (t->getType()) {
      case gosc_antlr::GoLexer::L_PAREN:
      case gosc_antlr::GoLexer::L_BRACKET:
      case gosc_antlr::GoLexer::L_CURLY: open.push_back(t->getType()); break;
      case gosc_antlr::GoLexer::R_PAREN: close(gosc_antlr::GoLexer::L_PAREN); break;
      case gosc_antlr::GoLexer::R_BRACKET: close(gosc_antlr::GoLexer::L_BRACKET); break;
      case gosc_antlr::GoLexer::R_CURLY: close(gosc_antlr::GoLexer::L_CURLY); break;
      case gosc_antlr::GoLexer::FUNC:
      case gosc_antlr::GoLexer::VAR:
      case gosc_antlr::GoLexer::CONST:
      case gosc_antlr::GoLexer::TYPE:
      case gosc_antlr::GoLexer::IMPORT:
        if (open.empty() && prev == gosc_antlr::GoLexer::SEMI && t->getCharPositionInLine() == 0) {
          points.push_back(t->getTokenIndex());
        }
        break;
      default: break;
    }
    prev = t->getType();
  }
  return points;
}

// One LL parse with GcErrorStrategy: the whole file from token 0, or the declarations from
// `start` on. Returns the tree when it parsed; `info` is set on a syntax error.
antlr4::ParserRuleContext* RunLL(gosc_antlr::GoParser& parser, parse::TrackingTokenStream& tokens,
                                 const parse::SourceMap& map, size_t start,
                                 parse::SyntaxErrorInfo& info) {
  parser.reset();  // seeks the stream to 0
  tokens.seek(start);
  tokens.ResetFurthest();
  parser.setErrorHandler(std::make_shared<parse::GcErrorStrategy>(map, tokens, info));
  antlr4::ParserRuleContext* tree = nullptr;
  try {
    if (start == 0) {
      tree = parser.sourceFile();
    } else {
      tree = parser.sourceFileTail();
    }
  } catch (const parse::SyntaxErrorAbort&) {
    tree = nullptr;
  } catch (const antlr4::RecognitionException&) {
    tree = nullptr;
  } catch (const antlr4::ParseCancellationException&) {
    tree = nullptr;
  }
  return info.set ? nullptr : tree;
}

}  // namespace

std::unique_ptr<File> ParseFile(SourceSet& sources, int file_id, Diagnostics& diags) {
  auto file = std::make_unique<File>();
  file->file_id = file_id;
  file->path = sources.Path(file_id);
  const std::string& text = sources.Text(file_id);

  parse::SourceMap map(file_id, text);
  antlr4::ANTLRInputStream input(map.sanitized());
  gosc_antlr::GoLexer lexer(&input);
  size_t errors_before = diags.ErrorCount();
  parse::GoTokenSource source(&lexer, map, diags);
  parse::TrackingTokenStream tokens(&source);
  tokens.fill();
  if (!CheckNesting(tokens, map, diags) || !CheckPrefixRuns(tokens, map, diags)) {
    return file;
  }

  gosc_antlr::GoParser parser(&tokens);
  parser.removeErrorListeners();
  gosc_antlr::GoParser::SourceFileContext* tree = nullptr;

  // Stage 1: SLL, bail on the first error.
  parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
      antlr4::atn::PredictionMode::SLL);
  parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
  try {
    tree = parser.sourceFile();
  } catch (const antlr4::ParseCancellationException&) {
    tree = nullptr;
  } catch (const antlr4::RecognitionException&) {
    tree = nullptr;
  }

  // Stage 2: full LL with gc-worded errors, resuming after each at the next top-level
  // declaration until EOF or the error limit.
  if (!tree) {
    if (std::getenv("GOSC_PARSE_DEBUG")) std::fprintf(stderr, "[parse-debug] SLL failed: LL\n");
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
        antlr4::atn::PredictionMode::LL);
    const std::vector<size_t> resume_points = ResumePoints(tokens);
    size_t start = 0;
    int last_line = 0;
    // Errors dropped on a line already reported do not count against the limit; the cap on
    // attempts keeps a line of a thousand `;`-separated broken declarations linear.
    for (int attempts = 0; attempts < kMaxParseAttempts; ++attempts) {
      parse::SyntaxErrorInfo info;
      antlr4::ParserRuleContext* parsed = RunLL(parser, tokens, map, start, info);
      if (start == 0 && !info.set && parsed) {
        tree = static_cast<gosc_antlr::GoParser::SourceFileContext*>(parsed);
        break;  // SLL was merely too weak
      }
      if (!info.set && !parsed) info = {true, map.At(0), "syntax error", start};
      if (!info.set) break;  // the rest of the file parsed
      // gc reports one syntax error per line, and none at EOF after the first (its parser's
      // "avoid meaningless follow-up errors").
      antlr4::Token* at = tokens.get(std::min(info.token_index, tokens.size() - 1));
      const bool at_eof =
          at->getType() == antlr4::Token::EOF ||
          (at->getType() == gosc_antlr::GoLexer::SEMI && at->getText() == parse::kEofSemi);
      if (at_eof && last_line != 0) break;
      if (info.pos.line != last_line) diags.Error(info.pos, info.message);
      last_line = info.pos.line;
      if (diags.ErrorCount() - errors_before >= kMaxSyntaxErrors) break;
      auto next = std::upper_bound(resume_points.begin(), resume_points.end(),
                                   std::max(info.token_index, start));
      if (next == resume_points.end()) break;
      start = *next;
    }
    if (!tree) return file;
  }

  // A lexical error (bad character, unterminated literal) makes the tree unreliable even when
  // it parsed: the token stream was repaired, not read.
  if (diags.ErrorCount() > errors_before) return file;

  parse::AstBuilder builder(*file, map, text, tokens, diags);
  builder.BuildFile(tree);
  return file;
}

}  // namespace gosc::frontend
