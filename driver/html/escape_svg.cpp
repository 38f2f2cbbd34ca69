// Writing the escape graph as DOT and running Graphviz (escape_svg.h).
//
// Labels: a location is named as gc's -m=2 names it ("users",
// "{storage for make(map[int]string)}"), else by its kind; a temporary that
// is a root is named after what was loaded into it ("{temp} = *users"), so
// a path that ends in a temporary still shows the variable it came from.
// Edge labels are gc's dereference counts: "&" (address-of, -1), "" (0),
// "*", "**", ... .
#include "driver/html/escape_svg.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "driver/html/page.h"

namespace gosc::driver::html {
namespace {

using passes::escape::EscapeGraph;
using passes::escape::ExportedLocation;

std::string DotQuote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '\n') {
      out += "\\n";  // DOT's line break
      continue;
    }
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

std::string DerefText(int derefs) {
  if (derefs < 0) return "&";
  return std::string(static_cast<size_t>(derefs), '*');
}

std::string BaseLabel(const ExportedLocation& l) {
  if (!l.label.empty()) return l.label;
  return "{" + l.kind + "}";
}

bool FindOnPath(const std::string& program) {
  const char* path = std::getenv("PATH");
  if (path == nullptr) return false;
  std::stringstream dirs(path);
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    if (dir.empty()) continue;
    std::string candidate = dir + "/" + program;
    if (access(candidate.c_str(), X_OK) == 0) return true;
  }
  return false;
}

}  // namespace

std::string EscapeGraphDot(const EscapeGraph& g,
                           const std::function<int(const ssa::Value*)>& key_of,
                           std::map<int, int>* loc_key) {
  std::set<std::pair<int, int>> red;  // (dst, src) edges on an escape path
  std::set<int> on_path, roots;
  for (const auto& e : g.escapes) {
    roots.insert(e.root);
    for (size_t i = 0; i + 1 < e.path.size(); ++i) red.insert({e.path[i + 1], e.path[i]});
    on_path.insert(e.path.begin(), e.path.end());
  }
  std::ostringstream out;
  out << "digraph escape {\n  rankdir=LR;\n  bgcolor=\"transparent\";\n"
      << "  node [shape=box, style=\"rounded,filled\", fillcolor=\"#ffffff\", "
         "fontname=\"monospace\", fontsize=10];\n  edge [fontname=\"monospace\", fontsize=10];\n";
  for (const ExportedLocation& l : g.locations) {
    std::string label = BaseLabel(l);
    if (l.kind == "temp" && roots.count(l.id)) {
      for (const auto& e : g.edges) {
        if (e.dst == l.id && !g.locations[e.src].label.empty()) {
          label += " = " + DerefText(e.derefs) + g.locations[e.src].label;
          break;
        }
      }
    }
    if (l.loop_depth > 0) label += "\nloop depth " + std::to_string(l.loop_depth);
    if (!l.leaks.empty()) label += "\nleaks: " + l.leaks;
    if (l.escapes) label += "\nescapes";
    std::string cls = "loc kind-" + l.kind;
    if (roots.count(l.id)) cls += " root";
    if (l.other_func) cls += " other-func";
    std::string fill = l.kind == "heap" ? "#fde2e2" : roots.count(l.id) ? "#fff3c4" : "#ffffff";
    if (l.alloc_object && l.value != nullptr) {
      fill = AllocKindColour(l.value->decision.kind);  // as the page's .alloc-KIND
    }
    out << "  loc" << l.id << " [id=" << DotQuote("loc" + std::to_string(l.id))
        << ", class=" << DotQuote(cls) << ", label=" << DotQuote(label)
        << ", fillcolor=" << DotQuote(fill) << (on_path.count(l.id) ? ", penwidth=2" : "")
        << "];\n";
    if (l.value != nullptr) (*loc_key)[l.id] = key_of(l.value);
  }
  for (const auto& e : g.edges) {
    bool hot = red.count({e.dst, e.src}) != 0;
    out << "  loc" << e.src << " -> loc" << e.dst << " [label=" << DotQuote(DerefText(e.derefs))
        << (hot ? ", color=\"#d00000\", penwidth=2, class=\"escape-path\"" : "") << "];\n";
  }
  out << "}\n";
  return out.str();
}

bool RunGraphviz(const std::string& dot_text, std::string* svg, std::string* error) {
  if (!FindOnPath("dot")) {
    *error =
        "-html needs Graphviz's dot program to draw the escape graph "
        "(apt-get install graphviz)";
    return false;
  }
  char tmpl[] = "/tmp/gosc-html-XXXXXX";
  int fd = mkstemp(tmpl);
  if (fd < 0) {
    *error = "cannot create a temporary file for dot";
    return false;
  }
  close(fd);
  std::string path = tmpl;
  {
    std::ofstream f(path, std::ios::binary);
    f << dot_text;
  }
  std::string cmd = "dot -Tsvg '" + path + "' 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  std::string text;
  if (p != nullptr) {
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) text.append(buf, n);
  }
  int status = p != nullptr ? pclose(p) : -1;
  std::error_code ec;
  std::filesystem::remove(path, ec);
  if (status != 0) {
    *error = "dot failed drawing the escape graph: " + text.substr(0, 500);
    return false;
  }
  size_t start = text.find("<svg");
  *svg = start == std::string::npos ? text : text.substr(start);
  return true;
}

}  // namespace gosc::driver::html
