// Semicolon insertion, byte positions and lexical errors (see token_source.h).
//
// The rule implemented is the Go spec's: when a line's last token is an identifier, a literal,
// one of the keywords break/continue/fallthrough/return, or one of ++ -- ) ] }, a semicolon
// is inserted at the newline (or at EOF). A block comment that spans lines acts as a newline
// and the semicolon then sits at the comment's start, as in gc's scanner.
#include "frontend/parse/token_source.h"

#include <algorithm>
#include <cstdio>
#include <vector>

namespace gosc::frontend::parse {

using gosc_antlr::GoLexer;

// ---------------------------------------------------------------------------- SourceMap

namespace {

// Length of the valid UTF-8 sequence at s[i] (and its code point), or 0 when invalid.
size_t DecodeUtf8(const std::string& s, size_t i, uint32_t* cp) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  size_t len;
  uint32_t v;
  if ((c & 0xE0) == 0xC0) {
    len = 2;
    v = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3;
    v = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4;
    v = c & 0x07;
  } else {
    return 0;
  }
  if (i + len > s.size()) return 0;
  for (size_t k = 1; k < len; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    v = (v << 6) | (b(i + k) & 0x3F);
  }
  static const uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (v < kMin[len] || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) return 0;
  *cp = v;
  return len;
}

}  // namespace

SourceMap::SourceMap(int file_id, const std::string& text) : file_id_(file_id) {
  cp_to_byte_.reserve(text.size() + 1);
  sanitized_.reserve(text.size());
  line_starts_.push_back(0);
  for (size_t i = 0; i < text.size();) {
    cp_to_byte_.push_back(static_cast<uint32_t>(i));
    uint32_t cp;
    size_t len = DecodeUtf8(text, i, &cp);
    if (len == 0) {
      invalid_bytes_.push_back(i);
      sanitized_ += "\xEF\xBF\xBD";
      len = 1;
    } else {
      sanitized_.append(text, i, len);
    }
    if (text[i] == '\n') line_starts_.push_back(static_cast<uint32_t>(i + 1));
    i += len;
  }
  cp_to_byte_.push_back(static_cast<uint32_t>(text.size()));
}

size_t SourceMap::ByteOffset(size_t cp_index) const {
  if (cp_index >= cp_to_byte_.size()) return cp_to_byte_.back();
  return cp_to_byte_[cp_index];
}

Pos SourceMap::AtByte(size_t byte) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), byte);
  size_t line = static_cast<size_t>(it - line_starts_.begin());  // 1-based
  Pos p;
  p.file = file_id_;
  p.line = static_cast<int32_t>(line);
  p.col = static_cast<int32_t>(byte - line_starts_[line - 1] + 1);
  return p;
}

Pos SourceMap::At(size_t cp_index) const { return AtByte(ByteOffset(cp_index)); }

// ------------------------------------------------------------------------- GoTokenSource

GoTokenSource::GoTokenSource(GoLexer* lexer, const SourceMap& map, Diagnostics& diags)
    : lexer_(lexer), map_(map), diags_(diags) {
  // ANTLR's own lexer messages never appear: every input forms some token (see ILLEGAL).
  lexer_->removeErrorListeners();
  for (size_t b : map_.invalid_bytes()) {
    diags_.Error(map_.AtByte(b), "invalid UTF-8 encoding");
    had_error_ = true;
  }
}

void GoTokenSource::Report(size_t cp_index, std::string message) {
  diags_.Error(map_.At(cp_index), std::move(message));
  had_error_ = true;
}

std::unique_ptr<antlr4::Token> GoTokenSource::MakeSemi(size_t cp_index, size_t line, size_t col,
                                                       const char* text) {
  auto t = std::make_unique<antlr4::CommonToken>(
      std::make_pair(static_cast<antlr4::TokenSource*>(this), lexer_->getInputStream()),
      GoLexer::SEMI, antlr4::Token::DEFAULT_CHANNEL, cp_index, cp_index - 1);
  t->setText(text);
  t->setLine(line);
  t->setCharPositionInLine(col);
  return t;
}

