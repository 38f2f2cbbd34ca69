// The HTML explorer page (`gosc -html=FUNC` writes FUNC.html).
//
// Why it exists: one self-contained file (inline CSS and JavaScript, no
// network) that shows one function through the whole compiler, side by
// side as gc's ssa.html does: its source, its SSA after every pass, the
// optimised LLVM IR, the x86-64 listing, every allocation site with its
// decision (stack / heap / region) and -m=2 explanation, and the escape
// graph. Columns collapse when their title is clicked; clicking a value
// (or an allocation site) highlights it in every column.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "driver/html/snapshots.h"
#include "ssa/ir.h"

namespace gosc::driver::html {

struct AllocSiteInfo {
  int key = 0;           // the Alloc's value key (snapshots.h)
  std::string position;  // "file.go:69:16"
  int line = 0, col = 0;
  std::string desc;                      // "make(map[int]string)"
  std::string decision;                  // ssa::AllocKindName: "stack", "heap", "region", "coalloc"
  std::string message;                   // -m's line
  std::vector<std::string> explanation;  // -m=2's lines
};

struct ExplorerPage {
  std::string func;  // as the user named it
  std::string source_path;
  int first_line = 1;
  std::vector<std::string> source_lines;  // the function's lines, from first_line
  std::vector<SsaSnapshot> ssa;
  std::string llvm_ir;                   // names are the last snapshot's
  std::map<std::string, int> llvm_keys;  // printed name -> key, for llvm_ir
  std::string listing;
  std::vector<AllocSiteInfo> allocs;
  std::string svg;
  std::map<int, int> loc_key;  // escape graph node "loc<ID>" -> value key
};

std::string RenderExplorerPage(const ExplorerPage& page);

// CSS and JavaScript of the page (assets.cpp).
extern const char* const kExplorerCss;
extern const char* const kExplorerJs;

// One colour per decision, for the page's .alloc-KIND classes (AllocKindCss)
// and the escape graph's allocation nodes (escape_svg.cpp), in the order the
// legend lists them.
inline constexpr ssa::AllocKind kPageAllocKinds[] = {ssa::AllocKind::kStack, ssa::AllocKind::kHeap,
                                                     ssa::AllocKind::kRegion,
                                                     ssa::AllocKind::kCoalloc};
const char* AllocKindColour(ssa::AllocKind k);
std::string AllocKindCss();

}  // namespace gosc::driver::html
