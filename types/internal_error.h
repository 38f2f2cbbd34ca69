// The one internal-error type: what any layer throws when it finds a bug in
// the compiler itself.
//
// Why it exists: an internal error is not a diagnostic about the user's
// program (those go through types::Diagnostics and exit 1); it means an
// earlier layer handed on something a later one cannot handle — a construct
// the SSA builder does not know, IR the verifier rejects after a pass, SSA
// codegen cannot lower, a module the LLVM verifier rejects. Every layer
// throws this one type, with the source position when it has one, and only
// the driver catches it (driver/main.cpp): it prints FormatInternalError's
// line and exits with status 3. Keeping layers free of bool + error-string
// plumbing for bugs keeps their interfaces about their real work, and one
// format keeps the fuzzers' notion of a finding simple.
//
// Two last-resort paths cannot throw and print the same line themselves
// before _exit(3): the driver's signal handler (a crash) and LLVM's
// fatal-error handler (codegen/emit.cpp; LLVM is not exception-safe).
//
// It lives beside pos.h because it carries a position and every layer may
// throw it; it depends on nothing else.
#pragma once

#include <exception>
#include <string>
#include <utility>

#include "types/pos.h"

namespace gosc {

// Thrown as InternalError{pos, message}. It is a std::exception (what() is
// the message) only so that a test framework or std::terminate that meets
// one unexpectedly still shows the message; catch it by its own type.
struct InternalError : std::exception {
  InternalError(types::Pos pos, std::string message) : pos(pos), message(std::move(message)) {}
  const char* what() const noexcept override { return message.c_str(); }

  types::Pos pos;       // where in the user's source the bug showed; invalid when unknown
  std::string message;  // what went wrong, lower case ("alloc without element type")
};

// "file.go:LINE:COL: internal compiler error: MESSAGE", or, when the
// position is unknown or not in `sources`,
// "gosc: internal compiler error: MESSAGE".
inline std::string FormatInternalError(const InternalError& e, const types::SourceSet* sources) {
  bool known = e.pos.IsValid() && sources && e.pos.file >= 0 &&
               static_cast<size_t>(e.pos.file) < sources->size();
  std::string where = known ? sources->Format(e.pos) : std::string("gosc");
  return where + ": internal compiler error: " + e.message;
}

}  // namespace gosc
