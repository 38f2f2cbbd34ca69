// defer, panic and recover. Compiled functions that defer register a frame
// (stack memory they own, GOSC_DEFER_FRAME_SIZE bytes) holding a jmp_buf they
// _setjmp into and a LIFO list of deferred closures. A panic runs deferred
// calls innermost frame first; a recover() inside one of them makes the
// runtime longjmp back into the frame that deferred it, which then finishes
// its remaining defers and returns normally — Go's semantics without
// unwinding tables. The protocol codegen follows is documented in abi.def.
#include <setjmp.h>
#include <signal.h>
#include <unistd.h>

#include <cstddef>
#include <cstdio>

#include "runtime/internal.h"

namespace gosc::runtime {
namespace {

struct DeferRec {
  DeferRec* next;
  void* closure;  // context whose first word is `void code(void* ctx)`
};

struct DeferFrame {
  DeferFrame* prev;
  DeferRec* defers;
  int32_t normal_defer_depth;  // g_normal_defer_depth when pushed, restored on recovery
  int32_t pad;
  int64_t seq;  // push order, to tell which panics a recovery discards
  jmp_buf jb;
};
static_assert(offsetof(DeferFrame, jb) == GOSC_DEFER_JMPBUF_OFFSET);
static_assert(sizeof(DeferFrame) <= GOSC_DEFER_FRAME_SIZE);

struct Panic {
  Panic* link;  // the panic this one interrupted (older)
  GoEface value;
  bool recovered;
  bool aborted;        // a newer panic started while this one ran a deferred call
  bool defer_running;  // a deferred call invoked by this panic is running
  int64_t start_seq;   // g_frame_seq when the panic started
};

DeferFrame* g_frames = nullptr;
Panic* g_panics = nullptr;
// >0 while deferred calls run because their function returned normally:
// recover() there returns nil even if a panic is in progress.
int g_normal_defer_depth = 0;
int64_t g_frame_seq = 0;

void CallClosure(void* closure) {
  auto code = *static_cast<void (**)(void*)>(closure);
  code(closure);
}

// printpanicval: how Go prints a panic value after Error()/String().
void AppendPanicValue(std::string& out, GoEface v) {
  const GoType* t = v.type;
  if (t == nullptr) {
    out += "nil";
    return;
  }
  if (const GoMethod* m = FindMethod(t, "Error")) {
    out += View(CallStringMethod(m, v.data));
    return;
  }
  if (const GoMethod* m = FindMethod(t, "String")) {
    out += View(CallStringMethod(m, v.data));
    return;
  }
  const GoType* u = Under(t);
  const void* p = EfaceValue(t, v.data);
  std::string val;
  bool basic = true;
  switch (u->kind) {
    case kGoBool: val = *static_cast<const bool*>(p) ? "true" : "false"; break;
    case kGoInt:
    case kGoInt8:
    case kGoInt16:
    case kGoInt32:
    case kGoInt64:
    case kGoUint:
    case kGoUint8:
    case kGoUint16:
    case kGoUint32:
    case kGoUint64:
    case kGoUintptr:
    case kGoFloat32:
    case kGoFloat64: val = FormatPrintBuiltin(u, p); break;
    case kGoString: val = std::string(View(*static_cast<const GoString*>(p))); break;
    default: basic = false;
  }
  if (basic && !(t->flags & kGoNamed)) {
    out += val;
  } else if (basic) {
    out += t->name;
    out += u->kind == kGoString ? "(\"" + val + "\")" : "(" + val + ")";
  } else {
    char buf[32];
    snprintf(buf, sizeof buf, "%p", v.data);
    out += "(";
    out += t->name;
    out += ") ";
    out += v.data ? buf : "0x0";
  }
}

void AppendPanics(std::string& out, Panic* p) {
  if (p->link != nullptr) {
    AppendPanics(out, p->link);
    out += "\t";
  }
  out += "panic: ";
  AppendPanicValue(out, p->value);
  if (p->recovered) out += " [recovered]";
  out += "\n";
}

[[noreturn]] void Die(Panic* p) {
  FlushStdout();
  std::string msg;
  AppendPanics(msg, p);
  msg += "\ngoroutine 1 [running]:\n";
  WriteFd(2, msg.data(), msg.size());
  ExitProgram(2);
}

}  // namespace

void PanicValue(GoEface v) {
  auto* p = static_cast<Panic*>(Alloc(sizeof(Panic), true));
  p->link = g_panics;
  p->value = v;
  p->start_seq = g_frame_seq;
  g_panics = p;
  for (Panic* q = p->link; q != nullptr; q = q->link)
    if (q->defer_running) q->aborted = true;
  for (;;) {
    DeferFrame* f = g_frames;
    if (f == nullptr) Die(p);
    DeferRec* d = f->defers;
    if (d == nullptr) {
      g_frames = f->prev;
      continue;
    }
    f->defers = d->next;
    const int saved_depth = g_normal_defer_depth;
    g_normal_defer_depth = 0;
    p->defer_running = true;
    CallClosure(d->closure);
    p->defer_running = false;
    g_normal_defer_depth = saved_depth;
    if (p->recovered) {
      // Remove this panic and those the longjmp discards (started inside
      // f's callees), then resume the frame that deferred the recovering
      // call. An older panic whose deferred call encloses f lives on.
      g_panics = p->link;
      while (g_panics != nullptr && g_panics->start_seq >= f->seq) g_panics = g_panics->link;
      if (g_panics != nullptr) g_panics->aborted = false;
      g_frames = f;
      g_normal_defer_depth = f->normal_defer_depth;
      longjmp(f->jb, 1);
    }
  }
}

// A nil dereference faults in compiled code; turning the fault into a Go
// panic lets deferred calls and recover() see it as Go programs expect. The
// handler runs on an alternate stack so that a stack overflow (a fault far
// from address 0) can still be reported instead of killing the process.
namespace {

void SegvHandler(int sig, siginfo_t* info, void*) {
  uintptr_t addr = reinterpret_cast<uintptr_t>(info->si_addr);
  if (addr < 65536) gosc_panic_nil();
  FlushStdout();
  const char msg[] =
      "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n";
  WriteFd(2, msg, sizeof(msg) - 1);
  _exit(2);
}

}  // namespace

void InstallSignalHandlers() {
  static char alt_stack[1 << 18];
  stack_t ss{};
  ss.ss_sp = alt_stack;
  ss.ss_size = sizeof(alt_stack);
  sigaltstack(&ss, nullptr);
  struct sigaction sa {};
  sa.sa_sigaction = SegvHandler;
  // SA_NODEFER: the handler leaves by longjmp when a deferred call recovers,
  // so the signal must not stay blocked afterwards.
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSEGV, &sa, nullptr);
  sigaction(SIGBUS, &sa, nullptr);
}

}  // namespace gosc::runtime

