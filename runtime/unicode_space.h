// Go's unicode.IsSpace, for the strings functions that split or trim at
// white space (Fields in strings_pkg.cpp, TrimSpace in strings_trim.cpp).
#pragma once

#include <cstdint>

namespace gosc::runtime {

// Go's asciiSpace: the bytes unicode.IsSpace accepts below utf8.RuneSelf.
constexpr bool IsAsciiSpace(uint8_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

inline bool IsSpaceRune(int32_t r) {
  if (r < 0x80) return r >= 0 && IsAsciiSpace(static_cast<uint8_t>(r));
  switch (r) {
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case ' ':
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000: return true;
  }
  return r >= 0x2000 && r <= 0x200A;
}

}  // namespace gosc::runtime
