// strconv: integer and float parsing/formatting with Go's exact error
// values (*strconv.NumError texts such as `strconv.Atoi: parsing "x":
// invalid syntax`), and Go's quoting rules, which fmt's %q also uses.
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <string>

#include "runtime/internal.h"

namespace gosc::runtime {
namespace {

constexpr char kHex[] = "0123456789abcdef";
constexpr char kSyntax[] = "invalid syntax";
constexpr char kRange[] = "value out of range";

void AppendEscapedRune(std::string& out, int32_t r, char quote, bool ascii_only) {
  if (r == quote || r == '\\') {
    out += '\\';
    out += static_cast<char>(r);
    return;
  }
  if (ascii_only) {
    if (r < 0x80 && IsPrint(r)) {
      out += static_cast<char>(r);
      return;
    }
  } else if (IsPrint(r)) {
    AppendRune(out, r);
    return;
  }
  switch (r) {
    case '\a': out += "\\a"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\v': out += "\\v"; return;
  }
  if (r < ' ' || r == 0x7F) {
    out += "\\x";
    out += kHex[(r >> 4) & 0xF];
    out += kHex[r & 0xF];
    return;
  }
  if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
  if (r < 0x10000) {
    out += "\\u";
    for (int s = 12; s >= 0; s -= 4) out += kHex[(r >> s) & 0xF];
  } else {
    out += "\\U";
    for (int s = 28; s >= 0; s -= 4) out += kHex[(r >> s) & 0xF];
  }
}

struct IntResult {
  int64_t v;
  GoEface err;
};
struct FloatResult {
  double v;
  GoEface err;
};
struct BoolResult {
  int8_t v;
  GoEface err;
};

int DigitVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// Go's underscoreOK: underscores only between digits (or after a base prefix).
bool UnderscoreOK(std::string_view s) {
  char saw = '^';
  size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0') {
    char c = static_cast<char>(s[1] | 0x20);
    if (c == 'b' || c == 'o' || c == 'x') {
      hex = c == 'x';
      i = 2;
      saw = '0';
    }
  }
  for (; i < s.size(); i++) {
    char c = s[i];
    if ((c >= '0' && c <= '9') || (hex && ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'))) {
      saw = '0';
      continue;
    }
    if (c == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

// ParseUint's core. Returns 0 ok, 1 syntax, 2 range, 3 bad base, 4 bad bit size.
int ParseUintCore(std::string_view s, int base, int bit_size, uint64_t* out) {
  *out = 0;
  if (s.empty()) return 1;
  const bool base0 = base == 0;
  const std::string_view s0 = s;
  if (base == 0) {
    base = 10;
    if (s[0] == '0') {
      if (s.size() >= 3 && (s[1] | 0x20) == 'b') {
        base = 2;
        s.remove_prefix(2);
      } else if (s.size() >= 3 && (s[1] | 0x20) == 'o') {
        base = 8;
        s.remove_prefix(2);
      } else if (s.size() >= 3 && (s[1] | 0x20) == 'x') {
        base = 16;
        s.remove_prefix(2);
      } else {
        base = 8;
        s.remove_prefix(1);
      }
    }
  } else if (base < 2 || base > 36) {
    return 3;
  }
  if (bit_size == 0) bit_size = 64;
  if (bit_size < 0 || bit_size > 64) return 4;
  const uint64_t max_val = bit_size == 64 ? UINT64_MAX : (uint64_t{1} << bit_size) - 1;
  const uint64_t cutoff = UINT64_MAX / static_cast<uint64_t>(base) + 1;
  bool underscores = false;
  uint64_t n = 0;
  for (char c : s) {
    if (c == '_' && base0) {
      underscores = true;
      continue;
    }
    int d = DigitVal(c);
    if (d >= base) return 1;
    if (n >= cutoff) {
      *out = max_val;
      return 2;
    }
    n *= static_cast<uint64_t>(base);
    uint64_t n1 = n + static_cast<uint64_t>(d);
    if (n1 < n || n1 > max_val) {
      *out = max_val;
      return 2;
    }
    n = n1;
  }
  if (underscores && !UnderscoreOK(s0)) return 1;
  *out = n;
  return 0;
}

GoEface IntError(const char* fn, std::string_view s0, int code, int base, int bit_size) {
  switch (code) {
    case 1: return MakeNumError(fn, s0, kSyntax);
    case 2: return MakeNumError(fn, s0, kRange);
    case 3: return MakeNumError(fn, s0, "invalid base " + std::to_string(base));
    default: return MakeNumError(fn, s0, "invalid bit size " + std::to_string(bit_size));
  }
}

IntResult ParseInt(std::string_view s, int base, int bit_size, const char* fn) {
  if (s.empty()) return {0, MakeNumError(fn, s, kSyntax)};
  const std::string_view s0 = s;
  bool neg = false;
  if (s[0] == '+') {
    s.remove_prefix(1);
  } else if (s[0] == '-') {
    neg = true;
    s.remove_prefix(1);
  }
  uint64_t un;
  int code = ParseUintCore(s, base, bit_size, &un);
  if (code != 0 && code != 2) return {0, IntError(fn, s0, code, base, bit_size)};
  if (bit_size == 0) bit_size = 64;
  const uint64_t cutoff = uint64_t{1} << (bit_size - 1);
  if (!neg && un >= cutoff) return {static_cast<int64_t>(cutoff - 1), MakeNumError(fn, s0, kRange)};
  // Negated in uint64_t: -(1<<63) has no positive int64 counterpart (UBSan).
  if (neg && un > cutoff) return {static_cast<int64_t>(0 - cutoff), MakeNumError(fn, s0, kRange)};
  return {static_cast<int64_t>(neg ? 0 - un : un), NilEface()};
}

bool EqualFoldAscii(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); i++)
    if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
  return true;
}

// Go's float syntax (readFloat) without underscores' finer points.
bool FloatSyntaxOK(std::string_view s) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) i++;
  bool hex = false;
  if (i + 1 < s.size() && s[i] == '0' && (s[i + 1] | 0x20) == 'x') {
    hex = true;
    i += 2;
  }
  bool digits = false;
  bool dot = false;
  for (; i < s.size(); i++) {
    char c = s[i];
    if (c == '_') continue;
    if (c == '.') {
      if (dot) return false;
      dot = true;
      continue;
    }
    if ((c >= '0' && c <= '9') || (hex && (c | 0x20) >= 'a' && (c | 0x20) <= 'f')) {
      digits = true;
      continue;
    }
    break;
  }
  if (!digits) return false;
  if (i < s.size() && (s[i] | 0x20) == (hex ? 'p' : 'e')) {
    i++;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) i++;
    bool exp_digits = false;
    for (; i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++) exp_digits = true;
    if (!exp_digits) return false;
  } else if (hex) {
    return false;  // hex mantissa requires a p exponent
  }
  return i == s.size();
}

