// Shared internals of the runtime: helpers every runtime file needs (type
// descriptor queries, GC string allocation, output streams, panics raised
// from C++) that are not part of the ABI codegen calls. Kept in one header
// so the ABI files stay thin wrappers over these.
#pragma once

#include <locale.h>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "runtime/abi.h"
#include "runtime/typedesc.h"
#include "runtime/utf8.h"

namespace gosc::runtime {

// ---- type descriptors ----
// Named types describe their structure through `underlying`.
inline const GoType* Under(const GoType* t) { return t->underlying ? t->underlying : t; }
inline bool IsDirect(const GoType* t) { return (t->flags & kGoDirectIface) != 0; }
inline bool HasPointers(const GoType* t) { return (t->flags & kGoHasPointers) != 0; }
// Number of entries in t->methods (named types and pointer types carry them).
int64_t NumMethods(const GoType* t);
// The method `name` in t's method set (value types ignore ptr_recv entries).
const GoMethod* FindMethod(const GoType* t, const char* name);
bool TypesEqual(const GoType* a, const GoType* b);
// Pointer to the value held by an interface with dynamic type t.
inline const void* EfaceValue(const GoType* t, void* const& data) {
  return IsDirect(t) ? static_cast<const void*>(&data) : data;
}
// The data word an interface holding *p of type t would have.
void* BoxValue(const GoType* t, const void* p);
inline void* DataWordFor(const GoType* t, const void* p) {
  return IsDirect(t) ? *static_cast<void* const*>(p) : const_cast<void*>(p);
}

// Generic equality and hashing by descriptor (maps, interfaces). They panic
// with Go's messages for uncomparable dynamic types.
bool ValueEqual(const GoType* t, const void* a, const void* b);
uint64_t ValueHash(const GoType* t, const void* p, uint64_t seed);
uint64_t HashBytes(const void* p, size_t n, uint64_t seed);
// Whether t's values are equal exactly when their bytes are (integers,
// booleans, pointers, and padding-free arrays/structs of them): ValueHash
// and ValueEqual then treat a value as one block of memory.
bool PlainMemoryType(const GoType* t);

// ---- allocation ----
void* Alloc(size_t size, bool has_pointers);
// Pointer-free memory that the caller overwrites completely before any Go
// code can see it (the bytes of a new string): counted like Alloc, not cleared.
void* AllocUncleared(size_t size);
// Where every zero-size allocation points (gc's zerobase): non-null, never written.
extern uint64_t g_zerobase;
GoString MakeString(const char* p, size_t n);  // copies into the GC heap
inline GoString MakeString(std::string_view s) { return MakeString(s.data(), s.size()); }
inline std::string_view View(GoString s) {
  return {reinterpret_cast<const char*>(s.ptr), static_cast<size_t>(s.len)};
}
inline GoString StrArg(const uint8_t* p, int64_t n) { return GoString{p, n}; }
int64_t RoundUpSize(int64_t size);  // Go's malloc size classes
extern int64_t g_alloc_count;
extern int64_t g_alloc_bytes;
// GOSCDEBUG=gcstress=N (gcstress.cpp): every allocation ticks, every Nth
// runs a full collection.
extern int64_t g_gcstress_every;
extern int64_t g_gcstress_tick;
void GcStressCollect();
void SetGcStress(int64_t every);  // 1: the default period; 0: off
inline void GcStressTick() {
  if (g_gcstress_every > 0 && ++g_gcstress_tick >= g_gcstress_every) GcStressCollect();
}

// ---- output and exit ----
extern bool g_debug_allocs;  // GOSCDEBUG=allocs=1
// Every way out of the program (return from main, os.Exit, panics) goes
// through here so buffered stdout is never lost.
[[noreturn]] void ExitProgram(int code);
void WriteStdout(const char* p, size_t n);
void FlushStdout();
void WriteFd(int fd, const char* p, size_t n);  // fd 1 goes through the stdout buffer
// os.Stdout / os.Stderr values are pointers to this.
struct GoFile {
  int64_t fd;
};

// ---- panics ----
// Raises a Go panic whose value is a runtime error of the given type
// ("runtime.boundsError", "runtime.errorString", "runtime.plainError",
// "*runtime.TypeAssertionError") carrying message `msg`.
enum class RtErr { kBounds, kErrorString, kPlain, kTypeAssertion };
[[noreturn]] void PanicRuntime(RtErr kind, std::string_view msg);
[[noreturn]] void PanicValue(GoEface v);
[[noreturn]] void Fatal(std::string_view msg);
// Turns SIGSEGV near address 0 into a Go nil-dereference panic.
void InstallSignalHandlers();  // "fatal error: ..." exit 2

// ---- errors built by the runtime (errors.New, fmt.Errorf, strconv, os) ----
// Returns an `error` interface value (itab for gosc_type_error, boxed message).
GoEface MakeError(GoString msg);
GoEface MakeNumError(std::string_view func, std::string_view num, std::string_view err);
GoEface MakePathError(std::string_view op, std::string_view path, std::string_view err);
inline GoEface NilEface() { return GoEface{nullptr, nullptr}; }

// ---- UTF-8 ----
constexpr int32_t kRuneError = 0xFFFD;
// Decodes at s[i]: {rune, width}; invalid -> {kRuneError, 1}.
struct Decoded {
  int32_t r;
  int64_t width;
};
Decoded DecodeRune(const uint8_t* s, int64_t n, int64_t i);
inline void AppendRune(std::string& out, int32_t r) {
  gosc::utf8::AppendRune(out, r);
}  // invalid -> U+FFFD
int RuneLen(int32_t r);
bool IsPrint(int32_t r);  // unicode.IsPrint, approximated for non-ASCII
// glibc's C.UTF-8 locale (Unicode classes and case maps), or null if missing.
locale_t Utf8Locale();
int64_t RuneCount(std::string_view s);

// ---- formatting (float_format.cpp, fmt_*.cpp, strconv.cpp) ----
// strconv.FormatFloat exactly as Go: fmt in e E f g G b; prec -1 = shortest.
std::string FormatFloat(double v, char fmt, int prec, int bit_size);
void AppendQuote(std::string& out, std::string_view s, bool ascii_only, char quote);
void AppendQuoteRune(std::string& out, int32_t r, bool ascii_only);
bool CanBackquote(std::string_view s);
// How the print builtin prints a basic value (u: an underlying basic type).
std::string FormatPrintBuiltin(const GoType* u, const void* p);
// The text fmt's %v would print for one value (used by panics and print).
std::string SprintValue(GoEface v);
// Calls an Error/String method (GoString fn(void* data)).
GoString CallStringMethod(const GoMethod* m, void* data);

}  // namespace gosc::runtime
