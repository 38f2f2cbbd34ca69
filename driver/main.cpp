// gosc: the command line (DESIGN.md § Command line).
//
// Why it exists: it strings the layers together — frontend (parse + check),
// SSA builder, passes (cleanups, escape analysis), codegen, link — and turns
// every failure into the promised exit status: 1 for diagnostics in the
// user's program, 2 for usage errors, 3 for internal compiler errors (which
// are bugs: every layer throws gosc::InternalError, types/internal_error.h,
// and Main is the one place that catches it; a crash is turned into one too,
// so that fuzzers see exit 3 and a message instead of a core dump).
// `gosc run` builds to a temporary file, runs it and passes its exit status
// through.
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "codegen/codegen.h"
#include "driver/html/explorer.h"
#include "driver/json_remarks.h"
#include "driver/options.h"
#include "frontend/frontend.h"
#include "passes/pass_manager.h"
#include "ssa/build.h"
#include "ssa/parse.h"
#include "ssa/print.h"
#include "ssa/verify.h"
#include "types/internal_error.h"

namespace gosc::driver {
namespace {

namespace fs = std::filesystem;

constexpr int kExitDiagnostics = 1;
constexpr int kExitUsage = 2;
constexpr int kExitInternal = 3;
constexpr const char* kVersion = "gosc version 0.1 (go1.19 subset) linux/amd64";

// Last line of defence: a crash anywhere is an internal compiler error. A
// signal handler cannot throw, so it writes FormatInternalError's
// position-less line itself (async-signal-safe: write only).
extern "C" void CrashHandler(int sig) {
  const char* name = sig == SIGSEGV   ? "segmentation fault"
                     : sig == SIGABRT ? "abort"
                     : sig == SIGFPE  ? "arithmetic exception"
                     : sig == SIGBUS  ? "bus error"
                                      : "fatal signal";
  const char prefix[] = "gosc: internal compiler error: ";
  ssize_t r = write(2, prefix, sizeof prefix - 1);
  r = write(2, name, std::strlen(name));
  r = write(2, "\n", 1);
  (void)r;
  _exit(kExitInternal);
}

void InstallCrashHandlers() {
  for (int sig : {SIGSEGV, SIGABRT, SIGFPE, SIGBUS, SIGILL}) {
    struct sigaction sa {};
    sa.sa_handler = CrashHandler;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESETHAND;
    sigaction(sig, &sa, nullptr);
  }
}

int Usage(const std::string& msg) {
  std::fprintf(stderr, "gosc: %s\n%s", msg.c_str(), UsageText());
  return kExitUsage;
}

// The one place an internal error is reported (Main's catch).
int Internal(const InternalError& e, const types::SourceSet& sources) {
  std::fflush(stdout);  // what was printed before the error comes first
  std::fprintf(stderr, "%s\n", FormatInternalError(e, &sources).c_str());
  return kExitInternal;
}

// FILES or one DIR -> the .go files of package main (DIR: sorted, no _test.go).
bool CollectInputs(const std::vector<std::string>& inputs, std::vector<std::string>* files,
                   std::string* error) {
  for (const std::string& in : inputs) {
    std::error_code ec;
    if (fs::is_directory(in, ec)) {
      std::vector<std::string> found;
      for (const auto& e : fs::directory_iterator(in, ec)) {
        std::string p = e.path().string();
        std::string name = e.path().filename().string();
        if (e.is_regular_file() && name.size() > 3 && name.ends_with(".go") &&
            !name.ends_with("_test.go") && name[0] != '.' && name[0] != '_')
          found.push_back(p);
      }
      std::sort(found.begin(), found.end());
      if (found.empty()) {
        *error = "no Go files in " + in;
        return false;
      }
      files->insert(files->end(), found.begin(), found.end());
    } else if (fs::exists(in, ec)) {
      if (!in.ends_with(".go")) {
        *error = "named files must be .go files: " + in;
        return false;
      }
      files->push_back(in);
    } else {
      *error = "cannot find " + in;
      return false;
    }
  }
  return true;
}

bool WriteFile(const std::string& path, const std::string& text, std::string* error) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out) {
    *error = "cannot write " + path;
    return false;
  }
  return true;
}