namespace {

bool AllowsSemicolon(size_t type) {
  switch (type) {
    case GoLexer::IDENTIFIER:
    case GoLexer::NUMBER:
    case GoLexer::RUNE_LIT:
    case GoLexer::STRING_LIT:
    case GoLexer::RAW_STRING_LIT:
    case GoLexer::BREAK:
    case GoLexer::CONTINUE:
    case GoLexer::FALLTHROUGH:
    case GoLexer::RETURN:
    case GoLexer::PLUS_PLUS:
    case GoLexer::MINUS_MINUS:
    case GoLexer::R_PAREN:
    case GoLexer::R_BRACKET:
    case GoLexer::R_CURLY: return true;
    default: return false;
  }
}

std::string InvalidCharMessage(uint32_t cp) {
  char buf[64];
  if (cp >= 0x20 && cp < 0x7F) {
    std::snprintf(buf, sizeof buf, "invalid character U+%04X '%c'", cp, static_cast<char>(cp));
  } else {
    std::snprintf(buf, sizeof buf, "invalid character U+%04X", cp);
  }
  return buf;
}

HeaderBraceTracker::Kind HeaderKind(size_t type) {
  using Kind = HeaderBraceTracker::Kind;
  switch (type) {
    case GoLexer::IF:
    case GoLexer::FOR:
    case GoLexer::SWITCH: return Kind::kHeaderKeyword;
    case GoLexer::STRUCT:
    case GoLexer::INTERFACE: return Kind::kStruct;
    case GoLexer::FUNC: return Kind::kFunc;
    case GoLexer::IDENTIFIER: return Kind::kIdent;
    case GoLexer::DOT: return Kind::kDot;
    case GoLexer::STAR: return Kind::kStar;
    case GoLexer::NUMBER:
    case GoLexer::RUNE_LIT:
    case GoLexer::STRING_LIT:
    case GoLexer::RAW_STRING_LIT: return Kind::kOperandEnd;
    case GoLexer::L_PAREN: return Kind::kLParen;
    case GoLexer::R_PAREN: return Kind::kRParen;
    case GoLexer::L_BRACKET: return Kind::kLBracket;
    case GoLexer::R_BRACKET: return Kind::kRBracket;
    case GoLexer::L_CURLY: return Kind::kLCurly;
    case GoLexer::R_CURLY: return Kind::kRCurly;
    case antlr4::Token::EOF: return Kind::kEof;
    default: return Kind::kOther;
  }
}

}  // namespace

// The body brace of an if/for/switch header comes after a HEADER_END token at its position
// (header_braces.h says why).
std::unique_ptr<antlr4::Token> GoTokenSource::nextToken() {
  if (pending_body_) return std::move(pending_body_);
  std::unique_ptr<antlr4::Token> t = LexToken();
  if (!headers_.Observe(HeaderKind(t->getType()))) return t;
  auto end = std::make_unique<antlr4::CommonToken>(
      std::make_pair(static_cast<antlr4::TokenSource*>(this), lexer_->getInputStream()),
      GoLexer::HEADER_END, antlr4::Token::DEFAULT_CHANNEL, t->getStartIndex(), t->getStopIndex());
  end->setText(t->getText());
  end->setLine(t->getLine());
  end->setCharPositionInLine(t->getCharPositionInLine());
  pending_body_ = std::move(t);
  return end;
}

