// Heap allocation through Boehm GC, and the slice operations that allocate
// (make, append's growth, boxing into interfaces). Every heap allocation of
// a compiled program passes through Alloc, which is where GOSCDEBUG=allocs=1
// counts them: the escape-analysis work is judged by those numbers.
#include <gc/gc.h>

#include <algorithm>
#include <bit>
#include <cstring>
#include <iterator>
#include <type_traits>

#include "runtime/internal.h"

namespace gosc::runtime {

// gc's maxAlloc on linux/amd64 (1 << heapAddrBits): larger make/append
// requests panic with "cap out of range" instead of trying to allocate.
constexpr uint64_t kMaxAlloc = uint64_t{1} << 48;

int64_t g_alloc_count = 0;
int64_t g_alloc_bytes = 0;

namespace {

// Counts and stress-ticks one allocation.
inline void CountAllocation(size_t size) {
  g_alloc_count++;
  g_alloc_bytes += static_cast<int64_t>(size);
  GcStressTick();
}

inline void* CheckedAtomic(size_t size) {
  void* p = GC_MALLOC_ATOMIC(size);
  if (p == nullptr) Fatal("runtime: out of memory");
  return p;
}

}  // namespace

uint64_t g_zerobase;

void* Alloc(size_t size, bool has_pointers) {
  // Zero-size objects share one address and are no allocation, as in gc
  // (mallocgc(0) returns &zerobase and counts no malloc).
  if (size == 0) return &g_zerobase;
  CountAllocation(size);
  if (!has_pointers) {
    // GC_MALLOC_ATOMIC does not clear, and Go memory is zeroed.
    void* p = CheckedAtomic(size);
    memset(p, 0, size);
    return p;
  }
  void* p = GC_MALLOC(size);  // clears
  if (p == nullptr) Fatal("runtime: out of memory");
  return p;
}

void* AllocUncleared(size_t size) {
  if (size == 0) return &g_zerobase;
  CountAllocation(size);
  return CheckedAtomic(size);
}

namespace {
// gc's staticuint64s: the boxes of 0..255 for every integer width (BoxInteger)
// and, since x86-64 is little-endian, every one-byte string too: the first
// byte of entry c is c (gc's slicebytetostring points one-byte results there).
constexpr struct StaticUints {
  uint64_t v[256];
  constexpr StaticUints() : v() {
    for (int i = 0; i < 256; i++) v[i] = static_cast<uint64_t>(i);
  }
} kStaticUints;
static_assert(std::endian::native == std::endian::little,
              "one-byte strings point into kStaticUints");
}  // namespace

GoString MakeString(const char* p, size_t n) {
  if (n == 0) return GoString{nullptr, 0};
  if (n == 1) {
    const auto* byte =
        reinterpret_cast<const uint8_t*>(&kStaticUints.v[static_cast<uint8_t>(p[0])]);
    return GoString{byte, 1};
  }
  auto* d = static_cast<uint8_t*>(AllocUncleared(n));
  memcpy(d, p, n);
  return GoString{d, static_cast<int64_t>(n)};
}

void* BoxValue(const GoType* t, const void* p) {
  if (IsDirect(t)) return *static_cast<void* const*>(p);
  void* box = Alloc(static_cast<size_t>(t->size), HasPointers(t));
  memcpy(box, p, static_cast<size_t>(t->size));
  return box;
}

// Go 1.19's malloc size classes (runtime/sizeclasses.go): append rounds the
// new capacity up to the class size, so cap() after growth matches gc.
// Sizes up to 1024 map through a table indexed by size/8 (as Go's
// size_to_class8), the rest by a binary search: growslice runs this on every
// append that grows.
namespace {
constexpr int32_t kSizeClasses[] = {
    0,     8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,  160,   176,
    192,   208,   224,   240,   256,   288,   320,   352,   384,   416,   448,   480,  512,   576,
    640,   704,   768,   896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304, 2688,  3072,
    3200,  3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,  8192,  9472,  9728, 10240, 10880,
    12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768};
constexpr int kSmallLimit = 1024;

struct SmallClassTable {
  int32_t size[kSmallLimit / 8 + 1];
  constexpr SmallClassTable() : size() {
    int c = 0;
    for (int i = 0; i <= kSmallLimit / 8; i++) {
      while (kSizeClasses[c] < i * 8) c++;
      size[i] = kSizeClasses[c];
    }
  }
};
constexpr SmallClassTable kSmallClasses;
}  // namespace

int64_t RoundUpSize(int64_t size) {
  if (size <= kSmallLimit) return size <= 0 ? 0 : kSmallClasses.size[(size + 7) / 8];
  if (size <= 32768) {
    const int32_t* c = std::lower_bound(std::begin(kSizeClasses), std::end(kSizeClasses), size);
    return *c;
  }
  constexpr int64_t kPage = 8192;
  return (size + kPage - 1) / kPage * kPage;
}

}  // namespace gosc::runtime

using namespace gosc::runtime;

