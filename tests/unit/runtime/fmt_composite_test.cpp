// fmt on composite values built from hand-made descriptors, as codegen would
// emit them: structs (%v, %+v), pointers to structs, slices, arrays, maps
// with sorted keys, nil values, and Error()/String() methods (including the
// rule that unexported fields' methods are not called).
#include <gtest/gtest.h>

#include "tests/unit/runtime/rt_test_util.h"

namespace gosc::runtime::testing {
namespace {

struct Address {
  GoString city;
  int64_t zip;
};
const GoField kAddrFields[] = {{"City", &tString, 0, 0}, {"Zip", &tInt, 16, 0}};
GoType tAddrStruct{
    24,      8,       kGoStruct, kStr,        0,       0,      "struct { City string; Zip int }",
    nullptr, nullptr, 2,         kAddrFields, nullptr, nullptr};
GoType tAddr{24,      8,       kGoStruct, kStr | kGoNamed, 0,       0,           "main.Address",
             nullptr, nullptr, 0,         nullptr,         nullptr, &tAddrStruct};
GoType tAddrPtr = PtrTo(&tAddr, "*main.Address");
GoType tInts = SliceOf(&tInt, "[]int");
GoType tBytes = SliceOf(&tUint8, "[]uint8");
GoType tStrs3 = ArrayOf(&tString, 3, "[3]string");
GoType tMapSI = MapOf(&tString, &tInt, "map[string]int");
GoType tMapAddrI = MapOf(&tAddr, &tInt, "map[main.Address]int");

// type Celsius float64 with String() on the value receiver.
GoString CelsiusString(void* data) {
  double v = *static_cast<double*>(data);
  return MakeString(FormatFloat(v, 'f', 1, 64) + "C");
}
const GoMethod kCelsiusMethods[] = {
    {"String", "func() string", reinterpret_cast<void*>(&CelsiusString), 0}};
GoType tCelsius{8,       8, kGoFloat64, kScalar | kGoNamed, 0,      0, "main.Celsius", nullptr,
                nullptr, 1, nullptr,    kCelsiusMethods,    nullptr};

struct Reading {
  double temp;  // exported field of a Stringer type
  double raw;   // unexported: String() is not called
};
const GoField kReadingFields[] = {{"Temp", &tCelsius, 0, 0}, {"raw", &tCelsius, 8, 0}};
GoType tReadingStruct{16,      8,       kGoStruct, kScalar,        0,       0,      "struct {...}",
                      nullptr, nullptr, 2,         kReadingFields, nullptr, nullptr};
GoType tReading{16, 8,       kGoStruct, kScalar | kGoNamed, 0, 0, "main.Reading", nullptr, nullptr,
                0,  nullptr, nullptr,   &tReadingStruct};

TEST(FmtComposite, Structs) {
  Address a{S("Oslo"), 150};
  EXPECT_EQ(Sprintf("%v|%+v|%#v", {Box(&tAddr, a), Box(&tAddr, a), Box(&tAddr, a)}),
            "{Oslo 150}|{City:Oslo Zip:150}|main.Address{City:\"Oslo\", Zip:150}");
  EXPECT_EQ(Sprintf("%v %+v", {GoEface{&tAddrPtr, &a}, GoEface{&tAddrPtr, &a}}),
            "&{Oslo 150} &{City:Oslo Zip:150}");
  EXPECT_EQ(Sprintf("%v %+v %T", {GoEface{&tAddrPtr, nullptr}, GoEface{&tAddrPtr, nullptr},
                                  GoEface{&tAddrPtr, nullptr}}),
            "<nil> <nil> *main.Address");
  EXPECT_EQ(Sprintf("%v", {Box(&tAddr, Address{})}), "{ 0}");
}

TEST(FmtComposite, SlicesAndArrays) {
  int64_t xs[] = {10, 255};
  GoSlice s{xs, 2, 2};
  EXPECT_EQ(Sprintf("%v %d %x %X %6v", {Box(&tInts, s), Box(&tInts, s), Box(&tInts, s),
                                        Box(&tInts, s), Box(&tInts, s)}),
            "[10 255] [10 255] [a ff] [A FF] [    10    255]");
  EXPECT_EQ(Sprintf("%v", {Box(&tInts, GoSlice{nullptr, 0, 0})}), "[]");
  uint8_t bs[] = {'h', 'i', '!', 'A'};
  GoSlice b{bs, 4, 4};
  EXPECT_EQ(Sprintf("%v %s %x %X %q % x %d",
                    {Box(&tBytes, b), Box(&tBytes, b), Box(&tBytes, b), Box(&tBytes, b),
                     Box(&tBytes, b), Box(&tBytes, b), Box(&tBytes, b)}),
            "[104 105 33 65] hi!A 68692141 68692141 \"hi!A\" 68 69 21 41 [104 105 33 65]");
  GoString arr[3] = {S("a"), S(""), S("c")};
  EXPECT_EQ(Sprint({GoEface{&tStrs3, arr}}), "[a  c]");
}

TEST(FmtComposite, MapsSortKeys) {
  void* m = gosc_makemap(&tMapSI, 0, nullptr, nullptr);
  for (auto [k, v] : {std::pair{"z", 1}, {"a", 2}, {"m", 3}}) {
    GoString key = S(k);
    *static_cast<int64_t*>(gosc_mapassign_faststr(&tMapSI, m, key.ptr, key.len)) = v;
  }
  EXPECT_EQ(Sprint({GoEface{&tMapSI, m}}), "map[a:2 m:3 z:1]");
  EXPECT_EQ(Sprint({GoEface{&tMapSI, nullptr}}), "map[]");
  void* am = gosc_makemap(&tMapAddrI, 0, nullptr, nullptr);
  Address keys[] = {{S("Rome"), 2}, {S("Oslo"), 9}, {S("Oslo"), 1}};
  for (int i = 0; i < 3; i++)
    *static_cast<int64_t*>(gosc_mapassign(&tMapAddrI, am, &keys[i])) = i + 1;
  EXPECT_EQ(Sprint({GoEface{&tMapAddrI, am}}), "map[{Oslo 1}:3 {Oslo 9}:2 {Rome 2}:1]");
}

TEST(FmtComposite, Methods) {
  EXPECT_EQ(Sprintf("%v %s %d %.2f", {Box(&tCelsius, 21.5), Box(&tCelsius, 21.5),
                                      Box(&tCelsius, 21.5), Box(&tCelsius, 21.5)}),
            "21.5C 21.5C %!d(main.Celsius=21.5) 21.50");
  EXPECT_EQ(Sprint({Box(&tReading, Reading{20, 30})}), "{20.0C 30}");
  GoEface err = gosc_errors_New(S("boom").ptr, 4);
  GoEface as_any{reinterpret_cast<const GoItab*>(err.type)->type, err.data};
  EXPECT_EQ(Sprintf("%v|%s|%q|%T", {as_any, as_any, as_any, as_any}),
            "boom|boom|\"boom\"|*errors.errorString");
  GoEface e2 = gosc_fmt_Errorf(S("wrap: %w").ptr, 8, &as_any, 1, 1);
  EXPECT_EQ(SprintValue(GoEface{reinterpret_cast<const GoItab*>(e2.type)->type, e2.data}),
            "wrap: boom");
}

TEST(FmtComposite, NilsInside) {
  GoType tAnys = SliceOf(&tAny, "[]interface {}");
  GoEface items[] = {I(1), Str("two"), F(3.0), Nil()};
  EXPECT_EQ(Sprint({GoEface{&tAnys, BoxValue(&tAnys, new GoSlice{items, 4, 4})}}),
            "[1 two 3 <nil>]");
}

// An `error` field: fmt calls the dynamic value's Error() at depth > 0 and
// prints <nil> for a nil one (it used to call the interface descriptor's
// method entry, which has no code).
struct WithErr {
  GoEface e;
  int64_t n;
};
const GoField kWithErrFields[] = {{"E", &gosc_type_error, 0, 0}, {"N", &tInt, 16, 0}};
GoType tWithErrStruct{
    24,      8,       kGoStruct, kGoHasPointers, 0,       0,      "struct { E error; N int }",
    nullptr, nullptr, 2,         kWithErrFields, nullptr, nullptr};
GoType tWithErr{24,
                8,
                kGoStruct,
                kGoHasPointers | kGoNamed,
                0,
                0,
                "main.S",
                nullptr,
                nullptr,
                0,
                nullptr,
                nullptr,
                &tWithErrStruct};

TEST(FmtComposite, NestedErrorField) {
  WithErr w{gosc_errors_New(S("bad").ptr, 3), 1};
  EXPECT_EQ(Sprintf("%v|%+v|%s|%q|%x", {Box(&tWithErr, w), Box(&tWithErr, w), Box(&tWithErr, w),
                                        Box(&tWithErr, w), Box(&tWithErr, w)}),
            "{bad 1}|{E:bad N:1}|{bad %!s(int=1)}|{\"bad\" '\\x01'}|{626164 1}");
  EXPECT_EQ(Sprintf("%v|%+v", {Box(&tWithErr, WithErr{}), Box(&tWithErr, WithErr{})}),
            "{<nil> 0}|{E:<nil> N:0}");
}

}  // namespace
}  // namespace gosc::runtime::testing