std::unique_ptr<antlr4::Token> GoTokenSource::LexToken() {
  if (pending_) {
    nlsemi_ = false;
    return std::move(pending_);
  }
  for (;;) {
    std::unique_ptr<antlr4::Token> t = lexer_->nextToken();
    size_t type = t->getType();
    switch (type) {
      case GoLexer::WS:
      case GoLexer::LINE_COMMENT: continue;
      case GoLexer::NEWLINE:
        if (nlsemi_) {
          nlsemi_ = false;
          return MakeSemi(t->getStartIndex(), t->getLine(), t->getCharPositionInLine(),
                          kNewlineSemi);
        }
        continue;
      case GoLexer::BLOCK_COMMENT:
        if (nlsemi_ && t->getText().find('\n') != std::string::npos) {
          nlsemi_ = false;
          return MakeSemi(t->getStartIndex(), t->getLine(), t->getCharPositionInLine(),
                          kNewlineSemi);
        }
        continue;
      case GoLexer::UNTERMINATED_COMMENT:
        Report(t->getStartIndex(), "comment not terminated");
        continue;
      case GoLexer::ILLEGAL: {
        std::string text = t->getText();
        uint32_t cp = 0;
        if (!text.empty() && DecodeUtf8(text, 0, &cp) == 0) cp = 0xFFFD;
        if (cp == 0xFEFF && t->getStartIndex() == 0) continue;  // byte order mark
        // Invalid UTF-8 was already reported (it arrives here as U+FFFD).
        if (cp != 0xFFFD) Report(t->getStartIndex(), InvalidCharMessage(cp));
        continue;
      }
      case GoLexer::UNTERMINATED_STRING:
      case GoLexer::UNTERMINATED_RUNE: {
        // gc reports where the newline (or EOF) cuts the literal; the token then stands for
        // the literal it was meant to be, so parsing goes on.
        bool at_eof = t->getStopIndex() + 1 >= lexer_->getInputStream()->size();
        bool is_string = type == GoLexer::UNTERMINATED_STRING;
        if (at_eof) {
          Report(t->getStartIndex(),
                 is_string ? "string not terminated" : "rune literal not terminated");
        } else {
          Report(t->getStopIndex() + 1,
                 is_string ? "newline in string" : "newline in rune literal");
        }
        auto* ct = static_cast<antlr4::CommonToken*>(t.get());
        ct->setType(is_string ? GoLexer::STRING_LIT : GoLexer::RUNE_LIT);
        nlsemi_ = true;
        return t;
      }
      case GoLexer::UNTERMINATED_RAW: {
        Report(t->getStartIndex(), "string not terminated");
        static_cast<antlr4::CommonToken*>(t.get())->setType(GoLexer::RAW_STRING_LIT);
        nlsemi_ = true;
        return t;
      }
      case antlr4::Token::EOF:
        if (nlsemi_) {
          nlsemi_ = false;
          size_t idx = t->getStartIndex();
          if (idx == static_cast<size_t>(-1) || idx == static_cast<size_t>(-2)) {
            idx = lexer_->getInputStream()->size();
          }
          auto semi = MakeSemi(idx, t->getLine(), t->getCharPositionInLine(), kEofSemi);
          pending_ = std::move(t);
          return semi;
        }
        return t;
      default: break;
    }
    if (type == GoLexer::NUMBER) CheckNumber(*t);
    if (type == GoLexer::RUNE_LIT) CheckQuoted(*t, '\'');
    if (type == GoLexer::STRING_LIT) CheckQuoted(*t, '"');
    nlsemi_ = AllowsSemicolon(type);
    return t;
  }
}

void GoTokenSource::CheckNumber(const antlr4::Token& t) {
  NumberCheck c = CheckNumberSpelling(t.getText());
  if (c.error.empty()) return;
  // Number spellings are ASCII, so the byte offset is also a code-point offset.
  Report(t.getStartIndex() + c.error_offset, c.error);
}

