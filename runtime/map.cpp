// Go maps. Design (chosen so a map can live on the stack):
//  * The header (GoMapHeader, GOSC_MAP_HEADER_SIZE bytes) is fixed-size and
//    may be caller storage; so may the first bucket of a map whose hint
//    fits one bucket. Buckets added by growth come from the GC heap.
//  * Buckets as in Go: 8 slots of tophash bytes, then 8 keys, then 8 values,
//    then an overflow pointer (16 + 8*(ksize+vsize) bytes). tophash 0 marks
//    an empty slot (and, because slots are filled in order and never
//    emptied, everything after it in the chain), 1 a deleted slot.
//  * Growth doubles the bucket array and rehashes everything at once when
//    the average load would pass 6.5 per bucket; too many overflow buckets
//    (from deletions) trigger a same-size rehash.
//  * Iteration starts at a random bucket and a random slot offset, so no
//    program can depend on insertion order. An iterator remembers the bucket
//    array it started on; if the map grows meanwhile, it keeps walking the
//    old array (never modified after a grow) and looks each key up in the
//    live table, skipping deleted keys and returning current values — Go's
//    rules: every entry is produced at most once, deleted entries that were
//    not reached are not produced, new entries may or may not be.
#include <gc/gc.h>

#include <cstddef>
#include <cstring>
#include <ctime>

#include "runtime/internal.h"

