// errors.New / errors.Is and the sort package. sort.Slice sorts a
// permutation of indices with the program's less(i, j) over the untouched
// slice, then applies it, so a comparator that is not a strict order can
// give a different order but never corrupt memory.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "runtime/internal.h"

using namespace gosc::runtime;

extern "C" {

GoEface gosc_errors_New(const uint8_t* p, int64_t n) {
  // Each call makes a distinct error even for equal texts (identity matters to errors.Is).
  return MakeError(GoString{p, n});
}

bool gosc_errors_Is(const void* et, void* ed, const void* tt, void* td) {
  const GoType* a = et ? static_cast<const GoItab*>(et)->type : nullptr;
  const GoType* b = tt ? static_cast<const GoItab*>(tt)->type : nullptr;
  if (b == nullptr) return a == nullptr;
  if (!TypesEqual(a, b) || !(a->flags & kGoComparable)) return false;
  return ValueEqual(a, EfaceValue(a, ed), EfaceValue(b, td));
}

void gosc_sort_Ints(void* p, int64_t n, int64_t) {
  auto* v = static_cast<int64_t*>(p);
  std::sort(v, v + n);
}

void gosc_sort_Strings(void* p, int64_t n, int64_t) {
  auto* v = static_cast<GoString*>(p);
  std::sort(v, v + n, [](const GoString& a, const GoString& b) { return View(a) < View(b); });
}

void gosc_sort_Float64s(void* p, int64_t n, int64_t) {
  auto* v = static_cast<double*>(p);
  std::sort(v, v + n,
            [](double a, double b) { return a < b || (std::isnan(a) && !std::isnan(b)); });
}

void gosc_sort_Slice(const void* type, void* data, void* less) {
  auto* t = static_cast<const GoType*>(type);
  if (t == nullptr || Under(t)->kind != kGoSlice) {
    PanicValue(MakeError(MakeString("reflect: call of Swapper on non-slice value")));
  }
  auto* s = static_cast<const GoSlice*>(data);
  const int64_t n = s->len;
  const int64_t es = Under(t)->elem->size;
  if (n < 2) return;
  auto code = *static_cast<bool (**)(void*, int64_t, int64_t)>(less);
  std::vector<int64_t> idx(static_cast<size_t>(n));
  for (int64_t i = 0; i < n; i++) idx[static_cast<size_t>(i)] = i;
  std::stable_sort(idx.begin(), idx.end(), [&](int64_t a, int64_t b) { return code(less, a, b); });
  std::vector<char> tmp(static_cast<size_t>(n * es));
  auto* base = static_cast<char*>(s->ptr);
  for (int64_t i = 0; i < n; i++)
    memcpy(&tmp[static_cast<size_t>(i * es)], base + idx[static_cast<size_t>(i)] * es,
           static_cast<size_t>(es));
  memcpy(base, tmp.data(), tmp.size());
}

}  // extern "C"
