// The back end: lowering entry points, the optimisation pipeline and
// object / assembly emission for x86_64-pc-linux-gnu.
//
// Why it exists: the driver asks for IR text, assembly or an object file;
// each is "lower the SSA module, verify it, optimise it, print or emit".
// Verification runs before optimisation so that a lowering bug is thrown as
// an InternalError (types/internal_error.h) instead of crashing an LLVM
// pass. -O0 runs the O0 pipeline (always-inline only), -O1/-O2 the new pass
// manager's default per-module pipelines.
#include <llvm/Analysis/CGSCCPassManager.h>
#include <llvm/Analysis/LoopAnalysisManager.h>
#include <llvm/IR/AssemblyAnnotationWriter.h>
#include <llvm/IR/LegacyPassManager.h>
#include <llvm/IR/PassManager.h>
#include <llvm/IR/Verifier.h>
#include <llvm/MC/TargetRegistry.h>
#include <llvm/Passes/PassBuilder.h>
#include <llvm/Support/CodeGen.h>
#include <llvm/Support/ErrorHandling.h>
#include <llvm/Support/FileSystem.h>
#include <llvm/Support/FormattedStream.h>
#include <llvm/Support/TargetSelect.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Target/TargetMachine.h>
#include <llvm/Target/TargetOptions.h>
#include <unistd.h>

#include <cstdio>
#include <mutex>

#include "codegen/internal.h"

namespace gosc::codegen {

static const char* kTriple = "x86_64-pc-linux-gnu";

std::unique_ptr<llvm::TargetMachine> CreateTargetMachine(int opt_level) {
  static std::once_flag once;
  std::call_once(once, [] {
    // An LLVM fatal error is a gosc bug: report it as one (exit 3), not abort.
    // Throwing InternalError through LLVM's frames is not safe (LLVM is not
    // exception-safe), so this handler prints the driver's line itself.
    llvm::install_fatal_error_handler([](void*, const char* reason, bool) {
      std::fprintf(stderr, "gosc: internal compiler error: LLVM: %s\n", reason);
      std::fflush(stderr);
      _exit(3);
    });
    LLVMInitializeX86TargetInfo();
    LLVMInitializeX86Target();
    LLVMInitializeX86TargetMC();
    LLVMInitializeX86AsmPrinter();
    LLVMInitializeX86AsmParser();
  });
  std::string err;
  const llvm::Target* target = llvm::TargetRegistry::lookupTarget(kTriple, err);
  if (!target) Fail({}, "codegen: no x86-64 target: " + err);
  llvm::TargetOptions to;
  auto level = opt_level <= 0   ? llvm::CodeGenOptLevel::None
               : opt_level == 1 ? llvm::CodeGenOptLevel::Less
                                : llvm::CodeGenOptLevel::Default;
  // PIC so that the system `cc` can link a position-independent executable.
  std::unique_ptr<llvm::TargetMachine> tm(target->createTargetMachine(
      kTriple, "x86-64", "", to, llvm::Reloc::PIC_, std::nullopt, level));
  if (!tm) Fail({}, "codegen: cannot create the x86-64 target machine");
  return tm;
}

namespace {

void Optimize(llvm::Module& m, llvm::TargetMachine& tm, int opt_level) {
  llvm::LoopAnalysisManager lam;
  llvm::FunctionAnalysisManager fam;
  llvm::CGSCCAnalysisManager cgam;
  llvm::ModuleAnalysisManager mam;
  llvm::PassBuilder pb(&tm);
  pb.registerModuleAnalyses(mam);
  pb.registerCGSCCAnalyses(cgam);
  pb.registerFunctionAnalyses(fam);
  pb.registerLoopAnalyses(lam);
  pb.crossRegisterProxies(lam, fam, cgam, mam);
  llvm::ModulePassManager mpm;
  if (opt_level <= 0) {
    mpm = pb.buildO0DefaultPipeline(llvm::OptimizationLevel::O0);
  } else {
    mpm = pb.buildPerModuleDefaultPipeline(opt_level == 1 ? llvm::OptimizationLevel::O1
                                                          : llvm::OptimizationLevel::O2);
  }
  mpm.run(m, mam);
}

}  // namespace

std::unique_ptr<llvm::Module> BuildOptimized(const ssa::Module& sm, const CodegenOptions& opts,
                                             llvm::LLVMContext& ctx,
                                             std::unique_ptr<llvm::TargetMachine>* tm_out,
                                             std::vector<AllocNote>* notes) {
  ModuleLowering ml(sm, opts, ctx);
  std::unique_ptr<llvm::Module> m = ml.Run();
  if (notes) *notes = std::move(ml.alloc_notes());
  *tm_out = CreateTargetMachine(opts.opt_level);
  std::string msg;
  llvm::raw_string_ostream os(msg);
  if (llvm::verifyModule(*m, &os)) {
    os.flush();
    if (msg.size() > 2000) msg = msg.substr(0, 2000) + "...";
    throw InternalError{{}, "LLVM verifier: " + msg};
  }
  if (!opts.explore_function.empty()) KeepForExplorer(*m, opts.explore_function);
  Optimize(*m, **tm_out, opts.opt_level);
  return m;
}

void EmitWithTm(llvm::Module& m, llvm::TargetMachine& tm, llvm::raw_pwrite_stream& os,
                llvm::CodeGenFileType type) {
  llvm::legacy::PassManager pm;
  if (tm.addPassesToEmitFile(pm, os, nullptr, type))
    throw InternalError{{}, "the target cannot emit this file type"};
  pm.run(m);
}

namespace {

// --emit=llvm: each allocation site's note as a comment above the
// instruction carrying it, and (with -g) the Go source line above each run
// of instructions from one line — the IR counterpart of the -S listing.
class NoteWriter : public llvm::AssemblyAnnotationWriter {
 public:
  explicit NoteWriter(const types::SourceSet* sources) : sources_(sources) {}
  void emitFunctionAnnot(const llvm::Function*, llvm::formatted_raw_ostream&) override {
    line_ = {-1, 0};
  }
  void emitInstructionAnnot(const llvm::Instruction* inst,
                            llvm::formatted_raw_ostream& os) override {
    if (const llvm::DILocation* loc = inst->getDebugLoc().get(); loc && loc->getLine() > 0) {
      int file = FileId(loc->getFilename(), loc->getDirectory());
      std::pair<int, unsigned> key{file, loc->getLine()};
      if (file >= 0 && key != line_) {
        line_ = key;
        std::string src = sources_->Line(file, static_cast<int>(loc->getLine()));
        size_t b = src.find_first_not_of(" \t");
        os << "  ; " << sources_->DisplayPath(file) << ":" << loc->getLine() << "   "
           << (b == std::string::npos ? "" : src.substr(b)) << "\n";
      }
    }
    if (llvm::MDNode* md = inst->getMetadata(kAllocNoteMetadata)) {
      if (md->getNumOperands() > 0)
        if (auto* text = llvm::dyn_cast<llvm::MDString>(md->getOperand(0)))
          os << "  ; " << text->getString() << "\n";
    }
  }

