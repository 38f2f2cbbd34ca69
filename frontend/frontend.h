// The frontend's one entry point: source files in, a checked package out.
//
// Why it exists: the driver and the tests should not know about ANTLR, the
// AST builder or the checker's internals; they call ParseAndCheck and get
// either a Package (typed, annotated AST plus the facts the SSA builder
// needs) or diagnostics.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "frontend/ast.h"
#include "types/pos.h"
#include "types/types.h"

namespace gosc::frontend {

// One package-level initialisation step, in Go's dependency order:
// `lhs = rhs` (lhs has one entry, or several for `var a, b = f()`).
struct InitStep {
  std::vector<Var*> lhs;  // may contain nullptr for `_`
  Expr* rhs = nullptr;
};

struct Package {
  const SourceSet* sources = nullptr;  // not owned: the caller's
  TypeTable types;
  std::vector<std::unique_ptr<File>> files;
  std::vector<Var*> globals;          // package-level variables in source order
  std::vector<InitStep> init_order;   // dependency order (Go spec "Package initialization")
  std::vector<FuncDecl*> init_funcs;  // `func init()` in file order
  std::vector<FuncDecl*> funcs;  // every other function and method with a body, in source order
  FuncDecl* main = nullptr;
  std::vector<const Named*>
      named_types;  // every named type declared in the package (for method tables)
};

// Reads, parses and type-checks `paths` (the files of package main), adding
// them to `sources`. Returns nullptr when any error was reported to `diags`
// (all errors of all files are reported, sorted by position, when printed).
std::unique_ptr<Package> ParseAndCheck(const std::vector<std::string>& paths, SourceSet& sources,
                                       Diagnostics& diags);

// Parsing alone (used by --emit=ast, the parser's tests and ParseAndCheck).
// Syntax errors are added to `diags`; the returned File is never nullptr.
std::unique_ptr<File> ParseFile(SourceSet& sources, int file_id, Diagnostics& diags);

// Prints the AST (for --emit=ast and parser tests): one node per line, indented.
std::string DumpAst(const File& file, const SourceSet& sources);

}  // namespace gosc::frontend
