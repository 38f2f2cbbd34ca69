// `-json=0,DIR` (see json_remarks.h): gc's remark files from the escape report.
//
// Why it exists: json_remarks.h says what the files are for; this file
// reproduces gc's format (cmd/compile/internal/logopt of Go 1.19):
//   * one file per source file, DIR/main/NAME.json (NAME: the base name
//     before its last ".go", path-escaped as Go's url.PathEscape does);
//   * a header line {"version":0,"package":"main","goos":..,"goarch":..,
//     "gc_version":..,"file":ABSOLUTE PATH};
//   * one Diagnostic per line, in gc's key order (range, severity, code,
//     source, message, relatedInformation), sorted stably by position
//     (emission order is kept among remarks at one position). Positions are
//     gc's: 1-based line and byte column, the same as `-m` prints, and a
//     range is the point start == end. Each -m=2 flow line becomes a
//     relatedInformation entry "escflow: " + line at its own location
//     (file:// URI of the absolute path).
//
// The JSON library: LLVM's llvm/Support/JSON.h (json::OStream), not a new
// dependency. The layering rule keeps LLVM in codegen/, and driver/ is the
// other folder allowed to link it; this file is its own small library
// (gosc_json_remarks) so no other driver file sees LLVM headers. OStream
// writes keys in the order given (json::Object would sort them) and does
// all string escaping. Go's encoder in addition writes &, <, > and U+2028/9
// as \uXXXX (HTML-safe); those can only occur inside JSON strings, so
// substituting them in the finished line gives files byte-for-byte
// comparable with gc's (a JSON reader sees the same strings either way).
#include "driver/json_remarks.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

