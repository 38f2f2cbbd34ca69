// The defer/panic/recover protocol exactly as codegen uses it (frame,
// _setjmp, deferproc, deferreturn), and the first line Go prints for each
// kind of uncaught panic (checked in death tests: exit status 2).
#include <gtest/gtest.h>
#include <setjmp.h>

#include "tests/unit/runtime/rt_test_util.h"

namespace gosc::runtime::testing {
namespace {

std::string g_log;

struct Thunk {
  void (*code)(void*);
  const char* text;
};

void LogThunk(void* ctx) { g_log += static_cast<Thunk*>(ctx)->text; }

void RecoverThunk(void* ctx) {
  GoEface r = gosc_recover();
  g_log += "recovered:" + (r.type ? SprintValue(r) : std::string("nil")) + ";";
}

// func f(fail bool) (n int) { defer log("a;"); defer recoverer(); if fail { panic-divide }; return
// 1 }
int64_t Guarded(void (*body)()) {
  alignas(16) char frame[GOSC_DEFER_FRAME_SIZE];
  volatile int64_t result = -1;
  gosc_defer_push(frame);
  if (_setjmp(static_cast<__jmp_buf_tag*>(gosc_defer_jmpbuf(frame))) != 0) {
    gosc_defer_return(frame);
    return result;
  }
  static Thunk a{&LogThunk, "a;"};
  static Thunk rec{&RecoverThunk, nullptr};
  gosc_deferproc(frame, &a);
  gosc_deferproc(frame, &rec);
  body();
  result = 1;
  gosc_defer_return(frame);
  return result;
}

TEST(Panic, RecoverRuntimeErrors) {
  InstallSignalHandlers();
  g_log.clear();
  EXPECT_EQ(Guarded([] {}), 1);
  EXPECT_EQ(g_log, "recovered:nil;a;");
  g_log.clear();
  EXPECT_EQ(Guarded([] { gosc_panic_divide(); }), -1);
  EXPECT_EQ(g_log, "recovered:runtime error: integer divide by zero;a;");
  g_log.clear();
  Guarded([] { gosc_panic_index(5, 3); });
  EXPECT_EQ(g_log, "recovered:runtime error: index out of range [5] with length 3;a;");
  g_log.clear();
  Guarded([] { gosc_panic_slice(0, 9, 3); });
  EXPECT_EQ(g_log, "recovered:runtime error: slice bounds out of range [:9] with capacity 3;a;");
  g_log.clear();
  Guarded([] { gosc_panic_nilmap(); });
  EXPECT_EQ(g_log, "recovered:assignment to entry in nil map;a;");
  g_log.clear();
  Guarded([] { gosc_panic_dottype(&tString, &tInt, nullptr); });
  EXPECT_EQ(g_log, "recovered:interface conversion: interface {} is string, not int;a;");
  g_log.clear();
  Guarded([] {
    volatile int* p = nullptr;
    *p = 1;
  });  // SIGSEGV -> Go panic
  EXPECT_EQ(g_log, "recovered:runtime error: invalid memory address or nil pointer dereference;a;");
  // recover() outside a panic returns nil.
  EXPECT_EQ(gosc_recover().type, nullptr);
}

TEST(Panic, NestedFramesUnwind) {
  g_log.clear();
  Guarded([] {
    alignas(16) char inner[GOSC_DEFER_FRAME_SIZE];
    gosc_defer_push(inner);
    if (_setjmp(static_cast<__jmp_buf_tag*>(gosc_defer_jmpbuf(inner))) != 0) {
      ADD_FAILURE() << "inner frame must not resume";
      return;
    }
    static Thunk b{&LogThunk, "inner;"};
    gosc_deferproc(inner, &b);
    GoEface v = Str("boom");
    gosc_panic(v.type, v.data);
  });
  EXPECT_EQ(g_log, "inner;recovered:boom;a;");
}

void Uncaught(GoEface v) { gosc_panic(v.type, v.data); }

TEST(PanicDeathTest, UncaughtMessages) {
  EXPECT_EXIT(gosc_panic_index(5, 3), ::testing::ExitedWithCode(2),
              "^panic: runtime error: index out of range \\[5\\] with length 3\n");
  EXPECT_EXIT(gosc_panic_index(-1, 3), ::testing::ExitedWithCode(2),
              "^panic: runtime error: index out of range \\[-1\\]\n");
  EXPECT_EXIT(Uncaught(Str("boom")), ::testing::ExitedWithCode(2), "^panic: boom\n");
  EXPECT_EXIT(Uncaught(I(42)), ::testing::ExitedWithCode(2), "^panic: 42\n");
  EXPECT_EXIT(Uncaught(F(3.5)), ::testing::ExitedWithCode(2), "^panic: \\+3\\.500000e\\+000\n");
  GoEface err = gosc_errors_New(S("connection reset").ptr, 16);
  EXPECT_EXIT(Uncaught(GoEface{reinterpret_cast<const GoItab*>(err.type)->type, err.data}),
              ::testing::ExitedWithCode(2), "^panic: connection reset\n");
  GoType named = Basic(kGoString, 16, "main.S", kStr | kGoNamed);
  EXPECT_EXIT(Uncaught(Box(&named, S("x"))), ::testing::ExitedWithCode(2),
              "^panic: main.S\\(\"x\"\\)\n");
  EXPECT_EXIT(gosc_panic_slice(1, 5, 3), ::testing::ExitedWithCode(2),
              "^panic: runtime error: slice bounds out of range \\[:5\\] with length 3\n");
  EXPECT_EXIT(gosc_panic_slice(2, 3, 2), ::testing::ExitedWithCode(2),
              "^panic: runtime error: slice bounds out of range \\[3:2\\]\n");
  EXPECT_EXIT(gosc_panic_shift(), ::testing::ExitedWithCode(2),
              "^panic: runtime error: negative shift amount\n");
}

}  // namespace
}  // namespace gosc::runtime::testing
