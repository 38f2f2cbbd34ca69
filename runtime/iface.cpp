// Interfaces at run time: method lookup in type descriptors, itabs built on
// demand for interface conversions and type switches, and the generic
// equality and hashing of values by descriptor that interface comparison
// and maps with non-fast-path keys need.
#include <gc/gc.h>

#include <cmath>
#include <cstring>
#include <string>
#include <unordered_map>

#include "runtime/hash.h"
#include "runtime/internal.h"

namespace gosc::runtime {

int64_t NumMethods(const GoType* t) {
  if (t->methods == nullptr) return 0;
  if ((t->flags & kGoNamed) || t->kind == kGoPointer) return t->len;
  return 0;
}

const GoMethod* FindMethod(const GoType* t, const char* name) {
  if (t == nullptr) return nullptr;
  const int64_t n = NumMethods(t);
  const bool is_ptr = t->kind == kGoPointer;
  for (int64_t i = 0; i < n; i++) {
    const GoMethod& m = t->methods[i];
    if (!is_ptr && m.ptr_recv) continue;
    if (strcmp(m.name, name) == 0) return &m;
  }
  return nullptr;
}

bool TypesEqual(const GoType* a, const GoType* b) {
  if (a == b) return true;
  if (a == nullptr || b == nullptr) return false;
  return a->name != nullptr && b->name != nullptr && strcmp(a->name, b->name) == 0;
}

GoString CallStringMethod(const GoMethod* m, void* data) {
  return reinterpret_cast<GoString (*)(void*)>(m->fn)(data);
}

namespace {

struct PairHash {
  size_t operator()(const std::pair<const void*, const void*>& p) const {
    return std::hash<const void*>()(p.first) * 31 + std::hash<const void*>()(p.second);
  }
};

// Itabs are immortal (GC_MALLOC_UNCOLLECTABLE) and cached per pair, so the
// cache (in malloc memory the GC does not scan) may hold them.
std::unordered_map<std::pair<const void*, const void*>, GoItab*, PairHash>& ItabCache() {
  static auto* cache =
      new std::unordered_map<std::pair<const void*, const void*>, GoItab*, PairHash>();
  return *cache;
}

const GoMethod* FindMethodSig(const GoType* t, const GoMethod& want) {
  const int64_t n = NumMethods(t);
  const bool is_ptr = t->kind == kGoPointer;
  for (int64_t i = 0; i < n; i++) {
    const GoMethod& m = t->methods[i];
    if (!is_ptr && m.ptr_recv) continue;
    if (strcmp(m.name, want.name) != 0) continue;
    if (m.signature && want.signature && strcmp(m.signature, want.signature) != 0) return nullptr;
    return &m;
  }
  return nullptr;
}

[[noreturn]] void PanicUncomparable(const GoType* t, bool hashing) {
  GoString msg = MakeString(
      std::string(hashing ? "hash of unhashable type " : "comparing uncomparable type ") + t->name);
  PanicRuntime(RtErr::kErrorString, View(msg));  // no std::string alive (see PanicRuntime)
}

inline uint64_t Mix(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

uint64_t g_nan_counter = 0;

}  // namespace

// Map keys and interface values hash with wyhash (runtime/hash.h); `seed`
// is used as already scrambled (maps keep a scrambled per-map seed).
uint64_t HashBytes(const void* data, size_t n, uint64_t seed) {
  return hash::HashWithMixedSeed(data, n, seed);
}

namespace {
// Whether values of (underlying) type u are equal exactly when their bytes
// are: integers, booleans and pointers, but not floats (+0 == -0, NaN),
// strings or interfaces (which compare what they point to).
bool PlainMemoryKind(const GoType* u) {
  switch (u->kind) {
    case kGoBool:
    case kGoInt:
    case kGoInt8:
    case kGoInt16:
    case kGoInt32:
    case kGoInt64:
    case kGoUint:
    case kGoUint8:
    case kGoUint16:
    case kGoUint32:
    case kGoUint64:
    case kGoUintptr:
    case kGoUnsafePointer:
    case kGoPointer: return true;
    default: return false;
  }
}
}  // namespace

// Composite keys equal exactly when their bytes are: arrays of such and
// structs of such whose fields tile the struct (no padding, whose bytes are
// unspecified) and have no blank `_` field (which equality skips). Such keys
// hash and compare as one block of memory, wherever they are reached from.
bool PlainMemoryType(const GoType* t) {
  const GoType* u = Under(t);
  if (PlainMemoryKind(u)) return true;
  if (u->kind == kGoArray) return PlainMemoryType(u->elem);
  if (u->kind != kGoStruct) return false;
  int64_t end = 0;
  for (int64_t i = 0; i < u->len; i++) {
    const GoField& f = u->fields[i];
    if (f.offset != end || (f.name != nullptr && strcmp(f.name, "_") == 0)) return false;
    if (!PlainMemoryType(f.type)) return false;
    end += f.type->size;
  }
  return end == u->size;
}

bool ValueEqual(const GoType* t, const void* a, const void* b) {
  const GoType* u = Under(t);
  if ((u->kind == kGoArray || u->kind == kGoStruct) && PlainMemoryType(u))
    return memcmp(a, b, static_cast<size_t>(u->size)) == 0;
  switch (u->kind) {
    case kGoFloat32: return *static_cast<const float*>(a) == *static_cast<const float*>(b);
    case kGoFloat64: return *static_cast<const double*>(a) == *static_cast<const double*>(b);
    case kGoString: {
      auto* x = static_cast<const GoString*>(a);
      auto* y = static_cast<const GoString*>(b);
      return x->len == y->len && (x->len == 0 || memcmp(x->ptr, y->ptr, x->len) == 0);
    }
    case kGoInterface: {
      auto* x = static_cast<const GoEface*>(a);
      auto* y = static_cast<const GoEface*>(b);
      const GoType* tx = x->type;
      const GoType* ty = y->type;
      if (u->len != 0) {  // non-empty interface: first word is an itab
        tx = tx ? reinterpret_cast<const GoItab*>(tx)->type : nullptr;
        ty = ty ? reinterpret_cast<const GoItab*>(ty)->type : nullptr;
      }
      if (!TypesEqual(tx, ty)) return false;
      if (tx == nullptr) return true;
      if (!(tx->flags & kGoComparable)) PanicUncomparable(tx, false);
      return ValueEqual(tx, EfaceValue(tx, x->data), EfaceValue(tx, y->data));
    }
    case kGoArray: {
      const GoType* e = u->elem;
      for (int64_t i = 0; i < u->len; i++) {
        if (!ValueEqual(e, static_cast<const char*>(a) + i * e->size,
                        static_cast<const char*>(b) + i * e->size))
          return false;
      }
      return true;
    }
    case kGoStruct:
      for (int64_t i = 0; i < u->len; i++) {
        const GoField& f = u->fields[i];
        if (f.name != nullptr && strcmp(f.name, "_") == 0) continue;
        if (!ValueEqual(f.type, static_cast<const char*>(a) + f.offset,
                        static_cast<const char*>(b) + f.offset))
          return false;
      }
      return true;
    case kGoSlice:
    case kGoMap:
    case kGoFunc: PanicUncomparable(t, false);
    default: return memcmp(a, b, static_cast<size_t>(u->size)) == 0;
  }
}

uint64_t ValueHash(const GoType* t, const void* p, uint64_t seed) {
  const GoType* u = Under(t);
  switch (u->kind) {
    case kGoFloat32: {
      float f = *static_cast<const float*>(p);
      if (f == 0) f = 0;                               // +0 and -0 are equal keys
      if (f != f) return Mix(seed ^ ++g_nan_counter);  // NaN: never found again
      return HashBytes(&f, sizeof f, seed);
    }
    case kGoFloat64: {
      double f = *static_cast<const double*>(p);
      if (f == 0) f = 0;
      if (f != f) return Mix(seed ^ ++g_nan_counter);
      return HashBytes(&f, sizeof f, seed);
    }
    case kGoString: {
      auto* s = static_cast<const GoString*>(p);
      return HashBytes(s->ptr, static_cast<size_t>(s->len), seed);
    }
    case kGoInterface: {
      auto* x = static_cast<const GoEface*>(p);
      const GoType* tx = x->type;
      if (u->len != 0 && tx) tx = reinterpret_cast<const GoItab*>(tx)->type;
      if (tx == nullptr) return Mix(seed);
      if (!(tx->flags & kGoComparable)) PanicUncomparable(tx, true);
      uint64_t h = HashBytes(tx->name, strlen(tx->name), seed);
      return ValueHash(tx, EfaceValue(tx, x->data), h);
    }
    case kGoArray: {
      // [N]int and the like: one pass over the bytes.
      if (PlainMemoryType(u)) return HashBytes(p, static_cast<size_t>(u->size), seed);
      uint64_t h = seed;
      for (int64_t i = 0; i < u->len; i++)
        h = ValueHash(u->elem, static_cast<const char*>(p) + i * u->elem->size, h);
      return h;
    }
    case kGoStruct: {
      if (PlainMemoryType(u)) return HashBytes(p, static_cast<size_t>(u->size), seed);
      uint64_t h = seed;
      for (int64_t i = 0; i < u->len; i++) {
        const GoField& f = u->fields[i];
        if (f.name != nullptr && strcmp(f.name, "_") == 0) continue;
        h = ValueHash(f.type, static_cast<const char*>(p) + f.offset, h);
      }
      return h;
    }
    case kGoSlice:
    case kGoMap:
    case kGoFunc: PanicUncomparable(t, true);
    default: return HashBytes(p, static_cast<size_t>(u->size), seed);
  }
}

}  // namespace gosc::runtime

using namespace gosc::runtime;

extern "C" {

bool gosc_typeeq(void* a, void* b) {
  return TypesEqual(static_cast<const GoType*>(a), static_cast<const GoType*>(b));
}

void* gosc_getitab(void* iface, void* dyn, bool canfail) {
  auto* it = static_cast<const GoType*>(iface);
  auto* t = static_cast<const GoType*>(dyn);
  if (t == nullptr) {
    if (canfail) return nullptr;
    gosc_panic_dottype(nullptr, iface, nullptr);
  }
  auto key = std::make_pair(static_cast<const void*>(it), static_cast<const void*>(t));
  auto& cache = ItabCache();
  auto found = cache.find(key);
  if (found != cache.end()) {
    if (found->second == nullptr && !canfail) gosc_panic_dottype(dyn, iface, nullptr);
    return found->second;
  }
  const GoType* iu = Under(it);
  const int64_t n = iu->len;
  auto* tab = static_cast<GoItab*>(
      GC_MALLOC_UNCOLLECTABLE(sizeof(GoItab) + sizeof(void*) * (n > 1 ? n - 1 : 0)));
  tab->type = t;
  tab->iface = it;
  for (int64_t i = 0; i < n; i++) {
    const GoMethod* m = FindMethodSig(t, iu->methods[i]);
    if (m == nullptr) {
      GC_FREE(tab);
      cache[key] = nullptr;
      if (canfail) return nullptr;
      gosc_panic_dottype(dyn, iface, nullptr);
    }
    tab->fns[i] = m->fn;
  }
  cache[key] = tab;
  return tab;
}

bool gosc_efaceeq(const void* t1, void* d1, const void* t2, void* d2) {
  auto* a = static_cast<const GoType*>(t1);
  auto* b = static_cast<const GoType*>(t2);
  if (!TypesEqual(a, b)) return false;
  if (a == nullptr) return true;
  if (!(a->flags & kGoComparable)) PanicUncomparable(a, false);
  return ValueEqual(a, EfaceValue(a, d1), EfaceValue(a, d2));
}

bool gosc_ifaceeq(const void* t1, void* d1, const void* t2, void* d2) {
  auto* a = t1 ? static_cast<const GoItab*>(t1)->type : nullptr;
  auto* b = t2 ? static_cast<const GoItab*>(t2)->type : nullptr;
  return gosc_efaceeq(a, d1, b, d2);
}

bool gosc_memequal(void* type, void* a, void* b) {
  return ValueEqual(static_cast<const GoType*>(type), a, b);
}

}  // extern "C"
