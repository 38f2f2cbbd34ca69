// strings.Trim, TrimLeft, TrimRight, TrimSpace, TrimPrefix and TrimSuffix.
// Each returns a substring of its input (no allocation, as Go's). A cutset
// of up to four ASCII bytes is tested with one packed compare, a longer
// ASCII one with a bitmap (Go's asciiSet), anything else rune by rune; one
// template serves the three ends a trim can remove from.
#include <cstring>

#include "runtime/internal.h"
#include "runtime/unicode_space.h"

namespace gosc::runtime {
namespace {

// Rune decoding backwards, for trimming at the end.
Decoded LastRune(const uint8_t* p, int64_t n) {
  if (p[n - 1] < 0x80) return {p[n - 1], 1};
  int64_t start = n - 1;
  while (start > 0 && start > n - 4 && (p[start] & 0xC0) == 0x80) start--;
  Decoded d = DecodeRune(p, n, start);
  if (start + d.width != n) return {kRuneError, 1};
  return d;
}

// Which ends a trim removes from: TrimLeft, TrimRight, or both (Trim).
enum Ends : unsigned { kLeft = 1, kRight = 2, kBoth = 3 };

template <Ends ends = kBoth, typename Pred>
GoString TrimFunc(GoString s, Pred pred) {
  int64_t lo = 0, hi = s.len;
  while ((ends & kLeft) && lo < hi) {
    Decoded d = DecodeRune(s.ptr, hi, lo);
    if (!pred(d.r)) break;
    lo += d.width;
  }
  while ((ends & kRight) && hi > lo) {
    Decoded d = LastRune(s.ptr + lo, hi - lo);
    if (!pred(d.r)) break;
    hi -= d.width;
  }
  return GoString{s.ptr + lo, hi - lo};
}

// Trim with a cutset that is not all ASCII, rune by rune. Kept out of line so
// that the ASCII path of Trim saves no registers for it.
template <Ends ends>
[[gnu::noinline]] GoString TrimRunes(GoString s, GoString cutset) {
  return TrimFunc<ends>(
      s, [cutset](int32_t r) { return gosc_strings_IndexRune(cutset.ptr, cutset.len, r) >= 0; });
}

// Go's asciiSet: the bytes of an all-ASCII cutset, for Trim's fast path.
struct AsciiSet {
  uint64_t below64 = 0, from64 = 0;
  bool Has(uint8_t c) const {
    return c < 0x80 && ((c < 64 ? below64 : from64) >> (c & 63) & 1) != 0;
  }
};

bool MakeAsciiSet(GoString chars, AsciiSet* set) {
  for (int64_t i = 0; i < chars.len; i++) {
    const uint8_t c = chars.ptr[i];
    if (c >= 0x80) return false;
    (c < 64 ? set->below64 : set->from64) |= uint64_t{1} << (c & 63);
  }
  return true;
}

// A cutset of one to four ASCII bytes (".,", " \t"), packed into one word
// (unused bytes repeat the first): a byte is in it when the word xor the
// byte repeated has a zero byte. Cheaper to build than an AsciiSet.
struct SmallCutset {
  uint32_t packed;
  bool Has(uint8_t c) const {
    const uint32_t x = packed ^ (c * 0x01010101u);
    return ((x - 0x01010101u) & ~x & 0x80808080u) != 0;
  }
};

bool MakeSmallCutset(GoString chars, SmallCutset* set) {
  const uint8_t* p = chars.ptr;
  uint32_t packed;
  switch (chars.len) {
    case 1: packed = p[0] * 0x01010101u; break;
    case 2: packed = (p[0] | p[1] << 8) * 0x00010001u; break;
    case 3: packed = p[0] | p[1] << 8 | p[2] << 16 | static_cast<uint32_t>(p[0]) << 24; break;
    case 4: memcpy(&packed, p, 4); break;
    default: return false;
  }
  set->packed = packed;
  return (packed & 0x80808080u) == 0;
}

template <Ends ends, typename Set>
GoString TrimBytes(GoString s, const Set& set) {
  int64_t lo = 0, hi = s.len;
  while ((ends & kLeft) && lo < hi && set.Has(s.ptr[lo])) lo++;
  while ((ends & kRight) && hi > lo && set.Has(s.ptr[hi - 1])) hi--;
  return GoString{s.ptr + lo, hi - lo};
}

template <Ends ends>
GoString TrimCutset(GoString s, GoString cutset) {
  if (s.len == 0 || cutset.len == 0) return s;
  SmallCutset small;
  if (MakeSmallCutset(cutset, &small)) return TrimBytes<ends>(s, small);
  AsciiSet set;
  if (MakeAsciiSet(cutset, &set)) return TrimBytes<ends>(s, set);
  return TrimRunes<ends>(s, cutset);
}

}  // namespace
}  // namespace gosc::runtime

using namespace gosc::runtime;

extern "C" {

// ASCII spaces are trimmed byte-wise; the first non-ASCII byte at either
// end hands what is left to the rune-wise trim (Go 1.19's TrimSpace).
GoString gosc_strings_TrimSpace(const uint8_t* sp, int64_t sl) {
  int64_t lo = 0, hi = sl;
  for (; lo < hi && IsAsciiSpace(sp[lo]); lo++) {
  }
  if (lo < hi && sp[lo] >= 0x80) return TrimFunc(GoString{sp + lo, hi - lo}, IsSpaceRune);
  for (; hi > lo && IsAsciiSpace(sp[hi - 1]); hi--) {
  }
  if (hi > lo && sp[hi - 1] >= 0x80) return TrimFunc(GoString{sp + lo, hi - lo}, IsSpaceRune);
  return GoString{sp + lo, hi - lo};
}

GoString gosc_strings_Trim(const uint8_t* sp, int64_t sl, const uint8_t* cp, int64_t cl) {
  return TrimCutset<kBoth>(GoString{sp, sl}, GoString{cp, cl});
}

GoString gosc_strings_TrimLeft(const uint8_t* sp, int64_t sl, const uint8_t* cp, int64_t cl) {
  return TrimCutset<kLeft>(GoString{sp, sl}, GoString{cp, cl});
}

GoString gosc_strings_TrimRight(const uint8_t* sp, int64_t sl, const uint8_t* cp, int64_t cl) {
  return TrimCutset<kRight>(GoString{sp, sl}, GoString{cp, cl});
}

GoString gosc_strings_TrimPrefix(const uint8_t* sp, int64_t sl, const uint8_t* tp, int64_t tl) {
  if (gosc_strings_HasPrefix(sp, sl, tp, tl)) return GoString{sp + tl, sl - tl};
  return GoString{sp, sl};
}

GoString gosc_strings_TrimSuffix(const uint8_t* sp, int64_t sl, const uint8_t* tp, int64_t tl) {
  if (gosc_strings_HasSuffix(sp, sl, tp, tl)) return GoString{sp, sl - tl};
  return GoString{sp, sl};
}

}  // extern "C"
