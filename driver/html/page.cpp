// Rendering the explorer page (page.h says what it shows).
//
// Text columns are emitted line by line as <div class="line" data-line=N>,
// N being the Go source line the text belongs to (an SSA value's
// `@file:N:col`, a listing's `# file:N` header, the IR's `; file:N` notes),
// and each `%name` the column's key table knows becomes a
// <span class="v" data-v=KEY>; a line defining an allocation site is
// coloured by the site's decision.
#include "driver/html/page.h"

#include <cctype>
#include <regex>
#include <sstream>

#include "ssa/print.h"

namespace gosc::driver::html {
namespace {

std::string Escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

bool NameChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '~' ||
         c == '$';
}

// One line with its %names turned into value spans; *defined is the key
// of a `%name = ...` line's value (0: none).
std::string MarkValues(const std::string& line, const std::map<std::string, int>& keys,
                       int* defined) {
  std::string out;
  *defined = 0;
  size_t first = line.find_first_not_of(' ');
  for (size_t i = 0; i < line.size();) {
    if (line[i] != '%') {
      size_t j = line.find('%', i);
      if (j == std::string::npos) j = line.size();
      out += Escape(line.substr(i, j - i));
      i = j;
      continue;
    }
    size_t j = i + 1;
    while (j < line.size() && NameChar(line[j])) ++j;
    while (j > i + 1 && line[j - 1] == '.') --j;  // a sentence's full stop
    std::string name = line.substr(i + 1, j - i - 1);
    auto it = keys.find(name);
    if (it == keys.end()) {
      out += Escape(line.substr(i, j - i));
    } else {
      if (i == first && line.find(" = ", j) == j) *defined = it->second;
      out += "<span class=\"v\" data-v=\"" + std::to_string(it->second) + "\">%" + Escape(name) +
             "</span>";
    }
    i = j == i ? i + 1 : j;
  }
  return out;
}

// Writes `text` as a column body: a line's source line comes from
// `line_of` (or stays the previous header's, for the listing).
void TextBody(std::ostringstream& out, const std::string& text,
              const std::map<std::string, int>& keys, const std::map<int, std::string>& decision,
              const std::regex& line_re, bool sticky) {
  std::istringstream in(text);
  std::string line;
  int current = 0;
  while (std::getline(in, line)) {
    std::smatch m;
    int src = sticky ? current : 0;
    if (std::regex_search(line, m, line_re)) src = std::stoi(m[1].str());
    if (sticky) current = src;
    int defined = 0;
    std::string body = MarkValues(line, keys, &defined);
    std::string cls = "line";
    if (auto d = decision.find(defined); defined != 0 && d != decision.end()) {
      cls += " alloc-" + d->second;
    }
    out << "<div class=\"" << cls << "\""
        << (src > 0 ? " data-line=\"" + std::to_string(src) + "\"" : "") << ">" << body << "</div>";
  }
}

void ColumnStart(std::ostringstream& out, const std::string& id, const std::string& title,
                 const std::string& extra_class) {
  out << "<div class=\"column" << extra_class << "\" id=\"" << id << "\" data-title=\""
      << Escape(title) << "\"><h2 title=\"click to collapse or expand\">" << Escape(title)
      << "</h2><div class=\"body\">";
}

void SourceColumn(std::ostringstream& out, const ExplorerPage& p) {
  ColumnStart(out, "col-source", "source", "");
  for (size_t i = 0; i < p.source_lines.size(); ++i) {
    int line = p.first_line + static_cast<int>(i);
    const std::string& text = p.source_lines[i];
    // The allocation sites of this line, by column.
    std::map<int, const AllocSiteInfo*> sites;
    for (const AllocSiteInfo& a : p.allocs) {
      if (a.line == line && a.col >= 1) sites[a.col] = &a;
    }
    std::string body;
    size_t pos = 0;
    for (const auto& [col, a] : sites) {
      size_t at = static_cast<size_t>(col - 1);
      if (at < pos || at >= text.size()) continue;
      // gc places a call or composite literal at its '(' or '{': the site
      // is shown from the name or type before it ("make(", "[]string{").
      size_t end = at + 1;
      if (text[at] == '(' || text[at] == '{') {
        while (at > pos && (NameChar(text[at - 1]) || text[at - 1] == '[' || text[at - 1] == ']' ||
                            text[at - 1] == '*' || text[at - 1] == '&')) {
          --at;
        }
      } else {
        while (end < text.size() && NameChar(text[end]) && text[end] != '.') ++end;
      }
      std::string tip = Escape(a->message);
      for (const std::string& e : a->explanation) tip += "&#10;" + Escape(e);
      body += Escape(text.substr(pos, at - pos));
      body += "<span class=\"v alloc alloc-" + a->decision + "\" data-v=\"" +
              std::to_string(a->key) + "\" data-decision=\"" + a->decision + "\" title=\"" + tip +
              "\">" + Escape(text.substr(at, end - at)) + "</span>";
      pos = end;
    }
    body += Escape(text.substr(pos));
    out << "<div class=\"line\" data-line=\"" << line << "\"><span class=\"lineno\">" << line
        << "</span> " << body << "</div>";
  }
  out << "</div></div>";
}

void AllocColumn(std::ostringstream& out, const ExplorerPage& p) {
  ColumnStart(out, "col-allocs", "allocation sites", "");
  for (const AllocSiteInfo& a : p.allocs) {
    out << "<div class=\"alloc-site alloc-" << a.decision << "\" data-v=\"" << a.key
        << "\" data-decision=\"" << a.decision << "\" data-line=\"" << a.line << "\"><b>"
        << Escape(a.position) << "</b> " << Escape(a.desc) << ": <b>" << a.decision << "</b>\n"
        << Escape(a.message);
    for (const std::string& e : a.explanation) out << "\n" << Escape(e);
    out << "</div>";
  }
  if (p.allocs.empty()) out << "(no allocation sites)";
  out << "</div></div>";
}

}  // namespace

