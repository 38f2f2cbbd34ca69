// codegen's interface: SSA module in, LLVM IR / assembly / object / executable out.
//
// Why it exists: the driver must not include LLVM headers (only codegen/
// does), so everything it needs from the back end is here, in plain types.
#pragma once

#include <string>

#include "ssa/ir.h"
#include "types/internal_error.h"
#include "types/pos.h"

namespace gosc::codegen {

struct CodegenOptions {
  int opt_level = 2;                          // -O0, -O1, -O2
  bool debug_info = false;                    // -g: DWARF
  std::string source_name;                    // main file, for the module name and debug info
  const types::SourceSet* sources = nullptr;  // file names for debug info (optional)
  // Set by EmitListing: always generate line information and keep every Go
  // function as its own section, for the annotated -S listing (listing.h).
  bool listing = false;
  // gosc -html (explore.cpp): the link name of one function whose optimised
  // body is kept even when every call to it is inlined, and whose LLVM
  // values are named as the SSA printer names them. Empty: none.
  std::string explore_function;
};

// Each throws gosc::InternalError (types/internal_error.h) when the SSA
// breaks a codegen assumption or LLVM rejects the lowered module: a bug.
std::string EmitLlvmIr(const ssa::Module& m, const CodegenOptions& opts);
std::string EmitAssembly(const ssa::Module& m, const CodegenOptions& opts);
// The annotated -S listing (DESIGN.md § -S): the assembly with Go source
// lines, escape decisions at allocation sites and Go names for runtime calls.
std::string EmitListing(const ssa::Module& m, const CodegenOptions& opts);
// gosc -html: the optimised LLVM IR (with allocation notes and source-line
// comments) and the annotated -S listing of opts.explore_function alone,
// compiled apart from the executable; empty strings when the back end
// produced no code for it.
struct FunctionCode {
  std::string llvm_ir;
  std::string listing;
};
FunctionCode EmitFunctionCode(const ssa::Module& m, const CodegenOptions& opts);
// Same for the object file; returns false and sets *error ("gosc: cannot
// write PATH: ...") only when `path` cannot be written.
bool EmitObjectFile(const ssa::Module& m, const CodegenOptions& opts, const std::string& path,
                    std::string* error);
// Links an object file with the runtime (libgosc_rt.a, found next to the
// compiler in ../lib or at the build-time path) and Boehm GC into an executable.
bool LinkExecutable(const std::string& object_path, const std::string& output_path,
                    std::string* error);

}  // namespace gosc::codegen
