// GOSCDEBUG=gcstress=N: a full collection every Nth allocation.
//
// Why it exists: escape analysis moves objects off the heap (stack slots,
// per-call regions) and must never leave the collector blind to a pointer it
// needs: an object reachable only from a stack slot or a region chunk has to
// survive every collection while it is live. Such bugs hide as long as
// collections are rare; running one at every Nth allocation (heap or region)
// makes a missed root show up as a corrupted value at once. gcstress=1 is a
// short way to ask for the default period.
#include <gc/gc.h>

#include "runtime/internal.h"

namespace gosc::runtime {

int64_t g_gcstress_every = 0;
int64_t g_gcstress_tick = 0;

void GcStressCollect() {
  g_gcstress_tick = 0;
  GC_gcollect();
}

void SetGcStress(int64_t every) {
  constexpr int64_t kDefaultPeriod = 50;
  g_gcstress_every = every == 1 ? kDefaultPeriod : (every < 0 ? 0 : every);
}

}  // namespace gosc::runtime
