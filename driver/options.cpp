// Command-line parsing for gosc (DESIGN.md § Command line).
//
// Why it exists: see options.h. Flags may come before or after the files
// (as with `go build`), except after `gosc run FILE.go`, where every later
// word belongs to the program being run.
#include "driver/options.h"

#include <algorithm>
#include <cstdlib>

#include "driver/json_remarks.h"

namespace gosc::driver {

const char* UsageText() {
  return "usage:\n"
         "  gosc build [-o out] [-O0|-O1|-O2] [-g] [-m[=2]] [-S] [--emit=ast|ssa|llvm|asm|obj]\n"
         "             [--no-escape] [--no-region] [--no-field-sensitive] [--no-coalloc] "
         "[--verify]\n"
         "             [--print-after=NAME] [--passes=A,B] [-json=0,DIR] [-html=FUNC] FILES|DIR\n"
         "  gosc --ssa-in FILE.ssa [--passes=A,B] [-m[=2]] [--emit=ssa|llvm|asm] [-S]\n"
         "  gosc run FILE.go [args...]\n"
         "  gosc [flags] FILES      compile only: print what the flags ask for\n"
         "  gosc version\n";
}

// gc's `-json=0,DIR` (also `-json 0,DIR`), given once.
static bool ParseJsonOption(const std::string& a, int argc, char** argv, int* i, Options* o,
                            std::string* error) {
  std::string value;
  if (size_t eq = a.find('='); eq != std::string::npos) {
    value = a.substr(eq + 1);
  } else if (*i + 1 < argc) {
    value = argv[++*i];
  } else {
    *error = "flag -json needs an argument";
    return false;
  }
  if (!o->json_dir.empty()) {
    *error = "cannot repeat -json flag";
    return false;
  }
  return ParseJsonFlag(value, &o->json_dir, error);
}

static bool ParseFlag(const std::string& a, int argc, char** argv, int* i, Options* o,
                      std::string* error) {
  if (a == "-o") {
    if (*i + 1 >= argc) {
      *error = "flag -o needs an argument";
      return false;
    }
    o->output = argv[++*i];
  } else if (a.rfind("-o=", 0) == 0) {
    o->output = a.substr(3);
  } else if (a == "-O0" || a == "-O1" || a == "-O2" || a == "-O3") {
    o->opt_level = a[2] - '0';
    if (o->opt_level > 2) o->opt_level = 2;
  } else if (a == "-g") {
    o->debug_info = true;
  } else if (a == "-m") {
    o->escape_messages = std::max(o->escape_messages, 1);
  } else if (a == "-m=1" || a == "-m=2" || a == "-m=3" || a == "-m=4") {
    o->escape_messages = a[3] - '0';
  } else if (a == "-m=0") {
    o->escape_messages = 0;
  } else if (a == "-S") {
    o->listing = true;
  } else if (a.rfind("--emit=", 0) == 0 || a.rfind("-emit=", 0) == 0) {
    std::string what = a.substr(a.find('=') + 1);
    if (what == "ast") o->emit = Emit::kAst;
    else if (what == "ssa") o->emit = Emit::kSsa;
    else if (what == "llvm") o->emit = Emit::kLlvm;
    else if (what == "asm") o->emit = Emit::kAsm;
    else if (what == "obj") o->emit = Emit::kObj;
    else {
      *error = "unknown --emit kind '" + what + "' (want ast, ssa, llvm, asm or obj)";
      return false;
    }
  } else if (a == "--no-escape" || a == "-no-escape") {
    o->no_escape = true;
  } else if (a == "--no-region" || a == "-no-region") {
    o->no_region = true;
  } else if (a == "--no-field-sensitive") {
    o->no_field_sensitive = true;
  } else if (a == "--no-coalloc") {
    o->no_coalloc = true;
  } else if (a == "--verify" || a == "-verify") {
    o->verify = true;
  } else if (a == "--ssa-in" || a.rfind("--ssa-in=", 0) == 0) {
    if (a == "--ssa-in") {
      if (*i + 1 >= argc) {
        *error = "flag --ssa-in needs an argument";
        return false;
      }
      o->ssa_in = argv[++*i];
    } else {
      o->ssa_in = a.substr(a.find('=') + 1);
    }
  } else if (a.rfind("--passes=", 0) == 0) {
    // Comma-separated pass names ("" runs none); main.cpp checks the names.
    o->passes_given = true;
    o->passes.clear();
    std::string list = a.substr(a.find('=') + 1);
    for (size_t start = 0; start < list.size();) {
      size_t comma = list.find(',', start);
      if (comma == std::string::npos) comma = list.size();
      if (comma > start) o->passes.push_back(list.substr(start, comma - start));
      start = comma + 1;
    }
  } else if (a == "-json" || a == "--json" || a.rfind("-json=", 0) == 0 ||
             a.rfind("--json=", 0) == 0) {
    return ParseJsonOption(a, argc, argv, i, o, error);
  } else if (a.rfind("-html=", 0) == 0 || a.rfind("--html=", 0) == 0) {
    o->html_func = a.substr(a.find('=') + 1);
    if (o->html_func.empty()) {
      *error = "flag -html needs a function name (-html=FUNC)";
      return false;
    }
  } else if (a.rfind("--print-after=", 0) == 0) {
    o->print_after.push_back(a.substr(a.find('=') + 1));
  } else {
    *error = "unknown flag " + a;
    return false;
  }
  return true;
}

bool ParseOptions(int argc, char** argv, Options* o, std::string* error) {
  int i = 1;
  // Test suites set GOSC_VERIFY=1 so that every compilation they trigger
  // (lit, golden programs, the conformance corpus) verifies the SSA after
  // every pass, without each command line having to say --verify.
  if (const char* env = std::getenv("GOSC_VERIFY");
      env != nullptr && std::string(env) != "0" && *env != '\0') {
    o->verify = true;
  }
  // gc's GOSSAFUNC: the same page as -html=FUNC (a flag given wins).
  if (const char* env = std::getenv("GOSSAFUNC"); env != nullptr && *env != '\0') {
    o->html_func = env;
  }
  if (argc < 2) {
    *error = "no input files";
    return false;
  }
  std::string first = argv[1];
  if (first == "build") {
    o->command = Command::kBuild;
    i = 2;
  } else if (first == "run") {
    o->command = Command::kRun;
    i = 2;
  } else if (first == "version" || first == "--version") {
    o->command = Command::kVersion;
    return true;
  } else if (first == "help" || first == "-h" || first == "--help") {
    o->command = Command::kHelp;
    return true;
  }
  for (; i < argc; ++i) {
    std::string a = argv[i];
    if (a.size() > 1 && a[0] == '-') {
      if (!ParseFlag(a, argc, argv, &i, o, error)) return false;
      continue;
    }
    o->inputs.push_back(a);
    if (o->command == Command::kRun) {
      for (++i; i < argc; ++i) o->run_args.push_back(argv[i]);
      break;
    }
  }
  if (!o->ssa_in.empty()) {
    if (!o->inputs.empty()) {
      *error = "--ssa-in takes no Go files";
      return false;
    }
    if (o->command != Command::kCompile || o->emit == Emit::kAst || o->emit == Emit::kObj) {
      *error = "--ssa-in only compiles: it takes --emit=ssa, llvm or asm, -S and -m";
      return false;
    }
    return true;
  }
  if (o->inputs.empty()) {
    *error = "no input files";
    return false;
  }
  if (o->command == Command::kRun && (o->emit != Emit::kNone || o->listing)) {
    *error = "gosc run does not take --emit or -S";
    return false;
  }
  return true;
}

}  // namespace gosc::driver
