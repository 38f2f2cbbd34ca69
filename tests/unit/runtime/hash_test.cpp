// The runtime's wyhash (runtime/hash.h) against the published test vectors
// of wyhash final 4.2 (the seven test_vector.cpp messages, seed = index,
// default secret), and the mixed-seed entry the maps use agreeing with it.
#include "runtime/hash.h"

#include <gtest/gtest.h>

#include <cstring>

namespace gosc::runtime::testing {
namespace {

TEST(WyHash, PublishedTestVectors) {
  const struct {
    const char* msg;
    uint64_t want;
  } vectors[] = {
      {"", 0x93228a4de0eec5a2ULL},
      {"a", 0xc5bac3db178713c4ULL},
      {"abc", 0xa97f2f7b1d9b3314ULL},
      {"message digest", 0x786d1f1df3801df4ULL},
      {"abcdefghijklmnopqrstuvwxyz", 0xdca5a8138ad37c87ULL},
      {"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 0xb9e734f117cfaf70ULL},
      {"12345678901234567890123456789012345678901234567890123456789012345678901234567890",
       0x6cc5eab49a92d617ULL},
  };
  uint64_t seed = 0;
  for (const auto& v : vectors) {
    EXPECT_EQ(hash::WyHash(v.msg, strlen(v.msg), seed), v.want) << '"' << v.msg << '"';
    EXPECT_EQ(hash::HashWithMixedSeed(v.msg, strlen(v.msg), hash::MixSeed(seed)), v.want);
    seed++;
  }
}

}  // namespace
}  // namespace gosc::runtime::testing
