// Shared helpers of the libFuzzer harnesses (tests/fuzz/*_fuzzer.cpp).
//
// Why it exists: every harness must draw the same line between "the compiler rejected the
// program" (a diagnostic: fine) and "the compiler is broken" (a crash, a sanitizer report, a
// hang, or what the driver reports as an internal compiler error and exit status 3: a
// finding). Keeping that line, and the way an input becomes a source file, in one place keeps
// the three harnesses honest and alike.
#pragma once

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace gosc::fuzz {

// An internal compiler error is a finding: print it as the driver would and abort, so that
// libFuzzer saves the input as a crash (exit 3 in `gosc` corresponds to abort here). The
// pipeline harness passes a caught gosc::InternalError through FormatInternalError.
[[noreturn]] inline void Finding(const std::string& msg) {
  std::fprintf(stderr, "gosc fuzz: internal compiler error: %s\n", msg.c_str());
  std::fflush(stderr);
  std::abort();
}

// Diagnostics are printed through the real printer (it formats positions and carets, which
// can crash too) into /dev/null; set GOSC_FUZZ_VERBOSE=1 to see them when replaying.
inline std::FILE* DiagSink() {
  static std::FILE* sink = std::getenv("GOSC_FUZZ_VERBOSE") ? stderr : std::fopen("/dev/null", "w");
  return sink;
}

// ParseAndCheck reads its files by path (as the driver does), so the input is written to an
// in-memory file reused by every run; its /proc path is what diagnostics print.
inline std::string WriteSource(const uint8_t* data, size_t size) {
  static int fd = memfd_create("fuzz.go", 0);
  if (fd < 0) Finding("memfd_create failed");
  if (ftruncate(fd, 0) != 0) Finding("ftruncate failed");
  size_t done = 0;
  while (done < size) {
    ssize_t n = pwrite(fd, data + done, size - done, static_cast<off_t>(done));
    if (n <= 0) Finding("pwrite failed");
    done += static_cast<size_t>(n);
  }
  return "/proc/self/fd/" + std::to_string(fd);
}

}  // namespace gosc::fuzz
