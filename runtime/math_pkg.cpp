// math package functions. Most are libm calls (Go's results match IEEE
// libm for Sqrt/Floor/Ceil/Abs exactly; the conformance corpus prints the
// transcendental ones rounded). Max and Min need Go's NaN/Inf/±0 rules,
// which differ from fmax/fmin.
#include <cmath>

#include "runtime/internal.h"

extern "C" {

double gosc_math_Sqrt(double x) { return std::sqrt(x); }
double gosc_math_Abs(double x) { return std::fabs(x); }
double gosc_math_Floor(double x) { return std::floor(x); }
double gosc_math_Ceil(double x) { return std::ceil(x); }
double gosc_math_Pow(double x, double y) { return std::pow(x, y); }
double gosc_math_Exp(double x) { return std::exp(x); }
double gosc_math_Log(double x) { return std::log(x); }
double gosc_math_Sin(double x) { return std::sin(x); }
double gosc_math_Cos(double x) { return std::cos(x); }

double gosc_math_Max(double x, double y) {
  if (std::isinf(x) && x > 0) return x;
  if (std::isinf(y) && y > 0) return y;
  if (std::isnan(x) || std::isnan(y)) return NAN;
  if (x == 0 && x == y) return std::signbit(x) ? y : x;
  return x > y ? x : y;
}

double gosc_math_Min(double x, double y) {
  if (std::isinf(x) && x < 0) return x;
  if (std::isinf(y) && y < 0) return y;
  if (std::isnan(x) || std::isnan(y)) return NAN;
  if (x == 0 && x == y) return std::signbit(x) ? x : y;
  return x < y ? x : y;
}

double gosc_math_Inf(int64_t sign) { return sign >= 0 ? INFINITY : -INFINITY; }

bool gosc_math_IsInf(double f, int64_t sign) {
  return (sign >= 0 && f == INFINITY) || (sign <= 0 && f == -INFINITY);
}

bool gosc_math_IsNaN(double f) { return f != f; }
double gosc_math_NaN() { return NAN; }

}  // extern "C"
