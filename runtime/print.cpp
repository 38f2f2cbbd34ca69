// The print and println builtins. They write to standard error, unbuffered,
// in the runtime's own formats (not fmt's): floats as +1.500000e+000,
// pointers as 0x..., interfaces as (type,data). Panic messages reuse the
// same formats for basic values (panic(42) prints "panic: 42").
#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <string>

#include "runtime/internal.h"

namespace gosc::runtime {
namespace {

void Put(std::string_view s) { WriteFd(2, s.data(), s.size()); }

std::string Hex(uint64_t v) {
  char buf[24];
  snprintf(buf, sizeof buf, "0x%" PRIx64, v);
  return buf;
}

// runtime.printfloat: 7 significant digits, computed the way Go does (the
// exact float operations matter for the last digit).
std::string PrintFloat(double v) {
  if (v != v) return "NaN";
  if (v + v == v && v > 0) return "+Inf";
  if (v + v == v && v < 0) return "-Inf";
  constexpr int n = 7;
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (std::signbit(v)) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;
    for (int i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < n; i++) {
    int s = static_cast<int>(v);
    buf[i + 2] = static_cast<char>(s + '0');
    v -= s;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = static_cast<char>(e / 100 + '0');
  buf[n + 5] = static_cast<char>((e / 10) % 10 + '0');
  buf[n + 6] = static_cast<char>(e % 10 + '0');
  return std::string(buf, sizeof buf);
}

}  // namespace

std::string FormatPrintBuiltin(const GoType* u, const void* p) {
  char buf[32];
  switch (u->kind) {
    case kGoBool: return *static_cast<const bool*>(p) ? "true" : "false";
    case kGoInt8: return std::to_string(*static_cast<const int8_t*>(p));
    case kGoInt16: return std::to_string(*static_cast<const int16_t*>(p));
    case kGoInt32: return std::to_string(*static_cast<const int32_t*>(p));
    case kGoInt:
    case kGoInt64: return std::to_string(*static_cast<const int64_t*>(p));
    case kGoUint8: return std::to_string(*static_cast<const uint8_t*>(p));
    case kGoUint16: return std::to_string(*static_cast<const uint16_t*>(p));
    case kGoUint32: return std::to_string(*static_cast<const uint32_t*>(p));
    case kGoUint:
    case kGoUint64:
    case kGoUintptr: return std::to_string(*static_cast<const uint64_t*>(p));
    case kGoFloat32: return PrintFloat(*static_cast<const float*>(p));
    case kGoFloat64: return PrintFloat(*static_cast<const double*>(p));
    default: snprintf(buf, sizeof buf, "%p", p); return buf;
  }
}

}  // namespace gosc::runtime

using namespace gosc::runtime;

extern "C" {

void gosc_printbool(bool v) { Put(v ? "true" : "false"); }
void gosc_printint(int64_t v) { Put(std::to_string(v)); }
void gosc_printuint(int64_t v) { Put(std::to_string(static_cast<uint64_t>(v))); }
void gosc_printfloat(double v) { Put(PrintFloat(v)); }
void gosc_printstring(const uint8_t* p, int64_t n) {
  WriteFd(2, reinterpret_cast<const char*>(p), static_cast<size_t>(n));
}
void gosc_printpointer(void* p) { Put(Hex(reinterpret_cast<uintptr_t>(p))); }
void gosc_printeface(const void* t, void* d) {
  Put("(" + Hex(reinterpret_cast<uintptr_t>(t)) + "," + Hex(reinterpret_cast<uintptr_t>(d)) + ")");
}
void gosc_printiface(const void* t, void* d) { gosc_printeface(t, d); }
void gosc_printslice(void* p, int64_t len, int64_t cap) {
  Put("[" + std::to_string(len) + "/" + std::to_string(cap) + "]" +
      Hex(reinterpret_cast<uintptr_t>(p)));
}
void gosc_printsp() { Put(" "); }
void gosc_printnl() { Put("\n"); }

}  // extern "C"
