// Per-call regions: the third home of an allocation (DESIGN.md § Escape 3).
//
// Why it exists: escape analysis proves of some sites that their objects
// outlive one loop iteration (so one stack slot reused per iteration will
// not do) but not the function that makes them — the inner maps of a local
// nested map filled in a loop. Such objects are bump-allocated from a region
// owned by the function's frame and released, all at once, when the call
// returns. This header is the design; region.cpp is the code.
//
// Storage. The frame owns a Region (GOSC_REGION_SIZE bytes of stack, zeroed
// at function entry by codegen): a bump pointer, its limit, the list of
// chunks and the bytes taken so far. A chunk is one GC_MALLOC block (so the
// collector scans it: region objects may point to heap objects that nothing
// else references) starting with a 48-byte prefix (a magic word, the owning
// Region, the next chunk, the chunk's size and used bytes), then the objects,
// each 16-byte aligned. While the call runs, the chunks are reachable from
// the frame's Region (Boehm scans the stack conservatively) and from each
// other, so nothing in them is collected. Chunk memory comes zeroed, which
// is what Go's allocation promises.
//
// Release. Codegen calls gosc_region_release before every normal return of
// the function (after deferred calls ran, also when a deferred recover()
// made the function return). Chunks of the first size go back to a small
// cache after their used bytes are zeroed (so a cached chunk holds no stale
// pointers and keeps nothing alive); others are handed back with GC_FREE.
// After release nothing refers to region memory: the escape analysis
// guarantees no result, parameter, global, heap object or closure outliving
// the call holds a region object's address.
//
// Panics. A panic that unwinds through the frame (longjmp past it, nothing
// recovering in it) skips the release: the chunks become unreachable and the
// collector frees them like any garbage. Nothing is corrupted, since no
// other frame can reach them (same guarantee as above), and nothing is
// leaked beyond the next collection. A frame that recovers returns normally
// and releases its region on that return.
//
// Bounds. A loop making region objects holds them all until the call
// returns (a heap object dropped by the loop could be collected earlier), so
// a region is capped: once it has taken kRegionByteCap bytes (1 MiB), or for
// an object larger than a quarter of that, allocation falls back to the GC
// heap (runtime.mallocgc), which is always correct, only slower. Recursive
// calls each own one region, allocated lazily: a frame that makes no region
// object costs 32 bytes of stack and a zeroing store, no chunk.
//
// Maps. A map made in a region has its header (and its first group) there,
// and the groups its growth needs come from the same region: NewGroups asks
// RegionOf(header) — GC_base finds the block the header lives in, and the
// chunk prefix's magic says whether that block is a region chunk and which
// Region owns it. Heap and stack headers are never interior to a chunk.
#pragma once

#include <cstddef>
#include <cstdint>

#include "runtime/internal.h"

namespace gosc::runtime {

// The frame slot (codegen reserves GOSC_REGION_SIZE bytes, align 8, zeroed).
struct Region {
  uint8_t* cur;
  uint8_t* end;
  struct RegionChunk* chunks;  // newest first
  int64_t bytes;               // chunk bytes taken, including prefixes
};
static_assert(sizeof(Region) == GOSC_REGION_SIZE);

constexpr int64_t kRegionByteCap = int64_t{1} << 20;
constexpr int64_t kRegionFirstChunk = 8 << 10;
constexpr int64_t kRegionMaxObject = kRegionByteCap / 4;

// Bytes from the region (zeroed), or from the GC heap once the region is full.
void* RegionAlloc(Region* r, size_t size, bool has_pointers);
// The region whose chunk holds p, or null (heap, stack, static memory).
Region* RegionOf(const void* p);

}  // namespace gosc::runtime
