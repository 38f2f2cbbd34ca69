// gosc -html's view of the back end: one function's optimised LLVM IR and
// its annotated x86-64 listing.
//
// Why it exists: the HTML explorer shows what became of one Go function, but
// after optimisation an internal function whose calls were all inlined is
// gone. So the explorer compiles the module a second time, apart from the
// executable, with that function listed in `llvm.used` (KeepForExplorer): it
// is still inlined where the optimiser wants, and its own optimised body
// survives to be printed. Its LLVM values carry the SSA printer's names
// (lower_func.cpp), so `%users` in the SSA is `%users` in the IR. The listing
// is the ordinary -S listing (listing.cpp), cut down to the function.
#include <llvm/Transforms/Utils/ModuleUtils.h>

#include <regex>
#include <sstream>

#include "codegen/internal.h"

namespace gosc::codegen {
namespace {

// The -S listing's lines from the function's label to its end marker.
std::string FunctionSection(const std::string& listing, const std::string& symbol) {
  std::istringstream in(listing);
  std::string line, out;
  bool inside = false;
  while (std::getline(in, line)) {
    if (!inside) {
      inside = line == symbol + ":" || line == "\"" + symbol + "\":";
      if (inside) out += line + "\n";
      continue;
    }
    if (line.rfind(".Lfunc_end", 0) == 0) break;
    out += line + "\n";
  }
  return out;
}

}  // namespace

void KeepForExplorer(llvm::Module& m, const std::string& link_name) {
  if (llvm::Function* fn = m.getFunction(link_name); fn != nullptr && !fn->isDeclaration()) {
    llvm::appendToUsed(m, {fn});
  }
}

FunctionCode EmitFunctionCode(const ssa::Module& sm, const CodegenOptions& opts) {
  FunctionCode code;
  CodegenOptions explore = opts;
  // Line information (as for -S) gives the IR its source-line comments.
  explore.listing = true;
  {
    llvm::LLVMContext ctx;
    std::unique_ptr<llvm::TargetMachine> tm;
    auto m = BuildOptimized(sm, explore, ctx, &tm);
    if (const llvm::Function* fn = m->getFunction(opts.explore_function)) {
      // The debug attachments only repeat what the comments say.
      static const std::regex kDbg(", !dbg ![0-9]+");
      code.llvm_ir = std::regex_replace(PrintFunctionWithNotes(*fn, opts.sources), kDbg, "");
    }
  }
  code.listing = FunctionSection(EmitListing(sm, explore), opts.explore_function);
  return code;
}

}  // namespace gosc::codegen
