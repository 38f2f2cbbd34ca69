// Float formatting against outputs recorded from Go 1.19 (the oracle):
// shortest round-trip digits, Go's %v exponent thresholds, float32, and
// fixed-precision %e/%f/%g.
#include <gtest/gtest.h>

#include <cmath>

#include "tests/unit/runtime/rt_test_util.h"

namespace gosc::runtime {
namespace {

std::string V(double v) { return FormatFloat(v, 'g', -1, 64); }

TEST(FloatFormat, ShortestMatchesGo) {
  EXPECT_EQ(V(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(V(1e21), "1e+21");
  EXPECT_EQ(V(1e20), "1e+20");
  EXPECT_EQ(V(1e6), "1e+06");
  EXPECT_EQ(V(123456.0), "123456");
  EXPECT_EQ(V(1.5e-5), "1.5e-05");
  EXPECT_EQ(V(1e-4), "0.0001");
  EXPECT_EQ(V(100 * 1.1), "110.00000000000001");
  EXPECT_EQ(V(1.0 / 3), "0.3333333333333333");
  EXPECT_EQ(V(123456789.0), "1.23456789e+08");
  EXPECT_EQ(V(0.000001234), "1.234e-06");
  EXPECT_EQ(V(-0.0), "-0");
  EXPECT_EQ(V(0), "0");
  EXPECT_EQ(V(5e-324), "5e-324");
  EXPECT_EQ(V(1.7976931348623157e308), "1.7976931348623157e+308");
  EXPECT_EQ(V(NAN), "NaN");
  EXPECT_EQ(V(INFINITY), "+Inf");
  EXPECT_EQ(V(-INFINITY), "-Inf");
  EXPECT_EQ(V(9007199254740993.0), "9.007199254740992e+15");
}

TEST(FloatFormat, Float32Shortest) {
  EXPECT_EQ(FormatFloat(0.1f, 'g', -1, 32), "0.1");
  EXPECT_EQ(FormatFloat(static_cast<double>(0.1f), 'g', -1, 64), "0.10000000149011612");
  EXPECT_EQ(FormatFloat(0.1f * 3, 'g', -1, 32), "0.3");
  EXPECT_EQ(FormatFloat(1.0f / 3, 'g', -1, 32), "0.33333334");
  EXPECT_EQ(FormatFloat(16777216.0f, 'g', -1, 32), "1.6777216e+07");
  EXPECT_EQ(FormatFloat(1.1f * 1.1f, 'g', -1, 32), "1.21");
}

TEST(FloatFormat, FixedPrecision) {
  EXPECT_EQ(FormatFloat(123456.789, 'e', 6, 64), "1.234568e+05");
  EXPECT_EQ(FormatFloat(2.5, 'f', 0, 64), "2");
  EXPECT_EQ(FormatFloat(3.5, 'f', 0, 64), "4");
  EXPECT_EQ(FormatFloat(0.05, 'f', 1, 64), "0.1");
  EXPECT_EQ(FormatFloat(1e-7, 'g', -1, 64), "1e-07");
  EXPECT_EQ(FormatFloat(123456.0, 'g', 3, 64), "1.23e+05");
  EXPECT_EQ(FormatFloat(100, 'g', 3, 64), "100");
  EXPECT_EQ(FormatFloat(0, 'g', 3, 64), "0");
  EXPECT_EQ(FormatFloat(0, 'e', 3, 64), "0.000e+00");
  EXPECT_EQ(FormatFloat(1e100, 'G', -1, 64), "1E+100");
  EXPECT_EQ(FormatFloat(3.4f, 'g', -1, 32), "3.4");
  EXPECT_EQ(FormatFloat(1.1f, 'f', 10, 32), "1.1000000238");
  EXPECT_EQ(FormatFloat(5e-324, 'e', 6, 64), "4.940656e-324");
  EXPECT_EQ(FormatFloat(1e21, 'f', -1, 64), "1000000000000000000000");
}

}  // namespace
}  // namespace gosc::runtime