namespace {

// A rune as gc's %q prints it in escape errors ('g', '\'', '\n').
std::string QuoteRune(uint32_t c) {
  static const char kHex[] = "0123456789abcdef";
  switch (c) {
    case '\'': return "'\\''";
    case '\\': return "'\\\\'";
    case '\n': return "'\\n'";
    case '\t': return "'\\t'";
    case '\r': return "'\\r'";
    default: break;
  }
  std::string out = "'";
  if (c >= 0x20 && c < 0x7f) {
    out += static_cast<char>(c);
  } else if (c < 0x80) {
    out += "\\x";
    out += kHex[c >> 4];
    out += kHex[c & 15];
  } else {
    // Non-ASCII: spelled as written (gc prints printable runes literally).
    if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out + "'";
}

}  // namespace

// Validates the escapes of a terminated rune or interpreted string literal the way gc's
// scanner does (scanner.escape), with its messages and positions: the error is placed at
// the character being looked at when the escape went wrong. For runes it then counts the
// characters, an escape counting as one.
void GoTokenSource::CheckQuoted(const antlr4::Token& t, char quote) {
  std::string s = t.getText();
  std::vector<uint32_t> cps;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp;
    size_t len = DecodeUtf8(s, i, &cp);
    cps.push_back(len == 0 ? 0xFFFD : cp);
    i += len == 0 ? 1 : len;
  }
  if (cps.size() < 2) return;
  const size_t start = t.getStartIndex();
  const size_t end = cps.size() - 1;  // the closing quote
  bool ok = true;
  size_t n = 0;
  for (size_t i = 1; i < end; ++n) {
    if (cps[i] != '\\') {
      ++i;
      continue;
    }
    uint32_t c = cps[++i];
    int digits = 0;
    uint32_t base = 0, max = 0;
    if (c == static_cast<uint32_t>(quote) || c == 'a' || c == 'b' || c == 'f' || c == 'n' ||
        c == 'r' || c == 't' || c == 'v' || c == '\\') {
      ++i;
      continue;
    } else if (c >= '0' && c <= '7') {
      digits = 3, base = 8, max = 255;
    } else if (c == 'x') {
      ++i, digits = 2, base = 16, max = 255;
    } else if (c == 'u') {
      ++i, digits = 4, base = 16, max = 0x10FFFF;
    } else if (c == 'U') {
      ++i, digits = 8, base = 16, max = 0x10FFFF;
    } else {
      Report(start + i, "unknown escape");
      ok = false;
      continue;
    }
    uint64_t x = 0;
    bool bad = false;
    for (int k = 0; k < digits; ++k) {
      uint32_t ch = cps[i];
      uint32_t d = base;
      if (ch >= '0' && ch <= '9') {
        d = ch - '0';
      } else if ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'f') {
        d = (ch | 0x20) - 'a' + 10;
      }
      if (d >= base) {
        Report(start + i, "invalid character " + QuoteRune(ch) + " in " +
                              (base == 8 ? "octal" : "hexadecimal") + " escape");
        bad = true;
        break;
      }
      x = x * base + d;
      ++i;
    }
    if (bad) {
      ok = false;
    } else if (x > max && base == 8) {
      Report(start + i, "octal escape value " + std::to_string(x) + " > 255");
      ok = false;
    } else if (x > max || (x >= 0xD800 && x < 0xE000)) {
      char buf[32];
      std::snprintf(buf, sizeof buf, "U+%04llX", static_cast<unsigned long long>(x));
      Report(start + i, std::string("escape is invalid Unicode code point ") + buf);
      ok = false;
    }
  }
  if (quote != '\'' || !ok) return;
  if (n == 0) {
    Report(start + end, "empty rune literal or unescaped '");
  } else if (n > 1) {
    Report(start, "more than one character in rune literal");
  }
}

// ------------------------------------------------------------------------ number spelling

namespace {

int DigitValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

const char* BaseName(int base) {
  switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 16: return "hexadecimal";
    default: return "decimal";
  }
}

std::string Quote(char c) { return std::string("'") + c + "'"; }

}  // namespace

