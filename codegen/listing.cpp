// The -S listing merge: LLVM's assembly text + gosc's allocation notes,
// source lines and runtime names (see listing.h for why it is text
// processing and where each piece of information comes from).
//
// Placement rules, per function section of the assembly:
//  * a source-line comment before every run of instructions whose `.loc`
//    names another line than the previous run;
//  * a heap site's note right before each call of its allocating runtime
//    entry made under the site's `.loc` (inlined copies included);
//  * a stack site's note once, before the first instruction under the
//    site's `.loc` (its initialisation), with the slot's address taken from
//    the frame-layout remark and converted to the %rsp the body uses;
//  * notes of the function's own sites that found no instruction (the
//    memory was promoted to registers, or the code folded away) right after
//    the function's label, saying so.
#include "codegen/listing.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <set>
#include <sstream>
#include <tuple>

namespace gosc::codegen {

std::string StackSlotVariableName(int site, int part) {
  return "gosc.site." + std::to_string(site) + "." + std::to_string(part);
}

namespace {

constexpr const char* kSlotPrefix = "gosc.site.";

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

bool StartsWith(const std::string& s, const char* prefix) { return s.rfind(prefix, 0) == 0; }

// "\tmovq\t%rsp, %rbp" -> {"movq", "%rsp, %rbp"}; empty mnemonic for
// directives, labels, comments and blank lines.
std::pair<std::string, std::string> SplitInstruction(const std::string& line) {
  if (line.empty() || (line[0] != '\t' && line[0] != ' ')) return {};
  std::string t = Trim(line);
  if (t.empty() || t[0] == '.' || t[0] == '#' || t.back() == ':') return {};
  size_t sp = t.find_first_of(" \t");
  if (sp == std::string::npos) return {t, ""};
  return {t.substr(0, sp), Trim(t.substr(sp))};
}

bool IsSymbolChar(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '$';
}

std::string Unquote(const std::string& s) {
  if (s.size() >= 2 && s.front() == '"' && s.back() == '"') return s.substr(1, s.size() - 2);
  return s;
}

// The assembler takes any symbol in quotes; Go names such as
// "strings.(*Builder).WriteString" need them.
std::string QuoteIfNeeded(const std::string& name) {
  for (char c : name)
    if (!IsSymbolChar(c)) return "\"" + name + "\"";
  return name;
}

// Renames runtime symbols (with or without @PLT) in an instruction's operands.
std::string RenameSymbols(const std::string& line,
                          const std::map<std::string, std::string>& names) {
  if (names.empty() || line.find("gosc_") == std::string::npos) return line;
  std::string out;
  size_t i = 0;
  while (i < line.size()) {
    if (!IsSymbolChar(line[i]) || (i > 0 && IsSymbolChar(line[i - 1]))) {
      out += line[i++];
      continue;
    }
    size_t j = i;
    while (j < line.size() && IsSymbolChar(line[j])) ++j;
    std::string word = line.substr(i, j - i);
    auto it = names.find(word);
    if (it == names.end()) {
      out += word;
      i = j;
      continue;
    }
    out += QuoteIfNeeded(it->second);
    i = j;
    if (line.compare(i, 4, "@PLT") == 0) i += 4;
  }
  return out;
}

struct Loc {
  int file = -1;
  int line = 0;
  int col = 0;
  auto Key() const { return std::tie(file, line, col); }
};

// One output line of a function section; notes are rendered at the end of
// the section, once its prologue (and so the %rsp offset) is known.
struct Item {
  std::string text;
  int note = -1;
};

class Annotator {
 public:
  explicit Annotator(const ListingInput& in) : in_(in) {
    const auto& notes = *in.notes;
    for (size_t i = 0; i < notes.size(); ++i) {
      const types::Pos& p = notes[i].pos;
      by_pos_[{p.file, p.line, p.col}].push_back(static_cast<int>(i));
      if (!notes[i].owner.empty()) by_owner_[notes[i].owner].push_back(static_cast<int>(i));
    }
    if (in.slots)
      for (const StackSlot& s : *in.slots) slots_[{s.function, s.site}].push_back(s);
  }

  std::string Run(const std::string& text) {
    std::istringstream is(text);
    std::string line;
    while (std::getline(is, line)) Line(line);
    EndFunction();
    return out_;
  }

 private:
  void Emit(const std::string& s) {
    if (in_function_) {
      items_.push_back({s});
    } else {
      out_ += s;
      out_ += '\n';
    }
  }