namespace gosc::driver {
namespace {

namespace fs = std::filesystem;
namespace json = llvm::json;
using passes::escape::EscapeRemark;

// Go's net/url escaping (shouldEscape): unreserved characters stay; of the
// reserved ones, a path keeps all but '?', a path segment also escapes '/',
// ';' and ','.
enum class UrlPart { kPath, kSegment };

bool KeepsInUrl(unsigned char c, UrlPart part) {
  if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') return true;
  switch (c) {
    case '$':
    case '&':
    case '+':
    case ':':
    case '=':
    case '@': return true;
    case '/':
    case ';':
    case ',': return part == UrlPart::kPath;
    default: return false;
  }
}

std::string PercentEncode(const std::string& s, UrlPart part) {
  static const char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (unsigned char c : s) {
    if (KeepsInUrl(c, part)) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    }
  }
  return out;
}

std::string PercentDecode(const std::string& s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

// filepath.Clean for an absolute path: no "." or "..", no trailing slash.
std::string CleanPath(const std::string& p) {
  std::string clean = fs::path(p).lexically_normal().string();
  while (clean.size() > 1 && clean.back() == '/') clean.pop_back();
  return clean;
}

// JSON strings must be UTF-8; source text quoted in messages might not be
// (Go's encoder writes U+FFFD for such bytes, as fixUTF8 does).
json::Value Str(const std::string& s) {
  return json::isUTF8(s) ? json::Value(s) : json::Value(json::fixUTF8(s));
}

// Go's encoding/json HTML-safe output (see the file comment).
std::string GoHtmlSafe(const std::string& line) {
  std::string out;
  for (size_t i = 0; i < line.size(); ++i) {
    char c = line[i];
    if (c == '&') {
      out += "\\u0026";
    } else if (c == '<') {
      out += "\\u003c";
    } else if (c == '>') {
      out += "\\u003e";
    } else if (c == '\xE2' && i + 2 < line.size() && line[i + 1] == '\x80' &&
               (line[i + 2] == '\xA8' || line[i + 2] == '\xA9')) {
      out += line[i + 2] == '\xA8' ? "\\u2028" : "\\u2029";
      i += 2;
    } else {
      out += c;
    }
  }
  return out;
}

class RemarkFileWriter {
 public:
  RemarkFileWriter(const types::SourceSet& sources) : sources_(sources) {}

  std::string AbsolutePath(int file) const {
    if (file < 0 || static_cast<size_t>(file) >= sources_.size()) return "";
    std::error_code ec;
    fs::path abs = fs::absolute(sources_.Path(file), ec);
    return CleanPath(ec ? sources_.Path(file) : abs.string());
  }

  std::string Header(const std::string& file, const std::string& tool_version) const {
    return Line([&](json::OStream& j) {
      j.object([&] {
        j.attribute("version", 0);
        j.attribute("package", "main");
        j.attribute("goos", "linux");
        j.attribute("goarch", "amd64");
        j.attribute("gc_version", Str(tool_version));
        j.attribute("file", Str(file));
      });
    });
  }

  std::string Diagnostic(const EscapeRemark& r) const {
    return Line([&](json::OStream& j) {
      j.object([&] {
        j.attributeBegin("range");
        Range(j, r.pos);
        j.attributeEnd();
        j.attribute("severity", 3);  // LSP's Information, gc's only severity
        j.attribute("code", Str(r.code));
        j.attribute("source", "gosc");
        j.attribute("message", Str(r.message));
        if (r.flow.empty()) return;  // gc: omitempty
        j.attributeArray("relatedInformation", [&] {
          for (const EscapeRemark::Line& l : r.flow) {
            j.object([&] {
              j.attributeObject("location", [&] {
                j.attribute("uri", Str("file://" +
                                       PercentEncode(AbsolutePath(l.pos.file), UrlPart::kPath)));
                j.attributeBegin("range");
                Range(j, l.pos);
                j.attributeEnd();
              });
              j.attribute("message", Str("escflow: " + l.text));
            });
          }
        });
      });
    });
  }

 private:
  template <typename Fn>
  static std::string Line(Fn write) {
    std::string text;
    llvm::raw_string_ostream os(text);
    json::OStream j(os);
    write(j);
    os.flush();
    return GoHtmlSafe(text) + "\n";
  }

  static void Range(json::OStream& j, types::Pos p) {
    auto point = [&](const char* key) {
      j.attributeObject(key, [&] {
        j.attribute("line", p.line);
        j.attribute("character", p.col);
      });
    };
    j.object([&] {
      point("start");
      point("end");
    });
  }

  const types::SourceSet& sources_;
};

}  // namespace

bool ParseJsonFlag(const std::string& value, std::string* dir, std::string* error) {
  size_t comma = value.find(',');
  std::string version = comma == std::string::npos ? "" : value.substr(0, comma);
  if (version.empty() ||
      !std::all_of(version.begin(), version.end(), [](char c) { return std::isdigit(c); })) {
    *error = "-json option should be '<version>,<destination>' where <version> is a number";
    return false;
  }
  if (version.find_first_not_of('0') != std::string::npos) {
    *error = "-json version must be 0";
    return false;
  }
  std::string dest = value.substr(comma + 1);
  if (!dest.empty() && dest[0] == '/') {
    *dir = CleanPath(dest);
    return true;
  }
  const std::string scheme = "file://";
  if (dest.rfind(scheme, 0) == 0) {
    std::string rest = PercentDecode(dest.substr(scheme.size()));
    if (rest.empty()) rest = "/";
    *dir = CleanPath(rest);
    return true;
  }
  *error = "optimizer logging destination " + dest +
           " was neither /-prefixed directory nor file://-prefixed file URI";
  return false;
}

bool WriteJsonRemarks(const passes::escape::EscapeReport& report, const types::SourceSet& sources,
                      const std::string& dir, const std::string& tool_version, std::string* error) {
  // Remarks by file, each file's stably sorted by position (gc: sort.Stable
  // by position, which keeps a function's order among equal positions).
  std::map<int, std::vector<const EscapeRemark*>> by_file;
  for (const EscapeRemark& r : report.remarks) {
    if (r.pos.IsValid()) by_file[r.pos.file].push_back(&r);
  }
  if (by_file.empty()) return true;
  fs::path package_dir = fs::path(dir) / "main";
  std::error_code ec;
  fs::create_directories(package_dir, ec);
  if (ec) {
    *error = "cannot create " + package_dir.string() + ": " + ec.message();
    return false;
  }
  RemarkFileWriter writer(sources);
  for (auto& [file, remarks] : by_file) {
    std::stable_sort(
        remarks.begin(), remarks.end(), [](const EscapeRemark* a, const EscapeRemark* b) {
          return std::pair(a->pos.line, a->pos.col) < std::pair(b->pos.line, b->pos.col);
        });
    std::string path = writer.AbsolutePath(file);
    std::string base = path.substr(path.find_last_of('/') + 1);
    if (size_t dot = base.rfind(".go"); dot != std::string::npos) base.resize(dot);
    fs::path out_path = package_dir / (PercentEncode(base, UrlPart::kSegment) + ".json");
    std::ofstream out(out_path, std::ios::binary | std::ios::trunc);
    out << writer.Header(path, tool_version);
    for (const EscapeRemark* r : remarks) out << writer.Diagnostic(*r);
    if (!out) {
      *error = "cannot write " + out_path.string();
      return false;
    }
  }
  return true;
}

}  // namespace gosc::driver
