// libFuzzer harness: the whole compiler up to a verified LLVM module — frontend, SSA build,
// the default passes, escape analysis (with -m=2 explanations), codegen lowering and
// llvm::verifyModule. No optimisation and no object emission: they are LLVM's code, and
// leaving them out keeps the target fast enough to fuzz.
//
// Why it exists: every later layer trusts what the checker accepted. Any program the frontend
// accepts must come out as verified SSA and a valid LLVM module; where the driver would print
// "internal compiler error" and exit 3 (a gosc::InternalError from the builder, a pass or
// codegen, a verifier rejection, an escaping exception), this harness aborts, so libFuzzer
// keeps the input.
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/Verifier.h>
#include <llvm/Support/raw_ostream.h>

#include <cstdint>
#include <string>

#include "codegen/internal.h"
#include "frontend/frontend.h"
#include "passes/escape/escape.h"
#include "passes/pass_manager.h"
#include "ssa/build.h"
#include "ssa/verify.h"
#include "tests/fuzz/fuzz_util.h"

namespace {

using gosc::fuzz::Finding;

// Everything after the frontend, in the driver's order (GOSC_VERIFY=1); every failure from
// here on is an internal error, thrown as gosc::InternalError or found by a verifier.
void BuildAndLower(gosc::frontend::Package& pkg, gosc::types::SourceSet& sources,
                   const std::string& path) {
  using namespace gosc;
  std::string error;
  std::unique_ptr<ssa::Module> module = ssa::BuildSsa(pkg);
  if (!ssa::Verify(*module, &error)) Finding("SSA verifier after build:\n" + error);

  passes::PassOptions popts;
  popts.verify_each = true;
  popts.escape.message_level = 2;  // -m=2: the explanations walk the graph too
  passes::PassManager pm(popts);
  for (const std::string& name : passes::DefaultPassNames()) pm.AddByName(name);
  pm.Run(*module);
  const passes::escape::EscapeReport& report = pm.escape_report();
  size_t text_bytes = 0;
  for (const auto& m : report.messages) {
    if (m.pos.IsValid()) text_bytes += sources.Format(m.pos).size();
    text_bytes += m.text.size();
  }
  (void)text_bytes;

  codegen::CodegenOptions copts;
  copts.opt_level = 0;
  copts.debug_info = true;  // -g: line info on every instruction, which the verifier checks
  copts.source_name = path;
  copts.sources = &sources;
  llvm::LLVMContext ctx;
  codegen::ModuleLowering lowering(*module, copts, ctx);
  std::unique_ptr<llvm::Module> m = lowering.Run();
  if (!m) Finding("codegen returned no module");
  std::string msg;
  llvm::raw_string_ostream os(msg);
  if (llvm::verifyModule(*m, &os)) {
    os.flush();
    Finding("LLVM verifier:\n" + msg.substr(0, 4000));
  }
}

void Pipeline(const uint8_t* data, size_t size) {
  using namespace gosc;
  std::string path = fuzz::WriteSource(data, size);
  types::SourceSet sources;
  types::Diagnostics diags(sources);
  std::unique_ptr<frontend::Package> pkg = frontend::ParseAndCheck({path}, sources, diags);
  if (diags.HasErrors()) {
    diags.Print(fuzz::DiagSink());
    return;
  }
  if (!pkg) Finding("the frontend failed without a diagnostic");
  try {
    BuildAndLower(*pkg, sources, path);
  } catch (const InternalError& e) {
    Finding(FormatInternalError(e, &sources));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // Other exceptions escape on purpose: std::terminate aborts, which is a finding, as the
  // driver's catch-all turns them into exit 3.
  Pipeline(data, size);
  return 0;
}