  void Line(const std::string& line) {
    std::string t = Trim(line);
    if (StartsWith(t, ".file")) {
      // The module's `.file "x.go"` stays; numbered line-table files are
      // debug directives.
      if (!FileDirective(t) || in_.keep_debug_directives) Emit(line);
      return;
    }
    if (StartsWith(t, ".loc")) {
      LocDirective(t);
      if (in_.keep_debug_directives) Emit(line);
      return;
    }
    // Without -g, the line information exists only for this listing: the
    // call-frame directives and labels it brought along go with it.
    if (!in_.keep_debug_directives && (StartsWith(t, ".cfi_") || IsDebugLabel(line))) return;
    if (StartsWith(t, ".type") && t.find("@function") != std::string::npos) {
      EndFunction();
      size_t b = t.find_first_of(" \t");
      size_t c = t.rfind(',');
      if (b != std::string::npos && c != std::string::npos && c > b)
        pending_function_ = Unquote(Trim(t.substr(b, c - b)));
      Emit(line);
      return;
    }
    if (!line.empty() && line[0] != '\t' && line[0] != ' ' && line.back() == ':' &&
        !pending_function_.empty() &&
        Unquote(line.substr(0, line.size() - 1)) == pending_function_) {
      in_function_ = true;
      function_ = pending_function_;
      pending_function_.clear();
      Emit(line);
      label_index_ = items_.size();
      return;
    }
    if (in_function_ && StartsWith(t, ".size")) {
      Emit(line);
      EndFunction();
      return;
    }
    auto [mnemonic, operands] = SplitInstruction(line);
    if (mnemonic.empty() || !in_function_) {
      Emit(mnemonic.empty() ? line : RenameSymbols(line, in_.go_names));
      return;
    }
    Instruction(line, mnemonic, operands);
  }

  // `.Ltmp3:`, `.Lfunc_begin0:`: labels only debug information refers to.
  static bool IsDebugLabel(const std::string& line) {
    for (const char* prefix : {".Ltmp", ".Lfunc_begin"}) {
      if (!StartsWith(line, prefix) || line.back() != ':') continue;
      std::string digits = line.substr(std::strlen(prefix), line.size() - std::strlen(prefix) - 1);
      if (!digits.empty() && std::all_of(digits.begin(), digits.end(), ::isdigit)) return true;
    }
    return false;
  }

  // `.file N "dir" "name" [md5 ...]`: file number -> source file id.
  // Returns whether the directive is a numbered (line-table) one.
  bool FileDirective(const std::string& t) {
    std::istringstream is(t.substr(5));
    int number = -1;
    if (!(is >> number)) return false;
    std::vector<std::string> strs;
    size_t q = t.find('"');
    while (q != std::string::npos && strs.size() < 2) {
      size_t e = t.find('"', q + 1);
      if (e == std::string::npos) break;
      strs.push_back(t.substr(q + 1, e - q - 1));
      q = t.find('"', e + 1);
    }
    if (strs.empty() || !in_.sources) return true;
    std::string path = strs.size() == 2
                           ? (strs[0] == "." || strs[0].empty() ? strs[1] : strs[0] + "/" + strs[1])
                           : strs[0];
    for (size_t i = 0; i < in_.sources->size(); ++i) {
      if (in_.sources->Path(static_cast<int>(i)) == path) {
        files_[number] = static_cast<int>(i);
        return true;
      }
    }
    return true;
  }

  void LocDirective(const std::string& t) {
    std::istringstream is(t.substr(4));
    int number = 0, line = 0, col = 0;
    is >> number >> line >> col;
    auto it = files_.find(number);
    cur_ = Loc{it == files_.end() ? -1 : it->second, line, col};
  }

  void Instruction(const std::string& line, const std::string& mnemonic,
                   const std::string& operands) {
    Prologue(mnemonic, operands);
    if (cur_.line > 0 && cur_.file >= 0 &&
        (cur_.file != commented_.file || cur_.line != commented_.line)) {
      commented_ = cur_;
      std::string src = in_.sources ? Trim(in_.sources->Line(cur_.file, cur_.line)) : "";
      std::string where = in_.sources ? in_.sources->DisplayPath(cur_.file) : "";
      Emit("# " + where + ":" + std::to_string(cur_.line) + (src.empty() ? "" : "   " + src));
    }
    auto sites = by_pos_.find({cur_.file, cur_.line, cur_.col});
    if (sites != by_pos_.end()) {
      for (int s : sites->second) {
        const AllocNote& n = (*in_.notes)[s];
        if (n.heap) {
          if (IsCallOf(mnemonic, operands, n.call_symbol)) Note(s);
        } else if (!placed_.count(s)) {
          Note(s);
        }
      }
    }
    Emit(RenameSymbols(line, in_.go_names));
  }

  static bool IsCallOf(const std::string& mnemonic, const std::string& operands,
                       const std::string& symbol) {
    if (symbol.empty()) return false;
    if (!StartsWith(mnemonic, "call") && !StartsWith(mnemonic, "jmp")) return false;
    std::string target = operands.substr(0, operands.find('@'));
    return target == symbol;
  }

  void Note(int site) {
    placed_.insert(site);
    items_.push_back({"", site});
  }

