// Tests for exact constants: correct rounding to float64/float32 and the
// integer views used by codegen.
//
// Why it exists: a constant rounded the wrong way changes program output in
// the last digit; these cases pin round-half-even, subnormals and overflow.
#include "types/constant.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace gosc::types {
namespace {

mpq_class Q(const char* s) {
  mpq_class q(s);
  q.canonicalize();
  return q;
}

TEST(ConstantTest, DoubleRoundsToNearestEven) {
  EXPECT_EQ(ConstValue::Float(Q("1/10"))->ToDouble(), 0.1);
  EXPECT_EQ(ConstValue::Float(Q("1/3"))->ToDouble(), 1.0 / 3.0);
  // 2^53 + 1 is a tie between 2^53 and 2^53 + 2: even mantissa wins.
  mpz_class two53 = mpz_class(1) << 53;
  EXPECT_EQ(ConstValue::Int(two53 + 1)->ToDouble(), 9007199254740992.0);
  EXPECT_EQ(ConstValue::Int(two53 + 3)->ToDouble(), 9007199254740996.0);
  EXPECT_EQ(ConstValue::Float(Q("-5/2"))->ToDouble(), -2.5);
}

TEST(ConstantTest, Subnormals) {
  mpz_class d = mpz_class(1) << 1074;
  EXPECT_EQ(ConstValue::Float(mpq_class(mpz_class(1), d))->ToDouble(),
            std::numeric_limits<double>::denorm_min());
  // Half the smallest subnormal rounds to zero (tie, even).
  EXPECT_EQ(ConstValue::Float(mpq_class(mpz_class(1), d * 2))->ToDouble(), 0.0);
  EXPECT_EQ(ConstValue::Float(mpq_class(mpz_class(3), d * 2))->ToDouble(),
            2 * std::numeric_limits<double>::denorm_min());
}

TEST(ConstantTest, Overflow) {
  mpz_class big = mpz_class(1) << 1024;
  EXPECT_TRUE(std::isinf(ConstValue::Int(big)->ToDouble()));
  mpz_class max = (mpz_class(1) << 1024) - (mpz_class(1) << 971);
  EXPECT_EQ(ConstValue::Int(max)->ToDouble(), std::numeric_limits<double>::max());
  // Halfway between MaxFloat64 and 2^1024 rounds (to even) up: overflow.
  mpz_class half = (mpz_class(1) << 1024) - (mpz_class(1) << 970);
  EXPECT_TRUE(std::isinf(ConstValue::Int(half)->ToDouble()));
  EXPECT_EQ(ConstValue::Int(half - 1)->ToDouble(), std::numeric_limits<double>::max());
}

TEST(ConstantTest, Float32) {
  EXPECT_EQ(ConstValue::Float(Q("1/10"))->ToFloat32(), 0.1f);
  EXPECT_EQ(ConstValue::Int(16777217)->ToFloat32(), 16777216.0f);
  EXPECT_EQ(ConstValue::Int(16777219)->ToFloat32(), 16777220.0f);
  mpz_class d = mpz_class(1) << 149;
  EXPECT_EQ(ConstValue::Float(mpq_class(mpz_class(1), d))->ToFloat32(),
            std::numeric_limits<float>::denorm_min());
  EXPECT_TRUE(std::isinf(ConstValue::Int(mpz_class(1) << 128)->ToFloat32()));
}

TEST(ConstantTest, Integers) {
  EXPECT_EQ(ConstValue::Int64(-1)->ToUint64(), ~uint64_t{0});
  EXPECT_EQ(ConstValue::Int((mpz_class(1) << 64) - 1)->ToUint64(), ~uint64_t{0});
  EXPECT_EQ(ConstValue::Int((mpz_class(1) << 63) - 1)->ToInt64(), INT64_MAX);
  EXPECT_EQ(ConstValue::Float(Q("6/2"))->ToInt64(), 3);
}

TEST(ConstantTest, Strings) {
  EXPECT_EQ(ConstValue::Int64(300)->ToString(), "300");
  EXPECT_EQ(ConstValue::Float(Q("3/2"))->ToString(), "1.5");
  EXPECT_EQ(ConstValue::Float(Q("200"))->ToString(), "200");
  EXPECT_EQ(ConstValue::String("a\"b\n")->ToString(), "\"a\\\"b\\n\"");
  EXPECT_EQ(ConstValue::Bool(true)->ToString(), "true");
}

}  // namespace
}  // namespace gosc::types
