// The gosc command line, parsed.
//
// Why it exists: parsing is separate from running the pipeline so that the
// rules (which flags each command takes, what is a usage error, exit status
// 2) are in one small place, and main.cpp reads as the pipeline it runs.
#pragma once

#include <string>
#include <vector>

namespace gosc::driver {

enum class Command { kCompile, kBuild, kRun, kVersion, kHelp };
enum class Emit { kNone, kAst, kSsa, kLlvm, kAsm, kObj };

struct Options {
  Command command = Command::kCompile;
  std::string output;                    // -o
  int opt_level = 2;                     // -O0 / -O1 / -O2
  bool debug_info = false;               // -g
  int escape_messages = 0;               // -m (1) / -m=2 (2)
  bool listing = false;                  // -S
  Emit emit = Emit::kNone;               // --emit=
  bool no_escape = false;                // --no-escape
  bool no_region = false;                // --no-region: no per-call regions (heap instead)
  bool no_field_sensitive = false;       // --no-field-sensitive: one escape location per object
  bool no_coalloc = false;               // --no-coalloc: every heap site its own allocation
  bool verify = false;                   // --verify
  std::vector<std::string> print_after;  // --print-after=NAME (repeatable)
  std::string ssa_in;                    // --ssa-in FILE: the module as SSA text, not Go
  bool passes_given = false;             // --passes=A,B: this pipeline instead of the default
  std::vector<std::string> passes;
  std::string json_dir;               // -json=0,DIR: gc's remark files go to DIR/main/
  std::string html_func;              // -html=FUNC or GOSSAFUNC=FUNC: write FUNC.html
  std::vector<std::string> inputs;    // files or one directory
  std::vector<std::string> run_args;  // gosc run FILE.go ARGS...
};

// Parses argv; on a usage error returns false with *error set.
bool ParseOptions(int argc, char** argv, Options* opts, std::string* error);
const char* UsageText();

}  // namespace gosc::driver
