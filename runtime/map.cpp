// The map ABI entries (runtime/abi.def § Maps): make, the generic entries
// (key by pointer, hashed and compared through the key's descriptor), the
// fast entries for 4- and 8-byte integer keys and string keys (key by
// value, no descriptor dispatch), clear. The table itself — design, load
// factor, probing, hash-flooding defence — is described in map_table.h;
// iteration lives in map_iter.cpp.
#include <gc/gc.h>
#include <sys/random.h>

#include <cstring>
#include <ctime>

#include "runtime/map_table.h"
#include "runtime/region.h"

namespace gosc::runtime::maps {

uint8_t* NewGroups(const MapHeader* m, const Layout& L, uint64_t groups) {
  const GoType* u = Under(m->type);
  const bool pointers = HasPointers(u->key) || HasPointers(u->elem);
  const size_t bytes = static_cast<size_t>(L.GroupSize()) * groups;
  // A map made in a region grows inside it (runtime/region.h).
  if (Region* r = RegionOf(m)) return static_cast<uint8_t*>(RegionAlloc(r, bytes, pointers));
  return static_cast<uint8_t*>(Alloc(bytes, pointers));
}

namespace {

// Per-map seeds: a xorshift state seeded once per process from the kernel.
uint64_t g_seed_state = 0;
uint64_t NextSeed() {
  if (g_seed_state == 0) {
    if (getrandom(&g_seed_state, sizeof g_seed_state, GRND_NONBLOCK) != sizeof g_seed_state)
      g_seed_state =
          static_cast<uint64_t>(time(nullptr)) ^ reinterpret_cast<uintptr_t>(&g_seed_state);
    g_seed_state |= 1;
  }
  g_seed_state ^= g_seed_state << 13;
  g_seed_state ^= g_seed_state >> 7;
  g_seed_state ^= g_seed_state << 17;
  return hash::MixSeed(g_seed_state);
}

alignas(16) const uint8_t kZeroVal[1024] = {};

void* ZeroArea(int64_t vs) {
  if (vs <= static_cast<int64_t>(sizeof kZeroVal)) return const_cast<uint8_t*>(kZeroVal);
  void* p = GC_MALLOC_ATOMIC(static_cast<size_t>(vs));
  memset(p, 0, static_cast<size_t>(vs));
  return p;
}

// The generic entries' key policy: keys that are plain memory hash and
// compare as bytes (no descriptor walk per key), the rest by descriptor.
template <typename F>
auto WithKeyOps(const GoType* map_type, F f) {
  const GoType* kt = Under(map_type)->key;
  if (PlainMemoryType(kt)) return f(MemKey{static_cast<size_t>(kt->size)});
  return f(GenericKey{kt});
}

// Go hashes the key of a lookup or delete even in a nil or empty map, so an
// interface key holding a slice, map or func panics there too.
void CheckHashableWhenEmpty(void* type, void* m, void* key) {
  const GoType* kt = Under(T(type))->key;
  if ((m == nullptr || M(m)->count == 0) && (kt->flags & kGoHashMightPanic)) ValueHash(kt, key, 0);
}

// Fast paths know their key size; the element size is in the header.
template <typename Int>
Layout FastLayout(void* m, void* type) {
  return Layout{sizeof(Int), m ? M(m)->elem_size : Under(T(type))->elem->size};
}

}  // namespace
}  // namespace gosc::runtime::maps

using namespace gosc::runtime;
using namespace gosc::runtime::maps;

