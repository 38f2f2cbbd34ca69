// The SSA text parser's state (parse.h says what it reads; print.cpp is
// the format).
//
// Why it exists: the parser is one class whose methods are split over two
// files — parse.cpp reads the module's structure (types, declarations,
// globals, function headers, blocks), parse_values.cpp the instruction
// lines and the resolution at the end of each function.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "ssa/ir.h"
#include "ssa/parse.h"
#include "ssa/parse_internal.h"

namespace gosc::ssa::parse {

using types::Pos;

// The opcodes by their text (ops.def), and `println` (Print with flag set).
const std::map<std::string, Op>& OpsByName();
bool IsRefChar(char c);

// An operand named before its definition is read.
struct Ref {
  std::string name;  // "" for `_` (an absent operand)
  Pos pos;
};

struct PendingValue {
  Value* value;
  std::vector<Ref> operands;
  std::vector<std::pair<int, Pos>> phi_blocks;  // phi labels / jump and if targets (-1: none)
  std::string method;                           // invoke: the method's name
  Pos method_pos;
  Ref coalloc_host;  // a co-allocated alloc: `in %host +offset`
};

struct PendingBlock {
  Block* block;
  std::vector<int> preds;
  Pos pos;
};

class ModuleParser {
 public:
  ModuleParser(types::SourceSet& sources, int file, types::TypeTable& table, TextPositions* where)
      : sources_(sources), file_(file), text_(sources.Text(file)), types_(table), where_(where) {}

  std::unique_ptr<Module> Run();

 private:
  Cursor At(size_t line) const { return Cursor(lines_[line], file_, static_cast<int>(line) + 1); }

  void SplitLines();

  // Named types and function names, before anything refers to them.
  void Introduce();

  void ReadLine();

  void ExpectEnd(Cursor& c);

  // ` @file:line:col` or ` @line:col`; Pos{} when absent.
  Pos ReadPos(Cursor& c);

  void ReadTypeDecl(Cursor& c);

  // `declare fmt.Println : SIG`, `declare strings.(*Builder).WriteString : SIG`.
  void ReadDeclare(Cursor& c);

  void ReadGlobal(Cursor& c);

  Func* FuncNamed(Cursor& c, const std::string& name, Pos at);

  void ReadFuncHeader(Cursor& c);

  // The `  ; ...` lines between a function's header and its first block.
  void ReadFuncAttribute(Cursor& c);

  void ReadBlockHeader(Cursor& c);

  Ref ReadRef(Cursor& c);

  // `%a, %b, _` (at least one).
  std::vector<Ref> ReadRefs(Cursor& c);
  // ` %a, %b` if present.
  std::vector<Ref> ReadOptionalRefs(Cursor& c);
  // `(%a, %b)`.
  std::vector<Ref> ReadArgs(Cursor& c);

  // A function's name in its `func NAME : TYPE` header.
  std::string FuncHeaderName(Cursor& c);
  // The function a call (before_args: followed by its `(args)`), funcref or
  // closure names.
  std::string CalleeName(Cursor& c, bool before_args);
  // The function or library function a call, funcref or closure names.
  void ResolveCallee(Value* v, const std::string& name, Pos at);

  // The name hint a printed name stands for (see the file comment).
  std::string NameHint(const std::string& printed);

  void ReadValue(Cursor& c);
  void ReadOperandsAndIndex(Cursor& c, PendingValue* pv);
  void AppendArgs(Cursor& c, PendingValue* pv);
  void ReadConst(Cursor& c, Value* v);
  void FinishFunc();

  types::SourceSet& sources_;
  int file_;
  std::string text_;  // a copy: adding files to sources_ may move the original
  parse::TypeReader types_;
  TextPositions* where_;  // may be null
  std::vector<std::string> lines_;
  size_t line_ = 0;
  std::unique_ptr<Module> module_;
  std::map<std::string, int> files_;
  std::map<std::string, types::Func*> library_;
  std::map<std::string, Global*> globals_;
  // The function being read.
  Func* func_ = nullptr;
  Block* block_ = nullptr;
  std::map<int, Block*> blocks_;
  std::vector<PendingBlock> pending_blocks_;
  std::vector<PendingValue> pending_values_;
  std::vector<Ref> result_cells_;
  Pos func_at_;
  std::unordered_map<std::string, Value*> values_;
  std::set<std::string> used_names_;
  int next_temp_ = 0;
};

}  // namespace gosc::ssa::parse
