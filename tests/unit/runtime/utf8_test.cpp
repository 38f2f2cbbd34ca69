// The shared UTF-8 encoder (runtime/utf8.h), used by the runtime and by the
// checker's constant folding: Go's encoding at each length boundary and
// U+FFFD for every invalid rune, as utf8.EncodeRune does.
#include "runtime/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace {

std::string Enc(int64_t r) {
  std::string s;
  gosc::utf8::AppendRune(s, r);
  return s;
}

constexpr int LenOf(int64_t r) {
  char buf[gosc::utf8::kMaxRuneBytes] = {};
  return gosc::utf8::EncodeRune(r, buf);
}
static_assert(LenOf(0x7F) == 1 && LenOf(0x80) == 2 && LenOf(0x7FF) == 2 && LenOf(0x800) == 3 &&
              LenOf(0xFFFF) == 3 && LenOf(0x10000) == 4 && LenOf(0x10FFFF) == 4);

TEST(Utf8Encode, LengthBoundaries) {
  EXPECT_EQ(Enc(0), std::string(1, '\0'));
  EXPECT_EQ(Enc('a'), "a");
  EXPECT_EQ(Enc(0xE9), "\xC3\xA9");
  EXPECT_EQ(Enc(0x7FF), "\xDF\xBF");
  EXPECT_EQ(Enc(0x800), "\xE0\xA0\x80");
  EXPECT_EQ(Enc(0xFFFD), "\xEF\xBF\xBD");
  EXPECT_EQ(Enc(0x10000), "\xF0\x90\x80\x80");
  EXPECT_EQ(Enc(0x10FFFF), "\xF4\x8F\xBF\xBF");
}

TEST(Utf8Encode, InvalidRunesBecomeRuneError) {
  for (int64_t r :
       {int64_t{-1}, int64_t{0xD800}, int64_t{0xDFFF}, int64_t{0x110000}, int64_t{1} << 40}) {
    EXPECT_EQ(Enc(r), "\xEF\xBF\xBD") << r;
    EXPECT_FALSE(gosc::utf8::ValidRune(r)) << r;
  }
  EXPECT_TRUE(gosc::utf8::ValidRune(0xD7FF));
  EXPECT_TRUE(gosc::utf8::ValidRune(0xE000));
}

}  // namespace
