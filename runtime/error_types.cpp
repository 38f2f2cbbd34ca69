// The error values the runtime itself creates — runtime errors raised by
// panics (index out of range, nil map writes, failed type assertions ...),
// errors.New, fmt.Errorf, strconv's *NumError and os's *PathError — with the
// type descriptors and itabs that make them ordinary Go `error` values:
// recover() returns them, type switches match `error`, %T prints Go's
// type names, and Error() returns the message.
//
// Every such value is laid out with its message string first, so one Error
// implementation serves all of them.
#include <cinttypes>
#include <cstdio>
#include <cstring>

#include "runtime/internal.h"

namespace gosc::runtime {
namespace {

GoString ErrorMessage(void* data) { return *static_cast<GoString*>(data); }

constexpr uint8_t kPtrFlags = kGoHasPointers | kGoComparable | kGoDirectIface;
constexpr uint8_t kNamedStructFlags = kGoHasPointers | kGoComparable | kGoNamed;

const GoField kMsgField[] = {
    {"msg", nullptr, 0, 0}};  // type patched below is unnecessary for printing
const GoMethod kErrorMethods[] = {
    {"Error", "func() string", reinterpret_cast<void*>(&ErrorMessage), 0}};

// A struct with one string field, the structure behind every error type here.
const GoType kMsgStruct = {16,
                           8,
                           kGoStruct,
                           kGoHasPointers | kGoComparable,
                           0,
                           0,
                           "struct { msg string }",
                           nullptr,
                           nullptr,
                           1,
                           kMsgField,
                           nullptr,
                           nullptr};

constexpr GoType NamedValueError(const char* name) {
  return GoType{16,      8, kGoStruct, kNamedStructFlags, 0,          0, name, nullptr,
                nullptr, 1, nullptr,   kErrorMethods,     &kMsgStruct};
}
constexpr GoType NamedStruct(const char* name) {
  return GoType{16,      8,       kGoStruct, kNamedStructFlags, 0,       0,          name,
                nullptr, nullptr, 0,         nullptr,           nullptr, &kMsgStruct};
}
constexpr GoType PointerError(const char* name, const GoType* elem) {
  return GoType{8,       8, kGoPointer, kPtrFlags,     0,      0, name, elem,
                nullptr, 1, nullptr,    kErrorMethods, nullptr};
}

const GoType kBoundsError = NamedValueError("runtime.boundsError");
const GoType kErrorString = NamedValueError("runtime.errorString");
const GoType kPlainError = NamedValueError("runtime.plainError");
const GoType kTypeAssertionErrorStruct = NamedStruct("runtime.TypeAssertionError");
const GoType kTypeAssertionError =
    PointerError("*runtime.TypeAssertionError", &kTypeAssertionErrorStruct);
const GoType kErrorsErrorStringStruct = NamedStruct("errors.errorString");
const GoType kErrorsErrorString = PointerError("*errors.errorString", &kErrorsErrorStringStruct);
const GoType kNumErrorStruct = NamedStruct("strconv.NumError");
const GoType kNumError = PointerError("*strconv.NumError", &kNumErrorStruct);
const GoType kPathErrorStruct = NamedStruct("fs.PathError");
const GoType kPathError = PointerError("*fs.PathError", &kPathErrorStruct);

const GoItab kErrorsErrorStringItab = {
    &kErrorsErrorString, &gosc_type_error, {reinterpret_cast<void*>(&ErrorMessage)}};
const GoItab kNumErrorItab = {
    &kNumError, &gosc_type_error, {reinterpret_cast<void*>(&ErrorMessage)}};
const GoItab kPathErrorItab = {
    &kPathError, &gosc_type_error, {reinterpret_cast<void*>(&ErrorMessage)}};

// One allocation, as Go's one &NumError{...} / &PathError{...}: the box that
// holds the message's string header, with the message's bytes right after it.
GoEface ErrorWithItab(const GoItab* itab, std::string_view msg) {
  auto* box = static_cast<GoString*>(Alloc(sizeof(GoString) + msg.size(), true));
  auto* bytes = reinterpret_cast<uint8_t*>(box + 1);
  if (!msg.empty()) memcpy(bytes, msg.data(), msg.size());
  *box = GoString{msg.empty() ? nullptr : bytes, static_cast<int64_t>(msg.size())};
  return GoEface{reinterpret_cast<const GoType*>(itab), box};
}

// Go's message for a failed x.(T): h is x's dynamic type (null for a nil
// interface), w is T, i the static interface type of x (null: interface {}).
std::string DottypeMessage(const GoType* h, const GoType* w, const GoType* i) {
  std::string msg = "interface conversion: ";
  const char* iname = i ? i->name : "interface {}";
  if (h == nullptr) {
    msg += Under(w)->kind == kGoInterface ? "interface" : iname;
    msg += " is nil, not ";
    msg += w->name;
  } else if (Under(w)->kind == kGoInterface) {
    // Conversion to an interface the dynamic type does not implement.
    msg += h->name;
    msg += " is not ";
    msg += w->name;
    msg += ": missing method ";
    const GoType* wu = Under(w);
    for (int64_t k = 0; k < wu->len; k++) {
      if (FindMethod(h, wu->methods[k].name) == nullptr) {
        msg += wu->methods[k].name;
        break;
      }
    }
  } else {
    msg += iname;
    msg += " is ";
    msg += h->name;
    msg += ", not ";
    msg += w->name;
    // Two types spelt alike: local types of different functions (one package).
    if (strcmp(h->name, w->name) == 0) msg += " (types from different scopes)";
  }
  return msg;
}

}  // namespace

GoEface MakeError(GoString msg) {
  auto* box = static_cast<GoString*>(Alloc(sizeof(GoString), true));
  *box = msg;
  return GoEface{reinterpret_cast<const GoType*>(&kErrorsErrorStringItab), box};
}

GoEface MakeNumError(std::string_view func, std::string_view num, std::string_view err) {
  std::string msg = "strconv.";
  msg += func;
  msg += ": parsing ";
  AppendQuote(msg, num, false, '"');
  msg += ": ";
  msg += err;
  return ErrorWithItab(&kNumErrorItab, msg);
}

GoEface MakePathError(std::string_view op, std::string_view path, std::string_view err) {
  std::string msg(op);
  msg += " ";
  msg += path;
  msg += ": ";
  msg += err;
  return ErrorWithItab(&kPathErrorItab, msg);
}

// A panic leaves its C++ frames by longjmp (panic.cpp), so no destructor of
// theirs runs: every message is built into a std::string that dies at the end
// of its own statement, and only its GC copy is alive when the panic starts.
void PanicRuntime(RtErr kind, std::string_view msg) {
  const GoType* t = &kErrorString;
  std::string_view prefix;
  switch (kind) {
    case RtErr::kBounds:
      t = &kBoundsError;
      prefix = "runtime error: ";
      break;
    case RtErr::kErrorString:
      t = &kErrorString;
      prefix = "runtime error: ";
      break;
    case RtErr::kPlain: t = &kPlainError; break;
    case RtErr::kTypeAssertion: t = &kTypeAssertionError; break;
  }
  auto* box = static_cast<GoString*>(Alloc(sizeof(GoString), true));
  *box = MakeString(std::string(prefix) + std::string(msg));
  PanicValue(GoEface{t, box});
}

void Fatal(std::string_view msg) {
  FlushStdout();
  std::string text = "fatal error: ";
  text += msg;
  text += "\n";
  WriteFd(2, text.data(), text.size());
  ExitProgram(2);
}

}  // namespace gosc::runtime

