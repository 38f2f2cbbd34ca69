// Exact constant values and their correctly rounded machine forms.
//
// Why it exists: Go constant arithmetic is exact, and the moment a constant
// becomes a float64 or float32 it must round to nearest, ties to even, exactly
// once (double rounding through a wider type would differ from gc in the last
// bit). Conversion here scales the rational to an integer mantissa of 53 (24)
// bits and rounds with the remainder, so the result is exact by construction.
#include "types/constant.h"

#include <cmath>
#include <cstdio>
#include <limits>

namespace gosc::types {

std::shared_ptr<const ConstValue> ConstValue::Bool(bool v) {
  auto c = std::make_shared<ConstValue>();
  c->kind = ConstKind::kBool;
  c->b = v;
  return c;
}

std::shared_ptr<const ConstValue> ConstValue::String(std::string v) {
  auto c = std::make_shared<ConstValue>();
  c->kind = ConstKind::kString;
  c->s = std::move(v);
  return c;
}

std::shared_ptr<const ConstValue> ConstValue::Int(mpz_class v) {
  auto c = std::make_shared<ConstValue>();
  c->kind = ConstKind::kInt;
  c->i = std::move(v);
  return c;
}

std::shared_ptr<const ConstValue> ConstValue::Int64(int64_t v) {
  return Int(mpz_class(static_cast<long>(v)));
}

std::shared_ptr<const ConstValue> ConstValue::Float(mpq_class v) {
  auto c = std::make_shared<ConstValue>();
  c->kind = ConstKind::kFloat;
  v.canonicalize();
  c->f = std::move(v);
  return c;
}

namespace {

mpz_class IntegerPart(const ConstValue& c) {
  if (c.kind == ConstKind::kInt) return c.i;
  if (c.kind == ConstKind::kFloat) {
    mpz_class q;
    mpz_tdiv_q(q.get_mpz_t(), c.f.get_num_mpz_t(), c.f.get_den_mpz_t());
    return q;
  }
  if (c.kind == ConstKind::kBool) return c.b ? 1 : 0;
  return 0;
}

// Rounds |q| (q > 0) to the nearest value m * 2^-k with m < 2^mant_bits,
// ties to even, where k <= max_k (the subnormal limit). Returns false when
// the result overflows max_exp.
double RoundPositive(const mpq_class& q, int mant_bits, int max_k, int max_exp) {
  const mpz_class& num = q.get_num();
  const mpz_class& den = q.get_den();
  // e0 = floor(log2(q)).
  long e0 = static_cast<long>(mpz_sizeinbase(num.get_mpz_t(), 2)) -
            static_cast<long>(mpz_sizeinbase(den.get_mpz_t(), 2));
  {
    // Adjust so that 2^e0 <= q < 2^(e0+1).
    mpz_class lhs = num, rhs = den;
    if (e0 >= 0) rhs <<= e0;
    else lhs <<= -e0;
    if (lhs < rhs) e0--;
  }
  if (e0 > max_exp) return std::numeric_limits<double>::infinity();
  long k = (mant_bits - 1) - e0;
  if (k > max_k) k = max_k;
  // m = round(q * 2^k).
  mpz_class n = num, d = den;
  if (k >= 0) n <<= k;
  else d <<= -k;
  mpz_class m, r;
  mpz_tdiv_qr(m.get_mpz_t(), r.get_mpz_t(), n.get_mpz_t(), d.get_mpz_t());
  mpz_class twice = r * 2;
  int cmp = mpz_cmp(twice.get_mpz_t(), d.get_mpz_t());
  if (cmp > 0 || (cmp == 0 && mpz_odd_p(m.get_mpz_t()))) m += 1;
  // m <= 2^mant_bits: exact in a double; ldexp is exact unless it overflows.
  double md = m.get_d();
  double v = std::ldexp(md, static_cast<int>(-k));
  long top = static_cast<long>(mpz_sizeinbase(m.get_mpz_t(), 2)) - k - 1;
  if (std::isfinite(v) && top > max_exp) {
    return std::numeric_limits<double>::infinity();
  }
  return v;
}

mpq_class AsRational(const ConstValue& c) {
  if (c.kind == ConstKind::kFloat) return c.f;
  return mpq_class(IntegerPart(c));
}

}  // namespace

int64_t ConstValue::ToInt64() const {
  mpz_class v = IntegerPart(*this);
  if (mpz_fits_slong_p(v.get_mpz_t())) return mpz_get_si(v.get_mpz_t());
  return static_cast<int64_t>(ToUint64());
}

uint64_t ConstValue::ToUint64() const {
  mpz_class v = IntegerPart(*this);
  mpz_class m;
  mpz_fdiv_r_2exp(m.get_mpz_t(), v.get_mpz_t(), 64);  // non-negative remainder mod 2^64
  uint64_t lo = mpz_get_ui(m.get_mpz_t());            // unsigned long is 64-bit on amd64
  return lo;
}

double ConstValue::ToDouble() const {
  mpq_class q = AsRational(*this);
  int sign = sgn(q);
  if (sign == 0) return 0.0;
  double v = RoundPositive(abs(q), 53, 1074, 1023);
  return sign < 0 ? -v : v;
}

float ConstValue::ToFloat32() const {
  mpq_class q = AsRational(*this);
  int sign = sgn(q);
  if (sign == 0) return 0.0f;
  double v = RoundPositive(abs(q), 24, 149, 127);
  float f = std::isinf(v) ? std::numeric_limits<float>::infinity() : static_cast<float>(v);
  return sign < 0 ? -f : f;
}

namespace {

std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '\a': out += "\\a"; continue;
      case '\b': out += "\\b"; continue;
      case '\f': out += "\\f"; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      case '\v': out += "\\v"; continue;
      case '\\': out += "\\\\"; continue;
      case '"': out += "\\\""; continue;
      default: break;
    }
    if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

}  // namespace

std::string ConstValue::ToString() const {
  switch (kind) {
    case ConstKind::kBool: return b ? "true" : "false";
    case ConstKind::kString: {
      // go/constant shortens long strings in messages.
      std::string q = Quote(s);
      if (q.size() > 72) q = q.substr(0, 69) + "...";
      return q;
    }
    case ConstKind::kInt: return i.get_str();
    case ConstKind::kFloat: {
      double d = ToDouble();
      char buf[64];
      std::snprintf(buf, sizeof buf, "%.6g", d);
      return buf;
    }
  }
  return "?";
}

}  // namespace gosc::types