extern "C" {

void* gosc_newobject(void* type) {
  auto* t = static_cast<const GoType*>(type);
  return Alloc(static_cast<size_t>(t->size), HasPointers(t));
}

void* gosc_mallocgc(int64_t size, bool has_pointers) {
  return Alloc(static_cast<size_t>(size), has_pointers);
}

void gosc_makeslice(void* out, void* elem, int64_t len, int64_t cap) {
  auto* t = static_cast<const GoType*>(elem);
  auto* s = static_cast<GoSlice*>(out);
  // gc's runtime.makeslice: blame len when it alone is invalid (negative, or
  // len*size overflows or exceeds maxAlloc = 1<<48 on amd64), else blame cap
  // (negative, too large, or below len). A negative count as uintptr always
  // overflows unless the element is zero-sized.
  auto too_big = [&](int64_t n) {
    uint64_t bytes;
    return __builtin_mul_overflow(static_cast<uint64_t>(n), static_cast<uint64_t>(t->size),
                                  &bytes) ||
           bytes > kMaxAlloc;
  };
  if (too_big(cap) || len < 0 || len > cap) {
    if (too_big(len) || len < 0) PanicRuntime(RtErr::kErrorString, "makeslice: len out of range");
    PanicRuntime(RtErr::kErrorString, "makeslice: cap out of range");
  }
  s->ptr = Alloc(static_cast<size_t>(t->size * cap), HasPointers(t));
  s->len = len;
  s->cap = cap;
}

void gosc_growslice(void* out, void* elem, void* old_ptr, int64_t old_len, int64_t old_cap,
                    int64_t newlen) {
  auto* t = static_cast<const GoType*>(elem);
  auto* s = static_cast<GoSlice*>(out);
  if (newlen < old_len) PanicRuntime(RtErr::kErrorString, "growslice: cap out of range");
  const int64_t es = t->size;
  if (es == 0) {  // no memory needed; keep a non-null pointer as gc does
    *s = GoSlice{old_ptr ? old_ptr : &g_zerobase, old_len, newlen};
    return;
  }
  // Go 1.19 growslice: double small slices, grow big ones by ~1.25x with a
  // smooth transition, then round the byte size up to a size class.
  int64_t newcap = old_cap;
  const int64_t doublecap = newcap + newcap;
  if (newlen > doublecap) {
    newcap = newlen;
  } else {
    constexpr int64_t kThreshold = 256;
    if (old_cap < kThreshold) {
      newcap = doublecap;
    } else {
      while (0 < newcap && newcap < newlen) newcap += (newcap + 3 * kThreshold) / 4;
      if (newcap <= 0) newcap = newlen;
    }
  }
  if (static_cast<uint64_t>(newcap) > kMaxAlloc / static_cast<uint64_t>(es))
    PanicRuntime(RtErr::kErrorString, "growslice: cap out of range");
  const int64_t bytes = RoundUpSize(newcap * es);
  newcap = bytes / es;
  const int64_t kept = old_len * es;
  void* p;
  if (HasPointers(t)) {
    p = Alloc(static_cast<size_t>(bytes), true);
  } else {
    // Only the tail needs clearing: the old elements are copied over the rest.
    p = AllocUncleared(static_cast<size_t>(bytes));
    memset(static_cast<uint8_t*>(p) + kept, 0, static_cast<size_t>(bytes - kept));
  }
  if (old_len > 0) memmove(p, old_ptr, static_cast<size_t>(kept));
  *s = GoSlice{p, old_len, newcap};
}

int64_t gosc_slicecopy(void* dst, int64_t dstlen, void* src, int64_t srclen, int64_t elemsize) {
  int64_t n = dstlen < srclen ? dstlen : srclen;
  if (n > 0 && elemsize > 0 && dst != src) memmove(dst, src, static_cast<size_t>(n * elemsize));
  return n;
}

void* gosc_convT(void* type, void* value) {
  auto* t = static_cast<const GoType*>(type);
  void* box = Alloc(static_cast<size_t>(t->size), HasPointers(t));
  memcpy(box, value, static_cast<size_t>(t->size));
  return box;
}

}  // extern "C"

namespace {
const GoString kEmptyString = {nullptr, 0};

template <typename T>
void* BoxInteger(T v) {
  const auto u = static_cast<std::make_unsigned_t<T>>(v);
  if (u < 256) return const_cast<uint64_t*>(&kStaticUints.v[u]);
  auto* box = static_cast<T*>(Alloc(sizeof(T), false));
  *box = v;
  return box;
}
}  // namespace

extern "C" {

void* gosc_convTstring(const uint8_t* p, int64_t n) {
  if (n == 0) return const_cast<GoString*>(&kEmptyString);
  auto* box = static_cast<GoString*>(Alloc(sizeof(GoString), true));
  *box = GoString{p, n};
  return box;
}

void* gosc_convT8(int8_t v) { return BoxInteger(v); }
void* gosc_convT16(int16_t v) { return BoxInteger(v); }
void* gosc_convT32(int32_t v) { return BoxInteger(v); }
void* gosc_convT64(int64_t v) { return BoxInteger(v); }

}  // extern "C"