FloatResult ParseFloat(std::string_view s, int bit_size) {
  const char* fn = "ParseFloat";
  std::string_view body = s;
  bool neg = false;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    neg = body[0] == '-';
    body.remove_prefix(1);
  }
  if (EqualFoldAscii(body, "inf") || EqualFoldAscii(body, "infinity")) {
    return {neg ? -INFINITY : INFINITY, NilEface()};
  }
  if (EqualFoldAscii(s, "nan")) return {NAN, NilEface()};
  if (!FloatSyntaxOK(s) || (s.find('_') != std::string_view::npos && !UnderscoreOK(s))) {
    return {0, MakeNumError(fn, s, kSyntax)};
  }
  std::string clean;
  for (char c : s)
    if (c != '_') clean += c;
  errno = 0;
  double v;
  if (bit_size == 32) {
    v = strtof(clean.c_str(), nullptr);
  } else {
    v = strtod(clean.c_str(), nullptr);
  }
  if (std::isinf(v)) return {v, MakeNumError(fn, s, kRange)};
  return {v, NilEface()};
}

}  // namespace

void AppendQuote(std::string& out, std::string_view s, bool ascii_only, char quote) {
  out += quote;
  auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int64_t n = static_cast<int64_t>(s.size());
  for (int64_t i = 0; i < n;) {
    if (p[i] < 0x80) {
      AppendEscapedRune(out, p[i], quote, ascii_only);
      i++;
      continue;
    }
    Decoded d = DecodeRune(p, n, i);
    if (d.width == 1 && d.r == kRuneError) {
      out += "\\x";
      out += kHex[p[i] >> 4];
      out += kHex[p[i] & 0xF];
      i++;
      continue;
    }
    AppendEscapedRune(out, d.r, quote, ascii_only);
    i += d.width;
  }
  out += quote;
}

void AppendQuoteRune(std::string& out, int32_t r, bool ascii_only) {
  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = kRuneError;
  out += '\'';
  AppendEscapedRune(out, r, '\'', ascii_only);
  out += '\'';
}