namespace gosc::runtime {
namespace {

constexpr int kSlots = 8;
constexpr uint8_t kEmpty = 0;
constexpr uint8_t kDeleted = 1;
constexpr uint8_t kMinTop = 2;

struct GoMapHeader {
  int64_t count;  // first: len(m) is a load
  const GoType* type;
  uint8_t* buckets;
  uint8_t B;
  uint8_t pad[3];
  uint32_t seed;
  int64_t noverflow;
  int64_t bucket_size;
};
static_assert(sizeof(GoMapHeader) == GOSC_MAP_HEADER_SIZE);
// Codegen initialises small stack maps inline through these offsets.
static_assert(offsetof(GoMapHeader, count) == GOSC_MAP_HEADER_COUNT_OFFSET);
static_assert(offsetof(GoMapHeader, type) == GOSC_MAP_HEADER_TYPE_OFFSET);
static_assert(offsetof(GoMapHeader, buckets) == GOSC_MAP_HEADER_BUCKETS_OFFSET);
static_assert(offsetof(GoMapHeader, B) == GOSC_MAP_HEADER_B_OFFSET);
static_assert(offsetof(GoMapHeader, seed) == GOSC_MAP_HEADER_SEED_OFFSET);
static_assert(offsetof(GoMapHeader, noverflow) == GOSC_MAP_HEADER_NOVERFLOW_OFFSET);
static_assert(offsetof(GoMapHeader, bucket_size) == GOSC_MAP_HEADER_BUCKET_SIZE_OFFSET);

struct MapIter {
  void* key;
  void* elem;
  const GoType* type;
  GoMapHeader* m;
  uint8_t* buckets;
  uint8_t* bptr;
  int64_t B;
  uint64_t start_bucket;
  int64_t offset;
  int64_t buckets_done;
  int64_t slot_i;
  int64_t pad[5];
};
static_assert(sizeof(MapIter) <= GOSC_MAP_ITER_SIZE);

uint64_t g_rand_state = 0;
uint64_t FastRand() {
  if (g_rand_state == 0) {
    g_rand_state = static_cast<uint64_t>(time(nullptr)) ^ reinterpret_cast<uintptr_t>(&g_rand_state) ^
                   0x9E3779B97F4A7C15ULL;
  }
  g_rand_state ^= g_rand_state << 13;
  g_rand_state ^= g_rand_state >> 7;
  g_rand_state ^= g_rand_state << 17;
  return g_rand_state;
}

alignas(16) const uint8_t kZeroVal[1024] = {};

struct Layout {
  const GoType* kt;
  const GoType* vt;
  int64_t ks, vs, bsize;
  explicit Layout(const GoType* maptype) {
    const GoType* u = Under(maptype);
    kt = u->key;
    vt = u->elem;
    ks = kt->size;
    vs = vt->size;
    bsize = 16 + 8 * (ks + vs);
  }
  uint8_t* Key(uint8_t* b, int i) const { return b + 8 + i * ks; }
  uint8_t* Val(uint8_t* b, int i) const { return b + 8 + 8 * ks + i * vs; }
  uint8_t*& Overflow(uint8_t* b) const { return *reinterpret_cast<uint8_t**>(b + 8 + 8 * (ks + vs)); }
};

inline uint8_t TopHash(uint64_t h) {
  uint8_t t = static_cast<uint8_t>(h >> 56);
  return t < kMinTop ? static_cast<uint8_t>(t + kMinTop) : t;
}

// Key policies: the generic one goes through descriptors; the fast ones
// must hash and compare exactly as the generic one would for their keys.
struct GenericKey {
  const GoType* kt;
  uint64_t Hash(const void* k, uint32_t seed) const { return ValueHash(kt, k, seed); }
  bool Eq(const void* a, const void* b) const { return ValueEqual(kt, a, b); }
};
struct U64Key {
  uint64_t Hash(const void* k, uint32_t seed) const { return HashBytes(k, 8, seed); }
  bool Eq(const void* a, const void* b) const {
    return *static_cast<const uint64_t*>(a) == *static_cast<const uint64_t*>(b);
  }
};
struct StrKey {
  uint64_t Hash(const void* k, uint32_t seed) const {
    auto* s = static_cast<const GoString*>(k);
    return HashBytes(s->ptr, static_cast<size_t>(s->len), seed);
  }
  bool Eq(const void* a, const void* b) const {
    auto* x = static_cast<const GoString*>(a);
    auto* y = static_cast<const GoString*>(b);
    return x->len == y->len && (x->ptr == y->ptr || memcmp(x->ptr, y->ptr, x->len) == 0);
  }
};

uint8_t* NewBuckets(const Layout& L, int B) {
  return static_cast<uint8_t*>(Alloc(static_cast<size_t>(L.bsize << B), true));
}

template <typename K>
void* Lookup(const K& ops, const Layout& L, GoMapHeader* m, const void* key) {
  if (m == nullptr || m->count == 0 || m->buckets == nullptr) return nullptr;
  const uint64_t h = ops.Hash(key, m->seed);
  const uint8_t top = TopHash(h);
  const uint64_t mask = (uint64_t{1} << m->B) - 1;
  for (uint8_t* b = m->buckets + (h & mask) * L.bsize; b != nullptr; b = L.Overflow(b)) {
    for (int i = 0; i < kSlots; i++) {
      const uint8_t th = b[i];
      if (th == kEmpty) return nullptr;
      if (th == top && ops.Eq(L.Key(b, i), key)) return L.Val(b, i);
    }
  }
  return nullptr;
}

// Places a key known to be absent (rehash or fresh insert); returns its slot's value.
template <typename K>
void* Place(const Layout& L, GoMapHeader* m, uint64_t h, const void* key) {
  const uint8_t top = TopHash(h);
  const uint64_t mask = (uint64_t{1} << m->B) - 1;
  uint8_t* b = m->buckets + (h & mask) * L.bsize;
  for (;;) {
    for (int i = 0; i < kSlots; i++) {
      if (b[i] == kEmpty || b[i] == kDeleted) {
        b[i] = top;
        memcpy(L.Key(b, i), key, static_cast<size_t>(L.ks));
        return L.Val(b, i);
      }
    }
    uint8_t*& ov = L.Overflow(b);
    if (ov == nullptr) {
      ov = static_cast<uint8_t*>(Alloc(static_cast<size_t>(L.bsize), true));
      m->noverflow++;
    }
    b = ov;
  }
}

template <typename K>
void Grow(const K& ops, const Layout& L, GoMapHeader* m, int newB) {
  uint8_t* old = m->buckets;
  const int oldB = m->B;
  m->buckets = NewBuckets(L, newB);
  m->B = static_cast<uint8_t>(newB);
  m->noverflow = 0;
  if (old == nullptr) return;
  for (int64_t bi = 0; bi < (int64_t{1} << oldB); bi++) {
    for (uint8_t* b = old + bi * L.bsize; b != nullptr; b = L.Overflow(b)) {
      for (int i = 0; i < kSlots; i++) {
        if (b[i] < kMinTop) continue;
        void* v = Place<K>(L, m, ops.Hash(L.Key(b, i), m->seed), L.Key(b, i));
        memcpy(v, L.Val(b, i), static_cast<size_t>(L.vs));
      }
    }
  }
}

bool OverLoad(int64_t count, int B) { return count > kSlots && count > 13 * ((int64_t{1} << B) / 2); }

template <typename K>
void* Assign(const K& ops, const Layout& L, GoMapHeader* m, const void* key) {
  if (m == nullptr) gosc_panic_nilmap();
  if (void* v = Lookup(ops, L, m, key)) return v;
  if (m->buckets == nullptr) {
    m->buckets = NewBuckets(L, m->B);
  } else if (OverLoad(m->count + 1, m->B)) {
    Grow(ops, L, m, m->B + 1);
  } else if (m->noverflow >= (int64_t{1} << (m->B < 15 ? m->B : 15)) && m->noverflow > 4) {
    Grow(ops, L, m, m->B);
  }
  m->count++;
  return Place<K>(L, m, ops.Hash(key, m->seed), key);
}

template <typename K>
void Delete(const K& ops, const Layout& L, GoMapHeader* m, const void* key) {
  if (m == nullptr || m->count == 0 || m->buckets == nullptr) return;
  const uint64_t h = ops.Hash(key, m->seed);
  const uint8_t top = TopHash(h);
  const uint64_t mask = (uint64_t{1} << m->B) - 1;
  for (uint8_t* b = m->buckets + (h & mask) * L.bsize; b != nullptr; b = L.Overflow(b)) {
    for (int i = 0; i < kSlots; i++) {
      if (b[i] == kEmpty) return;
      if (b[i] == top && ops.Eq(L.Key(b, i), key)) {
        b[i] = kDeleted;
        memset(L.Key(b, i), 0, static_cast<size_t>(L.ks));  // let the GC free what it held
        memset(L.Val(b, i), 0, static_cast<size_t>(L.vs));
        m->count--;
        return;
      }
    }
  }
}

void* ZeroArea(const Layout& L) {
  if (L.vs <= static_cast<int64_t>(sizeof kZeroVal)) return const_cast<uint8_t*>(kZeroVal);
  void* p = GC_MALLOC_ATOMIC(static_cast<size_t>(L.vs));
  memset(p, 0, static_cast<size_t>(L.vs));
  return p;
}

GoMapHeader* M(void* m) { return static_cast<GoMapHeader*>(m); }
const GoType* T(void* t) { return static_cast<const GoType*>(t); }

}  // namespace
}  // namespace gosc::runtime

