// The formatting primitives of Go's fmt/format.go: padding, integers in any
// base with every flag combination, runes, floats (signs, zero padding,
// infinities), strings, quoting and hex dumps. The number formatting itself
// is strconv's (FormatFloat); this file only arranges it as fmt does.
#include "runtime/fmt_printer.h"

namespace gosc::runtime {
namespace {
constexpr char kLower[] = "0123456789abcdefx";
constexpr char kUpper[] = "0123456789ABCDEFX";
constexpr int32_t kMaxRune = 0x10FFFF;
}  // namespace

void Printer::WritePadding(int n) {
  if (n <= 0) return;
  buf.append(static_cast<size_t>(n), f.zero ? '0' : ' ');
}

void Printer::Pad(std::string_view s) {
  if (!f.wid_present || f.wid == 0) {
    buf += s;
    return;
  }
  const int width = f.wid - static_cast<int>(RuneCount(s));
  if (!f.minus) {
    WritePadding(width);
    buf += s;
  } else {
    buf += s;
    WritePadding(width);
  }
}

void Printer::FmtBoolean(bool v) { Pad(v ? "true" : "false"); }

void Printer::FmtInteger(uint64_t u, int base, bool is_signed, int32_t verb, bool upper) {
  const char* digits = upper ? kUpper : kLower;
  const bool negative = is_signed && static_cast<int64_t>(u) < 0;
  if (negative) u = -u;
  int prec = 0;
  if (f.prec_present) {
    prec = f.prec;
    if (prec == 0 && u == 0) {
      const bool old_zero = f.zero;
      f.zero = false;
      WritePadding(f.wid);
      f.zero = old_zero;
      return;
    }
  } else if (f.zero && f.wid_present) {
    prec = f.wid;
    if (negative || f.plus || f.space) prec--;  // leave room for the sign
  }
  // Right to left into a buffer large enough for 64 binary digits, the
  // requested zero padding and prefixes.
  std::string tmp(static_cast<size_t>(70 + (prec > 0 ? prec : 0)), '\0');
  int i = static_cast<int>(tmp.size());
  switch (base) {
    case 10:
      while (u >= 10) {
        tmp[--i] = static_cast<char>('0' + u % 10);
        u /= 10;
      }
      break;
    case 16:
      while (u >= 16) {
        tmp[--i] = digits[u & 0xF];
        u >>= 4;
      }
      break;
    case 8:
      while (u >= 8) {
        tmp[--i] = static_cast<char>('0' + (u & 7));
        u >>= 3;
      }
      break;
    case 2:
      while (u >= 2) {
        tmp[--i] = static_cast<char>('0' + (u & 1));
        u >>= 1;
      }
      break;
  }
  tmp[--i] = digits[u];
  const int len = static_cast<int>(tmp.size());
  while (i > 0 && prec > len - i) tmp[--i] = '0';
  if (f.sharp) {
    switch (base) {
      case 2:
        tmp[--i] = 'b';
        tmp[--i] = '0';
        break;
      case 8:
        if (tmp[i] != '0') tmp[--i] = '0';
        break;
      case 16:
        tmp[--i] = digits[16];
        tmp[--i] = '0';
        break;
    }
  }
  if (verb == 'O') {
    tmp[--i] = 'o';
    tmp[--i] = '0';
  }
  if (negative) {
    tmp[--i] = '-';
  } else if (f.plus) {
    tmp[--i] = '+';
  } else if (f.space) {
    tmp[--i] = ' ';
  }
  const bool old_zero = f.zero;
  f.zero = false;
  Pad(std::string_view(tmp).substr(static_cast<size_t>(i)));
  f.zero = old_zero;
}

void Printer::FmtUnicode(uint64_t u) {
  int prec = 4;
  if (f.prec_present && f.prec > 4) prec = f.prec;
  std::string tail;
  if (f.sharp && u <= static_cast<uint64_t>(kMaxRune) && IsPrint(static_cast<int32_t>(u))) {
    tail = " '";
    AppendRune(tail, static_cast<int32_t>(u));
    tail += "'";
  }
  std::string hex;
  while (u >= 16) {
    hex.insert(hex.begin(), kUpper[u & 0xF]);
    prec--;
    u >>= 4;
  }
  hex.insert(hex.begin(), kUpper[u]);
  prec--;
  if (prec > 0) hex.insert(0, static_cast<size_t>(prec), '0');
  const bool old_zero = f.zero;
  f.zero = false;
  Pad("U+" + hex + tail);
  f.zero = old_zero;
}

void Printer::FmtC(uint64_t c) {
  int32_t r = c > static_cast<uint64_t>(kMaxRune) ? kRuneError : static_cast<int32_t>(c);
  std::string s;
  AppendRune(s, r);
  Pad(s);
}

void Printer::FmtQc(uint64_t c) {
  int32_t r = c > static_cast<uint64_t>(kMaxRune) ? kRuneError : static_cast<int32_t>(c);
  std::string s;
  AppendQuoteRune(s, r, f.plus);
  Pad(s);
}

void Printer::FmtFloatF(double v, int size, int32_t verb, int prec) {
  if (f.prec_present) prec = f.prec;
  std::string num = "+" + FormatFloat(v, static_cast<char>(verb), prec, size);
  if (num[1] == '-' || num[1] == '+') {
    num.erase(0, 1);
  } else {
    num[0] = '+';
  }
  if (f.space && num[0] == '+' && !f.plus) num[0] = ' ';
  if (num[1] == 'I' || num[1] == 'N') {
    const bool old_zero = f.zero;
    f.zero = false;
    if (num[1] == 'N' && !f.space && !f.plus) num.erase(0, 1);
    Pad(num);
    f.zero = old_zero;
    return;
  }
  if (f.sharp && verb != 'b') {
    // %#g keeps trailing zeros and always shows a decimal point.
    int digits = 0;
    if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
      digits = prec;
      if (digits == -1) digits = 6;
    }
    std::string tail;
    bool has_point = false, saw_nonzero = false;
    for (size_t i = 1; i < num.size(); i++) {
      const char c = num[i];
      if (c == '.') {
        has_point = true;
      } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
        tail = num.substr(i);
        num.erase(i);
        break;
      } else {
        if (c != '0') saw_nonzero = true;
        if (saw_nonzero) digits--;
      }
    }
    if (!has_point) {
      if (num.size() == 2 && num[1] == '0') digits--;
      num += '.';
    }
    while (digits > 0) {
      num += '0';
      digits--;
    }
    num += tail;
  }
  if (f.plus || num[0] != '+') {
    if (f.zero && f.wid_present && f.wid > static_cast<int>(num.size())) {
      buf += num[0];
      WritePadding(f.wid - static_cast<int>(num.size()));
      buf.append(num, 1, std::string::npos);
      return;
    }
    Pad(num);
    return;
  }
  Pad(std::string_view(num).substr(1));
}

