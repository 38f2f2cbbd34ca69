// fmt verbs, flags, widths and error forms, with expectations taken from
// Go 1.19's output for the same calls (conformance t1 printing.go and t3
// fmt_verbs.go lines, plus oracle runs of the bad-verb forms).
#include <gtest/gtest.h>

#include <cmath>

#include "tests/unit/runtime/rt_test_util.h"

namespace gosc::runtime::testing {
namespace {

TEST(Fmt, PrintlnBasics) {
  EXPECT_EQ(Sprintln({Str("RECEIPT"), I(2024), B(true), Box(&tInt32, int32_t{'x'}), F(1.5), Nil()}),
            "RECEIPT 2024 true 120 1.5 <nil>\n");
  EXPECT_EQ(
      Sprint({Str("a"), Str("b"), I(1), I(2), Str("c"), F(3.5), B(true), B(false), Str("\n")}),
      "ab1 2c3.5 true false\n");
  EXPECT_EQ(Sprint({Str("x="), I(10), I(20), Str(" y="), F(1.5)}), "x=10 20 y=1.5");
}

TEST(Fmt, IntegerVerbs) {
  EXPECT_EQ(Sprintf("%d|%5d|%-5d|%05d|%x|%X|%o|%b|%c|%q|%v|%t",
                    {I(255), I(255), I(255), I(255), I(255), I(255), I(255), I(255),
                     Box(&tInt32, int32_t{'G'}), Box(&tInt32, int32_t{'G'}), I(255), B(true)}),
            "255|  255|255  |00255|ff|FF|377|11111111|G|'G'|255|true");
  EXPECT_EQ(
      Sprintf("|%d|%6d|%-6d|%06d|%+d|% d|%x|%#x|%X|%#o|%o|%b|",
              {I(-7), I(-7), I(-7), I(-7), I(-7), I(-7), I(-7), I(-7), I(-7), I(-7), I(-7), I(-7)}),
      "|-7|    -7|-7    |-00007|-7|-7|-7|-0x7|-7|-07|-7|-111|");
  EXPECT_EQ(Sprintf("%d %x %b %08b %#08x %8.4d",
                    {Box(&tInt8, int8_t{-128}), Box(&tInt8, int8_t{-128}),
                     Box(&tInt8, int8_t{-128}), Box(&tUint8, uint8_t{128}), I(255), I(42)}),
            "-128 -80 -10000000 10000000 0x000000ff     0042");
  EXPECT_EQ(Sprintf("%d %x %#X", {Box(&tUint64, ~uint64_t{0}), Box(&tUint64, ~uint64_t{0}),
                                  Box(&tUint64, ~uint64_t{0})}),
            "18446744073709551615 ffffffffffffffff 0XFFFFFFFFFFFFFFFF");
  EXPECT_EQ(Sprintf("%08.3f|%-08d|%+08d|%x|%o", {F(-3.14159), I(-5), I(5), I(-255), I(-8)}),
            "-003.142|-5      |+0000005|-ff|-10");
}

TEST(Fmt, Runes) {
  auto r = [](int32_t v) { return Box(&tInt32, v); };
  EXPECT_EQ(Sprintf("%c|%q|%U|%#U|%d|%x",
                    {r(0x1F600), r(0x1F600), r(0x1F600), r(0x1F600), r(0x1F600), r(0x1F600)}),
            "😀|'😀'|U+1F600|U+1F600 '😀'|128512|1f600");
  EXPECT_EQ(Sprintf("%c|%q|%U|%#U", {r('\t'), r('\t'), r('\t'), r('\t')}),
            "\t|'\\t'|U+0009|U+0009");
  EXPECT_EQ(Sprintf("%5q|%-5c|%U", {r('x'), r('y'), I(-1)}), "  'x'|y    |U+FFFFFFFFFFFFFFFF");
}

TEST(Fmt, Floats) {
  EXPECT_EQ(Sprintf("%6.2f|%-8.3f|%e|%g|%.0f|%.0f|%.1f",
                    {F(3.14159), F(2.71828), F(123456.789), F(1e-7), F(2.5), F(3.5), F(0.05)}),
            "  3.14|2.718   |1.234568e+05|1e-07|2|4|0.1");
  EXPECT_EQ(Sprintf("%v|%g|%e|%.3E|%f|%.0f|%8.3f|%-8.2f|%+.2f|%08.2f|% .1f|%.3g|%G",
                    {F(-1.5), F(-1.5), F(-1.5), F(-1.5), F(-1.5), F(-1.5), F(-1.5), F(-1.5),
                     F(-1.5), F(-1.5), F(-1.5), F(-1.5), F(-1.5)}),
            "-1.5|-1.5|-1.500000e+00|-1.500E+00|-1.500000|-2|  -1.500|-1.50   "
            "|-1.50|-0001.50|-1.5|-1.5|-1.5");
  EXPECT_EQ(
      Sprintf("%v|%5.1f|%-6v|%+v|%08.2f|%e|%g", {F(INFINITY), F(INFINITY), F(INFINITY), F(INFINITY),
                                                 F(INFINITY), F(INFINITY), F(INFINITY)}),
      "+Inf| +Inf|+Inf  |+Inf|    +Inf|+Inf|+Inf");
  EXPECT_EQ(Sprintf("%v|%5.1f|%-6v|%+v|%08.2f|%e|%g",
                    {F(NAN), F(NAN), F(NAN), F(NAN), F(NAN), F(NAN), F(NAN)}),
            "NaN|  NaN|NaN   |NaN|     NaN|NaN|NaN");
  EXPECT_EQ(Sprintf("%v|%5.1f|%-6v|%+v|%08.2f|%e|%g",
                    {F(-0.0), F(-0.0), F(-0.0), F(-0.0), F(-0.0), F(-0.0), F(-0.0)}),
            "-0| -0.0|-0    |-0|-0000.00|-0.000000e+00|-0");
  EXPECT_EQ(Sprintf("%v %g %.10f %v %v", {F32(1.1f), F32(1.1f), F32(1.1f),
                                          F(static_cast<double>(1.1f)), F32(1.1f * 1.1f)}),
            "1.1 1.1 1.1000000238 1.100000023841858 1.21");
  EXPECT_EQ(Sprintln({F32(0.1f), F(static_cast<double>(0.1f)), F32(0.1f * 3), F32(1.0f / 3)}),
            "0.1 0.10000000149011612 0.3 0.33333334\n");
  EXPECT_EQ(Sprintf("%d%% done, %v%%", {I(50), F(99.5)}), "50% done, 99.5%");
}

TEST(Fmt, Strings) {
  EXPECT_EQ(
      Sprintf("[%s][%8s][%-8s][%.2s][%q][%x][% x][%X]",
              {Str("héllo"), Str("héllo"), Str("héllo"), Str("héllo"), Str("héllo"), Str("héllo"),
               Str("héllo"), Str("héllo")}),
      "[héllo][   héllo][héllo   ][hé][\"héllo\"][68c3a96c6c6f][68 c3 a9 6c 6c 6f][68C3A96C6C6F]");
  EXPECT_EQ(Sprintf("%#q %#q %+q %q",
                    {Str("raw"), Str("has`tick"), Str("héllo"), StrN("\x00\xe2\x80\xa8", 4)}),
            "`raw` \"has`tick\" \"h\\u00e9llo\" \"\\x00\\u2028\"");
  EXPECT_EQ(Sprintf("%-26q = %d", {Str("1 + 2 * 3"), I(7)}), "\"1 + 2 * 3\"                = 7");
  EXPECT_EQ(Sprintf("%x|%#x", {Str("gosc"), Str("hi")}), "676f7363|0x6869");
  EXPECT_EQ(Sprintf("%q", {Str("a\xff"
                               "b\tc")}),
            "\"a\\xffb\\tc\"");
}

TEST(Fmt, TypesAndGoSyntax) {
  EXPECT_EQ(Sprintf("%T %T %T %T %T %T", {I(1), F(1.5), Str("s"), Box(&tInt32, int32_t{'r'}),
                                          B(true), Box(&tUint8, uint8_t{1})}),
            "int float64 string int32 bool uint8");
  EXPECT_EQ(Sprintf("%T", {Nil()}), "<nil>");
  EXPECT_EQ(
      Sprintf("%#v %#v %#v %#v %#v %#v", {I(42), Str("hi\n"), F(3.0), B(true),
                                          Box(&tInt32, int32_t{'x'}), Box(&tUint8, uint8_t{7})}),
      "42 \"hi\\n\" 3 true 120 0x7");
  EXPECT_EQ(Sprintf("%t %v %5t|%-6t|", {B(true), B(false), B(true), B(false)}),
            "true false  true|false |");
}

TEST(Fmt, BadVerbsAndArgCounts) {
  EXPECT_EQ(Sprintf("%d %!", {Str("hi")}), "%!d(string=hi) %!!(MISSING)");
  EXPECT_EQ(Sprintf("%d %d", {I(1)}), "1 %!d(MISSING)");
  EXPECT_EQ(Sprintf("%d\n", {I(1), Str("x"), F(2.5)}), "1\n%!(EXTRA string=x, float64=2.5)");
  EXPECT_EQ(Sprintf("%z %-+#08.3v", {I(1), I(2)}), "%!z(int=1) 002     ");
  EXPECT_EQ(Sprintf("%s %v %d", {Nil(), Nil(), Nil()}), "%!s(<nil>) <nil> %!d(<nil>)");
  EXPECT_EQ(Sprintf("%t %d", {I(1), B(true)}), "%!t(int=1) %!d(bool=true)");
  EXPECT_EQ(Sprintf("%", {}), "%!(NOVERB)");
  EXPECT_EQ(Sprintf("%*d|%-*d|%.*f", {I(5), I(42), I(4), I(7), I(2), F(3.14159)}),
            "   42|7   |3.14");
  EXPECT_EQ(Sprintf("%[2]d %[1]d", {I(1), I(2)}), "2 1");
}

}  // namespace
}  // namespace gosc::runtime::testing
