// The runtime's byte hash: wyhash (Wang Yi's "final version 4.2/4.3",
// 64x64->128 multiply, default secret), written from its published
// description and checked against its published test vectors in
// tests/unit/runtime/hash_test.cpp. It is here, inline, because map fast
// paths hash fixed-size keys (4 and 8 bytes) and want the compiler to fold
// the length dispatch away.
//
// Seeds: wyhash first scrambles the seed (`seed ^= mix(seed ^ s0, s1)`).
// WyHash() is the published function; HashWithMixedSeed() skips that step
// for callers that keep an already scrambled seed (every map stores one, so
// a lookup pays for it once per map, not once per key).
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

namespace gosc::runtime::hash {

inline constexpr uint64_t kSecret[4] = {0x2d358dccaa6c78a5ULL, 0x8bb84b93962eacc9ULL,
                                        0x4b33a62ed433d4a3ULL, 0x4d5a2da51de1aa47ULL};

inline uint64_t Load64(const uint8_t* p) {
  uint64_t v;
  memcpy(&v, p, 8);
  return v;
}
inline uint64_t Load32(const uint8_t* p) {
  uint32_t v;
  memcpy(&v, p, 4);
  return v;
}
// The full 128-bit product of a and b, low half in a, high half in b.
inline void Multiply128(uint64_t& a, uint64_t& b) {
  const __uint128_t r = static_cast<__uint128_t>(a) * b;
  a = static_cast<uint64_t>(r);
  b = static_cast<uint64_t>(r >> 64);
}
// The product's halves xor-folded: every input bit reaches every output bit.
inline uint64_t MultiplyFold(uint64_t a, uint64_t b) {
  Multiply128(a, b);
  return a ^ b;
}

inline uint64_t MixSeed(uint64_t seed) {
  return seed ^ MultiplyFold(seed ^ kSecret[0], kSecret[1]);
}

inline uint64_t HashWithMixedSeed(const void* data, size_t n, uint64_t seed) {
  const auto* p = static_cast<const uint8_t*>(data);
  uint64_t a, b;
  if (n <= 16) {
    if (n >= 4) {
      // Four overlapping 4-byte loads cover 4..16 bytes.
      const size_t mid = (n >> 3) << 2;
      a = (Load32(p) << 32) | Load32(p + mid);
      b = (Load32(p + n - 4) << 32) | Load32(p + n - 4 - mid);
    } else if (n > 0) {
      a = (static_cast<uint64_t>(p[0]) << 16) | (static_cast<uint64_t>(p[n >> 1]) << 8) | p[n - 1];
      b = 0;
    } else {
      a = b = 0;
    }
  } else {
    size_t left = n;
    if (left > 48) {
      // Three independent lanes of 16 bytes each per round.
      uint64_t lane1 = seed, lane2 = seed;
      do {
        seed = MultiplyFold(Load64(p) ^ kSecret[1], Load64(p + 8) ^ seed);
        lane1 = MultiplyFold(Load64(p + 16) ^ kSecret[2], Load64(p + 24) ^ lane1);
        lane2 = MultiplyFold(Load64(p + 32) ^ kSecret[3], Load64(p + 40) ^ lane2);
        p += 48;
        left -= 48;
      } while (left > 48);
      seed ^= lane1 ^ lane2;
    }
    while (left > 16) {
      seed = MultiplyFold(Load64(p) ^ kSecret[1], Load64(p + 8) ^ seed);
      p += 16;
      left -= 16;
    }
    // The last 16 bytes, overlapping what was already consumed.
    a = Load64(p + left - 16);
    b = Load64(p + left - 8);
  }
  a ^= kSecret[1];
  b ^= seed;
  Multiply128(a, b);
  return MultiplyFold(a ^ kSecret[0] ^ n, b ^ kSecret[1]);
}

// The published wyhash(data, n, seed, default secret).
inline uint64_t WyHash(const void* data, size_t n, uint64_t seed) {
  return HashWithMixedSeed(data, n, MixSeed(seed));
}

}  // namespace gosc::runtime::hash
