// Buffered standard output and the single exit path. Go's os.Stdout is
// unbuffered, but compiled programs print a lot through fmt; buffering here
// and flushing at every exit (normal, os.Exit, panic) and before every write
// to another descriptor keeps the observable output identical while avoiding
// a write(2) per Println.
#include <unistd.h>

#include <cerrno>
#include <cstdio>

#include "runtime/internal.h"

extern "C" {
gosc::runtime::GoFile gosc_stdout_file = {1};
gosc::runtime::GoFile gosc_stderr_file = {2};
void* gosc_os_Stdout = &gosc_stdout_file;
void* gosc_os_Stderr = &gosc_stderr_file;
}

namespace gosc::runtime {
namespace {

constexpr size_t kStdoutBuf = 1 << 16;
char g_out[kStdoutBuf];
size_t g_out_len = 0;

void WriteAll(int fd, const char* p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return;  // nowhere to report it; Go would ignore the error too
    }
    p += w;
    n -= static_cast<size_t>(w);
  }
}

}  // namespace

bool g_debug_allocs = false;

void FlushStdout() {
  WriteAll(1, g_out, g_out_len);
  g_out_len = 0;
}

void WriteStdout(const char* p, size_t n) {
  if (g_out_len + n > kStdoutBuf) {
    FlushStdout();
    if (n > kStdoutBuf / 2) {
      WriteAll(1, p, n);
      return;
    }
  }
  memcpy(g_out + g_out_len, p, n);
  g_out_len += n;
}

// Anything written elsewhere (stderr through println or fmt.Fprintln, a
// file) first flushes what stdout holds, so the order of the two streams is
// Go's even when they share one pipe or terminal (`prog 2>&1`).
void WriteFd(int fd, const char* p, size_t n) {
  if (fd == 1) {
    WriteStdout(p, n);
  } else {
    FlushStdout();
    WriteAll(fd, p, n);
  }
}

void ExitProgram(int code) {
  FlushStdout();
  if (g_debug_allocs) {
    char buf[128];
    int n = snprintf(buf, sizeof buf, "gosc: heap allocations: %lld objects, %lld bytes\n",
                     static_cast<long long>(g_alloc_count), static_cast<long long>(g_alloc_bytes));
    WriteAll(2, buf, static_cast<size_t>(n));
  }
  _exit(code);
}

}  // namespace gosc::runtime