  // Frame shape for converting entry-relative slot offsets to %rsp.
  void Prologue(const std::string& mnemonic, const std::string& operands) {
    if (prologue_done_) return;
    if (mnemonic == "pushq") {
      pushes_++;
    } else if (mnemonic == "movq" && operands == "%rsp, %rbp") {
      frame_pointer_ = true;
    } else if (mnemonic == "subq" && operands.size() > 1 && operands[0] == '$' &&
               operands.find(", %rsp") != std::string::npos) {
      frame_bytes_ = std::strtoll(operands.c_str() + 1, nullptr, 10);
    } else if (mnemonic == "andq" && operands.find("%rsp") != std::string::npos) {
      realigned_ = true;
    } else {
      prologue_done_ = true;
    }
  }

  // In the form the function's code addresses its frame: from %rbp when it
  // keeps a frame pointer (%rbp = entry SP - 8), else from the %rsp the
  // prologue left.
  std::string SlotAddress(const StackSlot& s) const {
    if (frame_pointer_) return std::to_string(s.entry_offset + 8) + "(%rbp)";
    if (!realigned_) return std::to_string(s.entry_offset + 8 * pushes_ + frame_bytes_) + "(%rsp)";
    return "[entry SP" + std::to_string(s.entry_offset) + "]";
  }

  std::string RenderNote(int site) const {
    const AllocNote& n = (*in_.notes)[site];
    std::string text = "# " + n.text;
    if (n.heap) return text;
    auto it = slots_.find({function_, site});
    if (it == slots_.end() || it->second.empty()) {
      return text + ", kept in registers (no stack slot)";
    }
    std::vector<StackSlot> slots = it->second;
    std::stable_sort(slots.begin(), slots.end(),
                     [](const StackSlot& a, const StackSlot& b) { return a.part < b.part; });
    text += " at ";
    for (size_t i = 0; i < slots.size(); ++i) text += (i ? ", " : "") + SlotAddress(slots[i]);
    return text;
  }

  void EndFunction() {
    if (!in_function_) return;
    // The function's own sites that no instruction carried.
    std::vector<Item> unplaced;
    if (auto it = by_owner_.find(function_); it != by_owner_.end()) {
      for (int s : it->second) {
        if (placed_.count(s)) continue;
        const AllocNote& n = (*in_.notes)[s];
        if (n.heap) unplaced.push_back({"# " + n.text + " (no call left: optimised away)"});
        else unplaced.push_back({RenderNote(s)});
      }
    }
    items_.insert(items_.begin() + static_cast<long>(label_index_), unplaced.begin(),
                  unplaced.end());
    for (const Item& item : items_) {
      out_ += item.note >= 0 ? RenderNote(item.note) : item.text;
      out_ += '\n';
    }
    items_.clear();
    placed_.clear();
    in_function_ = false;
    function_.clear();
    commented_ = Loc{};
    pushes_ = 0;
    frame_bytes_ = 0;
    frame_pointer_ = realigned_ = prologue_done_ = false;
  }

  const ListingInput& in_;
  std::map<std::tuple<int, int, int>, std::vector<int>> by_pos_;
  std::map<std::string, std::vector<int>> by_owner_;
  std::map<std::pair<std::string, int>, std::vector<StackSlot>> slots_;
  std::map<int, int> files_;  // .file number -> source id
  std::string out_;

  // The current function section.
  std::string pending_function_;
  bool in_function_ = false;
  std::string function_;
  std::vector<Item> items_;
  size_t label_index_ = 0;
  std::set<int> placed_;
  Loc cur_;
  Loc commented_;
  int pushes_ = 0;
  int64_t frame_bytes_ = 0;
  bool frame_pointer_ = false, realigned_ = false, prologue_done_ = false;
};

}  // namespace

std::vector<StackSlot> ParseStackLayoutRemark(const std::string& message) {
  std::vector<StackSlot> out;
  std::istringstream is(message);
  std::string line, function;
  int64_t offset = 0;
  bool have_offset = false;
  while (std::getline(is, line)) {
    std::string t = Trim(line);
    if (StartsWith(t, "Function: ")) {
      function = t.substr(10);
      have_offset = false;
    } else if (StartsWith(t, "Offset: [SP")) {
      char* end = nullptr;
      offset = std::strtoll(t.c_str() + 11, &end, 10);
      have_offset = end != t.c_str() + 11;
    } else if (have_offset && StartsWith(t, kSlotPrefix)) {
      // gosc.site.<site>.<part> @ file:line
      std::string name = t.substr(0, t.find(' '));
      std::string rest = name.substr(std::char_traits<char>::length(kSlotPrefix));
      size_t dot = rest.find('.');
      if (dot == std::string::npos) continue;
      StackSlot s;
      s.function = function;
      s.site = std::atoi(rest.substr(0, dot).c_str());
      s.part = std::atoi(rest.substr(dot + 1).c_str());
      s.entry_offset = offset;
      out.push_back(s);
    }
  }
  return out;
}

std::string AnnotateAssembly(const std::string& asm_text, const ListingInput& in) {
  static const std::vector<AllocNote> kNoNotes;
  ListingInput input = in;
  if (!input.notes) input.notes = &kNoNotes;
  return Annotator(input).Run(asm_text);
}

}  // namespace gosc::codegen
