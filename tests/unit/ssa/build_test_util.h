// Helpers for builder tests: compile Go source text to a verified SSA module.
//
// Why it exists: every builder test needs the same steps — write the source
// to a temporary file, run the frontend, build SSA, verify — and the same
// failure reporting (diagnostics, internal errors, verifier output).
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>

#include "frontend/frontend.h"
#include "ssa/build.h"
#include "ssa/print.h"
#include "ssa/verify.h"

namespace gosc::ssa::testing {

struct Built {
  std::unique_ptr<types::SourceSet> sources;
  std::unique_ptr<frontend::Package> pkg;
  std::unique_ptr<Module> module;
  std::string error;  // diagnostics, internal error or verifier output
};

inline Built BuildFile(const std::string& path) {
  Built b;
  b.sources = std::make_unique<types::SourceSet>();
  types::Diagnostics diags(*b.sources);
  b.pkg = frontend::ParseAndCheck({path}, *b.sources, diags);
  if (!b.pkg) {
    for (const auto& d : diags.Items())
      b.error += b.sources->Format(d.pos) + ": " + d.message + "\n";
    if (b.error.empty()) b.error = "frontend failed without diagnostics";
    return b;
  }
  try {
    b.module = BuildSsa(*b.pkg);
  } catch (const InternalError& e) {
    b.error = FormatInternalError(e, b.sources.get());
    return b;
  }
  if (!Verify(*b.module, &b.error)) b.module.reset();
  return b;
}

inline Built BuildSource(const std::string& src, const std::string& name = "x.go") {
  auto dir =
      std::filesystem::temp_directory_path() / ("gosc_ssa_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  auto path = dir / name;
  {
    std::ofstream out(path);
    out << src;
  }
  Built b = BuildFile(path.string());
  std::filesystem::remove(path);
  std::error_code ignored;
  std::filesystem::remove(dir, ignored);  // leave no per-process directory behind
  return b;
}

inline std::string FuncText(const Built& b, const std::string& name) {
  if (!b.module) return "";
  const Func* f = b.module->FindFunc(name);
  return f ? Print(*f, b.sources.get()) : "";
}

}  // namespace gosc::ssa::testing
