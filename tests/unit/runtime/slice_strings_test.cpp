// Slices (Go 1.19 growth with size classes, copy/aliasing), the string
// operations the language needs (concat, compare, conversions, UTF-8
// decoding), and the strings and strconv packages.
#include <gtest/gtest.h>

#include "tests/unit/runtime/rt_test_util.h"

namespace gosc::runtime::testing {
namespace {

std::string Str_(GoString s) { return std::string(View(s)); }
#define GS(lit) reinterpret_cast<const uint8_t*>(lit), static_cast<int64_t>(sizeof(lit) - 1)

TEST(Slice, GrowthMatchesGo119) {
  // Caps observed from gc for repeated append of one element.
  GoSlice s{nullptr, 0, 0};
  std::vector<int64_t> caps;
  for (int i = 0; i < 2000; i++) {
    if (s.len == s.cap) {
      gosc_growslice(&s, &tInt, s.ptr, s.len, s.cap, s.len + 1);
      caps.push_back(s.cap);
    }
    static_cast<int64_t*>(s.ptr)[s.len++] = i;
  }
  std::vector<int64_t> want = {1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560};
  EXPECT_EQ(caps, want);
  for (int i = 0; i < 2000; i++) ASSERT_EQ(static_cast<int64_t*>(s.ptr)[i], i);
  GoSlice b{nullptr, 0, 0};
  gosc_growslice(&b, &tUint8, nullptr, 0, 0, 5);
  EXPECT_EQ(b.cap, 8);
}

TEST(Slice, CopyOverlapsAndMakeslice) {
  int64_t a[5] = {1, 2, 3, 4, 5};
  EXPECT_EQ(gosc_slicecopy(a + 1, 4, a, 5, 8), 4);
  EXPECT_EQ(a[4], 4);
  EXPECT_EQ(a[1], 1);
  GoSlice s;
  gosc_makeslice(&s, &tInt, 3, 10);
  EXPECT_EQ(s.len, 3);
  EXPECT_EQ(s.cap, 10);
  EXPECT_EQ(static_cast<int64_t*>(s.ptr)[9], 0);
}

TEST(SliceDeathTest, MakesliceNegative) {
  GoSlice s;
  EXPECT_EXIT(gosc_makeslice(&s, &tInt, -1, 0), ::testing::ExitedWithCode(2),
              "^panic: runtime error: makeslice: len out of range\n");
}

TEST(StringOps, ConcatCompareConvert) {
  EXPECT_EQ(Str_(gosc_concatstring2(GS("go"), GS("sc"))), "gosc");
  GoString parts[3] = {S("a"), S(""), S("bc")};
  EXPECT_EQ(Str_(gosc_concatstrings(parts, 3)), "abc");
  EXPECT_LT(gosc_cmpstring(GS("abc"), GS("abd")), 0);
  EXPECT_GT(gosc_cmpstring(GS("abc"), GS("ab")), 0);
  EXPECT_GT(gosc_cmpstring(GS("\xc3\xa9"), GS("z")), 0);
  EXPECT_TRUE(gosc_eqstring(GS("go"), GS("go")));
  EXPECT_EQ(Str_(gosc_intstring(0x4e16)), "世");
  EXPECT_EQ(Str_(gosc_intstring(-1)), "\xef\xbf\xbd");
  EXPECT_EQ(Str_(gosc_intstring(0xD800)), "\xef\xbf\xbd");
  EXPECT_EQ(Str_(gosc_intstring(0x110000)), "\xef\xbf\xbd");
  GoSlice runes;
  gosc_stringtoslicerune(&runes, GS("a\xff"
                                    "b\xe4\xb8"
                                    "c\xed\xa0\x80"));
  EXPECT_EQ(runes.len, 9);
  EXPECT_EQ(Str_(gosc_slicerunetostring(runes.ptr, runes.len)).size(), 21u);
  GoSlice bytes;
  gosc_stringtoslicebyte(&bytes, GS("hey"));
  EXPECT_EQ(bytes.len, 3);
  EXPECT_EQ(Str_(gosc_slicebytetostring(bytes.ptr, bytes.len)), "hey");
  GoSlice app;
  gosc_appendstring(&app, bytes.ptr, bytes.len, bytes.cap, GS(" you"));
  EXPECT_EQ(std::string(static_cast<char*>(app.ptr), app.len), "hey you");
}

TEST(StringOps, DecodeRune) {
  const char s[] = "h\xc3\xa9\xf0\x9f\x8c\x8d\xe4\xb8";
  int64_t n = sizeof(s) - 1;
  auto p = reinterpret_cast<const uint8_t*>(s);
  GoPair r = gosc_decoderune(p, n, 1);
  EXPECT_EQ(r.a, 0xe9);
  EXPECT_EQ(r.b, 3);
  r = gosc_decoderune(p, n, 3);
  EXPECT_EQ(r.a, 0x1f30d);
  EXPECT_EQ(r.b, 7);
  r = gosc_decoderune(p, n, 7);  // truncated sequence
  EXPECT_EQ(r.a, 0xfffd);
  EXPECT_EQ(r.b, 8);
  EXPECT_EQ(gosc_countrunes(GS("héllo, 世界 🌍!")), 12);
}

TEST(StringsPkg, Members) {
  GoSlice parts;
  gosc_strings_Split(&parts, GS("a,b,,c"), GS(","));
  ASSERT_EQ(parts.len, 4);
  EXPECT_EQ(Str_(static_cast<GoString*>(parts.ptr)[2]), "");
  EXPECT_EQ(Str_(gosc_strings_Join(parts.ptr, parts.len, parts.cap, GS("+"))), "a+b++c");
  gosc_strings_Fields(&parts, GS("  one two\tthree\n"));
  ASSERT_EQ(parts.len, 3);
  EXPECT_EQ(Str_(static_cast<GoString*>(parts.ptr)[2]), "three");
  EXPECT_EQ(Str_(gosc_strings_Replace(GS("oink oink oink"), GS("k"), GS("ky"), 2)),
            "oinky oinky oink");
  EXPECT_EQ(Str_(gosc_strings_ReplaceAll(GS("abc"), GS(""), GS("-"))), "-a-b-c-");
  EXPECT_EQ(Str_(gosc_strings_ToUpper(GS("héllo"))), "HÉLLO");
  EXPECT_EQ(Str_(gosc_strings_ToLower(GS("HeLLo"))), "hello");
  EXPECT_EQ(Str_(gosc_strings_TrimSpace(GS("  \t x y \n"))), "x y");
  EXPECT_EQ(Str_(gosc_strings_Trim(GS("xxhixyx"), GS("xy"))), "hi");
  EXPECT_EQ(Str_(gosc_strings_Repeat(GS("ab"), 3)), "ababab");
  EXPECT_EQ(gosc_strings_Count(GS("banana"), GS("a")), 3);
  EXPECT_EQ(gosc_strings_Count(GS("five"), GS("")), 5);
  EXPECT_EQ(gosc_strings_Index(GS("chicken"), GS("ken")), 4);
  EXPECT_EQ(gosc_strings_LastIndex(GS("go gopher"), GS("go")), 3);
  EXPECT_TRUE(gosc_strings_EqualFold(GS("Go"), GS("GO")));
  EXPECT_TRUE(gosc_strings_ContainsRune(GS("héllo"), 0xe9));
  alignas(8) char b[24] = {};
  gosc_strings_Builder_WriteString(b, GS("abc"));
  gosc_strings_Builder_WriteByte(b, '!');
  gosc_strings_Builder_WriteRune(b, 0x4e16);
  EXPECT_EQ(Str_(gosc_strings_Builder_String(b)), "abc!世");
  EXPECT_EQ(gosc_strings_Builder_Len(b), 7);
}

std::string ErrText(GoEface err) {
  if (err.type == nullptr) return "<nil>";
  return SprintValue(GoEface{reinterpret_cast<const GoItab*>(err.type)->type, err.data});
}

TEST(Strconv, Members) {
  struct {
    int64_t v;
    GoEface err;
  } r;
  gosc_strconv_Atoi(&r, GS("-42"));
  EXPECT_EQ(r.v, -42);
  EXPECT_EQ(r.err.type, nullptr);
  gosc_strconv_Atoi(&r, GS("80a"));
  EXPECT_EQ(ErrText(r.err), "strconv.Atoi: parsing \"80a\": invalid syntax");
  gosc_strconv_Atoi(&r, GS("99999999999999999999"));
  EXPECT_EQ(ErrText(r.err), "strconv.Atoi: parsing \"99999999999999999999\": value out of range");
  gosc_strconv_ParseInt(&r, GS("-0x1f"), 0, 64);
  EXPECT_EQ(r.v, -31);
  gosc_strconv_ParseInt(&r, GS("300"), 10, 8);
  EXPECT_EQ(r.v, 127);
  EXPECT_EQ(ErrText(r.err), "strconv.ParseInt: parsing \"300\": value out of range");
  struct {
    double v;
    GoEface err;
  } f;
  gosc_strconv_ParseFloat(&f, GS("1e3"), 64);
  EXPECT_EQ(f.v, 1000);
  gosc_strconv_ParseFloat(&f, GS("1.5x"), 64);
  EXPECT_EQ(ErrText(f.err), "strconv.ParseFloat: parsing \"1.5x\": invalid syntax");
  struct {
    int8_t v;
    GoEface err;
  } b;
  gosc_strconv_ParseBool(&b, GS("T"));
  EXPECT_EQ(b.v, 1);
  gosc_strconv_ParseBool(&b, GS("yes"));
  EXPECT_EQ(ErrText(b.err), "strconv.ParseBool: parsing \"yes\": invalid syntax");
  EXPECT_EQ(Str_(gosc_strconv_FormatInt(-255, 16)), "-ff");
  EXPECT_EQ(Str_(gosc_strconv_Itoa(-9223372036854775807LL - 1)), "-9223372036854775808");
  EXPECT_EQ(Str_(gosc_strconv_FormatFloat(3.14159, 'f', 2, 64)), "3.14");
  EXPECT_EQ(Str_(gosc_strconv_FormatFloat(1e21, 'g', -1, 64)), "1e+21");
  EXPECT_EQ(Str_(gosc_strconv_Quote(GS("go\tsc\x01\xe2\x80\xa8"))), "\"go\\tsc\\x01\\u2028\"");
}

TEST(SortPkg, Members) {
  int64_t xs[] = {5, -1, 3, 3, 0};
  gosc_sort_Ints(xs, 5, 5);
  EXPECT_EQ(xs[0], -1);
  EXPECT_EQ(xs[4], 5);
  GoString ss[] = {S("pear"), S("Apple"), S("app")};
  gosc_sort_Strings(ss, 3, 3);
  EXPECT_EQ(std::string(View(ss[0])), "Apple");
  struct Less {
    bool (*code)(void*, int64_t, int64_t);
    int64_t* base;
  };
  int64_t ys[] = {3, 1, 2};
  Less less{[](void* ctx, int64_t i, int64_t j) {
              auto* l = static_cast<Less*>(ctx);
              return l->base[i] > l->base[j];
            },
            ys};
  GoType tInts = SliceOf(&tInt, "[]int");
  GoSlice s{ys, 3, 3};
  gosc_sort_Slice(&tInts, &s, &less);
  EXPECT_EQ(ys[0], 3);
  EXPECT_EQ(ys[2], 1);
}

}  // namespace
}  // namespace gosc::runtime::testing
