// gosc -html=FUNC / GOSSAFUNC=FUNC: the driver's side of the explorer.
//
// Why it exists: main.cpp only says when to listen (before the passes) and
// when to write (after them); this gathers what the page shows from the
// pass snapshots, the escape report, the back end and Graphviz.
#pragma once

#include <string>

#include "codegen/codegen.h"
#include "driver/html/snapshots.h"
#include "passes/pass_manager.h"

namespace gosc::driver::html {

class Explorer {
 public:
  // Finds FUNC in `m` (false with *error set when there is none) and sets
  // `popts` up to snapshot it after every pass and export its escape graph.
  bool Start(const std::string& func, const ssa::Module& m, passes::PassOptions* popts,
             std::string* error);
  // After the passes: writes FUNC.html into the current directory.
  bool Write(const ssa::Module& m, const passes::escape::EscapeReport& report,
             const codegen::CodegenOptions& copts, const types::SourceSet& sources,
             std::string* error);

 private:
  std::string func_;
  std::string link_name_;
  std::unique_ptr<SnapshotRecorder> recorder_;
};

}  // namespace gosc::driver::html
