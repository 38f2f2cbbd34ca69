// String operations the language itself needs (concatenation, comparison,
// conversions to and from []byte and []rune, ranging over UTF-8) plus the
// UTF-8 helpers the formatting code shares. Decoding follows Go exactly:
// any invalid or overlong sequence, surrogate or out-of-range code point
// decodes as U+FFFD with width 1.
#include <wctype.h>

#include <cstring>

#include "runtime/internal.h"

namespace gosc::runtime {

Decoded DecodeRune(const uint8_t* s, int64_t n, int64_t i) {
  const uint8_t c0 = s[i];
  if (c0 < 0x80) return {c0, 1};
  int need;
  uint8_t lo = 0x80, hi = 0xBF;
  int32_t r;
  if (c0 >= 0xC2 && c0 <= 0xDF) {
    need = 1;
    r = c0 & 0x1F;
  } else if (c0 >= 0xE0 && c0 <= 0xEF) {
    need = 2;
    r = c0 & 0x0F;
    if (c0 == 0xE0) lo = 0xA0;
    if (c0 == 0xED) hi = 0x9F;
  } else if (c0 >= 0xF0 && c0 <= 0xF4) {
    need = 3;
    r = c0 & 0x07;
    if (c0 == 0xF0) lo = 0x90;
    if (c0 == 0xF4) hi = 0x8F;
  } else {
    return {kRuneError, 1};
  }
  for (int k = 1; k <= need; k++) {
    if (i + k >= n) return {kRuneError, 1};
    const uint8_t c = s[i + k];
    const uint8_t l = k == 1 ? lo : 0x80;
    const uint8_t h = k == 1 ? hi : 0xBF;
    if (c < l || c > h) return {kRuneError, 1};
    r = (r << 6) | (c & 0x3F);
  }
  return {r, need + 1};
}

int RuneLen(int32_t r) {
  char buf[gosc::utf8::kMaxRuneBytes];
  return gosc::utf8::EncodeRune(r, buf);  // invalid runes: U+FFFD's 3 bytes
}

// unicode.IsPrint without Go's Unicode tables: ASCII exactly; beyond ASCII,
// every assigned code point (glibc's tables, below) except controls, format
// characters, separators other than U+0020, surrogates, private use and
// noncharacters.
bool IsPrint(int32_t r) {
  if (r < 0x80) return r >= 0x20 && r < 0x7F;
  if (r < 0xA0 || r == 0xAD || r == 0xA0) return false;
  if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return false;
  if ((r >= 0xE000 && r <= 0xF8FF) || r >= 0xF0000) return false;
  if ((r & 0xFFFE) == 0xFFFE) return false;
  switch (r) {
    case 0x61C:
    case 0x6DD:
    case 0x70F:
    case 0x180E:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
    case 0x2028:
    case 0x2029:
    case 0x8E2:
    case 0x110BD:
    case 0x110CD: return false;
  }
  if (r >= 0x600 && r <= 0x605) return false;
  if (r >= 0x2000 && r <= 0x200F) return false;
  if (r >= 0x202A && r <= 0x202E) return false;
  if (r >= 0x2060 && r <= 0x206F) return false;
  if (r >= 0xFFF9 && r <= 0xFFFB) return false;
  if (r >= 0xE0000 && r <= 0xE0FFF) return r >= 0xE0100 && r <= 0xE01EF;
  // Unassigned code points are not printable either: glibc's Unicode tables
  // (C.UTF-8) know which are assigned. They are a newer Unicode than Go
  // 1.19's 13.0, so a rune assigned since then still prints raw.
  locale_t utf8 = Utf8Locale();
  if (utf8 != static_cast<locale_t>(nullptr)) return iswprint_l(static_cast<wint_t>(r), utf8);
  return true;
}

locale_t Utf8Locale() {
  static locale_t loc = newlocale(LC_CTYPE_MASK, "C.UTF-8", static_cast<locale_t>(nullptr));
  return loc;
}

int64_t RuneCount(std::string_view s) {
  auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const int64_t n = static_cast<int64_t>(s.size());
  int64_t count = 0;
  for (int64_t i = 0; i < n; count++) i += p[i] < 0x80 ? 1 : DecodeRune(p, n, i).width;
  return count;
}

}  // namespace gosc::runtime

using namespace gosc::runtime;

