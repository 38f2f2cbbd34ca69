// Builds every program of the shared conformance corpus to SSA and verifies it.
//
// Why it exists: it is the builder's acceptance test — the corpus covers the
// whole subset, so any construct the builder mishandles shows up here as an
// internal error or a verifier complaint naming the function and value.
// GOSC_SSA_DUMP=file.go prints that file's SSA instead (a debugging aid).
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "build_test_util.h"
#include "passes/pass_manager.h"

namespace gosc::ssa {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> CorpusFiles() {
  std::vector<std::string> out;
  fs::path root = fs::path(GOSC_SHARED_DIR) / "conformance";
  if (!fs::exists(root)) return out;
  for (const auto& tier : fs::directory_iterator(root)) {
    if (!tier.is_directory()) continue;
    for (const auto& f : fs::directory_iterator(tier.path())) {
      if (f.path().extension() == ".go") out.push_back(f.path().string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(Conformance, EveryProgramBuildsAndVerifies) {
  auto files = CorpusFiles();
  if (files.empty()) GTEST_SKIP() << "no conformance corpus beside the repository";
  int failures = 0;
  for (const std::string& path : files) {
    testing::Built b = testing::BuildFile(path);
    if (!b.module) {
      ++failures;
      ADD_FAILURE() << path << ":\n" << b.error.substr(0, 2000);
      continue;
    }
    passes::PassManager pm(
        passes::PassOptions{.verify_each = true, .print_after = {}, .print = {}});
    for (const auto& n : passes::DefaultPassNames()) pm.AddByName(n);
    try {
      pm.Run(*b.module);
    } catch (const InternalError& e) {
      ++failures;
      ADD_FAILURE() << path << " (after passes):\n" << e.message.substr(0, 2000);
    }
  }
  std::cerr << files.size() - failures << "/" << files.size() << " conformance programs OK\n";
}

TEST(Conformance, Dump) {
  const char* file = std::getenv("GOSC_SSA_DUMP");
  if (!file) GTEST_SKIP() << "set GOSC_SSA_DUMP=file.go to print its SSA";
  testing::Built b = testing::BuildFile(file);
  if (!b.module) {
    // Print what we can: the module may have been built but failed verification.
    std::cout << b.error;
    testing::Built raw;
    raw.sources = std::make_unique<types::SourceSet>();
    types::Diagnostics diags(*raw.sources);
    raw.pkg = frontend::ParseAndCheck({file}, *raw.sources, diags);
    if (raw.pkg) {
      try {
        std::cout << Print(*BuildSsa(*raw.pkg));
      } catch (const InternalError&) {
        // b.error, printed above, already says what went wrong
      }
    }
    FAIL();
  }
  if (std::getenv("GOSC_SSA_PASSES")) {
    passes::PassManager pm;
    for (const auto& n : passes::DefaultPassNames()) pm.AddByName(n);
    pm.Run(*b.module);
  }
  std::cout << Print(*b.module);
}

}  // namespace
}  // namespace gosc::ssa