std::string DefaultOutput(const std::vector<std::string>& inputs, const char* ext) {
  fs::path p(inputs[0]);
  std::error_code ec;
  std::string base;
  if (fs::is_directory(p, ec)) {
    fs::path dir = fs::weakly_canonical(fs::absolute(p), ec);
    base = dir.filename().string();  // like go build: the directory's name
  } else {
    base = p.stem().string();
  }
  if (base.empty()) base = "a";
  return base + ext;
}

int PrintAst(const std::vector<std::string>& files, types::SourceSet& sources) {
  types::Diagnostics diags(sources);
  for (const std::string& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    int id = sources.Add(path, ss.str());
    auto file = frontend::ParseFile(sources, id, diags);
    if (!diags.HasErrors()) std::fputs(frontend::DumpAst(*file, sources).c_str(), stdout);
  }
  if (diags.HasErrors()) {
    diags.Print(stderr);
    return kExitDiagnostics;
  }
  return 0;
}

// Runs an executable, returning the status `gosc run` should exit with.
int RunProgram(const std::string& exe, const std::vector<std::string>& args) {
  std::vector<char*> argv{const_cast<char*>(exe.c_str())};
  for (const std::string& a : args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  std::fflush(stdout);
  pid_t pid = fork();
  if (pid < 0) throw InternalError{{}, std::string("fork: ") + std::strerror(errno)};
  if (pid == 0) {
    execv(exe.c_str(), argv.data());
    std::fprintf(stderr, "gosc: cannot run %s: %s\n", exe.c_str(), std::strerror(errno));
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) throw InternalError{{}, std::string("waitpid: ") + std::strerror(errno)};
  }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return 1;
}

// The module to compile and what owns its types: the checked Go package,
// or for --ssa-in a type table of its own.
struct Input {
  std::unique_ptr<frontend::Package> pkg;
  std::unique_ptr<types::TypeTable> table;
  std::unique_ptr<ssa::Module> module;
};

// Go files -> checked package -> SSA. Returns an exit status (0: loaded).
int LoadGo(const std::vector<std::string>& files, const Options& o, types::SourceSet& sources,
           Input* in) {
  types::Diagnostics diags(sources);
  in->pkg = frontend::ParseAndCheck(files, sources, diags);
  if (!in->pkg || diags.HasErrors()) {
    diags.Print(stderr);
    if (!diags.HasErrors()) throw InternalError{{}, "the frontend failed without a diagnostic"};
    return kExitDiagnostics;
  }
  in->module = ssa::BuildSsa(*in->pkg);
  std::string error;
  if (o.verify && !ssa::Verify(*in->module, &error))
    throw InternalError{{}, "SSA verifier after build:\n" + error};
  return 0;
}

// --ssa-in: the SSA text -> module. Malformed text is the user's error
// (exit 1); text that reads but breaks the IR's invariants is handled as
// IR a pass produced would be: an internal error (exit 3) at the line of
// the first value (or function) the verifier rejects.
int LoadSsaText(const std::string& path, types::SourceSet& sources, Input* in) {
  std::ifstream file(path, std::ios::binary);
  if (!file) {
    std::fprintf(stderr, "gosc: cannot read %s\n", path.c_str());
    return kExitDiagnostics;
  }
  std::stringstream ss;
  ss << file.rdbuf();
  int id = sources.Add(path, ss.str());
  types::Diagnostics diags(sources);
  in->table = std::make_unique<types::TypeTable>();
  ssa::TextPositions where;
  in->module = ssa::ParseModule(sources, id, *in->table, diags, &where);
  if (!in->module) {
    diags.Print(stderr);
    return kExitDiagnostics;
  }
  std::string error;
  ssa::VerifyProblem first;
  if (!ssa::Verify(*in->module, &error, &first)) {
    types::Pos at;
    if (auto v = where.values.find(first.value); first.value && v != where.values.end()) {
      at = v->second;
    } else if (auto f = where.funcs.find(first.func); f != where.funcs.end()) {
      at = f->second;
    }
    throw InternalError{at, "SSA verifier rejects the input:\n" + error};
  }
  return 0;
}