using namespace gosc::runtime;

extern "C" {

const GoMethod kGoscErrorIfaceMethods[] = {{"Error", "func() string", nullptr, 0}};
GoType gosc_type_error = {16,      8, kGoInterface, kGoHasPointers | kGoComparable | kGoNamed,
                          0,       0, "error",      nullptr,
                          nullptr, 1, nullptr,      kGoscErrorIfaceMethods,
                          nullptr};

void gosc_panic_index(int64_t i, int64_t len) {
  char buf[96];
  if (i < 0) {
    snprintf(buf, sizeof buf, "index out of range [%" PRId64 "]", i);
  } else {
    snprintf(buf, sizeof buf, "index out of range [%" PRId64 "] with length %" PRId64, i, len);
  }
  PanicRuntime(RtErr::kBounds, buf);
}

void gosc_panic_indexu(int64_t i, int64_t len) {
  char buf[96];
  snprintf(buf, sizeof buf, "index out of range [%" PRIu64 "] with length %" PRId64,
           static_cast<uint64_t>(i), len);
  PanicRuntime(RtErr::kBounds, buf);
}

void gosc_panic_slice(int64_t which, int64_t x, int64_t y) {
  // Go reports a negative operand alone ("[-1:]") whatever the check was.
  char buf[128];
  switch (which) {
    case 0:
      snprintf(buf, sizeof buf, "slice bounds out of range [:%" PRId64 "] with capacity %" PRId64,
               x, y);
      break;
    case 1:
      snprintf(buf, sizeof buf, "slice bounds out of range [:%" PRId64 "] with length %" PRId64, x,
               y);
      break;
    case 2:
      snprintf(buf, sizeof buf, "slice bounds out of range [%" PRId64 ":%" PRId64 "]", x, y);
      break;
    case 3:
      snprintf(buf, sizeof buf, "slice bounds out of range [::%" PRId64 "] with capacity %" PRId64,
               x, y);
      break;
    case 4:
      snprintf(buf, sizeof buf, "slice bounds out of range [:%" PRId64 ":%" PRId64 "]", x, y);
      break;
    case 6:
      snprintf(buf, sizeof buf, "slice bounds out of range [::%" PRId64 "] with length %" PRId64, x,
               y);
      break;
    default:
      snprintf(buf, sizeof buf, "slice bounds out of range [%" PRId64 ":%" PRId64 ":]", x, y);
      break;
  }
  if ((which == 0 || which == 1 || which == 3 || which == 6) && x < 0) {
    snprintf(buf, sizeof buf,
             which == 3 || which == 6 ? "slice bounds out of range [::%" PRId64 "]"
                                      : "slice bounds out of range [:%" PRId64 "]",
             x);
  } else if ((which == 2 || which == 5) && x < 0) {
    snprintf(buf, sizeof buf,
             which == 2 ? "slice bounds out of range [%" PRId64 ":]"
                        : "slice bounds out of range [%" PRId64 "::]",
             x);
  } else if (which == 4 && x < 0) {
    snprintf(buf, sizeof buf, "slice bounds out of range [:%" PRId64 ":]", x);
  }
  PanicRuntime(RtErr::kBounds, buf);
}

void gosc_panic_slice_convert(int64_t len, int64_t n) {
  char buf[128];
  snprintf(buf, sizeof buf,
           "cannot convert slice with length %" PRId64 " to pointer to array with length %" PRId64,
           len, n);
  PanicRuntime(RtErr::kBounds, buf);
}

void gosc_panic_divide() { PanicRuntime(RtErr::kErrorString, "integer divide by zero"); }
void gosc_panic_shift() { PanicRuntime(RtErr::kErrorString, "negative shift amount"); }
void gosc_panic_nil() {
  PanicRuntime(RtErr::kErrorString, "invalid memory address or nil pointer dereference");
}
void gosc_panic_nilmap() { PanicRuntime(RtErr::kPlain, "assignment to entry in nil map"); }
void gosc_panic_wrap(void* method, void* type) {
  GoString msg = MakeString(std::string("value method ") + static_cast<const char*>(method) +
                            " called using nil *" + static_cast<const char*>(type) + " pointer");
  PanicRuntime(RtErr::kPlain, View(msg));  // no std::string alive (see PanicRuntime)
}

void gosc_panic_dottype(void* have, void* want, void* iface) {
  GoString msg =
      MakeString(DottypeMessage(static_cast<const GoType*>(have), static_cast<const GoType*>(want),
                                static_cast<const GoType*>(iface)));
  PanicRuntime(RtErr::kTypeAssertion, View(msg));  // no std::string alive (see PanicRuntime)
}

}  // extern "C"
