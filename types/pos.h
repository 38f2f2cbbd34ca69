// Source positions and diagnostics, shared by every layer.
//
// Why it exists: every message gosc prints — syntax and type errors, escape
// decisions (-m), internal errors — names a place as `file.go:LINE:COL`, and
// later layers (SSA values, LLVM debug locations, the -S listing) carry the
// same positions. Keeping them in one small header lets ssa/ and codegen/ use
// positions without depending on the rest of the frontend.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace gosc::types {

// A position in a source file; file is an index into SourceSet. Line and
// column are 1-based; column counts bytes (as gc does). line == 0: unknown.
struct Pos {
  int32_t file = -1;
  int32_t line = 0;
  int32_t col = 0;
  bool IsValid() const { return line > 0; }
  friend bool operator==(const Pos&, const Pos&) = default;
  friend auto operator<=>(const Pos&, const Pos&) = default;
};

// The files of one compilation, so positions can be printed and the source
// line under a diagnostic can be shown.
class SourceSet {
 public:
  // Returns the new file's id.
  int Add(std::string path, std::string text);
  const std::string& Path(int file) const { return files_[file].path; }
  // Path as printed in messages: the base name when the file lies in the
  // current directory, as gc prints it (`x.go:3:5`), else the path as given.
  std::string DisplayPath(int file) const;
  const std::string& Text(int file) const { return files_[file].text; }
  // The text of one line without its newline ("" when out of range).
  std::string Line(int file, int line) const;
  std::string Format(Pos p) const;  // "file.go:3:5"
  size_t size() const { return files_.size(); }

 private:
  struct Entry {
    std::string path;
    std::string text;
    std::vector<size_t> line_starts;
  };
  std::vector<Entry> files_;
};

enum class Severity { kError, kNote };

struct Diagnostic {
  Pos pos;
  Severity severity = Severity::kError;
  std::string message;  // lower case, no final period (gc style)
};

// Collects diagnostics; they are printed sorted by position, duplicates on
// the same line dropped as gc does (one syntax error per line, no repeated message), at most 10
// errors then "too many errors" as gc does.
class Diagnostics {
 public:
  explicit Diagnostics(const SourceSet& sources) : sources_(sources) {}
  void Error(Pos p, std::string message);
  bool HasErrors() const { return !items_.empty(); }
  size_t ErrorCount() const { return items_.size(); }
  const std::vector<Diagnostic>& Items() const { return items_; }
  // Prints `file:line:col: error: msg`, the source line and a caret.
  void Print(std::FILE* out) const;

 private:
  const SourceSet& sources_;
  std::vector<Diagnostic> items_;
};

}  // namespace gosc::types
