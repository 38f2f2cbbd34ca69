// Program entry. This file holds only `main` and its start-up helpers, so
// that unit tests linking the runtime library never pull it in (they bring
// their own main). The runtime owns `main` so that every compiled program gets
// the same start-up (GC, os.Args, the nil-dereference signal handler) and
// the same shutdown (stdout flush, optional allocation statistics) without
// codegen emitting any of it. It calls the two entry points the compiler
// emits: gosc_main_init (package initialisation) and gosc_main_main.
#include <gc/gc.h>
#include <signal.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "runtime/internal.h"

namespace gosc::runtime {
namespace {

void ParseGoscDebug() {
  const char* env = getenv("GOSCDEBUG");
  if (env == nullptr) return;
  std::string_view s(env);
  // Comma-separated key=value settings, as GODEBUG.
  while (!s.empty()) {
    size_t comma = s.find(',');
    std::string_view item = s.substr(0, comma);
    if (item == "allocs=1") g_debug_allocs = true;
    if (item.substr(0, 9) == "gcstress=") {
      int64_t n = 0;
      for (char c : item.substr(9)) {
        if (c < '0' || c > '9' || n > (int64_t{1} << 40)) break;
        n = n * 10 + (c - '0');
      }
      SetGcStress(n);
    }
    if (comma == std::string_view::npos) break;
    s.remove_prefix(comma + 1);
  }
}

void BuildArgs(int argc, char** argv) {
  auto* args = static_cast<GoString*>(Alloc(sizeof(GoString) * (argc > 0 ? argc : 1), true));
  for (int i = 0; i < argc; i++) args[i] = MakeString(argv[i], strlen(argv[i]));
  gosc_os_Args = GoSlice{args, argc, argc};
}

}  // namespace
}  // namespace gosc::runtime

int main(int argc, char** argv) {
  using namespace gosc::runtime;
  GC_set_all_interior_pointers(1);
  GC_INIT();
  // gc's first collection waits for a 4 MB heap (its minimum heap goal);
  // Boehm's default heap starts at 64 KiB and would collect every few
  // hundred KiB of allocation, scanning the roots each time. Starting at
  // the same 4 MiB makes a short-lived-string program collect about as
  // often as under gc.
  constexpr size_t kInitialHeap = size_t{4} << 20;
  if (GC_get_heap_size() < kInitialHeap) GC_expand_hp(kInitialHeap - GC_get_heap_size());
  ParseGoscDebug();
  BuildArgs(argc, argv);
  // GOSCDEBUG=allocs=1 reports what the Go program allocates, not the
  // runtime's own start-up (os.Args), so a program that allocates nothing
  // reports 0 objects whatever its command line.
  g_alloc_count = 0;
  g_alloc_bytes = 0;
  InstallSignalHandlers();
  gosc_main_init();
  gosc_main_main();
  ExitProgram(0);
}
