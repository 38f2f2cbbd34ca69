// strconv.FormatFloat, bit for bit as Go prints floats. The digits come from
// std::to_chars, which is exact both ways Go needs: with a precision it gives
// the correctly rounded N significant digits, and without one the shortest
// digits that round-trip (nearest to the value when several do), which is
// what Go's shortest formatting computes. This file only lays those digits
// out with Go's %e/%f/%g rules (ftoa.go).
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/internal.h"

namespace gosc::runtime {
namespace {

// value = 0.d[0]d[1]... * 10^dp, trailing zeros trimmed; zero is nd=0, dp=0.
struct Digits {
  std::string d;
  int dp = 0;
};

Digits FromE(const char* buf) {
  // buf is "D.DDDDe[+-]XX" (no sign: callers pass |v|)
  Digits r;
  const char* p = buf;
  for (; *p && *p != 'e'; p++)
    if (*p >= '0' && *p <= '9') r.d += *p;
  int exp = *p == 'e' ? atoi(p + 1) : 0;
  r.dp = exp + 1;
  while (!r.d.empty() && r.d.back() == '0') r.d.pop_back();
  if (r.d.empty()) r.dp = 0;
  return r;
}

// n correctly rounded significant digits (round half to even on exact ties,
// as Go's decimal rounding does).
Digits FixedDigits(double v, int n) {
  std::string buf(static_cast<size_t>(n) + 16, '\0');  // d.ddd...e-308
  auto r = std::to_chars(buf.data(), buf.data() + buf.size() - 1, v, std::chars_format::scientific,
                         n - 1);
  *r.ptr = '\0';
  return FromE(buf.c_str());
}

// The shortest digits that read back as v (as a float32 when bit_size is 32);
// of several such, the nearest to v: the digits Go's shortest formatting picks.
Digits ShortestDigits(double v, int bit_size) {
  if (v == 0) return Digits{};
  char buf[64];
  auto r = bit_size == 32
               ? std::to_chars(buf, buf + sizeof buf - 1, static_cast<float>(v),
                               std::chars_format::scientific)
               : std::to_chars(buf, buf + sizeof buf - 1, v, std::chars_format::scientific);
  *r.ptr = '\0';
  return FromE(buf);
}

void FmtE(std::string& dst, bool neg, const Digits& d, int prec, char fmt) {
  if (neg) dst += '-';
  const int nd = static_cast<int>(d.d.size());
  dst += nd != 0 ? d.d[0] : '0';
  if (prec > 0) {
    dst += '.';
    int i = 1;
    const int m = nd < prec + 1 ? nd : prec + 1;
    if (i < m) {
      dst.append(d.d, 1, static_cast<size_t>(m - 1));
      i = m;
    }
    for (; i <= prec; i++) dst += '0';
  }
  dst += fmt;
  int exp = nd == 0 ? 0 : d.dp - 1;
  dst += exp < 0 ? '-' : '+';
  if (exp < 0) exp = -exp;
  if (exp < 10) {
    dst += '0';
    dst += static_cast<char>('0' + exp);
  } else if (exp < 100) {
    dst += static_cast<char>('0' + exp / 10);
    dst += static_cast<char>('0' + exp % 10);
  } else {
    dst += static_cast<char>('0' + exp / 100);
    dst += static_cast<char>('0' + (exp / 10) % 10);
    dst += static_cast<char>('0' + exp % 10);
  }
}

void FmtF(std::string& dst, bool neg, const Digits& d, int prec) {
  if (neg) dst += '-';
  const int nd = static_cast<int>(d.d.size());
  if (d.dp > 0) {
    int m = nd < d.dp ? nd : d.dp;
    dst.append(d.d, 0, static_cast<size_t>(m));
    for (; m < d.dp; m++) dst += '0';
  } else {
    dst += '0';
  }
  if (prec > 0) {
    dst += '.';
    for (int i = 1; i <= prec; i++) {
      const int j = d.dp + i - 1;
      dst += (0 <= j && j < nd) ? d.d[j] : '0';
    }
  }
}

std::string FormatBinary(double v, bool neg, int bit_size) {
  uint64_t bits;
  int64_t mant, exp;
  if (bit_size == 32) {
    float f = static_cast<float>(v);
    uint32_t b;
    memcpy(&b, &f, 4);
    bits = b;
    exp = (bits >> 23) & 0xFF;
    mant = bits & ((1u << 23) - 1);
    if (exp == 0) exp++;
    else mant |= 1 << 23;
    exp += -127 - 23;
  } else {
    memcpy(&bits, &v, 8);
    exp = (bits >> 52) & 0x7FF;
    mant = static_cast<int64_t>(bits & ((uint64_t{1} << 52) - 1));
    if (exp == 0) exp++;
    else mant |= int64_t{1} << 52;
    exp += -1023 - 52;
  }
  std::string s = neg ? "-" : "";
  s += std::to_string(mant) + "p" + (exp >= 0 ? "+" : "") + std::to_string(exp);
  return s;
}

}  // namespace

std::string FormatFloat(double v, char fmt, int prec, int bit_size) {
  if (bit_size == 32) v = static_cast<float>(v);
  if (std::isnan(v)) return "NaN";
  if (std::isinf(v)) return v > 0 ? "+Inf" : "-Inf";
  const bool neg = std::signbit(v);
  const double a = std::fabs(v);
  if (fmt == 'b') return FormatBinary(a, neg, bit_size);
  if (fmt == 'x' || fmt == 'X') {
    char buf[64];
    if (prec < 0) snprintf(buf, sizeof buf, fmt == 'x' ? "%a" : "%A", a);
    else snprintf(buf, sizeof buf, fmt == 'x' ? "%.*a" : "%.*A", prec, a);
    std::string s = neg ? "-" : "";
    s += buf;
    // Go writes at least two exponent digits: 0x1p+00.
    size_t p = s.find_last_of("pP");
    if (p != std::string::npos && s.size() - p == 3) s.insert(p + 2, "0");
    return s;
  }
  const bool shortest = prec < 0;
  Digits d;
  std::string out;
  if (shortest) {
    d = ShortestDigits(a, bit_size);
    const int nd = static_cast<int>(d.d.size());
    switch (fmt) {
      case 'e':
      case 'E': prec = nd > 1 ? nd - 1 : 0; break;
      case 'f': prec = nd - d.dp > 0 ? nd - d.dp : 0; break;
      case 'g':
      case 'G': prec = nd; break;
    }
  } else {
    switch (fmt) {
      case 'e':
      case 'E': d = FixedDigits(a, prec + 1); break;
      case 'f': {
        // At most 309 integer digits, the point, then prec digits.
        std::string buf(static_cast<size_t>(prec) + 320, '\0');
        auto r =
            std::to_chars(buf.data(), buf.data() + buf.size(), a, std::chars_format::fixed, prec);
        buf.resize(static_cast<size_t>(r.ptr - buf.data()));
        return (neg ? "-" : "") + buf;
      }
      case 'g':
      case 'G':
        if (prec == 0) prec = 1;
        d = FixedDigits(a, prec);
        break;
      default: return "%" + std::string(1, fmt);
    }
  }
  const int nd = static_cast<int>(d.d.size());
  switch (fmt) {
    case 'e':
    case 'E': FmtE(out, neg, d, prec, fmt); break;
    case 'f': FmtF(out, neg, d, prec); break;
    case 'g':
    case 'G': {
      int eprec = prec;
      if (eprec > nd && nd >= d.dp) eprec = nd;
      if (shortest) eprec = 6;
      const int exp = d.dp - 1;
      if (exp < -4 || exp >= eprec) {
        if (prec > nd) prec = nd;
        FmtE(out, neg, d, prec - 1, fmt == 'g' ? 'e' : 'E');
      } else {
        if (prec > d.dp) prec = nd;
        FmtF(out, neg, d, prec - d.dp > 0 ? prec - d.dp : 0);
      }
      break;
    }
    default: out = "%" + std::string(1, fmt);
  }
  return out;
}

}  // namespace gosc::runtime
