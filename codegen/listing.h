// The annotated -S listing: merging LLVM's assembly text with what only
// gosc knows (Go source lines, escape decisions, Go names of runtime calls).
//
// Why it exists: LLVM prints the assembly of the optimised program, but not
// why an allocation is where it is. Lowering records one AllocNote per
// allocation site (decision, reason, size, the runtime call if any) and
// gives the site's instructions the site's source position as their debug
// location; LLVM turns those into `.loc` directives, which survive every
// optimisation (inlined copies keep the position of the code they came
// from). This file reads the `.loc`s back and puts each note right before
// the instructions that implement it. Stack offsets come from LLVM's
// stack-frame-layout remark (ParseStackLayoutRemark), which names the frame
// slot of each stack site. Everything here is plain text processing, without
// LLVM, so that the merge rules are unit-tested on small inputs.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "types/pos.h"

namespace gosc::codegen {

// One allocation site as lowered.
struct AllocNote {
  types::Pos pos;  // the site's position: its instructions' debug location
  bool heap = false;
  std::string text;  // "x.go:6:11: make(map[string]int) does not escape -> stack, 48+144 bytes"
  std::string call_symbol;  // heap: the runtime entry that allocates ("gosc_makemap")
  std::string owner;        // link name of the function holding the site ("main.f")
};

// Name given to the debug variable describing part `part` of site `site`'s
// stack memory, so that the frame-layout remark can name its slot.
std::string StackSlotVariableName(int site, int part);

// A stack slot of a site, from the frame-layout remark.
struct StackSlot {
  std::string function;      // machine function holding the slot
  int site = -1;             // index into the notes
  int part = 0;              // 0: the object (map header), 1: a map's inline bucket
  int64_t entry_offset = 0;  // from the stack pointer at function entry ([SP-56] -> -56)
};

// Parses the message of one "stack-frame-layout" analysis remark:
//   Function: main.f
//   Offset: [SP-56], Type: Variable, Align: 8, Size: 48
//       gosc.site.3.0 @ x.go:6
std::vector<StackSlot> ParseStackLayoutRemark(const std::string& message);

struct ListingInput {
  const std::vector<AllocNote>* notes = nullptr;
  const std::vector<StackSlot>* slots = nullptr;
  const types::SourceSet* sources = nullptr;    // file paths and source lines
  std::map<std::string, std::string> go_names;  // runtime symbol -> Go-facing name
  bool keep_debug_directives = false;           // -g: keep .file/.loc as emitted
};

// Returns the listing: `asm_text` with source-line comments, allocation
// notes and runtime calls renamed to their Go names.
std::string AnnotateAssembly(const std::string& asm_text, const ListingInput& in);

}  // namespace gosc::codegen