// `sources` belongs to Main, so that an InternalError thrown here can be
// printed with its position.
int Compile(const Options& o, types::SourceSet& sources) {
  std::vector<std::string> files;
  std::string error;
  Input in;
  if (!o.ssa_in.empty()) {
    if (int rc = LoadSsaText(o.ssa_in, sources, &in)) return rc;
    files.push_back(o.ssa_in);
  } else {
    if (!CollectInputs(o.inputs, &files, &error)) {
      std::fprintf(stderr, "gosc: %s\n", error.c_str());
      return kExitDiagnostics;
    }
    if (o.emit == Emit::kAst) return PrintAst(files, sources);
    if (int rc = LoadGo(files, o, sources, &in)) return rc;
  }
  std::unique_ptr<ssa::Module>& module = in.module;

  passes::PassOptions popts;
  popts.verify_each = o.verify;
  popts.print_after = o.print_after;
  popts.escape.enabled = !o.no_escape;
  popts.escape.regions = !o.no_region;
  popts.escape.field_sensitive = !o.no_field_sensitive;
  popts.escape.coalloc = !o.no_coalloc;
  popts.escape.message_level = o.escape_messages;
  popts.escape.remarks = !o.json_dir.empty();
  html::Explorer explorer;
  if (!o.html_func.empty() && !explorer.Start(o.html_func, *module, &popts, &error)) {
    std::fprintf(stderr, "gosc: %s\n", error.c_str());
    return kExitDiagnostics;
  }
  passes::PassManager pm(popts);
  // SSA text is taken as it is unless --passes names passes to run on it.
  std::vector<std::string> pipeline = o.passes_given     ? o.passes
                                      : o.ssa_in.empty() ? passes::DefaultPassNames()
                                                         : std::vector<std::string>{};
  for (const std::string& name : pipeline) {
    if (!pm.AddByName(name)) return Usage("unknown pass '" + name + "' in --passes");
  }
  pm.Run(*module);
  if (o.escape_messages > 0) {
    for (const auto& m : pm.escape_report().messages) {
      std::string where = m.pos.IsValid() ? sources.Format(m.pos) + ": " : "";
      std::fprintf(stdout, "%s%s\n", where.c_str(), m.text.c_str());
    }
    std::fflush(stdout);
  }
  if (!o.json_dir.empty() &&
      !WriteJsonRemarks(pm.escape_report(), sources, o.json_dir, kVersion, &error)) {
    std::fprintf(stderr, "gosc: %s\n", error.c_str());
    return kExitDiagnostics;
  }
  if (o.emit == Emit::kSsa) {
    std::string text = ssa::Print(*module);
    if (!o.output.empty() && o.command != Command::kBuild) {
      if (!WriteFile(o.output, text, &error)) return Usage(error);
    } else {
      std::fputs(text.c_str(), stdout);
    }
    if (o.command != Command::kBuild) return 0;
  }

  codegen::CodegenOptions copts;
  copts.opt_level = o.opt_level;
  copts.debug_info = o.debug_info;
  copts.source_name = files[0];
  copts.sources = &sources;

  if (!o.html_func.empty() &&
      !explorer.Write(*module, pm.escape_report(), copts, sources, &error)) {
    std::fprintf(stderr, "gosc: %s\n", error.c_str());
    return kExitDiagnostics;
  }

  enum class Text { kLlvm, kAsm, kListing };
  auto emit_text = [&](Text kind, const std::string& out_path) -> int {
    std::string text = kind == Text::kLlvm  ? codegen::EmitLlvmIr(*module, copts)
                       : kind == Text::kAsm ? codegen::EmitAssembly(*module, copts)
                                            : codegen::EmitListing(*module, copts);
    if (out_path.empty()) {
      std::fwrite(text.data(), 1, text.size(), stdout);
      std::fflush(stdout);
    } else if (!WriteFile(out_path, text, &error)) {
      std::fprintf(stderr, "gosc: %s\n", error.c_str());
      return kExitDiagnostics;
    }
    return 0;
  };

  bool build = o.command == Command::kBuild || o.command == Command::kRun;
  // Textual outputs: in build mode they go to stdout beside the executable.
  std::string text_out = build ? "" : o.output;
  if (o.emit == Emit::kLlvm) {
    if (int rc = emit_text(Text::kLlvm, text_out)) return rc;
  }
  // -S is the annotated listing; --emit=asm alone the plain assembly.
  if (o.emit == Emit::kAsm || o.listing) {
    if (int rc = emit_text(o.listing ? Text::kListing : Text::kAsm, text_out)) return rc;
  }
  if (o.emit == Emit::kObj) {
    std::string path = o.output.empty() ? DefaultOutput(o.inputs, ".o") : o.output;
    if (!codegen::EmitObjectFile(*module, copts, path, &error)) {
      std::fprintf(stderr, "%s\n", error.c_str());
      return kExitDiagnostics;
    }
    return 0;
  }
  if (!build) {
    // Compile only: with no output flag, still run the back end to check it.
    if (o.emit == Emit::kNone && !o.listing && o.escape_messages == 0) {
      codegen::EmitLlvmIr(*module, copts);
    }
    return 0;
  }

  std::string exe = o.output;
  fs::path tmpdir;
  if (o.command == Command::kRun) {
    char tmpl[] = "/tmp/gosc-run-XXXXXX";
    if (!mkdtemp(tmpl)) throw InternalError{{}, std::string("mkdtemp: ") + std::strerror(errno)};
    tmpdir = tmpl;
    exe = (tmpdir / DefaultOutput(o.inputs, "")).string();
  } else if (exe.empty()) {
    exe = DefaultOutput(o.inputs, "");
  }
  std::string obj = exe + ".gosc-tmp.o";
  auto cleanup = [&] {
    std::error_code ec;
    fs::remove(obj, ec);
    if (!tmpdir.empty()) fs::remove_all(tmpdir, ec);
  };
  try {
    if (!codegen::EmitObjectFile(*module, copts, obj, &error)) {
      cleanup();
      std::fprintf(stderr, "%s\n", error.c_str());
      return kExitDiagnostics;
    }
  } catch (...) {
    cleanup();
    throw;
  }
  if (!codegen::LinkExecutable(obj, exe, &error)) {
    cleanup();
    std::fprintf(stderr, "%s\n", error.c_str());
    return kExitInternal;
  }
  std::error_code ec;
  fs::remove(obj, ec);
  if (o.command == Command::kRun) {
    int rc = RunProgram(exe, o.run_args);
    cleanup();
    return rc;
  }
  return 0;
}

int Main(int argc, char** argv) {
  InstallCrashHandlers();
  Options o;
  std::string error;
  if (!ParseOptions(argc, argv, &o, &error)) return Usage(error);
  switch (o.command) {
    case Command::kVersion: std::printf("%s\n", kVersion); return 0;
    case Command::kHelp: std::fputs(UsageText(), stdout); return 0;
    default: break;
  }
  types::SourceSet sources;
  try {
    return Compile(o, sources);
  } catch (const InternalError& e) {
    return Internal(e, sources);
  } catch (const std::exception& e) {
    return Internal(InternalError{{}, e.what()}, sources);
  } catch (...) {
    return Internal(InternalError{{}, "unknown exception"}, sources);
  }
}

}  // namespace
}  // namespace gosc::driver

int main(int argc, char** argv) { return gosc::driver::Main(argc, argv); }
