// Go maps as a Swiss table: the shared internals of map.cpp (the ABI
// entries) and map_iter.cpp (iteration). Learned from the published designs
// of Abseil's flat_hash_map and Go 1.24's internal/runtime/maps; our own
// code, shaped by one constraint of gosc: a map that does not escape lives
// in its creator's frame, so the header is fixed-size caller storage and so
// is the first group of a map made with a small constant hint (codegen fills
// both inline; runtime/abi.def lists the header offsets).
//
// Layout. The table is an array of 2^k groups. A group is 8 control bytes
// followed by 8 keys and then 8 elements (keys together so a probe touches
// one or two cache lines; elements aligned because 8 * key.size is a
// multiple of 8). A control byte is
//     0x00             empty      (so zeroed memory is an empty table)
//     0x01             deleted    (a tombstone)
//     0x80 | tag       full; tag = the low 7 bits of the key's hash
// The hash's remaining bits (h >> 7) pick the first group to probe.
//
// Probing. Groups are visited in triangular order g, g+1, g+3, g+6, ...
// (mod 2^k), which reaches every group once. In each group one SWAR compare
// of the 8-byte control word against the tag finds candidate slots (false
// positives only ever land on full slots, and the key compare rejects
// them); a lookup stops at the first group that has an empty slot, or after
// every group. A key is inserted into the first tombstone seen on its probe
// path, else into the first empty slot of the group that ended the probe.
//
// Load factor. growth_left counts the empty slots that may still be filled
// before a rehash: 7/8 of the slots of a multi-group table (so probes stay
// short and always find an empty slot), all 8 of a lone group (the small-map
// path: up to 8 entries in one group, no probing at all, and since no probe
// ever passes through it, a delete there empties the slot instead of
// leaving a tombstone). A delete in a group that still has an empty slot
// likewise frees the slot (no probe ever continued past that group). When
// growth_left reaches 0 the table is rebuilt into a fresh array: twice as
// many groups if live entries fill at least half of the 7/8, else the same
// number (tombstones dropped). Rebuilding always allocates: an old array is
// never written again, which is what iteration relies on.
//
// Iteration (map_iter.cpp). An iterator remembers the group array and mask
// it started on and visits its 2^k * 8 slots once, starting at a random
// group and a random slot rotation, so no program can rely on an order.
// While the map still uses that array, what the iterator reads is the live
// table: deleted entries are not produced, entries inserted into slots not
// yet visited are, nothing moves, so nothing is produced twice. After a
// rebuild the remembered array is a frozen snapshot: for each key in it the
// iterator looks the key up in the live table, skips it if it has been
// deleted and otherwise produces the live element. A NaN key (never equal
// to itself, so never found) is produced from the snapshot. These are Go's
// rules: every entry at most once; entries deleted before being reached are
// not produced; entries added during iteration may or may not be.
//
// Hash flooding. Every map gets its own 64-bit seed (gosc_makemap: a
// per-process random state stepped per map; codegen's inline small maps: the
// cycle counter), and the hash is wyhash (runtime/hash.h), so which keys
// collide differs between maps and runs: keys crafted to collide in one map
// do not collide in another.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>

#include "runtime/hash.h"
#include "runtime/internal.h"

