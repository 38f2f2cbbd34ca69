// Per-call regions (design in region.h): bump allocation from GC-scanned
// chunks owned by a frame, released when the call returns.
#include "runtime/region.h"

#include <gc/gc.h>

#include <cstring>

namespace gosc::runtime {

struct RegionChunk {
  uint64_t magic;
  Region* owner;
  RegionChunk* next;
  int64_t size;  // bytes of the block, prefix included
  int64_t used;  // bytes handed out (set when the chunk stops being current)
  int64_t pad;
};
static_assert(sizeof(RegionChunk) % 16 == 0);

namespace {

constexpr uint64_t kChunkMagic = 0x676f73632d726567ULL;  // "gosc-reg"
constexpr int kCacheSlots = 16;

// Released chunks of the first size, zeroed, ready for the next call. A
// static array is a root the collector scans; the chunks hold only zeros.
RegionChunk* g_cache[kCacheSlots];
int g_cached = 0;
// Chunks ever handed to a region and not released (unwound frames leave
// theirs counted): while 0, no map header can live in a region.
int64_t g_live_chunks = 0;

uint8_t* Data(RegionChunk* c) { return reinterpret_cast<uint8_t*>(c) + sizeof(RegionChunk); }

RegionChunk* NewChunk(int64_t size) {
  if (size == kRegionFirstChunk && g_cached > 0) return g_cache[--g_cached];
  // Counted like any heap allocation (GOSCDEBUG=allocs=1): a chunk is one.
  return static_cast<RegionChunk*>(Alloc(static_cast<size_t>(size), true));
}

void* SlowAlloc(Region* r, size_t size, bool has_pointers) {
  int64_t next = r->chunks == nullptr ? kRegionFirstChunk : r->chunks->size * 2;
  const int64_t need = static_cast<int64_t>(size + sizeof(RegionChunk));
  if (next < need) next = need;
  if (static_cast<int64_t>(size) > kRegionMaxObject || r->bytes + next > kRegionByteCap) {
    return Alloc(size, has_pointers);  // the region is full: the heap is always correct
  }
  if (r->chunks != nullptr) r->chunks->used = r->cur - Data(r->chunks);
  RegionChunk* c = NewChunk(next);
  c->magic = kChunkMagic;
  c->owner = r;
  c->next = r->chunks;
  c->size = next;
  c->used = 0;
  r->chunks = c;
  r->bytes += next;
  r->cur = Data(c);
  r->end = reinterpret_cast<uint8_t*>(c) + next;
  ++g_live_chunks;
  void* p = r->cur;
  r->cur += size;
  return p;
}

}  // namespace

void* RegionAlloc(Region* r, size_t size, bool has_pointers) {
  GcStressTick();  // region objects must survive collections as heap ones do
  size = (size + 15) & ~size_t{15};
  if (size == 0) size = 16;
  if (static_cast<size_t>(r->end - r->cur) >= size && r->cur != nullptr) {
    void* p = r->cur;
    r->cur += size;
    return p;
  }
  return SlowAlloc(r, size, has_pointers);
}

Region* RegionOf(const void* p) {
  if (g_live_chunks == 0 || p == nullptr) return nullptr;
  void* base = GC_base(const_cast<void*>(p));
  if (base == nullptr || base == p) return nullptr;  // not GC memory, or a block of its own
  auto* c = static_cast<RegionChunk*>(base);
  return c->magic == kChunkMagic ? c->owner : nullptr;
}

}  // namespace gosc::runtime

using namespace gosc::runtime;

extern "C" {

void* gosc_region_alloc(void* region, int64_t size, bool has_pointers) {
  return RegionAlloc(static_cast<Region*>(region), static_cast<size_t>(size), has_pointers);
}

void* gosc_region_makemap(void* type, int64_t hint, void* region) {
  auto* r = static_cast<Region*>(region);
  void* header = RegionAlloc(r, GOSC_MAP_HEADER_SIZE, true);
  void* group = nullptr;
  if (hint <= GOSC_MAP_SMALL_CAPACITY) {
    group = RegionAlloc(r, static_cast<size_t>(gosc_map_group_size(type)), true);
  }
  return gosc_makemap(type, hint, header, group);
}

void gosc_region_release(void* region) {
  auto* r = static_cast<Region*>(region);
  RegionChunk* c = r->chunks;
  if (c != nullptr) c->used = r->cur - Data(c);
  while (c != nullptr) {
    RegionChunk* next = c->next;
    --g_live_chunks;
    if (c->size == kRegionFirstChunk && g_cached < kCacheSlots) {
      memset(Data(c), 0, static_cast<size_t>(c->used));
      c->magic = 0;
      c->owner = nullptr;
      c->next = nullptr;
      g_cache[g_cached++] = c;
    } else {
      GC_FREE(c);
    }
    c = next;
  }
  *r = Region{nullptr, nullptr, nullptr, 0};
}

}  // extern "C"
