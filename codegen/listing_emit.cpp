// EmitListing: the LLVM side of the annotated -S listing.
//
// Why it exists: the listing needs three things from LLVM besides the
// assembly text — `.loc` directives even without -g (lowering in listing
// mode always makes line information, as DebugDirectivesOnly unless -g asks
// for real DWARF), the allocation notes lowering recorded, and the frame
// slot of each stack site, which only the code generator knows. The slots
// come from LLVM's own "stack-frame-layout" analysis remark, switched on
// here through the context's diagnostic handler and parsed in listing.cpp.
// The listing is compiled separately from the object file, so nothing here
// changes the executable.
#include <llvm/ADT/SmallString.h>
#include <llvm/IR/DiagnosticHandler.h>
#include <llvm/IR/DiagnosticInfo.h>
#include <llvm/IR/LLVMContext.h>

#include "codegen/internal.h"

namespace gosc::codegen {

namespace {

constexpr const char* kFrameLayoutPass = "stack-frame-layout";

class FrameLayoutCollector : public llvm::DiagnosticHandler {
 public:
  explicit FrameLayoutCollector(std::vector<StackSlot>* slots) : slots_(slots) {}
  bool isAnalysisRemarkEnabled(llvm::StringRef pass) const override {
    return pass == kFrameLayoutPass;
  }
  bool handleDiagnostics(const llvm::DiagnosticInfo& di) override {
    const auto* remark = llvm::dyn_cast<llvm::DiagnosticInfoOptimizationBase>(&di);
    if (!remark || remark->getPassName() != kFrameLayoutPass) return false;
    std::vector<StackSlot> found = ParseStackLayoutRemark(remark->getMsg());
    slots_->insert(slots_->end(), found.begin(), found.end());
    return true;
  }

 private:
  std::vector<StackSlot>* slots_;
};

}  // namespace

std::string EmitListing(const ssa::Module& sm, const CodegenOptions& opts) {
  llvm::LLVMContext ctx;
  std::vector<StackSlot> slots;
  ctx.setDiagnosticHandler(std::make_unique<FrameLayoutCollector>(&slots));
  CodegenOptions listing_opts = opts;
  listing_opts.listing = true;
  std::unique_ptr<llvm::TargetMachine> tm;
  std::vector<AllocNote> notes;
  auto m = BuildOptimized(sm, listing_opts, ctx, &tm, &notes);
  llvm::SmallString<0> buf;
  llvm::raw_svector_ostream os(buf);
  EmitWithTm(*m, *tm, os, llvm::CodeGenFileType::AssemblyFile);

  ListingInput in;
  in.notes = &notes;
  in.slots = &slots;
  in.sources = opts.sources;
  in.keep_debug_directives = opts.debug_info;
  for (const RtEntry& e : RuntimeEntries()) in.go_names[e.symbol] = e.go_name;
  return AnnotateAssembly(std::string(buf.str()), in);
}

}  // namespace gosc::codegen