extern "C" {

GoString gosc_concatstring2(const uint8_t* ap, int64_t al, const uint8_t* bp, int64_t bl) {
  if (al == 0) return GoString{bp, bl};
  if (bl == 0) return GoString{ap, al};
  auto* d = static_cast<uint8_t*>(AllocUncleared(static_cast<size_t>(al + bl)));
  memcpy(d, ap, al);
  memcpy(d + al, bp, bl);
  return GoString{d, al + bl};
}

GoString gosc_concatstrings(void* parts, int64_t n) {
  auto* s = static_cast<const GoString*>(parts);
  int64_t total = 0, nonempty = 0, last = 0;
  for (int64_t i = 0; i < n; i++) {
    total += s[i].len;
    if (s[i].len > 0) nonempty++, last = i;
  }
  if (nonempty == 0) return GoString{nullptr, 0};
  if (nonempty == 1) return s[last];  // strings are immutable: share
  auto* d = static_cast<uint8_t*>(AllocUncleared(static_cast<size_t>(total)));
  int64_t off = 0;
  for (int64_t i = 0; i < n; i++) {
    if (s[i].len > 0) memcpy(d + off, s[i].ptr, s[i].len);
    off += s[i].len;
  }
  return GoString{d, total};
}

int64_t gosc_cmpstring(const uint8_t* ap, int64_t al, const uint8_t* bp, int64_t bl) {
  const int64_t n = al < bl ? al : bl;
  int c = n > 0 ? memcmp(ap, bp, static_cast<size_t>(n)) : 0;
  if (c != 0) return c < 0 ? -1 : 1;
  return al < bl ? -1 : (al > bl ? 1 : 0);
}

bool gosc_eqstring(const uint8_t* ap, int64_t al, const uint8_t* bp, int64_t bl) {
  return al == bl && (al == 0 || ap == bp || memcmp(ap, bp, static_cast<size_t>(al)) == 0);
}

GoString gosc_intstring(int64_t v) {
  char enc[gosc::utf8::kMaxRuneBytes];
  const int n = gosc::utf8::EncodeRune(v, enc);  // invalid runes (any int64) -> U+FFFD
  return MakeString(enc, static_cast<size_t>(n));
}

GoString gosc_slicebytetostring(void* p, int64_t n) {
  return MakeString(static_cast<const char*>(p), static_cast<size_t>(n));
}

// []byte("") and []rune("") are empty but not nil: gc's rawbyteslice(0) and
// rawruneslice(0) return mallocgc(0)'s &zerobase, so `b == nil` is false.
static int32_t empty_backing;

void gosc_stringtoslicebyte(void* out, const uint8_t* p, int64_t n) {
  auto* s = static_cast<GoSlice*>(out);
  const int64_t cap = RoundUpSize(n);
  void* d = n > 0 ? Alloc(static_cast<size_t>(cap), false) : &empty_backing;
  if (n > 0) memcpy(d, p, n);
  *s = GoSlice{d, n, n > 0 ? cap : 0};
}

void gosc_stringtoslicerune(void* out, const uint8_t* p, int64_t n) {
  auto* s = static_cast<GoSlice*>(out);
  const int64_t count = RuneCount(View(GoString{p, n}));
  const int64_t cap = count > 0 ? RoundUpSize(count * 4) / 4 : 0;
  auto* d = count > 0 ? static_cast<int32_t*>(Alloc(static_cast<size_t>(cap * 4), false))
                      : &empty_backing;
  int64_t k = 0;
  for (int64_t i = 0; i < n;) {
    Decoded dr = DecodeRune(p, n, i);
    d[k++] = dr.r;
    i += dr.width;
  }
  *s = GoSlice{d, count, cap};
}

GoString gosc_slicerunetostring(void* p, int64_t n) {
  auto* r = static_cast<const int32_t*>(p);
  int64_t len = 0;
  for (int64_t i = 0; i < n; i++) len += RuneLen(r[i]);
  if (len == 0) return GoString{nullptr, 0};
  auto* d = static_cast<uint8_t*>(AllocUncleared(static_cast<size_t>(len)));
  int64_t off = 0;
  for (int64_t i = 0; i < n; i++)
    off += gosc::utf8::EncodeRune(r[i], reinterpret_cast<char*>(d + off));
  return GoString{d, len};
}

GoPair gosc_decoderune(const uint8_t* p, int64_t n, int64_t k) {
  Decoded d = DecodeRune(p, n, k);
  return GoPair{d.r, k + d.width};
}

int64_t gosc_countrunes(const uint8_t* p, int64_t n) { return RuneCount(View(GoString{p, n})); }

void gosc_appendstring(void* out, void* bp, int64_t blen, int64_t bcap, const uint8_t* sp,
                       int64_t sl) {
  auto* s = static_cast<GoSlice*>(out);
  GoSlice r{bp, blen, bcap};
  if (blen + sl > bcap) {
    static const GoType kByte = {1,       1, kGoUint8, kGoComparable, 0,      0, "uint8", nullptr,
                                 nullptr, 0, nullptr,  nullptr,       nullptr};
    gosc_growslice(&r, const_cast<GoType*>(&kByte), bp, blen, bcap, blen + sl);
  }
  if (sl > 0) memmove(static_cast<uint8_t*>(r.ptr) + blen, sp, sl);
  r.len = blen + sl;
  *s = r;
}

}  // extern "C"
