// ParseFile (frontend.h): text -> tokens (with semicolons) -> parse tree -> AST.
//
// Why it looks like this: ANTLR's full LL prediction is exact but slow; SLL prediction is
// several times faster and, for a grammar like ours, almost always enough. So the parse runs
// twice at most: first with SLL and the bail-out strategy (any error aborts at once), and
// only when that fails, again from the start with full LL and GcErrorStrategy, which either
// succeeds (SLL was merely too weak) or reports the first real syntax error in gc's words.
// The AST is built only from an error-free tree: gc stops after syntax errors as well, and a
// partial tree would force every consumer to cope with holes.
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "frontend/parse/antlr.h"
#include "frontend/frontend.h"
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
      case gosc_antlr::GoLexer::R_CURLY:
        --depth;
        break;
      default:
        break;
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
      case gosc_antlr::GoLexer::PLUS: case gosc_antlr::GoLexer::MINUS:
      case gosc_antlr::GoLexer::EXCLAMATION: case gosc_antlr::GoLexer::CARET:
      case gosc_antlr::GoLexer::STAR: case gosc_antlr::GoLexer::AMPERSAND:
      case gosc_antlr::GoLexer::RECEIVE: case gosc_antlr::GoLexer::LOGICAL_AND:
        if (++run > kMaxNesting) {
          diags.Error(map.At(t->getStartIndex()), "syntax error: too deeply nested");
          return false;
        }
        break;
      default:
        run = 0;
        break;
    }
  }
  return true;
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

  // Stage 2: full LL with gc-worded errors.
  if (!tree) {
    if (std::getenv("GOSC_PARSE_DEBUG")) std::fprintf(stderr, "[parse-debug] SLL failed: LL\n");
    tokens.seek(0);
    parser.reset();
    tokens.ResetFurthest();
    parser.getInterpreter<antlr4::atn::ParserATNSimulator>()->setPredictionMode(
        antlr4::atn::PredictionMode::LL);
    parse::SyntaxErrorInfo info;
    parser.setErrorHandler(std::make_shared<parse::GcErrorStrategy>(map, tokens, info));
    try {
      tree = parser.sourceFile();
    } catch (const parse::SyntaxErrorAbort&) {
      tree = nullptr;
    } catch (const antlr4::RecognitionException&) {
      tree = nullptr;
    } catch (const antlr4::ParseCancellationException&) {
      tree = nullptr;
    }
    if (!tree || info.set) {
      if (info.set) {
        diags.Error(info.pos, info.message);
      } else {
        diags.Error(map.At(0), "syntax error");
      }
      return file;
    }
  }

  // A lexical error (bad character, unterminated literal) makes the tree unreliable even when
  // it parsed: the token stream was repaired, not read.
  if (diags.ErrorCount() > errors_before) return file;

  parse::AstBuilder builder(*file, map, text, tokens, diags);
  builder.BuildFile(tree);
  return file;
}

}  // namespace gosc::frontend
