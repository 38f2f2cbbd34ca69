// libFuzzer harness: lexer + parser (ANTLR parse tree -> AST) and the AST dumper.
//
// Why it exists: the parser is the first code to see untrusted text, and the parse-tree to AST
// builder assumes shapes the grammar guarantees only for well-formed input; this target is the
// cheapest and fastest of the three, so it explores syntax deepest. Syntax errors are
// expected; crashes, sanitizer reports and hangs are findings.
#include <cstdint>
#include <string>

#include "frontend/frontend.h"
#include "tests/fuzz/fuzz_util.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace gosc::frontend;
  SourceSet sources;
  Diagnostics diags(sources);
  int id = sources.Add("fuzz.go", std::string(reinterpret_cast<const char*>(data), size));
  std::unique_ptr<File> file = ParseFile(sources, id, diags);
  if (!file) gosc::fuzz::Finding("ParseFile returned null");
  if (diags.HasErrors()) {
    diags.Print(gosc::fuzz::DiagSink());
  } else {
    std::string dump = DumpAst(*file, sources);
    if (dump.empty()) gosc::fuzz::Finding("empty AST dump");
  }
  return 0;
}
