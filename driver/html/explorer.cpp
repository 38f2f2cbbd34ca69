// Gathering the explorer page (explorer.h).
#include "driver/html/explorer.h"

#include <algorithm>
#include <fstream>
#include <memory>

#include "driver/html/escape_svg.h"
#include "driver/html/page.h"
#include "ssa/print.h"

namespace gosc::driver::html {
namespace {

// The function's source lines: from its `func` line to the line of the
// brace that closes its body (strings, runes and comments skipped).
void FunctionLines(const types::SourceSet& sources, types::Pos pos, ExplorerPage* page) {
  if (pos.file < 0 || static_cast<size_t>(pos.file) >= sources.size()) return;
  page->source_path = sources.DisplayPath(pos.file);
  page->first_line = pos.line;
  int depth = 0;
  bool opened = false;
  const std::string& all = sources.Text(pos.file);
  int last = static_cast<int>(std::count(all.begin(), all.end(), '\n')) + 1;
  for (int line = pos.line; line <= last; ++line) {
    std::string text = sources.Line(pos.file, line);
    page->source_lines.push_back(text);
    char quote = 0;
    for (size_t i = 0; i < text.size(); ++i) {
      char c = text[i];
      if (quote != 0) {
        if (c == '\\' && quote != '`') ++i;
        else if (c == quote) quote = 0;
        continue;
      }
      if (c == '"' || c == '\'' || c == '`') quote = c;
      else if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') break;
      else if (c == '{') ++depth, opened = true;
      else if (c == '}') --depth;
    }
    if (opened && depth <= 0) break;
  }
}

}  // namespace

bool Explorer::Start(const std::string& func, const ssa::Module& m, passes::PassOptions* popts,
                     std::string* error) {
  const ssa::Func* f = FindExploredFunc(m, func);
  if (f == nullptr) {
    *error = "-html: no function " + func + " in the program";
    return false;
  }
  func_ = func;
  link_name_ = f->name;
  recorder_ = std::make_unique<SnapshotRecorder>(link_name_);
  recorder_->Take("start", m);
  popts->escape.graph_of = link_name_;
  popts->escape.explanations = true;
  SnapshotRecorder* rec = recorder_.get();
  popts->after_each = [rec](const std::string& pass, const ssa::Module& mod) {
    rec->Take(pass, mod);
  };
  return true;
}

bool Explorer::Write(const ssa::Module& m, const passes::escape::EscapeReport& report,
                     const codegen::CodegenOptions& copts, const types::SourceSet& sources,
                     std::string* error) {
  ExplorerPage page;
  page.func = func_;
  const ssa::Func* f = m.FindFunc(link_name_);
  if (f == nullptr) {
    *error = "-html: function " + func_ + " was removed by the passes";
    return false;
  }
  FunctionLines(sources, f->pos, &page);
  page.ssa = recorder_->snapshots();
  if (!page.ssa.empty()) page.llvm_keys = page.ssa.back().keys;
  for (const auto& b : f->blocks) {
    for (const ssa::Value* v : b->values) {
      if (v->op != ssa::Op::kAlloc) continue;
      AllocSiteInfo a;
      a.key = recorder_->KeyOf(v);
      a.position = v->pos.IsValid() ? sources.Format(v->pos) : "";
      a.line = v->pos.line;
      a.col = v->pos.col;
      a.desc = v->alloc_desc;
      a.decision = ssa::AllocKindName(v->decision.kind);
      a.message = v->decision.message;
      a.explanation = v->decision.explanation;
      page.allocs.push_back(std::move(a));
    }
  }
  codegen::CodegenOptions explore = copts;
  explore.explore_function = link_name_;
  codegen::FunctionCode code = codegen::EmitFunctionCode(m, explore);
  page.llvm_ir = code.llvm_ir;
  page.listing = code.listing;
  std::string dot = EscapeGraphDot(
      report.graph, [&](const ssa::Value* v) { return recorder_->KeyOf(v); }, &page.loc_key);
  if (!RunGraphviz(dot, &page.svg, error)) return false;
  std::string path = func_ + ".html";
  std::ofstream out(path, std::ios::binary);
  out << RenderExplorerPage(page);
  if (!out) {
    *error = "cannot write " + path;
    return false;
  }
  return true;
}

}  // namespace gosc::driver::html
