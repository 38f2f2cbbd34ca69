// Map iteration (for range over a map): the algorithm and the guarantees
// it keeps are described in map_table.h ("Iteration").
#include <cstring>

#include "runtime/map_table.h"

namespace gosc::runtime::maps {
namespace {

struct MapIter {
  void* key;   // offset 0: null when done
  void* elem;  // offset 8
  const GoType* type;
  MapHeader* m;
  uint8_t* groups;  // the array iteration started on
  uint64_t group_mask;
  uint64_t start_group;
  uint64_t rotation;  // slot order within each group
  uint64_t visited;   // slots visited so far, group-major
  int64_t ks, vs;
};
static_assert(sizeof(MapIter) <= GOSC_MAP_ITER_SIZE);

uint64_t g_iter_rand = 0;
uint64_t IterRand() {
  if (g_iter_rand == 0)
    g_iter_rand = reinterpret_cast<uintptr_t>(&g_iter_rand) ^ 0x9E3779B97F4A7C15ULL;
  g_iter_rand ^= g_iter_rand << 13;
  g_iter_rand ^= g_iter_rand >> 7;
  g_iter_rand ^= g_iter_rand << 17;
  return g_iter_rand;
}

}  // namespace
}  // namespace gosc::runtime::maps

using namespace gosc::runtime;
using namespace gosc::runtime::maps;

extern "C" {

void gosc_mapiterinit(void* type, void* m, void* iter) {
  auto* it = static_cast<MapIter*>(iter);
  memset(it, 0, sizeof *it);
  it->type = T(type);
  it->m = M(m);
  if (m == nullptr || M(m)->count == 0) return;  // key stays null
  const Layout L = LayoutOf(T(type));
  it->ks = L.ks;
  it->vs = L.vs;
  it->groups = M(m)->groups;
  it->group_mask = M(m)->group_mask;
  const uint64_t r = IterRand();
  it->start_group = r & it->group_mask;
  it->rotation = r >> 61;
  gosc_mapiternext(iter);
}

void gosc_mapiternext(void* iter) {
  auto* it = static_cast<MapIter*>(iter);
  const Layout L{it->ks, it->vs};
  const uint64_t total = (it->group_mask + 1) * kSlots;
  while (it->groups != nullptr && it->visited < total) {
    const uint64_t pos = it->visited++;
    uint8_t* grp = it->groups + ((it->start_group + pos / kSlots) & it->group_mask) * L.GroupSize();
    const int slot = static_cast<int>((pos + it->rotation) % kSlots);
    if ((grp[slot] & kFullBit) == 0) continue;
    void* k = L.Key(grp, slot);
    void* v = L.Val(grp, slot);
    if (it->m->groups != it->groups) {
      // The map was rebuilt: this array is a frozen snapshot, and the live
      // table decides whether the key still exists and what its element is.
      const GoType* kt = Under(it->type)->key;
      if (ValueEqual(kt, k, k)) {
        v = Find(GenericKey{kt}, L, it->m, k);
        if (v == nullptr) continue;
      }
    }
    it->key = k;
    it->elem = v;
    return;
  }
  it->key = it->elem = nullptr;
  it->groups = nullptr;
}

}  // extern "C"