std::string_view Printer::Truncate(std::string_view s) const {
  if (f.prec_present) {
    int n = f.prec;
    auto* p = reinterpret_cast<const uint8_t*>(s.data());
    const int64_t len = static_cast<int64_t>(s.size());
    for (int64_t i = 0; i < len;) {
      n--;
      if (n < 0) return s.substr(0, static_cast<size_t>(i));
      i += p[i] < 0x80 ? 1 : DecodeRune(p, len, i).width;
    }
  }
  return s;
}

void Printer::FmtS(std::string_view s) { Pad(Truncate(s)); }

void Printer::FmtSbx(std::string_view s, bool upper) {
  const char* digits = upper ? kUpper : kLower;
  int length = static_cast<int>(s.size());
  if (f.prec_present && f.prec < length) length = f.prec;
  int width = 2 * length;
  if (width > 0) {
    if (f.space) {
      if (f.sharp) width *= 2;
      width += length - 1;
    } else if (f.sharp) {
      width += 2;
    }
  } else {
    if (f.wid_present) WritePadding(f.wid);
    return;
  }
  if (f.wid_present && f.wid > width && !f.minus) WritePadding(f.wid - width);
  if (f.sharp) {
    buf += '0';
    buf += digits[16];
  }
  for (int i = 0; i < length; i++) {
    if (f.space && i > 0) {
      buf += ' ';
      if (f.sharp) {
        buf += '0';
        buf += digits[16];
      }
    }
    const auto c = static_cast<uint8_t>(s[static_cast<size_t>(i)]);
    buf += digits[c >> 4];
    buf += digits[c & 0xF];
  }
  if (f.wid_present && f.wid > width && f.minus) WritePadding(f.wid - width);
}

void Printer::FmtQ(std::string_view s) {
  s = Truncate(s);
  if (f.sharp && CanBackquote(s)) {
    std::string q = "`";
    q += s;
    q += "`";
    Pad(q);
    return;
  }
  std::string q;
  AppendQuote(q, s, f.plus, '"');
  Pad(q);
}

}  // namespace gosc::runtime
