// Eight bytes at a time (SWAR) classification of ASCII text, for the strings
// fast paths (Fields, ToLower/ToUpper): the benchmarks' words are short and
// the byte-wise loops cost several instructions per byte. Every classifier
// here is exact for a word whose bytes are all ASCII (high bit clear); its
// result is meaningless otherwise, so callers check Any(NonAscii) before
// trusting it. Results mark a byte by its high bit (0x80 of that byte).
#pragma once

#include <cstdint>
#include <cstring>

namespace gosc::runtime::ascii {

constexpr uint64_t kOnes = 0x0101010101010101ULL;
constexpr uint64_t kHigh = 0x8080808080808080ULL;

inline uint64_t Load8(const uint8_t* p) {
  uint64_t w;
  memcpy(&w, p, sizeof w);
  return w;
}

inline void Store8(uint8_t* p, uint64_t w) { memcpy(p, &w, sizeof w); }

// Bytes in [lo, hi] (lo <= hi <= 0x7F). No byte sum carries into the next
// byte: each byte is below 0x80 and each addend at most 0x80.
constexpr uint64_t InRange(uint64_t w, uint8_t lo, uint8_t hi) {
  const uint64_t at_least_lo = w + kOnes * (0x80 - lo);
  const uint64_t above_hi = w + kOnes * (0x7F - hi);
  return at_least_lo & ~above_hi & kHigh;
}

// Go's asciiSpace: '\t' '\n' '\v' '\f' '\r' and ' '.
constexpr uint64_t Spaces(uint64_t w) { return InRange(w, '\t', '\r') | InRange(w, ' ', ' '); }

// How many bytes are marked.
constexpr int64_t CountMarked(uint64_t marks) {
  return static_cast<int64_t>((((marks >> 7) * kOnes) >> 56) & 0xFF);
}

// Index of the lowest marked byte (marks != 0).
inline int LowestMarked(uint64_t marks) { return __builtin_ctzll(marks) >> 3; }

// One word holding every byte of p[0, n) (n <= 8, some bytes repeated, the
// rest zero): enough to ask whether any byte is of a class that excludes 0.
inline uint64_t CoverShort(const uint8_t* p, int64_t n) {
  if (n >= 4) {
    uint32_t lo, hi;
    memcpy(&lo, p, 4);
    memcpy(&hi, p + n - 4, 4);
    return lo | static_cast<uint64_t>(hi) << 32;
  }
  if (n == 0) return 0;
  return p[0] | static_cast<uint64_t>(p[n >> 1]) << 8 | static_cast<uint64_t>(p[n - 1]) << 16;
}

// ORs f(w) over words covering p[0, n), the last one overlapping its
// predecessor, so every byte is seen at least once (for "is there any" tests).
template <typename F>
inline uint64_t AnyOver(const uint8_t* p, int64_t n, F f) {
  if (n < 8) return f(CoverShort(p, n));
  uint64_t acc = 0;
  int64_t i = 0;
  for (; i + 8 < n; i += 8) acc |= f(Load8(p + i));
  return acc | f(Load8(p + n - 8));
}

}  // namespace gosc::runtime::ascii
