// Helpers for runtime unit tests: hand-built type descriptors (what codegen
// would emit as constants) and shorthands to box values into interfaces and
// call the fmt entry points from C++.
#pragma once

#include <string>
#include <vector>

#include "runtime/internal.h"

namespace gosc::runtime::testing {

constexpr uint8_t kScalar = kGoComparable;
constexpr uint8_t kStr = kGoComparable | kGoHasPointers;

inline GoType Basic(GoKind kind, int64_t size, const char* name, uint8_t flags = kScalar) {
  return GoType{size,    size > 8 ? 8 : (size ? size : 1),
                kind,    flags,
                0,       0,
                name,    nullptr,
                nullptr, 0,
                nullptr, nullptr,
                nullptr};
}

inline GoType tInt = Basic(kGoInt, 8, "int");
inline GoType tInt8 = Basic(kGoInt8, 1, "int8");
inline GoType tInt32 = Basic(kGoInt32, 4, "int32");
inline GoType tInt64 = Basic(kGoInt64, 8, "int64");
inline GoType tUint8 = Basic(kGoUint8, 1, "uint8");
inline GoType tUint16 = Basic(kGoUint16, 2, "uint16");
inline GoType tUint64 = Basic(kGoUint64, 8, "uint64");
inline GoType tFloat32 = Basic(kGoFloat32, 4, "float32");
inline GoType tFloat64 = Basic(kGoFloat64, 8, "float64");
inline GoType tBool = Basic(kGoBool, 1, "bool");
inline GoType tString = Basic(kGoString, 16, "string", kStr);
inline GoType tAny = GoType{16,      8, kGoInterface, kStr,    0,      0, "interface {}", nullptr,
                            nullptr, 0, nullptr,      nullptr, nullptr};

inline GoType SliceOf(const GoType* elem, const char* name) {
  return GoType{24,   8,       kGoSlice, kGoHasPointers, 0,       0,      name,
                elem, nullptr, 0,        nullptr,        nullptr, nullptr};
}
inline GoType ArrayOf(const GoType* elem, int64_t n, const char* name) {
  return GoType{elem->size * n,
                elem->align,
                kGoArray,
                static_cast<uint8_t>(elem->flags & ~kGoDirectIface),
                0,
                0,
                name,
                elem,
                nullptr,
                n,
                nullptr,
                nullptr,
                nullptr};
}
inline GoType MapOf(const GoType* key, const GoType* elem, const char* name) {
  return GoType{8,       8,       kGoMap, kGoHasPointers | kGoDirectIface, 0, 0, name, elem, key, 0,
                nullptr, nullptr, nullptr};
}
inline GoType PtrTo(const GoType* elem, const char* name) {
  return GoType{8,       8, kGoPointer, kGoHasPointers | kGoDirectIface | kGoComparable,
                0,       0, name,       elem,
                nullptr, 0, nullptr,    nullptr,
                nullptr};
}

// Boxes a copy of v (of type t) into an empty interface.
template <typename T>
GoEface Box(const GoType* t, T v) {
  if (t->flags & kGoDirectIface) {
    void* w;
    static_assert(sizeof(T) <= sizeof(void*) || true);
    memcpy(&w, &v, sizeof(void*));
    return GoEface{t, w};
  }
  return GoEface{t, BoxValue(t, &v)};
}
inline GoString S(const char* s) {
  return GoString{reinterpret_cast<const uint8_t*>(s), static_cast<int64_t>(strlen(s))};
}
inline GoEface I(int64_t v) { return Box(&tInt, v); }
inline GoEface F(double v) { return Box(&tFloat64, v); }
inline GoEface F32(float v) { return Box(&tFloat32, v); }
inline GoEface Str(const char* s) { return Box(&tString, S(s)); }
inline GoEface StrN(const char* s, int64_t n) {
  return Box(&tString, GoString{reinterpret_cast<const uint8_t*>(s), n});
}
inline GoEface B(bool v) { return Box(&tBool, v); }
inline GoEface Nil() { return GoEface{nullptr, nullptr}; }

inline std::string Sprintf(const char* format, std::vector<GoEface> args) {
  GoString r = gosc_fmt_Sprintf(
      reinterpret_cast<const uint8_t*>(format), static_cast<int64_t>(strlen(format)), args.data(),
      static_cast<int64_t>(args.size()), static_cast<int64_t>(args.size()));
  return std::string(View(r));
}
inline std::string Sprint(std::vector<GoEface> args) {
  return std::string(View(gosc_fmt_Sprint(args.data(), static_cast<int64_t>(args.size()), 0)));
}
inline std::string Sprintln(std::vector<GoEface> args) {
  return std::string(View(gosc_fmt_Sprintln(args.data(), static_cast<int64_t>(args.size()), 0)));
}

}  // namespace gosc::runtime::testing