extern "C" {

int64_t gosc_map_group_size(void* type) { return LayoutOf(T(type)).GroupSize(); }

void* gosc_makemap(void* type, int64_t hint, void* header, void* group) {
  const Layout L = LayoutOf(T(type));
  auto* m = header ? M(header) : static_cast<MapHeader*>(Alloc(sizeof(MapHeader), true));
  m->count = 0;
  m->type = T(type);
  m->seed = NextSeed();
  m->elem_size = static_cast<uint32_t>(L.vs);
  m->group_mask = 0;
  m->growth_left = 0;
  m->groups = nullptr;
  uint64_t groups = 1;
  while (MaxLoad(groups) < hint && groups < (uint64_t{1} << 31)) groups *= 2;
  if (groups == 1 && group != nullptr) {
    memset(group, 0, kCtrlSize);  // all slots empty; slots are written before they are read
    m->groups = static_cast<uint8_t*>(group);
    m->growth_left = kSmallCapacity;
  } else if (hint > 0) {
    m->groups = NewGroups(m, L, groups);
    m->group_mask = static_cast<uint32_t>(groups - 1);
    m->growth_left = MaxLoad(groups);
  }
  return m;
}

int64_t gosc_maplen(void* m) { return m ? M(m)->count : 0; }

void* gosc_mapaccess1(void* type, void* m, void* key) {
  CheckHashableWhenEmpty(type, m, key);
  const Layout L = LayoutOf(T(type));
  void* v = WithKeyOps(T(type), [&](const auto& ops) { return Find(ops, L, M(m), key); });
  return v ? v : ZeroArea(L.vs);
}

void* gosc_mapaccess2(void* type, void* m, void* key) {
  CheckHashableWhenEmpty(type, m, key);
  const Layout L = LayoutOf(T(type));
  return WithKeyOps(T(type), [&](const auto& ops) { return Find(ops, L, M(m), key); });
}

void* gosc_mapassign(void* type, void* m, void* key) {
  const Layout L = LayoutOf(T(type));
  return WithKeyOps(T(type), [&](const auto& ops) { return Assign(ops, L, M(m), key); });
}

void gosc_mapdelete(void* type, void* m, void* key) {
  CheckHashableWhenEmpty(type, m, key);
  const Layout L = LayoutOf(T(type));
  WithKeyOps(T(type), [&](const auto& ops) {
    Delete(ops, L, M(m), key);
    return 0;
  });
}

#define GOSC_MAP_FAST_INT(SUFFIX, INT)                                  \
  void* gosc_mapaccess1_##SUFFIX(void* type, void* m, INT key) {        \
    const Layout L = FastLayout<INT>(m, type);                          \
    void* v = Find(IntKey<INT>{}, L, M(m), &key);                       \
    return v ? v : ZeroArea(L.vs);                                      \
  }                                                                     \
  void* gosc_mapaccess2_##SUFFIX(void* type, void* m, INT key) {        \
    return Find(IntKey<INT>{}, FastLayout<INT>(m, type), M(m), &key);   \
  }                                                                     \
  void* gosc_mapassign_##SUFFIX(void* type, void* m, INT key) {         \
    return Assign(IntKey<INT>{}, FastLayout<INT>(m, type), M(m), &key); \
  }                                                                     \
  void gosc_mapdelete_##SUFFIX(void* type, void* m, INT key) {          \
    Delete(IntKey<INT>{}, FastLayout<INT>(m, type), M(m), &key);        \
  }
GOSC_MAP_FAST_INT(fast32, int32_t)
GOSC_MAP_FAST_INT(fast64, int64_t)
#undef GOSC_MAP_FAST_INT

void* gosc_mapaccess1_faststr(void* type, void* m, const uint8_t* p, int64_t n) {
  const Layout L = FastLayout<GoString>(m, type);
  GoString key{p, n};
  void* v = Find(StrKey{}, L, M(m), &key);
  return v ? v : ZeroArea(L.vs);
}

void* gosc_mapaccess2_faststr(void* type, void* m, const uint8_t* p, int64_t n) {
  GoString key{p, n};
  return Find(StrKey{}, FastLayout<GoString>(m, type), M(m), &key);
}

void* gosc_mapassign_faststr(void* type, void* m, const uint8_t* p, int64_t n) {
  GoString key{p, n};
  return Assign(StrKey{}, FastLayout<GoString>(m, type), M(m), &key);
}

void gosc_mapdelete_faststr(void* type, void* m, const uint8_t* p, int64_t n) {
  GoString key{p, n};
  Delete(StrKey{}, FastLayout<GoString>(m, type), M(m), &key);
}

void gosc_mapclear(void* type, void* m) {
  if (m == nullptr) return;
  MapHeader* h = M(m);
  // Cleared in place, so running iterators over this array see every entry gone.
  if (h->groups != nullptr) {
    const Layout L = LayoutOf(T(type));
    memset(h->groups, 0, static_cast<size_t>(L.GroupSize()) * (uint64_t{h->group_mask} + 1));
    h->growth_left = MaxLoad(uint64_t{h->group_mask} + 1);
  }
  h->count = 0;
}

}  // extern "C"
