// The strings package members of the subset, and strings.Builder, whose
// layout is the Go struct {buf []byte} (24 bytes; the zero value is an empty
// builder). Results share the input's bytes where Go's do (Split, Trim*,
// Fields), since strings are immutable.
#include <wctype.h>

#include <cstring>
#include <string>
#include <vector>

#include "runtime/internal.h"

namespace gosc::runtime {
namespace {

struct Builder {
  GoSlice buf;
};

const GoType kByteType = {1,       1,       kGoUint8, kGoComparable, 0,       0,      "uint8",
                          nullptr, nullptr, 0,        nullptr,       nullptr, nullptr};

void BuilderAppend(Builder* b, const void* p, int64_t n) {
  if (n <= 0) return;
  if (b->buf.len + n > b->buf.cap) {
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

bool IsSpaceRune(int32_t r) {
  switch (r) {
    case '\t':
    case '\n':
    case '\v':
    case '\f':
    case '\r':
    case ' ':
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000: return true;
  }
  return r >= 0x2000 && r <= 0x200A;
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
  bool ascii = true;
  for (int64_t i = 0; i < s.len; i++) ascii &= s.ptr[i] < 0x80;
  bool changes = false;
  for (int64_t i = 0; i < s.len && !changes;) {
    Decoded d = ascii ? Decoded{s.ptr[i], 1} : DecodeRune(s.ptr, s.len, i);
    changes = MapCase(d.r, upper) != d.r || (d.r == kRuneError && d.width == 1);
    i += d.width;
  }
  if (!changes) return s;
  std::string out;
  out.reserve(static_cast<size_t>(s.len));
  if (ascii) {
    for (int64_t i = 0; i < s.len; i++) out += static_cast<char>(MapCase(s.ptr[i], upper));
  } else {
    for (int64_t i = 0; i < s.len;) {
      Decoded d = DecodeRune(s.ptr, s.len, i);
      AppendRune(out, MapCase(d.r, upper));
      i += d.width;
    }
  }
  return MakeString(out);
}

// Rune decoding backwards, for trimming at the end.
Decoded LastRune(const uint8_t* p, int64_t n) {
  if (p[n - 1] < 0x80) return {p[n - 1], 1};
  int64_t start = n - 1;
  while (start > 0 && start > n - 4 && (p[start] & 0xC0) == 0x80) start--;
  Decoded d = DecodeRune(p, n, start);
  if (start + d.width != n) return {kRuneError, 1};
  return d;
}

template <typename Pred>
GoString TrimFunc(GoString s, Pred pred) {
  int64_t lo = 0, hi = s.len;
  while (lo < hi) {
    Decoded d = DecodeRune(s.ptr, hi, lo);
    if (!pred(d.r)) break;
    lo += d.width;
  }
  while (hi > lo) {
    Decoded d = LastRune(s.ptr + lo, hi - lo);
    if (!pred(d.r)) break;
    hi -= d.width;
  }
  return Sub(s, lo, hi);
}

void OutStrings(void* out, const std::vector<GoString>& v) {
  auto* s = static_cast<GoSlice*>(out);
  const int64_t n = static_cast<int64_t>(v.size());
  auto* arr = static_cast<GoString*>(Alloc(sizeof(GoString) * (n ? n : 1), true));
  for (int64_t i = 0; i < n; i++) arr[i] = v[static_cast<size_t>(i)];
  *s = GoSlice{arr, n, n};
}

int64_t CountOf(GoString s, GoString sep) {
  if (sep.len == 0) return RuneCount(View(s)) + 1;
  std::string_view hay = View(s), needle = View(sep);
  int64_t n = 0;
  for (size_t i = hay.find(needle); i != std::string_view::npos;
       i = hay.find(needle, i + needle.size()))
    n++;
  return n;
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
  BuilderAppend(static_cast<Builder*>(b), &c, 1);
}

int64_t gosc_strings_Builder_WriteRune(void* b, int32_t r) {
  std::string s;
  AppendRune(s, r);
  BuilderAppend(static_cast<Builder*>(b), s.data(), static_cast<int64_t>(s.size()));
  return static_cast<int64_t>(s.size());
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
    void* p = Alloc(static_cast<size_t>(cap), false);
    if (bb->buf.len) memcpy(p, bb->buf.ptr, static_cast<size_t>(bb->buf.len));
    bb->buf = GoSlice{p, bb->buf.len, cap};
  }
}

bool gosc_strings_Contains(const uint8_t* sp, int64_t sl, const uint8_t* tp, int64_t tl) {
  return IndexOf(View({sp, sl}), View({tp, tl})) >= 0;
}

bool gosc_strings_ContainsRune(const uint8_t* sp, int64_t sl, int32_t r) {
  for (int64_t i = 0; i < sl;) {
    Decoded d = DecodeRune(sp, sl, i);
    if (d.r == r) return true;
    i += d.width;
  }
  return false;
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

void gosc_strings_Split(void* out, const uint8_t* sp, int64_t sl, const uint8_t* tp, int64_t tl) {
  GoString s{sp, sl};
  std::vector<GoString> parts;
  if (tl == 0) {
    for (int64_t i = 0; i < sl;) {
      Decoded d = DecodeRune(sp, sl, i);
      parts.push_back(Sub(s, i, i + d.width));
      i += d.width;
    }
  } else {
    std::string_view hay = View(s), sep = View({tp, tl});
    size_t start = 0;
    for (size_t i = hay.find(sep); i != std::string_view::npos; i = hay.find(sep, start)) {
      parts.push_back(Sub(s, static_cast<int64_t>(start), static_cast<int64_t>(i)));
      start = i + sep.size();
    }
    parts.push_back(Sub(s, static_cast<int64_t>(start), sl));
  }
  OutStrings(out, parts);
}

void gosc_strings_Fields(void* out, const uint8_t* sp, int64_t sl) {
  GoString s{sp, sl};
  std::vector<GoString> parts;
  int64_t start = -1;
  for (int64_t i = 0; i < sl;) {
    Decoded d = DecodeRune(sp, sl, i);
    if (IsSpaceRune(d.r)) {
      if (start >= 0) parts.push_back(Sub(s, start, i));
      start = -1;
    } else if (start < 0) {
      start = i;
    }
    i += d.width;
  }
  if (start >= 0) parts.push_back(Sub(s, start, sl));
  OutStrings(out, parts);
}

GoString gosc_strings_Join(void* elems, int64_t n, int64_t, const uint8_t* sp, int64_t sl) {
  auto* e = static_cast<const GoString*>(elems);
  if (n == 0) return GoString{nullptr, 0};
  if (n == 1) return e[0];
  std::string out;
  for (int64_t i = 0; i < n; i++) {
    if (i > 0) out.append(reinterpret_cast<const char*>(sp), static_cast<size_t>(sl));
    out += View(e[i]);
  }
  return MakeString(out);
}

GoString gosc_strings_Repeat(const uint8_t* sp, int64_t sl, int64_t count) {
  if (count < 0) PanicValue(MakeError(MakeString("strings: negative Repeat count")));
  if (sl > 0 && count > (int64_t{1} << 40) / sl)
    PanicValue(MakeError(MakeString("strings: Repeat count causes overflow")));
  std::string out;
  out.reserve(static_cast<size_t>(sl * count));
  for (int64_t i = 0; i < count; i++)
    out.append(reinterpret_cast<const char*>(sp), static_cast<size_t>(sl));
  return MakeString(out);
}

GoString gosc_strings_Replace(const uint8_t* sp, int64_t sl, const uint8_t* op, int64_t ol,
                              const uint8_t* np, int64_t nl, int64_t n) {
  GoString s{sp, sl}, old{op, ol}, nw{np, nl};
  if (View(old) == View(nw) || n == 0) return s;
  const int64_t m = CountOf(s, old);
  if (m == 0) return s;
  if (n < 0 || m < n) n = m;
  std::string out;
  int64_t start = 0;
  for (int64_t i = 0; i < n; i++) {
    int64_t j = start;
    if (ol == 0) {
      if (i > 0) j += DecodeRune(sp, sl, start).width;
    } else {
      j += IndexOf(View(Sub(s, start, sl)), View(old));
    }
    out.append(reinterpret_cast<const char*>(sp + start), static_cast<size_t>(j - start));
    out += View(nw);
    start = j + ol;
  }
  out.append(reinterpret_cast<const char*>(sp + start), static_cast<size_t>(sl - start));
  return MakeString(out);
}

GoString gosc_strings_ReplaceAll(const uint8_t* sp, int64_t sl, const uint8_t* op, int64_t ol,
                                 const uint8_t* np, int64_t nl) {
  return gosc_strings_Replace(sp, sl, op, ol, np, nl, -1);
}

GoString gosc_strings_ToUpper(const uint8_t* sp, int64_t sl) { return MapString({sp, sl}, true); }
GoString gosc_strings_ToLower(const uint8_t* sp, int64_t sl) { return MapString({sp, sl}, false); }

GoString gosc_strings_TrimSpace(const uint8_t* sp, int64_t sl) {
  return TrimFunc(GoString{sp, sl}, IsSpaceRune);
}

GoString gosc_strings_Trim(const uint8_t* sp, int64_t sl, const uint8_t* cp, int64_t cl) {
  if (sl == 0 || cl == 0) return GoString{sp, sl};
  return TrimFunc(GoString{sp, sl},
                  [cp, cl](int32_t r) { return gosc_strings_ContainsRune(cp, cl, r); });
}

GoString gosc_strings_TrimPrefix(const uint8_t* sp, int64_t sl, const uint8_t* tp, int64_t tl) {
  if (gosc_strings_HasPrefix(sp, sl, tp, tl)) return GoString{sp + tl, sl - tl};
  return GoString{sp, sl};
}

GoString gosc_strings_TrimSuffix(const uint8_t* sp, int64_t sl, const uint8_t* tp, int64_t tl) {
  if (gosc_strings_HasSuffix(sp, sl, tp, tl)) return GoString{sp, sl - tl};
  return GoString{sp, sl};
}

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
