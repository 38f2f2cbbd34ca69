// Internal errors of codegen: SSA that breaks a lowering assumption is
// thrown as gosc::InternalError carrying the value's position, the message
// without the "codegen: " tag, as the driver prints it before exiting 3.
//
// Why it exists: no module the builder produces reaches these paths (that
// would be a bug), so the test hand-builds one that does and checks what
// every codegen entry point throws.
#include "types/internal_error.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>

#include "codegen/codegen.h"
#include "ssa/ir.h"
#include "types/types.h"

namespace gosc::codegen {
namespace {

using ssa::Op;
using types::Pos;

// main.main allocates an int-typed (not pointer-typed) value with no element
// type: codegen cannot tell what to allocate.
struct BadAllocModule {
  BadAllocModule() {
    m.types = &types;
    ssa::Func* f = m.NewFunc("main.main");
    f->sig = types.SignatureOf(nullptr, types.TupleOf({}), types.TupleOf({}), false);
    ssa::Block* b = f->NewBlock("entry");
    f->NewValue(b, Op::kAlloc, types.Int(), kAllocPos);
    f->NewValue(b, Op::kReturn, nullptr, Pos{});
    m.main = f;
  }
  static constexpr Pos kAllocPos{0, 4, 7};
  types::TypeTable types;
  ssa::Module m;
};

void ExpectBadAlloc(const std::function<void()>& emit) {
  try {
    emit();
    FAIL() << "codegen lowered an alloc without element type";
  } catch (const InternalError& e) {
    EXPECT_EQ(e.pos, BadAllocModule::kAllocPos);
    EXPECT_EQ(e.message, "alloc without element type");
  }
}

TEST(CodegenInternalError, EveryEntryPointThrowsThePosition) {
  BadAllocModule bad;
  CodegenOptions opts;
  opts.opt_level = 0;
  ExpectBadAlloc([&] { EmitLlvmIr(bad.m, opts); });
  ExpectBadAlloc([&] { EmitAssembly(bad.m, opts); });
  ExpectBadAlloc([&] { EmitListing(bad.m, opts); });
  std::string error;
  ExpectBadAlloc([&] { EmitObjectFile(bad.m, opts, "/dev/null", &error); });
  EXPECT_EQ(error, "");
}

TEST(CodegenInternalError, DriverLineNamesTheSourcePosition) {
  types::SourceSet sources;
  sources.Add("x.go", "package main\n\nfunc main() {\n\tp := new(int)\n}\n");
  InternalError e{BadAllocModule::kAllocPos, "alloc without element type"};
  EXPECT_EQ(FormatInternalError(e, &sources),
            "x.go:4:7: internal compiler error: alloc without element type");
  // A position outside the known files is dropped rather than misprinted.
  InternalError elsewhere{Pos{3, 4, 7}, "alloc without element type"};
  EXPECT_EQ(FormatInternalError(elsewhere, &sources),
            "gosc: internal compiler error: alloc without element type");
  EXPECT_EQ(FormatInternalError(e, nullptr),
            "gosc: internal compiler error: alloc without element type");
}

}  // namespace
}  // namespace gosc::codegen
