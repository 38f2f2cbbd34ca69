// Linking: object file + libgosc_rt.a + Boehm GC -> executable, via `cc`.
//
// Why it exists: the system C compiler driver knows the platform's crt files,
// libc and linker flags; the runtime is C++ and needs libstdc++ and libm.
// The runtime library is found next to the compiler (<bindir>/../lib, the
// build tree's layout and an install's), falling back to the build-time
// path GOSC_RUNTIME_BUILD_DIR and then $GOSC_RUNTIME_DIR.
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

#include "codegen/codegen.h"

#ifndef GOSC_RUNTIME_BUILD_DIR
#define GOSC_RUNTIME_BUILD_DIR ""
#endif

namespace gosc::codegen {

namespace fs = std::filesystem;

static std::string FindRuntime() {
  std::vector<fs::path> candidates;
  if (const char* env = std::getenv("GOSC_RUNTIME_DIR")) candidates.push_back(fs::path(env));
  std::error_code ec;
  fs::path self = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) candidates.push_back(self.parent_path().parent_path() / "lib");
  candidates.push_back(fs::path(GOSC_RUNTIME_BUILD_DIR));
  for (const fs::path& dir : candidates) {
    if (dir.empty()) continue;
    fs::path lib = dir / "libgosc_rt.a";
    if (fs::exists(lib, ec)) return lib.string();
  }
  return "";
}

// Runs argv, returning its exit status (or -1 if it could not start).
static int Run(const std::vector<std::string>& argv, std::string* error) {
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid = fork();
  if (pid < 0) {
    *error = std::string("gosc: fork: ") + std::strerror(errno);
    return -1;
  }
  if (pid == 0) {
    execvp(args[0], args.data());
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      *error = std::string("gosc: waitpid: ") + std::strerror(errno);
      return -1;
    }
  }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

bool LinkExecutable(const std::string& object_path, const std::string& output_path,
                    std::string* error) {
  std::string rt = FindRuntime();
  if (rt.empty()) {
    *error = "gosc: cannot find the runtime library libgosc_rt.a (looked in <bindir>/../lib and " +
             std::string(GOSC_RUNTIME_BUILD_DIR) + "; set GOSC_RUNTIME_DIR)";
    return false;
  }
  const char* cc = std::getenv("GOSC_CC");
  std::vector<std::string> argv{cc && *cc ? cc : "cc",
                                "-o",
                                output_path,
                                object_path,
                                rt,
                                "-lgc",
                                "-lstdc++",
                                "-lm",
                                "-lpthread"};
  int rc = Run(argv, error);
  if (rc != 0) {
    if (error->empty())
      *error = "gosc: linking failed (cc exited with status " + std::to_string(rc) + ")";
    return false;
  }
  return true;
}

}  // namespace gosc::codegen