namespace gosc::runtime::maps {

constexpr int kSlots = GOSC_MAP_GROUP_SLOTS;
constexpr int kCtrlSize = GOSC_MAP_GROUP_CTRL_SIZE;
constexpr uint8_t kEmpty = 0x00;
constexpr uint8_t kDeleted = 0x01;
constexpr uint8_t kFullBit = 0x80;
constexpr int64_t kSmallCapacity = GOSC_MAP_SMALL_CAPACITY;
static_assert(kSlots == 8 && kCtrlSize == 8, "the SWAR group operations assume 8 slots");
static_assert(kSmallCapacity == kSlots);

struct MapHeader {
  int64_t count;  // first: len(m) is a load
  const GoType* type;
  uint8_t* groups;
  uint64_t seed;
  int64_t growth_left;
  uint32_t group_mask;
  uint32_t elem_size;
};
static_assert(sizeof(MapHeader) == GOSC_MAP_HEADER_SIZE);
// Codegen initialises small stack maps inline through these offsets.
static_assert(offsetof(MapHeader, count) == GOSC_MAP_HEADER_COUNT_OFFSET);
static_assert(offsetof(MapHeader, type) == GOSC_MAP_HEADER_TYPE_OFFSET);
static_assert(offsetof(MapHeader, groups) == GOSC_MAP_HEADER_GROUPS_OFFSET);
static_assert(offsetof(MapHeader, seed) == GOSC_MAP_HEADER_SEED_OFFSET);
static_assert(offsetof(MapHeader, growth_left) == GOSC_MAP_HEADER_GROWTH_LEFT_OFFSET);
static_assert(offsetof(MapHeader, group_mask) == GOSC_MAP_HEADER_GROUP_MASK_OFFSET);
static_assert(offsetof(MapHeader, elem_size) == GOSC_MAP_HEADER_ELEM_SIZE_OFFSET);

// ---- control words (SWAR over the group's 8 control bytes) ----
constexpr uint64_t kLsbs = 0x0101010101010101ULL;
constexpr uint64_t kMsbs = 0x8080808080808080ULL;

inline uint64_t LoadCtrl(const uint8_t* group) {
  uint64_t w;
  memcpy(&w, group, 8);
  return w;
}
// Bit 7 of byte i set when slot i may hold `ctrl_byte` (exact except for
// rare false positives in full slots just above a true match).
inline uint64_t MatchByte(uint64_t ctrl, uint8_t ctrl_byte) {
  const uint64_t x = ctrl ^ (kLsbs * ctrl_byte);
  return (x - kLsbs) & ~x & kMsbs;
}
// Exact: the only bytes with bit 7 clear are 0x00 and 0x01.
inline uint64_t MatchEmpty(uint64_t ctrl) { return ~ctrl & ~(ctrl << 7) & kMsbs; }
inline uint64_t MatchDeleted(uint64_t ctrl) { return ~ctrl & (ctrl << 7) & kMsbs; }
inline uint64_t MatchFull(uint64_t ctrl) { return ctrl & kMsbs; }
inline int FirstSlot(uint64_t match) { return __builtin_ctzll(match) >> 3; }

inline uint8_t TagOf(uint64_t hash) { return static_cast<uint8_t>(kFullBit | (hash & 0x7f)); }
inline uint64_t FirstGroup(uint64_t hash, uint64_t mask) { return (hash >> 7) & mask; }

// Entries a table of `groups` groups may hold.
inline int64_t MaxLoad(uint64_t groups) {
  return groups == 1 ? kSmallCapacity : static_cast<int64_t>(groups * kSlots / 8 * 7);
}

// Where keys and elements sit in a group.
struct Layout {
  int64_t ks, vs;
  int64_t GroupSize() const { return kCtrlSize + kSlots * (ks + vs); }
  uint8_t* Group(const MapHeader* m, uint64_t g) const { return m->groups + g * GroupSize(); }
  uint8_t* Key(uint8_t* group, int i) const { return group + kCtrlSize + i * ks; }
  uint8_t* Val(uint8_t* group, int i) const { return group + kCtrlSize + kSlots * ks + i * vs; }
};
inline Layout LayoutOf(const GoType* map_type) {
  const GoType* u = Under(map_type);
  return Layout{u->key->size, u->elem->size};
}

// ---- key policies: how a key kind hashes and compares. The fast ones must
// agree exactly with the generic one (ValueHash / ValueEqual) for their keys,
// since one map may be reached through both.
struct GenericKey {
  const GoType* kt;
  uint64_t Hash(const void* k, uint64_t seed) const { return ValueHash(kt, k, seed); }
  bool Eq(const void* a, const void* b) const { return ValueEqual(kt, a, b); }
};
template <typename Int>
struct IntKey {
  uint64_t Hash(const void* k, uint64_t seed) const {
    return hash::HashWithMixedSeed(k, sizeof(Int), seed);
  }
  bool Eq(const void* a, const void* b) const {
    Int x, y;
    memcpy(&x, a, sizeof x);
    memcpy(&y, b, sizeof y);
    return x == y;
  }
};
struct StrKey {
  uint64_t Hash(const void* k, uint64_t seed) const {
    auto* s = static_cast<const GoString*>(k);
    return hash::HashWithMixedSeed(s->ptr, static_cast<size_t>(s->len), seed);
  }
  bool Eq(const void* a, const void* b) const {
    auto* x = static_cast<const GoString*>(a);
    auto* y = static_cast<const GoString*>(b);
    return x->len == y->len &&
           (x->ptr == y->ptr || memcmp(x->ptr, y->ptr, static_cast<size_t>(x->len)) == 0);
  }
};

// A fresh, zeroed (all-empty) group array for m; pointer-free maps get memory
// the collector does not scan, maps made in a region get region memory.
uint8_t* NewGroups(const MapHeader* m, const Layout& L, uint64_t groups);

// The element slot of `key`, or null.
template <typename K>
inline void* Find(const K& ops, const Layout& L, const MapHeader* m, const void* key) {
  if (m == nullptr || m->count == 0) return nullptr;
  const uint64_t h = ops.Hash(key, m->seed);
  const uint8_t tag = TagOf(h);
  const uint64_t mask = m->group_mask;
  uint64_t g = FirstGroup(h, mask);
  for (uint64_t step = 0;;) {
    uint8_t* grp = L.Group(m, g);
    const uint64_t ctrl = LoadCtrl(grp);
    for (uint64_t match = MatchByte(ctrl, tag); match != 0; match &= match - 1) {
      const int i = FirstSlot(match);
      if (ops.Eq(L.Key(grp, i), key)) return L.Val(grp, i);
    }
    if (MatchEmpty(ctrl) != 0 || step == mask) return nullptr;
    g = (g + ++step) & mask;
  }
}

// Puts a key known to be absent into a table with growth_left > 0 and no
// tombstones on its path (a freshly rebuilt one); returns the element slot.
inline void* PlaceAbsent(const Layout& L, MapHeader* m, uint64_t h, const void* key) {
  const uint64_t mask = m->group_mask;
  uint64_t g = FirstGroup(h, mask);
  for (uint64_t step = 0;; g = (g + ++step) & mask) {
    uint8_t* grp = L.Group(m, g);
    const uint64_t free = ~LoadCtrl(grp) & kMsbs;
    if (free == 0) continue;
    const int i = FirstSlot(free);
    if (grp[i] == kEmpty) m->growth_left--;
    grp[i] = TagOf(h);
    memcpy(L.Key(grp, i), key, static_cast<size_t>(L.ks));
    return L.Val(grp, i);
  }
}

// Rebuilds the table into `groups` fresh groups (every live entry rehashed).
template <typename K>
void Rebuild(const K& ops, const Layout& L, MapHeader* m, uint64_t groups) {
  MapHeader old = *m;
  m->groups = NewGroups(m, L, groups);
  m->group_mask = static_cast<uint32_t>(groups - 1);
  m->growth_left = MaxLoad(groups);
  if (old.groups == nullptr) return;
  for (uint64_t g = 0; g <= old.group_mask; g++) {
    uint8_t* grp = L.Group(&old, g);
    for (uint64_t full = MatchFull(LoadCtrl(grp)); full != 0; full &= full - 1) {
      const int i = FirstSlot(full);
      void* v = PlaceAbsent(L, m, ops.Hash(L.Key(grp, i), m->seed), L.Key(grp, i));
      memcpy(v, L.Val(grp, i), static_cast<size_t>(L.vs));
    }
  }
}

// Makes room for one more entry in an empty slot.
template <typename K>
void MakeRoom(const K& ops, const Layout& L, MapHeader* m) {
  if (m->groups == nullptr) {
    Rebuild(ops, L, m, 1);
    return;
  }
  const uint64_t groups = uint64_t{m->group_mask} + 1;
  const bool mostly_live = m->count * 2 >= MaxLoad(groups);
  Rebuild(ops, L, m, mostly_live || groups == 1 ? groups * 2 : groups);
}

// A freshly filled slot's element: zero, since codegen reads it back in
// `m[k] op= v` (a group's slots other than control bytes start undefined:
// codegen's inline small maps clear only the control word).
inline void* ZeroElem(const Layout& L, void* v) {
  if (L.vs == 8) {
    memset(v, 0, 8);
  } else {
    memset(v, 0, static_cast<size_t>(L.vs));
  }
  return v;
}

// The element slot of `key`, inserting the key (element zero) if absent.
template <typename K>
void* Assign(const K& ops, const Layout& L, MapHeader* m, const void* key) {
  if (m == nullptr) gosc_panic_nilmap();
  const uint64_t h = ops.Hash(key, m->seed);
  if (m->groups == nullptr) MakeRoom(ops, L, m);
  const uint8_t tag = TagOf(h);
  const uint64_t mask = m->group_mask;
  uint64_t g = FirstGroup(h, mask);
  uint8_t* tomb_group = nullptr;
  int tomb_slot = 0;
  for (uint64_t step = 0;;) {
    uint8_t* grp = L.Group(m, g);
    const uint64_t ctrl = LoadCtrl(grp);
    for (uint64_t match = MatchByte(ctrl, tag); match != 0; match &= match - 1) {
      const int i = FirstSlot(match);
      if (ops.Eq(L.Key(grp, i), key)) return L.Val(grp, i);
    }
    if (tomb_group == nullptr) {
      if (const uint64_t del = MatchDeleted(ctrl)) {
        tomb_group = grp;
        tomb_slot = FirstSlot(del);
      }
    }
    const uint64_t empty = MatchEmpty(ctrl);
    if (empty != 0 || step == mask) {
      // Absent. Reuse a tombstone, else take an empty slot if the load allows.
      m->count++;
      if (tomb_group != nullptr) {  // Delete left its element zero
        tomb_group[tomb_slot] = tag;
        memcpy(L.Key(tomb_group, tomb_slot), key, static_cast<size_t>(L.ks));
        return L.Val(tomb_group, tomb_slot);
      }
      if (empty != 0 && m->growth_left > 0) {
        const int i = FirstSlot(empty);
        m->growth_left--;
        grp[i] = tag;
        memcpy(L.Key(grp, i), key, static_cast<size_t>(L.ks));
        return ZeroElem(L, L.Val(grp, i));
      }
      m->count--;  // Rebuild rehashes only what is already there
      MakeRoom(ops, L, m);
      m->count++;
      return ZeroElem(L, PlaceAbsent(L, m, h, key));
    }
    g = (g + ++step) & mask;
  }
}

template <typename K>
void Delete(const K& ops, const Layout& L, MapHeader* m, const void* key) {
  if (m == nullptr || m->count == 0) return;
  const uint64_t h = ops.Hash(key, m->seed);
  const uint8_t tag = TagOf(h);
  const uint64_t mask = m->group_mask;
  uint64_t g = FirstGroup(h, mask);
  for (uint64_t step = 0;;) {
    uint8_t* grp = L.Group(m, g);
    const uint64_t ctrl = LoadCtrl(grp);
    for (uint64_t match = MatchByte(ctrl, tag); match != 0; match &= match - 1) {
      const int i = FirstSlot(match);
      if (!ops.Eq(L.Key(grp, i), key)) continue;
      memset(L.Key(grp, i), 0, static_cast<size_t>(L.ks));  // let the GC free what it held
      memset(L.Val(grp, i), 0, static_cast<size_t>(L.vs));
      if (mask == 0 || MatchEmpty(ctrl) != 0) {
        grp[i] = kEmpty;  // no probe ever went past this group
        m->growth_left++;
      } else {
        grp[i] = kDeleted;
      }
      m->count--;
      return;
    }
    if (MatchEmpty(ctrl) != 0 || step == mask) return;
    g = (g + ++step) & mask;
  }
}

inline MapHeader* M(void* m) { return static_cast<MapHeader*>(m); }
inline const GoType* T(void* t) { return static_cast<const GoType*>(t); }

}  // namespace gosc::runtime::maps
