// The strings package members of the subset, and strings.Builder, whose
// layout is the Go struct {buf []byte} (24 bytes; the zero value is an empty
// builder). Results share the input's bytes where Go's do (Split, Trim*,
// Fields), since strings are immutable. The Trim family is strings_trim.cpp. Like Go 1.19's strings
// package, a result is at most one allocation, a function returns its input when nothing changes,
// and ASCII input takes byte-wise fast paths.
#include <wctype.h>

#include <cstring>
#include <string>

#include "runtime/ascii_words.h"
#include "runtime/internal.h"
#include "runtime/unicode_space.h"

namespace gosc::runtime {
namespace {

struct Builder {
  GoSlice buf;
};

const GoType kByteType = {1,       1,       kGoUint8, kGoComparable, 0,       0,      "uint8",
                          nullptr, nullptr, 0,        nullptr,       nullptr, nullptr};

inline void BuilderAppend(Builder* b, const void* p, int64_t n) {
  if (n <= 0) return;
  if (b->buf.len + n > b->buf.cap) [[unlikely]] {
    gosc_growslice(&b->buf, const_cast<GoType*>(&kByteType), b->buf.ptr, b->buf.len, b->buf.cap,
                   b->buf.len + n);
  }
  memcpy(static_cast<uint8_t*>(b->buf.ptr) + b->buf.len, p, static_cast<size_t>(n));
  b->buf.len += n;
}

GoString Sub(GoString s, int64_t from, int64_t to) { return GoString{s.ptr + from, to - from}; }

int64_t IndexOf(std::string_view s, std::string_view sep) {
  size_t i = s.find(sep);
  return i == std::string_view::npos ? -1 : static_cast<int64_t>(i);
}

int32_t MapCase(int32_t r, bool upper) {
  if (r < 0x80) {
    if (upper && r >= 'a' && r <= 'z') return r - 32;
    if (!upper && r >= 'A' && r <= 'Z') return r + 32;
    return r;
  }
  locale_t loc = Utf8Locale();
  if (loc == static_cast<locale_t>(nullptr)) return r;
  return static_cast<int32_t>(upper ? towupper_l(static_cast<wint_t>(r), loc)
                                    : towlower_l(static_cast<wint_t>(r), loc));
}

// The case-mapped copy of s, or s itself when no rune changes (Go's ToUpper,
// ToLower and strings.Map return their input then, allocating nothing).
// An invalid byte counts as a change: it maps to U+FFFD.
GoString MapString(GoString s, bool upper) {
  // ASCII (Go's isASCII/hasUpper scan, a word at a time): one pass decides,
  // one allocation of exactly len(s) bytes holds the result.
  const uint8_t from = upper ? 'a' : 'A', to = upper ? 'z' : 'Z';
  uint64_t bytes = 0;
  const uint64_t to_change = ascii::AnyOver(s.ptr, s.len, [&](uint64_t w) {
    bytes |= w;
    return ascii::InRange(w, from, to);
  });
  if ((bytes & ascii::kHigh) == 0) {
    if (to_change == 0) return s;
    auto* d = static_cast<uint8_t*>(AllocUncleared(static_cast<size_t>(s.len)));
    // A letter's case is its 0x20 bit: the marks (0x80) shifted right twice.
    auto flip = [&](uint64_t w) { return w ^ (ascii::InRange(w, from, to) >> 2); };
    if (s.len >= 8) {
      for (int64_t i = 0; i + 8 < s.len; i += 8)
        ascii::Store8(d + i, flip(ascii::Load8(s.ptr + i)));
      ascii::Store8(d + s.len - 8, flip(ascii::Load8(s.ptr + s.len - 8)));
    } else {
      for (int64_t i = 0; i < s.len; i++) {
        const uint8_t c = s.ptr[i];
        d[i] = c >= from && c <= to ? c ^ 0x20 : c;
      }
    }
    return GoString{d, s.len};
  }
  bool changes = false;
  for (int64_t i = 0; i < s.len && !changes;) {
    Decoded d = DecodeRune(s.ptr, s.len, i);
    changes = MapCase(d.r, upper) != d.r || (d.r == kRuneError && d.width == 1);
    i += d.width;
  }
  if (!changes) return s;
  std::string out;
  out.reserve(static_cast<size_t>(s.len));
  for (int64_t i = 0; i < s.len;) {
    Decoded d = DecodeRune(s.ptr, s.len, i);
    AppendRune(out, MapCase(d.r, upper));
    i += d.width;
  }
  return MakeString(out);
}

// make([]string, n) for a result slice, written through out: one
// allocation (none for n == 0: gc's zerobase, a non-nil empty slice).
GoString* NewStrings(void* out, int64_t n) {
  auto* arr = static_cast<GoString*>(Alloc(sizeof(GoString) * static_cast<size_t>(n), true));
  *static_cast<GoSlice*>(out) = GoSlice{arr, n, n};
  return arr;
}

int64_t CountOf(GoString s, GoString sep) {
  if (sep.len == 0) return RuneCount(View(s)) + 1;
  int64_t n = 0;
  if (sep.len == 1) {
    const uint8_t* p = s.ptr;
    const uint8_t* end = s.ptr + s.len;
    while (p < end) {
      p = static_cast<const uint8_t*>(memchr(p, sep.ptr[0], static_cast<size_t>(end - p)));
      if (p == nullptr) break;
      n++;
      p++;
    }
    return n;
  }
  std::string_view hay = View(s), needle = View(sep);
  for (size_t i = hay.find(needle); i != std::string_view::npos;
       i = hay.find(needle, i + needle.size()))
    n++;
  return n;
}

// A new string of n bytes, filled by the caller (n == 0: the empty string).
uint8_t* NewStringBytes(int64_t n) {
  return static_cast<uint8_t*>(AllocUncleared(static_cast<size_t>(n)));
}

}  // namespace
}  // namespace gosc::runtime

