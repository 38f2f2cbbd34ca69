// libFuzzer harness: the whole frontend — parse and type-check (ParseAndCheck).
//
// Why it exists: the checker sees every AST the parser accepts, including shapes no test
// writes (recursive types, huge constants, odd conversions, cycles in initialisation); it
// must answer each with a diagnostic, never a crash. Like the driver, a null package with no
// diagnostic is an internal compiler error.
#include <cstdint>
#include <string>

#include "frontend/frontend.h"
#include "tests/fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace gosc::frontend;
  std::string path = gosc::fuzz::WriteSource(data, size);
  SourceSet sources;
  Diagnostics diags(sources);
  std::unique_ptr<Package> pkg = ParseAndCheck({path}, sources, diags);
  if (diags.HasErrors()) {
    diags.Print(gosc::fuzz::DiagSink());
    return 0;
  }
  if (!pkg) gosc::fuzz::Finding("the frontend failed without a diagnostic");
  return 0;
}