using namespace gosc::runtime;

extern "C" {

void gosc_panic(const void* type, void* data) {
  PanicValue(GoEface{static_cast<const GoType*>(type), data});
}

GoEface gosc_recover() {
  Panic* p = g_panics;
  if (p == nullptr || p->recovered || p->aborted || !p->defer_running || g_normal_defer_depth > 0)
    return NilEface();
  p->recovered = true;
  return p->value;
}

void gosc_defer_push(void* frame) {
  auto* f = static_cast<DeferFrame*>(frame);
  f->prev = g_frames;
  f->defers = nullptr;
  f->normal_defer_depth = g_normal_defer_depth;
  f->seq = ++g_frame_seq;
  g_frames = f;
}

void* gosc_defer_jmpbuf(void* frame) { return static_cast<DeferFrame*>(frame)->jb; }

void gosc_deferproc(void* frame, void* closure) {
  auto* f = static_cast<DeferFrame*>(frame);
  auto* d = static_cast<DeferRec*>(Alloc(sizeof(DeferRec), true));
  d->closure = closure;
  d->next = f->defers;
  f->defers = d;
}

void gosc_defer_return(void* frame) {
  auto* f = static_cast<DeferFrame*>(frame);
  g_normal_defer_depth++;
  while (DeferRec* d = f->defers) {
    f->defers = d->next;  // unlink first: a panic inside must not rerun it
    CallClosure(d->closure);
  }
  g_normal_defer_depth--;
  g_frames = f->prev;
}

}  // extern "C"