 private:
  int FileId(llvm::StringRef name, llvm::StringRef dir) const {
    if (!sources_) return -1;
    std::string path = dir.empty() || dir == "." ? name.str() : (dir + "/" + name).str();
    for (size_t i = 0; i < sources_->size(); ++i)
      if (sources_->Path(static_cast<int>(i)) == path) return static_cast<int>(i);
    return -1;
  }
  const types::SourceSet* sources_;
  std::pair<int, unsigned> line_{-1, 0};
};

}  // namespace

std::string EmitLlvmIr(const ssa::Module& sm, const CodegenOptions& opts) {
  llvm::LLVMContext ctx;
  std::unique_ptr<llvm::TargetMachine> tm;
  auto m = BuildOptimized(sm, opts, ctx, &tm);
  std::string out;
  llvm::raw_string_ostream os(out);
  NoteWriter notes(opts.sources);
  m->print(os, &notes);
  os.flush();
  return out;
}

std::string PrintFunctionWithNotes(const llvm::Function& fn, const types::SourceSet* sources) {
  std::string out;
  llvm::raw_string_ostream os(out);
  NoteWriter notes(sources);
  fn.print(os, &notes);
  os.flush();
  return out;
}

std::string EmitAssembly(const ssa::Module& sm, const CodegenOptions& opts) {
  llvm::LLVMContext ctx;
  std::unique_ptr<llvm::TargetMachine> tm;
  auto m = BuildOptimized(sm, opts, ctx, &tm);
  llvm::SmallString<0> buf;
  llvm::raw_svector_ostream os(buf);
  EmitWithTm(*m, *tm, os, llvm::CodeGenFileType::AssemblyFile);
  return std::string(buf.str());
}

bool EmitObjectFile(const ssa::Module& sm, const CodegenOptions& opts, const std::string& path,
                    std::string* error) {
  llvm::LLVMContext ctx;
  std::unique_ptr<llvm::TargetMachine> tm;
  auto m = BuildOptimized(sm, opts, ctx, &tm);
  std::error_code ec;
  llvm::raw_fd_ostream os(path, ec, llvm::sys::fs::OF_None);
  if (ec) {
    *error = "gosc: cannot write " + path + ": " + ec.message();
    return false;
  }
  EmitWithTm(*m, *tm, os, llvm::CodeGenFileType::ObjectFile);
  os.flush();
  return true;
}

}  // namespace gosc::codegen
