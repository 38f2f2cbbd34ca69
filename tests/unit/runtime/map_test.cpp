// The runtime map: growth from a caller-provided (stack) header and bucket,
// deletion, iteration while deleting and inserting, every key kind through
// the generic path (floats with NaN and ±0, structs, arrays, interfaces),
// fast paths agreeing with the generic path, nil maps, large values.
#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <vector>

#include "tests/unit/runtime/rt_test_util.h"

namespace gosc::runtime::testing {
namespace {

GoType tMapII = MapOf(&tInt, &tInt, "map[int]int");
GoType tMapSI = MapOf(&tString, &tInt, "map[string]int");
GoType tMapFI = MapOf(&tFloat64, &tInt, "map[float64]int");
GoType tMapAnyI = MapOf(&tAny, &tInt, "map[interface {}]int");
GoType tArr2 = ArrayOf(&tInt, 2, "[2]int");
GoType tMapArrI = MapOf(&tArr2, &tInt, "map[[2]int]int");
GoType tBig = ArrayOf(&tInt, 300, "[300]int");
GoType tMapIBig = MapOf(&tInt, &tBig, "map[int][300]int");

int64_t Get(void* m, int64_t k) {
  return *static_cast<int64_t*>(gosc_mapaccess1_fast64(&tMapII, m, k));
}
void Set(void* m, int64_t k, int64_t v) {
  *static_cast<int64_t*>(gosc_mapassign_fast64(&tMapII, m, k)) = v;
}

std::vector<std::pair<int64_t, int64_t>> Entries(GoType* t, void* m) {
  std::vector<std::pair<int64_t, int64_t>> out;
  alignas(8) char it[GOSC_MAP_ITER_SIZE];
  for (gosc_mapiterinit(t, m, it); *reinterpret_cast<void**>(it); gosc_mapiternext(it))
    out.emplace_back(**reinterpret_cast<int64_t**>(it), **reinterpret_cast<int64_t**>(it + 8));
  return out;
}

// The key hash reads short keys with overlapping loads: every byte of every
// length must still matter, and the length itself (a zero byte appended).
TEST(Hash, EveryByteAndTheLengthMatter) {
  std::vector<uint8_t> buf(40, 0x5a);
  std::set<uint64_t> seen;
  for (size_t n = 0; n <= buf.size(); ++n) {
    uint64_t base = HashBytes(buf.data(), n, 7);
    EXPECT_TRUE(seen.insert(base).second) << "length " << n;
    for (size_t i = 0; i < n; ++i) {
      buf[i] ^= 1;
      EXPECT_NE(HashBytes(buf.data(), n, 7), base) << "length " << n << " byte " << i;
      buf[i] ^= 1;
    }
  }
  uint8_t zero[16] = {};
  EXPECT_NE(HashBytes(zero, 16, 1), HashBytes(zero, 16, 2));  // the seed matters
}

TEST(Map, StackHeaderGrowsToHeap) {
  EXPECT_EQ(gosc_map_group_size(&tMapII), 8 + 8 * 16);
  alignas(8) char header[GOSC_MAP_HEADER_SIZE];
  std::vector<char> bucket(static_cast<size_t>(gosc_map_group_size(&tMapII)));
  void* m = gosc_makemap(&tMapII, 0, header, bucket.data());
  EXPECT_EQ(m, static_cast<void*>(header));
  for (int64_t i = 0; i < 5000; i++) Set(m, i * 7, i);
  EXPECT_EQ(gosc_maplen(m), 5000);
  for (int64_t i = 0; i < 5000; i++) ASSERT_EQ(Get(m, i * 7), i);
  EXPECT_EQ(Get(m, 3), 0);
  EXPECT_EQ(gosc_mapaccess2_fast64(&tMapII, m, 3), nullptr);
  for (int64_t i = 0; i < 5000; i += 2) gosc_mapdelete_fast64(&tMapII, m, i * 7);
  EXPECT_EQ(gosc_maplen(m), 2500);
  EXPECT_EQ(Entries(&tMapII, m).size(), 2500u);
  // The generic entry points agree with the fast path.
  int64_t k = 7;
  EXPECT_EQ(*static_cast<int64_t*>(gosc_mapaccess1(&tMapII, m, &k)), 1);
}

TEST(Map, IterationOrderIsNotInsertionOrder) {
  std::set<std::vector<std::pair<int64_t, int64_t>>> orders;
  void* m = gosc_makemap(&tMapII, 0, nullptr, nullptr);
  for (int64_t i = 0; i < 6; i++) Set(m, i, i);
  for (int round = 0; round < 50; round++) orders.insert(Entries(&tMapII, m));
  EXPECT_GT(orders.size(), 1u);
}

TEST(Map, DeleteAndInsertDuringIteration) {
  void* m = gosc_makemap(&tMapII, 0, nullptr, nullptr);
  for (int64_t i = 0; i < 100; i++) Set(m, i, i);
  std::set<int64_t> seen;
  alignas(8) char it[GOSC_MAP_ITER_SIZE];
  for (gosc_mapiterinit(&tMapII, m, it); *reinterpret_cast<void**>(it); gosc_mapiternext(it)) {
    int64_t key = **reinterpret_cast<int64_t**>(it);
    EXPECT_TRUE(seen.insert(key).second) << "key produced twice: " << key;
    // Delete the partner key, and insert many new keys to force growth.
    gosc_mapdelete_fast64(&tMapII, m, key ^ 1);
    for (int64_t j = 0; j < 20; j++) Set(m, 1000 + key * 100 + j, 0);
  }
  for (int64_t k : seen) {
    if (k < 100) EXPECT_EQ(seen.count(k ^ 1), 0u) << "deleted partner of " << k << " was produced";
  }
}

TEST(Map, FloatKeys) {
  void* m = gosc_makemap(&tMapFI, 0, nullptr, nullptr);
  double nan = NAN, pz = 0.0, nz = -0.0;
  *static_cast<int64_t*>(gosc_mapassign(&tMapFI, m, &nan)) = 1;
  *static_cast<int64_t*>(gosc_mapassign(&tMapFI, m, &nan)) = 2;
  EXPECT_EQ(gosc_maplen(m), 2);  // NaN != NaN: two entries
  EXPECT_EQ(gosc_mapaccess2(&tMapFI, m, &nan), nullptr);
  *static_cast<int64_t*>(gosc_mapassign(&tMapFI, m, &pz)) = 5;
  EXPECT_EQ(*static_cast<int64_t*>(gosc_mapaccess1(&tMapFI, m, &nz)), 5);  // +0 == -0
  EXPECT_EQ(gosc_maplen(m), 3);
  EXPECT_EQ(Entries(&tMapFI, m).size(), 3u);
}

TEST(Map, StringArrayAndInterfaceKeys) {
  void* m = gosc_makemap(&tMapSI, 0, nullptr, nullptr);
  std::string a = "hello", b = "hel";
  b += "lo";  // equal contents, different pointers
  *static_cast<int64_t*>(
      gosc_mapassign_faststr(&tMapSI, m, reinterpret_cast<const uint8_t*>(a.data()), 5)) = 9;
  GoString key{reinterpret_cast<const uint8_t*>(b.data()), 5};
  EXPECT_EQ(*static_cast<int64_t*>(gosc_mapaccess1(&tMapSI, m, &key)), 9);

  void* am = gosc_makemap(&tMapArrI, 0, nullptr, nullptr);
  int64_t k1[2] = {1, 2}, k2[2] = {1, 2}, k3[2] = {2, 1};
  *static_cast<int64_t*>(gosc_mapassign(&tMapArrI, am, k1)) = 1;
  EXPECT_EQ(*static_cast<int64_t*>(gosc_mapaccess1(&tMapArrI, am, k2)), 1);
  EXPECT_EQ(gosc_mapaccess2(&tMapArrI, am, k3), nullptr);

  void* im = gosc_makemap(&tMapAnyI, 0, nullptr, nullptr);
  GoEface ki = I(1), ks = Str("1"), ki2 = I(1);
  *static_cast<int64_t*>(gosc_mapassign(&tMapAnyI, im, &ki)) = 10;
  *static_cast<int64_t*>(gosc_mapassign(&tMapAnyI, im, &ks)) = 20;
  EXPECT_EQ(*static_cast<int64_t*>(gosc_mapaccess1(&tMapAnyI, im, &ki2)), 10);
  EXPECT_EQ(gosc_maplen(im), 2);
}

TEST(Map, NilMapReadsAndLargeValues) {
  EXPECT_EQ(Get(nullptr, 1), 0);
  EXPECT_EQ(gosc_maplen(nullptr), 0);
  gosc_mapdelete_fast64(&tMapII, nullptr, 1);  // no-op, as in Go
  void* m = gosc_makemap(&tMapIBig, 10, nullptr, nullptr);
  for (int64_t i = 0; i < 50; i++)
    static_cast<int64_t*>(gosc_mapassign_fast64(&tMapIBig, m, i))[299] = i;
  for (int64_t i = 0; i < 50; i++)
    EXPECT_EQ(static_cast<int64_t*>(gosc_mapaccess1_fast64(&tMapIBig, m, i))[299], i);
  EXPECT_EQ(static_cast<int64_t*>(gosc_mapaccess1_fast64(&tMapIBig, m, 99))[0], 0);
}

TEST(MapDeathTest, NilMapWritePanics) {
  EXPECT_EXIT(Set(nullptr, 1, 1), ::testing::ExitedWithCode(2),
              "^panic: assignment to entry in nil map\n");
  GoType tSlices = SliceOf(&tInt, "[]int");
  void* im = gosc_makemap(&tMapAnyI, 0, nullptr, nullptr);
  GoEface bad{&tSlices, BoxValue(&tSlices, new GoSlice{nullptr, 0, 0})};
  EXPECT_EXIT(gosc_mapassign(&tMapAnyI, im, &bad), ::testing::ExitedWithCode(2),
              "^panic: runtime error: hash of unhashable type \\[\\]int\n");
}

}  // namespace
}  // namespace gosc::runtime::testing