std::string RenderExplorerPage(const ExplorerPage& p) {
  std::map<int, std::string> decision;
  for (const AllocSiteInfo& a : p.allocs) decision[a.key] = a.decision;
  std::ostringstream out;
  out << "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" << Escape(p.func)
      << " - gosc explorer</title><style>" << kExplorerCss << AllocKindCss()
      << "</style></head><body>\n<h1>" << Escape(p.func) << " <small>(" << Escape(p.source_path)
      << ")</small></h1>\n<div id=\"legend\">allocation sites:";
  for (ssa::AllocKind k : kPageAllocKinds) {
    const char* name = ssa::AllocKindName(k);
    out << " <span class=\"alloc-" << name << "\">" << name << "</span>";
  }
  out << " &mdash; click a value to highlight it everywhere, a column title to collapse "
         "it</div>\n<div id=\"columns\">";
  SourceColumn(out, p);
  AllocColumn(out, p);
  static const std::regex kSsaLine("@[^ ]*:([0-9]+):[0-9]+");
  static const std::regex kListingLine("^# [^ ]*:([0-9]+)(?::[0-9]+)?[: ]");
  static const std::regex kIrLine("; [^ ]*\\.go:([0-9]+)");
  std::string previous;
  for (size_t i = 0; i < p.ssa.size(); ++i) {
    const SsaSnapshot& s = p.ssa[i];
    bool unchanged = i > 0 && s.text == previous;
    previous = s.text;
    ColumnStart(out, "col-ssa-" + std::to_string(i), s.pass, unchanged ? " ssa unchanged" : " ssa");
    TextBody(out, s.text, s.keys, decision, kSsaLine, false);
    out << "</div></div>";
  }
  ColumnStart(out, "col-llvm", "LLVM IR (optimised)", "");
  TextBody(out, p.llvm_ir.empty() ? "(no code)" : p.llvm_ir, p.llvm_keys, {}, kIrLine, false);
  out << "</div></div>";
  ColumnStart(out, "col-asm", "x86-64", "");
  TextBody(out, p.listing.empty() ? "(no code)" : p.listing, {}, {}, kListingLine, true);
  out << "</div></div>";
  ColumnStart(out, "col-graph", "escape graph", "");
  out << "<div id=\"graph\">" << p.svg << "</div></div></div>";
  out << "</div>\n<script type=\"application/json\" id=\"loc-keys\">{";
  bool first = true;
  for (const auto& [loc, key] : p.loc_key) {
    out << (first ? "" : ",") << "\"loc" << loc << "\":" << key;
    first = false;
  }
  out << "}</script>\n<script>" << kExplorerJs << "</script>\n</body></html>\n";
  return out.str();
}

}  // namespace gosc::driver::html
