// Map torture test: long random sequences of insert / update / lookup /
// delete / clear / iterate (with deletes, inserts and growth during the
// iteration) against std::unordered_map as the model, for int keys (fast64),
// int32 keys (fast32), string keys (faststr), composite [2]int keys and
// float64 keys with NaN (generic entries), on maps whose header and first
// group are caller storage and on heap maps. The default size keeps ctest
// fast; GOSC_MAP_TORTURE_SCALE=N runs N times as many operations.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <deque>
#include <random>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "tests/unit/runtime/rt_test_util.h"

namespace gosc::runtime::testing {
namespace {

GoType tTMapII = MapOf(&tInt, &tInt, "map[int]int");
GoType tTMap32 = MapOf(&tInt32, &tInt, "map[int32]int");
GoType tTMapSI = MapOf(&tString, &tInt, "map[string]int");
GoType tTArr2 = ArrayOf(&tInt, 2, "[2]int");
GoType tTMapAI = MapOf(&tTArr2, &tInt, "map[[2]int]int");
GoType tTMapFI = MapOf(&tFloat64, &tInt, "map[float64]int");

// Every kind maps a model key id (an int; -1 = NaN for floats) to a map key.
struct IntKind {
  GoType* type = &tTMapII;
  int64_t* Assign(void* m, int64_t id) {
    return static_cast<int64_t*>(gosc_mapassign_fast64(type, m, id * 7919));
  }
  int64_t* Find(void* m, int64_t id) {
    return static_cast<int64_t*>(gosc_mapaccess2_fast64(type, m, id * 7919));
  }
  void Delete(void* m, int64_t id) { gosc_mapdelete_fast64(type, m, id * 7919); }
  int64_t Id(const void* key) { return *static_cast<const int64_t*>(key) / 7919; }
};
struct Int32Kind {
  GoType* type = &tTMap32;
  int64_t* Assign(void* m, int64_t id) {
    return static_cast<int64_t*>(gosc_mapassign_fast32(type, m, static_cast<int32_t>(-id)));
  }
  int64_t* Find(void* m, int64_t id) {
    return static_cast<int64_t*>(gosc_mapaccess2_fast32(type, m, static_cast<int32_t>(-id)));
  }
  void Delete(void* m, int64_t id) { gosc_mapdelete_fast32(type, m, static_cast<int32_t>(-id)); }
  int64_t Id(const void* key) { return -*static_cast<const int32_t*>(key); }
};
struct StrKind {
  GoType* type = &tTMapSI;
  std::deque<std::string> pool;  // key bytes never move while a map holds them
  const std::string& Text(int64_t id) {
    while (static_cast<int64_t>(pool.size()) <= id)
      pool.push_back("key-" + std::to_string(pool.size() * 31));
    return pool[static_cast<size_t>(id)];
  }
  const uint8_t* P(int64_t id) { return reinterpret_cast<const uint8_t*>(Text(id).data()); }
  int64_t N(int64_t id) { return static_cast<int64_t>(Text(id).size()); }
  int64_t* Assign(void* m, int64_t id) {
    return static_cast<int64_t*>(gosc_mapassign_faststr(type, m, P(id), N(id)));
  }
  int64_t* Find(void* m, int64_t id) {
    return static_cast<int64_t*>(gosc_mapaccess2_faststr(type, m, P(id), N(id)));
  }
  void Delete(void* m, int64_t id) { gosc_mapdelete_faststr(type, m, P(id), N(id)); }
  int64_t Id(const void* key) {
    auto* s = static_cast<const GoString*>(key);
    return std::stoll(std::string(reinterpret_cast<const char*>(s->ptr) + 4,
                                  static_cast<size_t>(s->len - 4))) /
           31;
  }
};
struct ArrayKind {
  GoType* type = &tTMapAI;
  int64_t* Assign(void* m, int64_t id) {
    int64_t k[2] = {id, ~id};
    return static_cast<int64_t*>(gosc_mapassign(type, m, k));
  }
  int64_t* Find(void* m, int64_t id) {
    int64_t k[2] = {id, ~id};
    return static_cast<int64_t*>(gosc_mapaccess2(type, m, k));
  }
  void Delete(void* m, int64_t id) {
    int64_t k[2] = {id, ~id};
    gosc_mapdelete(type, m, k);
  }
  int64_t Id(const void* key) { return static_cast<const int64_t*>(key)[0]; }
};
struct FloatKind {  // id -1 is NaN: every insert a new entry, never found
  GoType* type = &tTMapFI;
  static double Key(int64_t id) {
    return id < 0 ? NAN : id == 0 ? -0.0 : static_cast<double>(id) * 0.5;
  }
  int64_t* Assign(void* m, int64_t id) {
    double k = Key(id);
    return static_cast<int64_t*>(gosc_mapassign(type, m, &k));
  }
  int64_t* Find(void* m, int64_t id) {
    double k = Key(id);
    return static_cast<int64_t*>(gosc_mapaccess2(type, m, &k));
  }
  void Delete(void* m, int64_t id) {
    double k = Key(id);
    gosc_mapdelete(type, m, &k);
  }
  int64_t Id(const void* key) {
    double d = *static_cast<const double*>(key);
    return std::isnan(d) ? -1 : static_cast<int64_t>(d * 2);
  }
};

int64_t Scale() {
  const char* s = getenv("GOSC_MAP_TORTURE_SCALE");
  return s && atoll(s) > 0 ? atoll(s) : 1;
}

template <typename Kind>
void Torture(Kind& kind, bool with_nan, uint32_t seed, int64_t ops) {
  std::mt19937_64 rng(seed);
  auto rnd = [&](int64_t n) { return static_cast<int64_t>(rng() % static_cast<uint64_t>(n)); };
  const GoType* type = kind.type;
  alignas(8) char header[GOSC_MAP_HEADER_SIZE];
  std::vector<uint64_t> group(static_cast<size_t>(gosc_map_group_size(kind.type) / 8 + 1));
  int64_t done = 0;
  for (int round = 0; done < ops; round++) {
    const bool caller_storage = round % 2 == 0;
    void* m = gosc_makemap(kind.type, rnd(10), caller_storage ? header : nullptr,
                           caller_storage ? group.data() : nullptr);
    std::unordered_map<int64_t, int64_t> model;
    int64_t nans = 0;
    const int64_t range = int64_t{1}
                          << (1 + rnd(round % 3 == 0 ? 12 : 6));  // tiny maps and big ones
    const int64_t steps = 200 + rnd(range * 4);
    for (int64_t s = 0; s < steps; s++, done++) {
      const int op = static_cast<int>(rnd(100));
      const int64_t id = with_nan && rnd(50) == 0 ? -1 : rnd(range);
      if (op < 40) {
        int64_t v = static_cast<int64_t>(rng() >> 1);
        *kind.Assign(m, id) = v;
        if (id < 0) nans++;
        else model[id] = v;
      } else if (op < 70) {
        int64_t* p = kind.Find(m, id);
        auto it = id < 0 ? model.end() : model.find(id);
        ASSERT_EQ(p != nullptr, it != model.end()) << "id " << id;
        if (p) ASSERT_EQ(*p, it->second);
      } else if (op < 95) {
        kind.Delete(m, id);
        if (id >= 0) model.erase(id);
      } else if (op < 96 || (op < 99 && range <= 64)) {
        // Iterate, mutating on the way: each entry at most once, none that
        // was deleted before it was reached, every untouched one exactly once.
        std::unordered_set<int64_t> seen, touched;
        int64_t nans_seen = 0;
        const int64_t nans_before = nans;
        alignas(8) char it[GOSC_MAP_ITER_SIZE];
        for (gosc_mapiterinit(kind.type, m, it); *reinterpret_cast<void**>(it);
             gosc_mapiternext(it)) {
          int64_t key = kind.Id(*reinterpret_cast<void**>(it));
          int64_t val = **reinterpret_cast<int64_t**>(it + 8);
          if (key < 0) {
            nans_seen++;
            continue;
          }
          // A key deleted and re-inserted during the loop is a new entry.
          ASSERT_TRUE(seen.insert(key).second || touched.count(key)) << "produced twice: " << key;
          auto found = model.find(key);
          ASSERT_NE(found, model.end()) << "produced a deleted key " << key;
          ASSERT_EQ(val, found->second);
          const int mut = static_cast<int>(rnd(8));
          if (mut == 0) {  // delete some key
            int64_t d = rnd(range);
            kind.Delete(m, d);
            model.erase(d);
            touched.insert(d);
          } else if (mut == 1) {  // insert a burst of keys: may grow the table
            for (int j = 0, n = static_cast<int>(rnd(range < 64 ? range + 1 : 64)); j < n; j++) {
              int64_t a = rnd(range * 2);
              *kind.Assign(m, a) = a;
              model[a] = a;
              touched.insert(a);
            }
          } else if (mut == 2) {  // update the current entry
            *kind.Assign(m, key) = 5;
            model[key] = 5;
          }
        }
        for (auto& [k, v] : model)
          if (!touched.count(k)) ASSERT_TRUE(seen.count(k)) << "missed key " << k;
        ASSERT_LE(nans_seen, nans);
        ASSERT_GE(nans_seen, nans_before);
      } else if (op == 99) {
        gosc_mapclear(kind.type, m);
        model.clear();
        nans = 0;
      }
      ASSERT_EQ(gosc_maplen(m), static_cast<int64_t>(model.size()) + nans);
    }
    (void)type;
  }
}

TEST(MapTorture, IntKeys) {
  IntKind k;
  Torture(k, false, 1, 100000 * Scale());
}
TEST(MapTorture, Int32Keys) {
  Int32Kind k;
  Torture(k, false, 2, 60000 * Scale());
}
TEST(MapTorture, StringKeys) {
  StrKind k;
  Torture(k, false, 3, 80000 * Scale());
}
TEST(MapTorture, ArrayKeys) {
  ArrayKind k;
  Torture(k, false, 4, 60000 * Scale());
}
TEST(MapTorture, FloatKeysWithNaN) {
  FloatKind k;
  Torture(k, true, 5, 60000 * Scale());
}

}  // namespace
}  // namespace gosc::runtime::testing