using namespace gosc::runtime;

extern "C" {

int64_t gosc_map_bucket_size(void* type) { return Layout(T(type)).bsize; }

void* gosc_makemap(void* type, int64_t hint, void* header, void* bucket) {
  const Layout L(T(type));
  auto* m = header ? M(header) : static_cast<GoMapHeader*>(Alloc(sizeof(GoMapHeader), true));
  memset(m, 0, sizeof *m);
  m->type = T(type);
  m->seed = static_cast<uint32_t>(FastRand());
  m->bucket_size = L.bsize;
  int B = 0;
  while (OverLoad(hint, B)) B++;
  m->B = static_cast<uint8_t>(B);
  if (B == 0 && bucket != nullptr) {
    memset(bucket, 0, static_cast<size_t>(L.bsize));
    m->buckets = static_cast<uint8_t*>(bucket);
  } else if (B > 0) {
    m->buckets = NewBuckets(L, B);
  }
  return m;
}

int64_t gosc_maplen(void* m) { return m ? M(m)->count : 0; }

void* gosc_mapaccess1(void* type, void* m, void* key) {
  const Layout L(T(type));
  void* v = Lookup(GenericKey{L.kt}, L, M(m), key);
  return v ? v : ZeroArea(L);
}

void* gosc_mapaccess2(void* type, void* m, void* key) {
  const Layout L(T(type));
  return Lookup(GenericKey{L.kt}, L, M(m), key);
}

void* gosc_mapassign(void* type, void* m, void* key) {
  const Layout L(T(type));
  return Assign(GenericKey{L.kt}, L, M(m), key);
}

void gosc_mapdelete(void* type, void* m, void* key) {
  const Layout L(T(type));
  Delete(GenericKey{L.kt}, L, M(m), key);
}

void* gosc_mapaccess1_fast64(void* type, void* m, int64_t key) {
  const Layout L(T(type));
  void* v = Lookup(U64Key{}, L, M(m), &key);
  return v ? v : ZeroArea(L);
}

void* gosc_mapaccess2_fast64(void* type, void* m, int64_t key) {
  const Layout L(T(type));
  return Lookup(U64Key{}, L, M(m), &key);
}

void* gosc_mapassign_fast64(void* type, void* m, int64_t key) {
  const Layout L(T(type));
  return Assign(U64Key{}, L, M(m), &key);
}

void gosc_mapdelete_fast64(void* type, void* m, int64_t key) {
  const Layout L(T(type));
  Delete(U64Key{}, L, M(m), &key);
}

void* gosc_mapaccess1_faststr(void* type, void* m, const uint8_t* p, int64_t n) {
  const Layout L(T(type));
  GoString key{p, n};
  void* v = Lookup(StrKey{}, L, M(m), &key);
  return v ? v : ZeroArea(L);
}

void* gosc_mapaccess2_faststr(void* type, void* m, const uint8_t* p, int64_t n) {
  const Layout L(T(type));
  GoString key{p, n};
  return Lookup(StrKey{}, L, M(m), &key);
}

void* gosc_mapassign_faststr(void* type, void* m, const uint8_t* p, int64_t n) {
  const Layout L(T(type));
  GoString key{p, n};
  return Assign(StrKey{}, L, M(m), &key);
}

void gosc_mapdelete_faststr(void* type, void* m, const uint8_t* p, int64_t n) {
  const Layout L(T(type));
  GoString key{p, n};
  Delete(StrKey{}, L, M(m), &key);
}

void gosc_mapclear(void* type, void* m) {
  if (m == nullptr) return;
  GoMapHeader* h = M(m);
  const Layout L(T(type));
  if (h->buckets != nullptr) {
    // Clear in place so running iterators see every entry gone.
    for (int64_t bi = 0; bi < (int64_t{1} << h->B); bi++) {
      uint8_t* b = h->buckets + bi * L.bsize;
      L.Overflow(b) = nullptr;
      memset(b, 0, static_cast<size_t>(L.bsize));
    }
  }
  h->count = 0;
  h->noverflow = 0;
}

void gosc_mapiterinit(void* type, void* m, void* iter) {
  auto* it = static_cast<MapIter*>(iter);
  memset(it, 0, sizeof *it);
  it->type = T(type);
  it->m = M(m);
  if (m == nullptr || M(m)->count == 0 || M(m)->buckets == nullptr) return;  // key stays null
  it->buckets = M(m)->buckets;
  it->B = M(m)->B;
  const uint64_t r = FastRand();
  it->start_bucket = r & ((uint64_t{1} << it->B) - 1);
  it->offset = static_cast<int64_t>((r >> 59) & 7);
  gosc_mapiternext(iter);
}

void gosc_mapiternext(void* iter) {
  auto* it = static_cast<MapIter*>(iter);
  if (it->buckets == nullptr) {
    it->key = it->elem = nullptr;
    return;
  }
  const Layout L(it->type);
  const uint64_t mask = (uint64_t{1} << it->B) - 1;
  for (;;) {
    if (it->bptr == nullptr) {
      if (it->buckets_done > static_cast<int64_t>(mask)) {
        it->key = it->elem = nullptr;
        it->buckets = nullptr;
        return;
      }
      it->bptr = it->buckets + ((it->start_bucket + it->buckets_done) & mask) * L.bsize;
      it->buckets_done++;
      it->slot_i = 0;
    }
    while (it->slot_i < kSlots) {
      const int slot = static_cast<int>((it->slot_i + it->offset) & 7);
      it->slot_i++;
      uint8_t* b = it->bptr;
      if (b[slot] < kMinTop) continue;
      void* k = L.Key(b, slot);
      void* v = L.Val(b, slot);
      if (it->m->buckets != it->buckets) {
        // The map grew: this array is a frozen snapshot; the live table
        // decides whether the key still exists and what its value is.
        if (ValueEqual(L.kt, k, k)) {
          v = Lookup(GenericKey{L.kt}, L, it->m, k);
          if (v == nullptr) continue;
        }
      }
      it->key = k;
      it->elem = v;
      return;
    }
    it->bptr = L.Overflow(it->bptr);
    it->slot_i = 0;
  }
}

}  // extern "C"
