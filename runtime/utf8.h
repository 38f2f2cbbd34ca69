// The one UTF-8 encoder of gosc, header-only and dependency-free.
//
// Why it exists: a rune becomes UTF-8 bytes both at compile time (the
// checker folds "\u00e9" escapes and string(rune constant) conversions) and
// at run time (string(r), WriteRune, range-loop rebuilding, strings'
// functions); the two must agree byte for byte, including Go's rule that an
// invalid rune (negative, a surrogate half, above U+10FFFF) encodes as
// U+FFFD. The runtime must not depend on the frontend, so the encoder lives
// here, beside the runtime's sources, as a header the frontend may include
// too (it pulls in nothing but <cstdint> and <string>).
#pragma once

#include <cstdint>
#include <string>

namespace gosc::utf8 {

constexpr int32_t kRuneError = 0xFFFD;
constexpr int kMaxRuneBytes = 4;

// Whether Go's utf8.ValidRune(r) holds.
constexpr bool ValidRune(int64_t r) {
  return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= 0x10FFFF);
}

// Writes r's encoding to out (invalid runes as U+FFFD); returns its length, 1..4.
constexpr int EncodeRune(int64_t r, char out[kMaxRuneBytes]) {
  if (!ValidRune(r)) r = kRuneError;
  const auto v = static_cast<uint32_t>(r);
  if (v < 0x80) {
    out[0] = static_cast<char>(v);
    return 1;
  }
  if (v < 0x800) {
    out[0] = static_cast<char>(0xC0 | (v >> 6));
    out[1] = static_cast<char>(0x80 | (v & 0x3F));
    return 2;
  }
  if (v < 0x10000) {
    out[0] = static_cast<char>(0xE0 | (v >> 12));
    out[1] = static_cast<char>(0x80 | ((v >> 6) & 0x3F));
    out[2] = static_cast<char>(0x80 | (v & 0x3F));
    return 3;
  }
  out[0] = static_cast<char>(0xF0 | (v >> 18));
  out[1] = static_cast<char>(0x80 | ((v >> 12) & 0x3F));
  out[2] = static_cast<char>(0x80 | ((v >> 6) & 0x3F));
  out[3] = static_cast<char>(0x80 | (v & 0x3F));
  return 4;
}

inline void AppendRune(std::string& out, int64_t r) {
  char buf[kMaxRuneBytes] = {};
  out.append(buf, static_cast<size_t>(EncodeRune(r, buf)));
}

}  // namespace gosc::utf8
