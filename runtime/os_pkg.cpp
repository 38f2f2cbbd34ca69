// The os package members of the subset: Args (built at start-up), Exit
// (which, like Go's, runs no deferred calls but must flush our buffered
// stdout), Getenv, ReadFile and WriteFile with Go's *fs.PathError texts, and
// (*File).Write, which makes os.Stdout/os.Stderr usable as io.Writers.
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>

#include "runtime/internal.h"

extern "C" {
GoSlice gosc_os_Args = {nullptr, 0, 0};
}

namespace gosc::runtime {
namespace {

// Go's syscall.Errno texts are glibc's with a lower-case first letter.
std::string ErrnoText(int e) {
  std::string s = strerror(e);
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] + 32);
  return s;
}

struct ReadFileResult {
  GoSlice data;
  GoEface err;
};

struct WriteResult {
  int64_t n;
  GoEface err;
};

}  // namespace
}  // namespace gosc::runtime

using namespace gosc::runtime;

extern "C" {

void gosc_os_Exit(int64_t code) { ExitProgram(static_cast<int>(code)); }

GoString gosc_os_Getenv(const uint8_t* p, int64_t n) {
  std::string name(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
  const char* v = getenv(name.c_str());
  return v ? MakeString(v, strlen(v)) : GoString{nullptr, 0};
}

void gosc_os_ReadFile(void* out, const uint8_t* p, int64_t n) {
  auto* r = static_cast<ReadFileResult*>(out);
  std::string name(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
  *r = ReadFileResult{{nullptr, 0, 0}, NilEface()};
  int fd = open(name.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    r->err = MakePathError("open", name, ErrnoText(errno));
    return;
  }
  std::string data;
  char buf[65536];
  for (;;) {
    ssize_t k = read(fd, buf, sizeof buf);
    if (k < 0) {
      if (errno == EINTR) continue;
      r->err = MakePathError("read", name, ErrnoText(errno));
      close(fd);
      return;
    }
    if (k == 0) break;
    data.append(buf, static_cast<size_t>(k));
  }
  close(fd);
  const int64_t len = static_cast<int64_t>(data.size());
  void* d = Alloc(static_cast<size_t>(len + 1), false);
  memcpy(d, data.data(), data.size());
  r->data = GoSlice{d, len, len + 1};
}

GoEface gosc_os_WriteFile(const uint8_t* p, int64_t n, void* data, int64_t len, int64_t,
                          int64_t perm) {
  std::string name(reinterpret_cast<const char*>(p), static_cast<size_t>(n));
  int fd = open(name.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, static_cast<mode_t>(perm));
  if (fd < 0) return MakePathError("open", name, ErrnoText(errno));
  auto* c = static_cast<const char*>(data);
  while (len > 0) {
    ssize_t k = write(fd, c, static_cast<size_t>(len));
    if (k < 0) {
      if (errno == EINTR) continue;
      GoEface err = MakePathError("write", name, ErrnoText(errno));
      close(fd);
      return err;
    }
    c += k;
    len -= k;
  }
  if (close(fd) != 0) return MakePathError("close", name, ErrnoText(errno));
  return NilEface();
}

// Go checks the receiver first: a nil *File fails with os.ErrInvalid
// ("invalid argument"). Output shares the stdout buffer with fmt, so the
// order of writes is kept; a failing write(2) is not reported (as for fmt's
// output, whose error results are nil in this runtime).
void gosc_os_File_Write(void* out, void* file, void* data, int64_t len, int64_t) {
  auto* r = static_cast<WriteResult*>(out);
  if (file == nullptr) {
    *r = WriteResult{0, MakeError(MakeString("invalid argument"))};
    return;
  }
  WriteFd(static_cast<int>(static_cast<GoFile*>(file)->fd), static_cast<const char*>(data),
          static_cast<size_t>(len));
  *r = WriteResult{len, NilEface()};
}

}  // extern "C"
