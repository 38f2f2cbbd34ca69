// Compile-time constant values with Go's exact arithmetic.
//
// Why it exists: Go's untyped constants are exact — integers of any size,
// and floats as exact rationals here (gc uses >=512-bit floats; exact
// rationals agree with it on every program of the subset and are simpler to
// reason about). The checker folds constant expressions with these values
// and checks they fit their type; the SSA builder and codegen read the final
// value through the To* accessors. GMP (libgmp) does the arithmetic.
#pragma once

#include <gmpxx.h>

#include <cstdint>
#include <memory>
#include <string>

namespace gosc::types {

enum class ConstKind : uint8_t { kBool, kString, kInt, kFloat };

struct ConstValue {
  ConstKind kind = ConstKind::kInt;
  bool b = false;  // kBool
  std::string s;   // kString (raw bytes, escapes already decoded)
  mpz_class i;     // kInt (also runes)
  mpq_class f;     // kFloat (exact rational)

  static std::shared_ptr<const ConstValue> Bool(bool v);
  static std::shared_ptr<const ConstValue> String(std::string v);
  static std::shared_ptr<const ConstValue> Int(mpz_class v);
  static std::shared_ptr<const ConstValue> Int64(int64_t v);
  static std::shared_ptr<const ConstValue> Float(mpq_class v);

  // Conversions used after checking (the checker guarantees representability).
  int64_t ToInt64() const;       // kInt, or an integral kFloat
  uint64_t ToUint64() const;     // two's complement bits for negative values
  double ToDouble() const;       // correctly rounded to nearest float64
  float ToFloat32() const;       // correctly rounded to nearest float32
  std::string ToString() const;  // Go-ish rendering for messages ("1e+100", "\"s\"", "true")
};

}  // namespace gosc::types