bool CanBackquote(std::string_view s) {
  auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int64_t n = static_cast<int64_t>(s.size());
  for (int64_t i = 0; i < n;) {
    Decoded d = p[i] < 0x80 ? Decoded{p[i], 1} : DecodeRune(p, n, i);
    i += d.width;
    if (d.width > 1) {
      if (d.r == 0xFEFF) return false;
      continue;
    }
    if (d.r == kRuneError) return false;
    if ((d.r < ' ' && d.r != '\t') || d.r == '`' || d.r == 0x7F) return false;
  }
  return true;
}

}  // namespace gosc::runtime

using namespace gosc::runtime;

extern "C" {

GoString gosc_strconv_Itoa(int64_t v) { return gosc_strconv_FormatInt(v, 10); }

void gosc_strconv_Atoi(void* out, const uint8_t* p, int64_t n) {
  auto* r = static_cast<IntResult*>(out);
  std::string_view s = View(GoString{p, n});
  *r = ParseInt(s, 10, 0, "Atoi");
}

GoString gosc_strconv_FormatInt(int64_t v, int64_t base) {
  if (base < 2 || base > 36)
    PanicValue(MakeError(MakeString("strconv: illegal AppendInt/FormatInt base")));
  // Like Go, 0..99 in base 10 come from a static table: no allocation.
  static const char kSmalls[] =
      "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
      "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
      "8081828384858687888990919293949596979899";
  if (base == 10 && v >= 0 && v < 100) {
    const char* p = v < 10 ? kSmalls + 2 * v + 1 : kSmalls + 2 * v;
    return GoString{reinterpret_cast<const uint8_t*>(p), v < 10 ? 1 : 2};
  }
  // Digits are written backwards into a buffer big enough for base 2, then
  // copied into one string allocation, as Go's formatBits does.
  char buf[65];
  char* end = buf + sizeof buf;
  char* p = end;
  const bool neg = v < 0;
  uint64_t u = neg ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  if (base == 10) {
    while (u >= 100) {
      const uint64_t q = u / 100;
      const char* d = kSmalls + 2 * (u - q * 100);
      *--p = d[1];
      *--p = d[0];
      u = q;
    }
    if (u >= 10) {
      *--p = kSmalls[2 * u + 1];
      *--p = kSmalls[2 * u];
    } else {
      *--p = static_cast<char>('0' + u);
    }
  } else {
    const auto b = static_cast<uint64_t>(base);
    do {
      *--p = "0123456789abcdefghijklmnopqrstuvwxyz"[u % b];
      u /= b;
    } while (u != 0);
  }
  if (neg) *--p = '-';
  return MakeString(p, static_cast<size_t>(end - p));
}

void gosc_strconv_ParseInt(void* out, const uint8_t* p, int64_t n, int64_t base, int64_t bits) {
  *static_cast<IntResult*>(out) =
      ParseInt(View(GoString{p, n}), static_cast<int>(base), static_cast<int>(bits), "ParseInt");
}

void gosc_strconv_ParseFloat(void* out, const uint8_t* p, int64_t n, int64_t bits) {
  *static_cast<FloatResult*>(out) = ParseFloat(View(GoString{p, n}), static_cast<int>(bits));
}

GoString gosc_strconv_FormatFloat(double v, int8_t fmt, int64_t prec, int64_t bits) {
  return MakeString(
      FormatFloat(v, static_cast<char>(fmt), static_cast<int>(prec), static_cast<int>(bits)));
}

GoString gosc_strconv_Quote(const uint8_t* p, int64_t n) {
  std::string s;
  AppendQuote(s, View(GoString{p, n}), false, '"');
  return MakeString(s);
}

void gosc_strconv_ParseBool(void* out, const uint8_t* p, int64_t n) {
  auto* r = static_cast<BoolResult*>(out);
  std::string_view s = View(GoString{p, n});
  if (s == "1" || s == "t" || s == "T" || s == "TRUE" || s == "true" || s == "True") {
    *r = {1, NilEface()};
  } else if (s == "0" || s == "f" || s == "F" || s == "FALSE" || s == "false" || s == "False") {
    *r = {0, NilEface()};
  } else {
    *r = {0, MakeNumError("ParseBool", s, kSyntax)};
  }
}

GoString gosc_strconv_FormatBool(bool v) {
  static const uint8_t kTrue[] = "true";
  static const uint8_t kFalse[] = "false";
  return v ? GoString{kTrue, 4} : GoString{kFalse, 5};
}

}  // extern "C"