using namespace gosc::runtime;

extern "C" {

int64_t gosc_strings_Builder_WriteString(void* b, const uint8_t* p, int64_t n) {
  BuilderAppend(static_cast<Builder*>(b), p, n);
  return n;
}

void gosc_strings_Builder_WriteByte(void* b, int8_t c) {
  auto* bb = static_cast<Builder*>(b);
  if (bb->buf.len < bb->buf.cap) [[likely]] {
    static_cast<int8_t*>(bb->buf.ptr)[bb->buf.len++] = c;
    return;
  }
  BuilderAppend(bb, &c, 1);
}

int64_t gosc_strings_Builder_WriteRune(void* b, int32_t r) {
  char enc[gosc::utf8::kMaxRuneBytes];
  const int n = gosc::utf8::EncodeRune(r, enc);
  BuilderAppend(static_cast<Builder*>(b), enc, n);
  return n;
}

GoString gosc_strings_Builder_String(void* b) {
  auto* bb = static_cast<Builder*>(b);
  // Bytes below len are never rewritten (appends go past len, growth
  // copies), so the string may share the buffer, as Go's Builder does.
  return GoString{static_cast<const uint8_t*>(bb->buf.ptr), bb->buf.len};
}

int64_t gosc_strings_Builder_Len(void* b) { return static_cast<Builder*>(b)->buf.len; }

void gosc_strings_Builder_Reset(void* b) { static_cast<Builder*>(b)->buf = GoSlice{nullptr, 0, 0}; }

void gosc_strings_Builder_Grow(void* b, int64_t n) {
  auto* bb = static_cast<Builder*>(b);
  if (n < 0) PanicValue(MakeError(MakeString("strings.Builder.Grow: negative count")));
  if (bb->buf.cap - bb->buf.len < n) {
    const int64_t cap = 2 * bb->buf.cap + n;
    // Bytes past len are never read (String shares only [0, len)).
    void* p = AllocUncleared(static_cast<size_t>(cap));
    if (bb->buf.len) memcpy(p, bb->buf.ptr, static_cast<size_t>(bb->buf.len));
    bb->buf = GoSlice{p, bb->buf.len, cap};
  }
}

bool gosc_strings_Contains(const uint8_t* sp, int64_t sl, const uint8_t* tp, int64_t tl) {
  return IndexOf(View({sp, sl}), View({tp, tl})) >= 0;
}

bool gosc_strings_ContainsRune(const uint8_t* sp, int64_t sl, int32_t r) {
  return gosc_strings_IndexRune(sp, sl, r) >= 0;
}

bool gosc_strings_HasPrefix(const uint8_t* sp, int64_t sl, const uint8_t* tp, int64_t tl) {
  // An empty string's pointer may be null, which memcmp must not see.
  return sl >= tl && (tl == 0 || memcmp(sp, tp, static_cast<size_t>(tl)) == 0);
}

bool gosc_strings_HasSuffix(const uint8_t* sp, int64_t sl, const uint8_t* tp, int64_t tl) {
  return sl >= tl && (tl == 0 || memcmp(sp + sl - tl, tp, static_cast<size_t>(tl)) == 0);
}

int64_t gosc_strings_Index(const uint8_t* sp, int64_t sl, const uint8_t* tp, int64_t tl) {
  return IndexOf(View({sp, sl}), View({tp, tl}));
}

int64_t gosc_strings_IndexByte(const uint8_t* sp, int64_t sl, int8_t c) {
  auto* q = sl > 0 ? static_cast<const uint8_t*>(
                         memchr(sp, static_cast<uint8_t>(c), static_cast<size_t>(sl)))
                   : nullptr;
  return q ? q - sp : -1;
}

// Go 1.19's cases: ASCII is a byte search; RuneError finds the first
// invalid sequence or a real U+FFFD; other invalid runes are never found;
// the rest is a search for the rune's encoding (which allocates nothing).
int64_t gosc_strings_IndexRune(const uint8_t* sp, int64_t sl, int32_t r) {
  if (r >= 0 && r < 0x80) return gosc_strings_IndexByte(sp, sl, static_cast<int8_t>(r));
  if (r == kRuneError) {
    for (int64_t i = 0; i < sl;) {
      Decoded d = DecodeRune(sp, sl, i);
      if (d.r == kRuneError) return i;
      i += d.width;
    }
    return -1;
  }
  if (!gosc::utf8::ValidRune(r)) return -1;
  char enc[gosc::utf8::kMaxRuneBytes];
  int n = gosc::utf8::EncodeRune(r, enc);
  return IndexOf(View({sp, sl}), std::string_view(enc, static_cast<size_t>(n)));
}

int64_t gosc_strings_LastIndex(const uint8_t* sp, int64_t sl, const uint8_t* tp, int64_t tl) {
  size_t i = View({sp, sl}).rfind(View({tp, tl}));
  return i == std::string_view::npos ? -1 : static_cast<int64_t>(i);
}

// Counts the pieces first and fills one exactly sized slice, as Go's genSplit
// and explode do.
void gosc_strings_Split(void* out, const uint8_t* sp, int64_t sl, const uint8_t* tp, int64_t tl) {
  GoString s{sp, sl};
  if (tl == 0) {
    GoString* parts = NewStrings(out, RuneCount(View(s)));
    int64_t k = 0;
    for (int64_t i = 0; i < sl;) {
      const int64_t w = sp[i] < 0x80 ? 1 : DecodeRune(sp, sl, i).width;
      parts[k++] = Sub(s, i, i + w);
      i += w;
    }
    return;
  }
  const GoString sep{tp, tl};
  GoString* parts = NewStrings(out, CountOf(s, sep) + 1);
  int64_t k = 0, start = 0;
  if (tl == 1) {
    for (int64_t i = 0; i < sl; i++) {
      if (sp[i] != tp[0]) continue;
      parts[k++] = Sub(s, start, i);
      start = i + 1;
    }
  } else {
    std::string_view hay = View(s), needle = View(sep);
    for (size_t i = hay.find(needle); i != std::string_view::npos;
         i = hay.find(needle, static_cast<size_t>(start))) {
      parts[k++] = Sub(s, start, static_cast<int64_t>(i));
      start = static_cast<int64_t>(i + needle.size());
    }
  }
  parts[k] = Sub(s, start, sl);
}

// Go 1.19's Fields: one pass counts the fields of ASCII text (and sees
// whether any byte is not ASCII), a second fills an exactly sized slice.
// Other text splits around unicode.IsSpace runes, still into one slice.
// Both passes over ASCII text go a word at a time: a word's space marks,
// shifted by one byte with the previous word's last mark carried in, give
// the starts of fields (space, then not) and every change between the two.
void gosc_strings_Fields(void* out, const uint8_t* sp, int64_t sl) {
  GoString s{sp, sl};
  constexpr uint64_t kLastByteMark = 0x80;  // a mark shifted down from byte 7 to byte 0
  const int64_t words_end = sl & ~int64_t{7};
  int64_t n = 0;
  uint64_t bytes = 0, before = kLastByteMark;  // the text starts after a "space"
  for (int64_t i = 0; i < words_end; i += 8) {
    const uint64_t w = ascii::Load8(sp + i);
    bytes |= w;
    const uint64_t spaces = ascii::Spaces(w);
    n += ascii::CountMarked((spaces << 8 | before) & ~spaces & ascii::kHigh);
    before = spaces >> 56;
  }
  bool was_space = before != 0;
  for (int64_t i = words_end; i < sl; i++) {
    const uint8_t c = sp[i];
    bytes |= c;
    const bool space = IsAsciiSpace(c);
    n += was_space && !space;
    was_space = space;
  }
  if ((bytes & ascii::kHigh) == 0) {
    GoString* parts = NewStrings(out, n);
    int64_t k = 0, start = 0;
    before = kLastByteMark;
    for (int64_t i = 0; i < words_end; i += 8) {
      const uint64_t spaces = ascii::Spaces(ascii::Load8(sp + i));
      for (uint64_t changes = (spaces ^ (spaces << 8 | before)) & ascii::kHigh; changes != 0;
           changes &= changes - 1) {
        const int b = ascii::LowestMarked(changes);
        if ((spaces >> (8 * b)) & 0x80) {
          parts[k++] = Sub(s, start, i + b);  // a field ends
        } else {
          start = i + b;
        }
      }
      before = spaces >> 56;
    }
    was_space = before != 0;
    for (int64_t i = words_end; i < sl; i++) {
      const bool space = IsAsciiSpace(sp[i]);
      if (space && !was_space) parts[k++] = Sub(s, start, i);
      if (!space && was_space) start = i;
      was_space = space;
    }
    if (!was_space) parts[k++] = Sub(s, start, sl);
    return;
  }
  // Two decoding passes (count, then fill) keep the result one allocation.
  auto each_field = [&](auto&& emit) {
    int64_t start = -1;
    for (int64_t i = 0; i < sl;) {
      Decoded d = DecodeRune(sp, sl, i);
      if (IsSpaceRune(d.r)) {
        if (start >= 0) emit(start, i);
        start = -1;
      } else if (start < 0) {
        start = i;
      }
      i += d.width;
    }
    if (start >= 0) emit(start, sl);
  };
  n = 0;
  each_field([&](int64_t, int64_t) { n++; });
  GoString* parts = NewStrings(out, n);
  int64_t k = 0;
  each_field([&](int64_t from, int64_t to) { parts[k++] = Sub(s, from, to); });
}

GoString gosc_strings_Join(void* elems, int64_t n, int64_t, const uint8_t* sp, int64_t sl) {
  auto* e = static_cast<const GoString*>(elems);
  if (n == 0) return GoString{nullptr, 0};
  if (n == 1) return e[0];
  int64_t total = sl * (n - 1);
  for (int64_t i = 0; i < n; i++) total += e[i].len;
  if (total == 0) return GoString{nullptr, 0};
  uint8_t* d = NewStringBytes(total);
  uint8_t* p = d;
  for (int64_t i = 0; i < n; i++) {
    if (i > 0 && sl > 0) p = static_cast<uint8_t*>(mempcpy(p, sp, static_cast<size_t>(sl)));
    if (e[i].len > 0)
      p = static_cast<uint8_t*>(mempcpy(p, e[i].ptr, static_cast<size_t>(e[i].len)));
  }
  return GoString{d, total};
}

GoString gosc_strings_Repeat(const uint8_t* sp, int64_t sl, int64_t count) {
  if (count < 0) PanicValue(MakeError(MakeString("strings: negative Repeat count")));
  if (sl > 0 && count > (int64_t{1} << 40) / sl)
    PanicValue(MakeError(MakeString("strings: Repeat count causes overflow")));
  const int64_t total = sl * count;
  if (total == 0) return GoString{nullptr, 0};
  uint8_t* d = NewStringBytes(total);
  // Doubling copies, as Go's Repeat: log(count) memcpys instead of count.
  memcpy(d, sp, static_cast<size_t>(sl));
  for (int64_t have = sl; have < total;) {
    const int64_t chunk = have <= total - have ? have : total - have;
    memcpy(d + have, d, static_cast<size_t>(chunk));
    have += chunk;
  }
  return GoString{d, total};
}

GoString gosc_strings_Replace(const uint8_t* sp, int64_t sl, const uint8_t* op, int64_t ol,
                              const uint8_t* np, int64_t nl, int64_t n) {
  GoString s{sp, sl}, old{op, ol}, nw{np, nl};
  if (View(old) == View(nw) || n == 0) return s;
  const int64_t m = CountOf(s, old);
  if (m == 0) return s;
  if (n < 0 || m < n) n = m;
  const int64_t total = sl + n * (nl - ol);
  if (total == 0) return GoString{nullptr, 0};
  uint8_t* d = NewStringBytes(total);
  uint8_t* p = d;
  auto put = [&p](const uint8_t* from, int64_t len) {
    if (len > 0) p = static_cast<uint8_t*>(mempcpy(p, from, static_cast<size_t>(len)));
  };
  int64_t start = 0;
  for (int64_t i = 0; i < n; i++) {
    int64_t j = start;
    if (ol == 0) {
      if (i > 0) j += DecodeRune(sp, sl, start).width;
    } else {
      j += IndexOf(View(Sub(s, start, sl)), View(old));
    }
    put(sp + start, j - start);
    put(np, nl);
    start = j + ol;
  }
  put(sp + start, sl - start);
  return GoString{d, total};
}

GoString gosc_strings_ReplaceAll(const uint8_t* sp, int64_t sl, const uint8_t* op, int64_t ol,
                                 const uint8_t* np, int64_t nl) {
  return gosc_strings_Replace(sp, sl, op, ol, np, nl, -1);
}

GoString gosc_strings_ToUpper(const uint8_t* sp, int64_t sl) { return MapString({sp, sl}, true); }
GoString gosc_strings_ToLower(const uint8_t* sp, int64_t sl) { return MapString({sp, sl}, false); }

int64_t gosc_strings_Count(const uint8_t* sp, int64_t sl, const uint8_t* tp, int64_t tl) {
  return CountOf({sp, sl}, {tp, tl});
}

bool gosc_strings_EqualFold(const uint8_t* sp, int64_t sl, const uint8_t* tp, int64_t tl) {
  int64_t i = 0, j = 0;
  while (i < sl && j < tl) {
    Decoded a = DecodeRune(sp, sl, i), b = DecodeRune(tp, tl, j);
    if (a.r != b.r && MapCase(a.r, false) != MapCase(b.r, false) &&
        MapCase(a.r, true) != MapCase(b.r, true))
      return false;
    i += a.width;
    j += b.width;
  }
  return i == sl && j == tl;
}

}  // extern "C"