NumberCheck CheckNumberSpelling(const std::string& s) {
  NumberCheck r;
  size_t n = s.size();
  size_t i = 0;
  int base = 10;
  char prefix = 0;  // 'x' 'o' 'b', '0' for a legacy octal, 0 for decimal
  size_t invalid_digit = std::string::npos;
  auto fail = [&](size_t off, std::string msg) {
    if (r.error.empty()) {
      r.error = std::move(msg);
      r.error_offset = off;
    }
  };
  // Scans digits and '_' of `base` (all alphanumerics below base 16 stop at letters > 9,
  // except that invalid decimal digits 8/9 in octal are recorded, not stopped at).
  auto digits = [&](int b) -> size_t {
    size_t count = 0;
    while (i < n) {
      char c = s[i];
      if (c == '_') {
        ++i;
        continue;
      }
      int v = DigitValue(c);
      if (b <= 10 ? v >= 10 : v >= b) break;
      if (v >= b && invalid_digit == std::string::npos) invalid_digit = i;
      ++count;
      ++i;
    }
    return count;
  };
  size_t mantissa_digits = 0;
  if (n > 0 && s[0] != '.') {
    if (s[0] == '0' && n > 1) {
      char c = static_cast<char>(s[1] | 0x20);
      if (c == 'x') base = 16, prefix = 'x', i = 2;
      else if (c == 'o') base = 8, prefix = 'o', i = 2;
      else if (c == 'b') base = 2, prefix = 'b', i = 2;
      else base = 8, prefix = '0';
    }
    mantissa_digits = digits(base);
  }
  // A prefixed literal needs a digit, which may follow the radix point (0x.8p0).
  size_t int_end = i;
  bool is_float = false;
  if (i < n && s[i] == '.') {
    is_float = true;
    if (prefix == 'o' || prefix == 'b') {
      fail(i, std::string("invalid radix point in ") + BaseName(base) + " literal");
    }
    ++i;
    mantissa_digits += digits(prefix == 'x' ? 16 : 10);
  }
  if (mantissa_digits == 0 && (prefix == 'x' || prefix == 'o' || prefix == 'b')) {
    fail(int_end, std::string(BaseName(base)) + " literal has no digits");
  }
  if (i < n && (s[i] == 'e' || s[i] == 'E' || s[i] == 'p' || s[i] == 'P')) {
    char e = static_cast<char>(s[i] | 0x20);
    if (e == 'e' && prefix != 0 && prefix != '0') {
      fail(i, Quote(s[i]) + " exponent requires decimal mantissa");
    } else if (e == 'p' && prefix != 'x') {
      fail(i, Quote(s[i]) + " exponent requires hexadecimal mantissa");
    }
    is_float = true;
    ++i;
    if (i < n && (s[i] == '+' || s[i] == '-')) ++i;
    size_t before = invalid_digit;
    if (digits(10) == 0) fail(i, "exponent has no digits");
    invalid_digit = before;
  } else if (prefix == 'x' && is_float) {
    fail(0, "hexadecimal mantissa requires a 'p' exponent");
  }
  r.kind = is_float ? NumberCheck::kFloat : NumberCheck::kInt;
  if (i < n && s[i] == 'i') {
    r.kind = NumberCheck::kImag;
    ++i;
  }
  if (i < n) fail(i, "invalid digit " + Quote(s[i]) + " in " + BaseName(base) + " literal");
  // A legacy octal like 09 is fine as a float mantissa (09.5) or imaginary (09i).
  if (invalid_digit != std::string::npos && r.kind == NumberCheck::kInt) {
    fail(invalid_digit,
         "invalid digit " + Quote(s[invalid_digit]) + " in " + BaseName(base) + " literal");
  }
  // '_' must sit between two digits (or right after a base prefix); gc points at the first
  // '_' that breaks the rule (the second of "__").
  const int digit_limit = prefix == 'x' ? 16 : 10;
  for (size_t k = 0; k < n && r.error.empty(); ++k) {
    if (s[k] != '_') continue;
    bool after_prefix = k == 2 && (prefix == 'x' || prefix == 'o' || prefix == 'b');
    bool prev_digit = k > 0 && DigitValue(s[k - 1]) < digit_limit;
    bool next_digit = k + 1 < n && DigitValue(s[k + 1]) < digit_limit;
    bool next_sep = k + 1 < n && s[k + 1] == '_';
    if (!(prev_digit || after_prefix) || (!next_digit && !next_sep)) {
      fail(k, "'_' must separate successive digits");
    }
  }
  return r;
}

}  // namespace gosc::frontend::parse
