// Values of literals: integers in every base, decimal and hexadecimal floats,
// runes and strings with Go's escapes.
//
// Why it exists: the parser keeps literals as their source spelling; their
// exact values (arbitrary-size integers, floats as exact rationals) are the
// starting point of constant evaluation, so they are computed here with GMP.
#include <cctype>
#include <string>

#include "frontend/check/checker.h"
#include "runtime/utf8.h"

namespace gosc::frontend::check {

namespace {

int HexVal(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Decodes one UTF-8 sequence at s[i]; advances i.
uint32_t DecodeUtf8(const std::string& s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > s.size()) {
    i++;
    return 0xFFFD;
  }
  uint32_t r = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < n; ++k) r = (r << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += n;
  return r;
}

// Decodes the escapes of a quoted string or rune body. `is_rune`: \' allowed.
// Returns false on a malformed escape.
bool Unescape(const std::string& body, std::string& out, std::vector<uint32_t>* runes) {
  size_t i = 0;
  while (i < body.size()) {
    if (body[i] != '\\') {
      size_t start = i;
      uint32_t r = DecodeUtf8(body, i);
      if (runes) runes->push_back(r);
      out.append(body, start, i - start);
      continue;
    }
    if (++i >= body.size()) return false;
    char c = body[i++];
    uint32_t v = 0;
    bool is_byte = false;
    switch (c) {
      case 'a': v = 7; break;
      case 'b': v = 8; break;
      case 'f': v = 12; break;
      case 'n': v = 10; break;
      case 'r': v = 13; break;
      case 't': v = 9; break;
      case 'v': v = 11; break;
      case '\\': v = '\\'; break;
      case '\'': v = '\''; break;
      case '"': v = '"'; break;
      case 'x':
      case 'u':
      case 'U': {
        int n = c == 'x' ? 2 : c == 'u' ? 4 : 8;
        for (int k = 0; k < n; ++k) {
          if (i >= body.size() || HexVal(body[i]) < 0) return false;
          v = v * 16 + HexVal(body[i++]);
        }
        is_byte = c == 'x';
        break;
      }
      default:
        if (c >= '0' && c <= '7') {
          v = c - '0';
          for (int k = 0; k < 2; ++k) {
            if (i >= body.size() || body[i] < '0' || body[i] > '7') return false;
            v = v * 8 + (body[i++] - '0');
          }
          if (v > 255) return false;
          is_byte = true;
          break;
        }
        return false;
    }
    if (runes) runes->push_back(v);
    if (is_byte) {
      out += static_cast<char>(v);
    } else {
      utf8::AppendRune(out, v);
    }
  }
  return true;
}

bool ParseInt(std::string t, mpz_class* out) {
  std::string digits;
  for (char c : t) {
    if (c != '_') digits += c;
  }
  int base = 10;
  size_t start = 0;
  if (digits.size() > 1 && digits[0] == '0') {
    char p = static_cast<char>(std::tolower(digits[1]));
    if (p == 'x') {
      base = 16;
      start = 2;
    } else if (p == 'b') {
      base = 2;
      start = 2;
    } else if (p == 'o') {
      base = 8;
      start = 2;
    } else {
      base = 8;
      start = 1;
    }
  }
  std::string d = digits.substr(start);
  if (d.empty()) return false;
  return out->set_str(d, base) == 0;
}

bool ParseFloat(const std::string& t, mpq_class* out) {
  std::string s;
  for (char c : t) {
    if (c != '_') s += c;
  }
  bool hex = s.size() > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X');
  size_t i = hex ? 2 : 0;
  mpz_class mant = 0;
  long exp_adj = 0;  // in units of the base's digit (10) or bits (hex: 4 per digit)
  bool seen_dot = false;
  int base = hex ? 16 : 10;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '.') {
      seen_dot = true;
      continue;
    }
    int v = HexVal(c);
    if (v < 0 || v >= base) break;
    if (!hex && (c == 'e' || c == 'E')) break;
    mant = mant * base + v;
    if (seen_dot) exp_adj--;
  }
  long exp = 0;
  if (i < s.size()) {
    char c = static_cast<char>(std::tolower(s[i]));
    if ((hex && c != 'p') || (!hex && c != 'e')) return false;
    ++i;
    bool neg = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
    if (i >= s.size()) return false;
    for (; i < s.size(); ++i) {
      if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
      exp = exp * 10 + (s[i] - '0');
      if (exp > 100000000) return false;
    }
    if (neg) exp = -exp;
  }
  mpq_class q(mant);
  if (hex) {
    long e2 = exp + 4 * exp_adj;
    mpz_class p = 1;
    p <<= static_cast<unsigned long>(e2 < 0 ? -e2 : e2);
    if (e2 < 0) q /= mpq_class(p);
    else q *= mpq_class(p);
  } else {
    long e10 = exp + exp_adj;
    mpz_class p;
    mpz_ui_pow_ui(p.get_mpz_t(), 10, static_cast<unsigned long>(e10 < 0 ? -e10 : e10));
    if (e10 < 0) q /= mpq_class(p);
    else q *= mpq_class(p);
  }
  q.canonicalize();
  *out = q;
  return true;
}

}  // namespace

bool ParseLiteral(LitKind kind, const std::string& text, CV* out) {
  switch (kind) {
    case LitKind::kInt: {
      mpz_class v;
      if (!ParseInt(text, &v)) return false;
      *out = ConstValue::Int(v);
      return true;
    }
    case LitKind::kFloat: {
      mpq_class q;
      if (!ParseFloat(text, &q)) return false;
      *out = ConstValue::Float(q);
      return true;
    }
    case LitKind::kImag: return false;
    case LitKind::kChar: {
      if (text.size() < 3 || text.front() != '\'' || text.back() != '\'') return false;
      std::string body = text.substr(1, text.size() - 2);
      std::string bytes;
      std::vector<uint32_t> runes;
      if (!Unescape(body, bytes, &runes) || runes.size() != 1) return false;
      *out = ConstValue::Int64(runes[0]);
      return true;
    }
    case LitKind::kString: {
      if (text.size() < 2) return false;
      std::string body = text.substr(1, text.size() - 2);
      if (text[0] == '`') {
        std::string s;
        for (char c : body) {
          if (c != '\r') s += c;
        }
        *out = ConstValue::String(s);
        return true;
      }
      std::string s;
      if (!Unescape(body, s, nullptr)) return false;
      *out = ConstValue::String(s);
      return true;
    }
  }
  return false;
}

}  // namespace gosc::frontend::check
