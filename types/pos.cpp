// Source files and diagnostics (declared in pos.h).
//
// Why it exists: every layer reports problems as `file.go:LINE:COL: error: message` with the
// source line and a caret under it, and the test corpora compare these lines with gc's, so the
// formatting, ordering and de-duplication rules live in one place: sorted by position, at most
// one syntax error per line and no repeated message on a line, and at most 10 errors before
// `too many errors`, as gc does.
#include "types/pos.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace gosc::types {

namespace {
constexpr size_t kMaxErrors = 10;
}  // namespace

int SourceSet::Add(std::string path, std::string text) {
  Entry e;
  e.path = std::move(path);
  e.text = std::move(text);
  e.line_starts.push_back(0);
  for (size_t i = 0; i < e.text.size(); ++i) {
    if (e.text[i] == '\n') e.line_starts.push_back(i + 1);
  }
  files_.push_back(std::move(e));
  return static_cast<int>(files_.size() - 1);
}

std::string SourceSet::DisplayPath(int file) const {
  if (file < 0 || static_cast<size_t>(file) >= files_.size()) return "<unknown>";
  const std::string& p = files_[file].path;
  if (p.rfind("./", 0) == 0) return p.substr(2);
  return p;
}

std::string SourceSet::Line(int file, int line) const {
  if (file < 0 || static_cast<size_t>(file) >= files_.size() || line <= 0) return "";
  const Entry& e = files_[file];
  if (static_cast<size_t>(line) > e.line_starts.size()) return "";
  size_t begin = e.line_starts[line - 1];
  if (begin > e.text.size()) return "";
  size_t end = e.text.find('\n', begin);
  if (end == std::string::npos) end = e.text.size();
  std::string s = e.text.substr(begin, end - begin);
  if (!s.empty() && s.back() == '\r') s.pop_back();
  return s;
}

std::string SourceSet::Format(Pos p) const {
  std::string s = DisplayPath(p.file);
  if (!p.IsValid()) return s;
  s += ":" + std::to_string(p.line) + ":" + std::to_string(p.col);
  return s;
}

void Diagnostics::Error(Pos p, std::string message) {
  items_.push_back(Diagnostic{p, Severity::kError, std::move(message)});
}

void Diagnostics::Print(std::FILE* out) const {
  std::vector<const Diagnostic*> sorted;
  sorted.reserve(items_.size());
  for (const Diagnostic& d : items_) sorted.push_back(&d);
  // Stable: two errors at one position keep the order in which they were found.
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic* a, const Diagnostic* b) {
    return std::tie(a->pos.file, a->pos.line, a->pos.col) <
           std::tie(b->pos.file, b->pos.line, b->pos.col);
  });
  size_t printed = 0;
  // The errors kept on the current line: gc (base.ErrorfAt) keeps one syntax error per line,
  // and of other errors drops only a repeat of the same message on the same line.
  std::vector<const Diagnostic*> line_kept;
  auto is_syntax = [](const Diagnostic* d) { return d->message.rfind("syntax error", 0) == 0; };
  for (const Diagnostic* d : sorted) {
    if (!line_kept.empty() &&
        (line_kept[0]->pos.file != d->pos.file || line_kept[0]->pos.line != d->pos.line)) {
      line_kept.clear();
    }
    bool drop = false;
    if (d->pos.IsValid()) {
      for (const Diagnostic* k : line_kept) {
        if (k->message == d->message || (is_syntax(k) && is_syntax(d))) drop = true;
      }
    }
    if (drop) continue;
    if (d->pos.IsValid()) line_kept.push_back(d);
    if (d->severity == Severity::kError) ++printed;
    const char* sev = d->severity == Severity::kNote ? "note" : "error";
    const bool has_file = d->pos.file >= 0 && static_cast<size_t>(d->pos.file) < sources_.size();
    if (!has_file) {
      std::fprintf(out, "%s: %s\n", sev, d->message.c_str());
    } else {
      std::fprintf(out, "%s: %s: %s\n", sources_.Format(d->pos).c_str(), sev, d->message.c_str());
    }
    if (has_file && d->pos.IsValid()) {
      std::string line = sources_.Line(d->pos.file, d->pos.line);
      std::fprintf(out, "%s\n", line.c_str());
      // Keep tabs under tabs so the caret lines up however the terminal expands them.
      std::string caret;
      for (int i = 0; i + 1 < d->pos.col; ++i) {
        caret += (static_cast<size_t>(i) < line.size() && line[i] == '\t') ? '\t' : ' ';
      }
      caret += '^';
      std::fprintf(out, "%s\n", caret.c_str());
    }
    // gc (base.ErrorfAt) gives up as soon as the tenth error is in, at that error's position,
    // whether or not more would follow.
    if (printed == kMaxErrors) {
      if (has_file) {
        std::fprintf(out, "%s: too many errors\n", sources_.Format(d->pos).c_str());
      } else {
        std::fprintf(out, "too many errors\n");
      }
      return;
    }
  }
}

}  // namespace gosc::types
