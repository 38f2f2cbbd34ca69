// The abstract syntax tree of a Go source file, owned by the frontend.
//
// Why it exists: the ANTLR parse tree never leaves frontend/ (DESIGN.md), so
// the parser turns it into these nodes, the checker annotates them in place
// (types, constant values, resolved objects), and the SSA builder reads the
// annotated tree. Nodes are plain structs with a kind tag; `As<T>()` casts
// after checking the tag, so a wrong assumption fails loudly instead of
// reading garbage. All nodes are owned by the `File` that holds them (arena).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include "types/pos.h"

namespace gosc::types {
class Type;
class Object;
struct ConstValue;
}  // namespace gosc::types

namespace gosc::frontend {

// The frontend is written in the types layer's vocabulary (Type, Var, Pos,
// ConstValue, ...), used unqualified throughout the parser and checker.
using namespace gosc::types;

// ---------------------------------------------------------------- expressions

enum class ExprKind : uint8_t {
  kBad,           // placeholder after a syntax error was reported
  kIdent,         // x, _, int, nil, true
  kBasicLit,      // 42, 1.5, 'a', "s", `raw`
  kCompositeLit,  // T{...}, {...} (elided type inside another literal)
  kFuncLit,       // func(x int) int { ... }
  kParen,         // (x)
  kSelector,      // x.f, pkg.Name
  kIndex,         // x[i]
  kSlice,         // x[lo:hi], x[lo:hi:max]
  kTypeAssert,    // x.(T); x.(type) inside a type switch has type == nullptr
  kCall,          // f(args), f(args...), T(x) conversions, builtins
  kStar,          // *x (dereference) or *T (pointer type)
  kUnary,         // -x, +x, !x, ^x, &x
  kBinary,        // x op y
  kKeyValue,      // key: value inside a composite literal
  // type expressions
  kArrayType,      // [N]T, [...]T (len is an Ellipsis), []T (len == nullptr)
  kStructType,     // struct { ... }
  kFuncType,       // func(...) ...
  kInterfaceType,  // interface { ... }
  kMapType,        // map[K]V
  kChanType,       // chan T: parsed so the checker can reject it by name
  kEllipsis,       // ...T in a parameter list, or [...] in an array type
};

// Token kinds used by unary/binary expressions and assignment operators.
enum class Token : uint8_t {
  kIllegal,
  kAdd,
  kSub,
  kMul,
  kQuo,
  kRem,  // + - * / %
  kAnd,
  kOr,
  kXor,
  kShl,
  kShr,
  kAndNot,  // & | ^ << >> &^
  kLAnd,
  kLOr,  // && ||
  kEql,
  kNeq,
  kLss,
  kLeq,
  kGtr,
  kGeq,    // == != < <= > >=
  kNot,    // !
  kArrow,  // <- (rejected: channels)
  kAssign,
  kDefine,  // = :=
  kInc,
  kDec,  // ++ --
};
const char* TokenString(Token t);

// How the checker classified an expression (mirrors go/types' operand modes).
enum class Mode : uint8_t {
  kInvalid,   // not checked or erroneous
  kNoValue,   // call of a function without results
  kBuiltin,   // a builtin function name (only valid as callee)
  kTypeExpr,  // the expression denotes a type
  kConstant,  // compile-time constant: `value` is set
  kVariable,  // addressable
  kMapIndex,  // m[k]: assignable, not addressable, comma-ok capable
  kValue,     // any other value
  kCommaOk,   // a value that may be used in a 2-value assignment (type assert, map index)
};

struct Expr {
  ExprKind kind;
  Pos pos;  // position gc would report for this expression (see escape README)
  // --- filled by the checker
  Mode mode = Mode::kInvalid;
  const Type* type = nullptr;               // for tuples (multi-value calls) a Tuple type
  std::shared_ptr<const ConstValue> value;  // set when mode == kConstant
  explicit Expr(ExprKind k, Pos p) : kind(k), pos(p) {}
  virtual ~Expr() = default;
  template <class T>
  T* As() {
    return kind == T::kKind ? static_cast<T*>(this) : nullptr;
  }
  template <class T>
  const T* As() const {
    return kind == T::kKind ? static_cast<const T*>(this) : nullptr;
  }
};

struct BadExpr : Expr {
  static constexpr ExprKind kKind = ExprKind::kBad;
  explicit BadExpr(Pos p) : Expr(kKind, p) {}
};

struct Ident : Expr {
  static constexpr ExprKind kKind = ExprKind::kIdent;
  std::string name;
  Object* obj = nullptr;  // checker: what this name resolves to (declaration or use)
  Ident(Pos p, std::string n) : Expr(kKind, p), name(std::move(n)) {}
};

enum class LitKind : uint8_t { kInt, kFloat, kImag, kChar, kString };
struct BasicLit : Expr {
  static constexpr ExprKind kKind = ExprKind::kBasicLit;
  LitKind lit_kind;
  std::string text;  // exact source spelling, quotes included
  BasicLit(Pos p, LitKind k, std::string t) : Expr(kKind, p), lit_kind(k), text(std::move(t)) {}
};

struct CompositeLit : Expr {  // pos: the '{'
  static constexpr ExprKind kKind = ExprKind::kCompositeLit;
  Expr* type_expr = nullptr;  // nullptr when elided inside an outer literal
  std::vector<Expr*> elts;    // KeyValue or plain
  Pos lbrace, rbrace;
  CompositeLit(Pos p) : Expr(kKind, p) {}
};

struct FuncTypeExpr;
struct BlockStmt;
struct FuncLit : Expr {  // pos: the 'func' keyword
  static constexpr ExprKind kKind = ExprKind::kFuncLit;
  FuncTypeExpr* sig = nullptr;
  BlockStmt* body = nullptr;
  std::vector<Object*>
      captures;  // checker: free variables of enclosing functions, in order of first use
  std::vector<Pos>
      capture_uses;  // checker: parallel to captures, the first use inside this literal
  FuncLit(Pos p) : Expr(kKind, p) {}
};

struct ParenExpr : Expr {
  static constexpr ExprKind kKind = ExprKind::kParen;
  Expr* x = nullptr;
  ParenExpr(Pos p, Expr* e) : Expr(kKind, p), x(e) {}
};

// The expression inside any parentheses: `((x))` is `x`; nullptr stays nullptr.
inline Expr* Unparen(Expr* e) {
  while (e != nullptr && e->kind == ExprKind::kParen) e = e->As<ParenExpr>()->x;
  return e;
}
inline const Expr* Unparen(const Expr* e) { return Unparen(const_cast<Expr*>(e)); }

// What a selector x.f resolved to (filled by the checker).
enum class SelKind : uint8_t {
  kNone,
  kQualified,   // pkg.Name: `obj` is the package member
  kField,       // x.f field (possibly promoted through embedded fields: `path`)
  kMethod,      // x.M method value or call receiver
  kMethodExpr,  // T.M method expression
};
struct SelectorExpr : Expr {  // pos: the '.'
  static constexpr ExprKind kKind = ExprKind::kSelector;
  Expr* x = nullptr;
  Ident* sel = nullptr;
  SelKind sel_kind = SelKind::kNone;
  Object* obj = nullptr;  // the field Var, method Func, or package member
  std::vector<int>
      path;  // embedded-field indices walked before reaching obj (last = obj's index for fields)
  bool implicit_deref = false;   // x is a pointer that is dereferenced (first step)
  std::vector<bool> path_deref;  // per path step: the embedded field traversed was a pointer
  SelectorExpr(Pos p) : Expr(kKind, p) {}
};

struct IndexExpr : Expr {  // pos: the '['
  static constexpr ExprKind kKind = ExprKind::kIndex;
  Expr* x = nullptr;
  Expr* index = nullptr;
  IndexExpr(Pos p) : Expr(kKind, p) {}
};

struct SliceExpr : Expr {  // pos: the '['
  static constexpr ExprKind kKind = ExprKind::kSlice;
  Expr* x = nullptr;
  Expr* low = nullptr;
  Expr* high = nullptr;
  Expr* max = nullptr;
  bool slice3 = false;
  SliceExpr(Pos p) : Expr(kKind, p) {}
};

struct TypeAssertExpr : Expr {  // pos: the '.'
  static constexpr ExprKind kKind = ExprKind::kTypeAssert;
  Expr* x = nullptr;
  Expr* type_expr = nullptr;  // nullptr for x.(type)
  TypeAssertExpr(Pos p) : Expr(kKind, p) {}
};

enum class CallKind : uint8_t { kUnknown, kCall, kConversion, kBuiltin };
struct CallExpr : Expr {  // pos: the '('
  static constexpr ExprKind kKind = ExprKind::kCall;
  Expr* fun = nullptr;
  std::vector<Expr*> args;
  bool has_ellipsis = false;  // f(xs...)
  Pos rparen;
  CallKind call_kind = CallKind::kUnknown;  // checker
  int builtin_id = -1;                      // checker: a BuiltinId when call_kind == kBuiltin
  CallExpr(Pos p) : Expr(kKind, p) {}
};

struct StarExpr : Expr {  // pos: the '*'
  static constexpr ExprKind kKind = ExprKind::kStar;
  Expr* x = nullptr;
  StarExpr(Pos p, Expr* e) : Expr(kKind, p), x(e) {}
};

struct UnaryExpr : Expr {  // pos: the operator
  static constexpr ExprKind kKind = ExprKind::kUnary;
  Token op;  // kAdd kSub kNot kXor kAnd(address-of) kArrow
  Expr* x = nullptr;
  UnaryExpr(Pos p, Token o, Expr* e) : Expr(kKind, p), op(o), x(e) {}
};

struct BinaryExpr : Expr {  // pos: the operator
  static constexpr ExprKind kKind = ExprKind::kBinary;
  Token op;
  Expr* x = nullptr;
  Expr* y = nullptr;
  BinaryExpr(Pos p, Token o, Expr* a, Expr* b) : Expr(kKind, p), op(o), x(a), y(b) {}
};

struct KeyValueExpr : Expr {  // pos: the ':'
  static constexpr ExprKind kKind = ExprKind::kKeyValue;
  Expr* key = nullptr;
  Expr* value = nullptr;
  KeyValueExpr(Pos p, Expr* k, Expr* v) : Expr(kKind, p), key(k), value(v) {}
};

struct ArrayTypeExpr : Expr {
  static constexpr ExprKind kKind = ExprKind::kArrayType;
  Expr* len = nullptr;  // nullptr: slice type; EllipsisExpr: [...]T
  Expr* elem = nullptr;
  ArrayTypeExpr(Pos p) : Expr(kKind, p) {}
};

struct Field {  // one entry of a struct, parameter list, result list or interface
  Pos pos;
  std::vector<Ident*> names;  // empty: anonymous parameter / embedded field / embedded interface
  Expr* type = nullptr;       // for interface methods: a FuncTypeExpr
  std::string tag;            // struct tags are rejected by the checker; kept to name them
  bool has_tag = false;
};

struct StructTypeExpr : Expr {
  static constexpr ExprKind kKind = ExprKind::kStructType;
  std::vector<Field> fields;
  StructTypeExpr(Pos p) : Expr(kKind, p) {}
};

struct FuncTypeExpr : Expr {
  static constexpr ExprKind kKind = ExprKind::kFuncType;
  std::vector<Field> params;  // last param's type may be an EllipsisExpr (variadic)
  std::vector<Field> results;
  bool has_type_params = false;  // generics: parsed so they can be rejected by name
  FuncTypeExpr(Pos p) : Expr(kKind, p) {}
};

struct InterfaceTypeExpr : Expr {
  static constexpr ExprKind kKind = ExprKind::kInterfaceType;
  std::vector<Field> methods;  // names.size()==1 + FuncTypeExpr: method; names empty: embedded
  InterfaceTypeExpr(Pos p) : Expr(kKind, p) {}
};

struct MapTypeExpr : Expr {
  static constexpr ExprKind kKind = ExprKind::kMapType;
  Expr* key = nullptr;
  Expr* value = nullptr;
  MapTypeExpr(Pos p) : Expr(kKind, p) {}
};

struct ChanTypeExpr : Expr {
  static constexpr ExprKind kKind = ExprKind::kChanType;
  Expr* elem = nullptr;
  ChanTypeExpr(Pos p) : Expr(kKind, p) {}
};

struct EllipsisExpr : Expr {
  static constexpr ExprKind kKind = ExprKind::kEllipsis;
  Expr* elem = nullptr;  // nullptr in [...]T
  EllipsisExpr(Pos p) : Expr(kKind, p) {}
};

// ----------------------------------------------------------------- statements

enum class StmtKind : uint8_t {
  kBad,
  kDecl,
  kEmpty,
  kLabeled,
  kExpr,
  kSend,
  kIncDec,
  kAssign,
  kGo,
  kDefer,
  kReturn,
  kBranch,
  kBlock,
  kIf,
  kCase,
  kSwitch,
  kTypeSwitch,
  kCommClause,
  kSelect,
  kFor,
  kRange,
};

struct Stmt {
  StmtKind kind;
  Pos pos;
  Stmt(StmtKind k, Pos p) : kind(k), pos(p) {}
  virtual ~Stmt() = default;
  template <class T>
  T* As() {
    return kind == T::kKind ? static_cast<T*>(this) : nullptr;
  }
  template <class T>
  const T* As() const {
    return kind == T::kKind ? static_cast<const T*>(this) : nullptr;
  }
};

struct GenDecl;
struct BadStmt : Stmt {
  static constexpr StmtKind kKind = StmtKind::kBad;
  BadStmt(Pos p) : Stmt(kKind, p) {}
};
struct DeclStmt : Stmt {  // var/const/type inside a function
  static constexpr StmtKind kKind = StmtKind::kDecl;
  GenDecl* decl = nullptr;
  DeclStmt(Pos p) : Stmt(kKind, p) {}
};
struct EmptyStmt : Stmt {
  static constexpr StmtKind kKind = StmtKind::kEmpty;
  EmptyStmt(Pos p) : Stmt(kKind, p) {}
};
struct LabeledStmt : Stmt {
  static constexpr StmtKind kKind = StmtKind::kLabeled;
  Ident* label = nullptr;
  Stmt* stmt = nullptr;
  LabeledStmt(Pos p) : Stmt(kKind, p) {}
};
struct ExprStmt : Stmt {
  static constexpr StmtKind kKind = StmtKind::kExpr;
  Expr* x = nullptr;
  ExprStmt(Pos p, Expr* e) : Stmt(kKind, p), x(e) {}
};
struct SendStmt : Stmt {  // rejected: channels
  static constexpr StmtKind kKind = StmtKind::kSend;
  Expr* chan = nullptr;
  Expr* value = nullptr;
  SendStmt(Pos p) : Stmt(kKind, p) {}
};
struct IncDecStmt : Stmt {
  static constexpr StmtKind kKind = StmtKind::kIncDec;
  Expr* x = nullptr;
  Token tok;  // kInc / kDec
  IncDecStmt(Pos p, Expr* e, Token t) : Stmt(kKind, p), x(e), tok(t) {}
};
struct AssignStmt : Stmt {  // pos: the operator
  static constexpr StmtKind kKind = StmtKind::kAssign;
  std::vector<Expr*> lhs;
  Token tok;  // kAssign, kDefine, or the binary op of `op=` (kAdd for +=)
  std::vector<Expr*> rhs;
  std::vector<bool> is_new;  // checker, for kDefine: which lhs idents declare new variables
  AssignStmt(Pos p) : Stmt(kKind, p) {}
};
struct GoStmt : Stmt {  // rejected: goroutines
  static constexpr StmtKind kKind = StmtKind::kGo;
  CallExpr* call = nullptr;
  GoStmt(Pos p) : Stmt(kKind, p) {}
};
struct DeferStmt : Stmt {
  static constexpr StmtKind kKind = StmtKind::kDefer;
  CallExpr* call = nullptr;
  DeferStmt(Pos p) : Stmt(kKind, p) {}
};
struct ReturnStmt : Stmt {
  static constexpr StmtKind kKind = StmtKind::kReturn;
  std::vector<Expr*> results;
  ReturnStmt(Pos p) : Stmt(kKind, p) {}
};
enum class BranchKind : uint8_t { kBreak, kContinue, kGoto, kFallthrough };
struct BranchStmt : Stmt {
  static constexpr StmtKind kKind = StmtKind::kBranch;
  BranchKind tok;
  Ident* label = nullptr;
  Stmt* target = nullptr;  // checker: the statement broken out of / continued / jumped to
                           // (LabeledStmt for goto)
  BranchStmt(Pos p, BranchKind t) : Stmt(kKind, p), tok(t) {}
};
struct BlockStmt : Stmt {
  static constexpr StmtKind kKind = StmtKind::kBlock;
  std::vector<Stmt*> list;
  Pos rbrace;
  BlockStmt(Pos p) : Stmt(kKind, p) {}
};
struct IfStmt : Stmt {
  static constexpr StmtKind kKind = StmtKind::kIf;
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  BlockStmt* body = nullptr;
  Stmt* else_stmt = nullptr;  // IfStmt or BlockStmt
  IfStmt(Pos p) : Stmt(kKind, p) {}
};
struct CaseClause : Stmt {
  static constexpr StmtKind kKind = StmtKind::kCase;
  std::vector<Expr*> list;  // empty: default
  std::vector<Stmt*> body;
  bool is_default = false;
  Object* implicit_obj = nullptr;  // checker, type switch with `v :=`: the per-clause variable
  CaseClause(Pos p) : Stmt(kKind, p) {}
};
struct SwitchStmt : Stmt {
  static constexpr StmtKind kKind = StmtKind::kSwitch;
  Stmt* init = nullptr;
  Expr* tag = nullptr;  // nullptr: switch { ... } (true)
  std::vector<CaseClause*> clauses;
  SwitchStmt(Pos p) : Stmt(kKind, p) {}
};
struct TypeSwitchStmt : Stmt {
  static constexpr StmtKind kKind = StmtKind::kTypeSwitch;
  Stmt* init = nullptr;
  Ident* bind = nullptr;             // v in `switch v := x.(type)`, may be nullptr
  TypeAssertExpr* assert = nullptr;  // x.(type)
  std::vector<CaseClause*> clauses;
  TypeSwitchStmt(Pos p) : Stmt(kKind, p) {}
};
struct SelectStmt : Stmt {  // rejected
  static constexpr StmtKind kKind = StmtKind::kSelect;
  SelectStmt(Pos p) : Stmt(kKind, p) {}
};
struct ForStmt : Stmt {
  static constexpr StmtKind kKind = StmtKind::kFor;
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  BlockStmt* body = nullptr;
  ForStmt(Pos p) : Stmt(kKind, p) {}
};
struct RangeStmt : Stmt {  // for k, v := range x / for k, v = range x / for range x
  static constexpr StmtKind kKind = StmtKind::kRange;
  Expr* key = nullptr;
  Expr* value = nullptr;
  Token tok = Token::kIllegal;  // kDefine, kAssign, or kIllegal when no vars
  Expr* x = nullptr;
  BlockStmt* body = nullptr;
  RangeStmt(Pos p) : Stmt(kKind, p) {}
};

// --------------------------------------------------------------- declarations

struct ValueSpec {  // one line of a const or var declaration
  Pos pos;
  std::vector<Ident*> names;
  Expr* type = nullptr;
  std::vector<Expr*>
      values;    // for const specs with omitted values the checker repeats the previous list
  int iota = 0;  // const only
};
struct TypeSpec {
  Pos pos;
  Ident* name = nullptr;
  bool is_alias = false;  // type A = B
  Expr* type = nullptr;
  bool has_type_params = false;
};
enum class DeclKind : uint8_t { kConst, kVar, kType, kImport };
struct ImportSpec {
  Pos pos;
  Ident* name = nullptr;  // explicit local name, or nullptr
  std::string path;       // unquoted
};
struct GenDecl {
  DeclKind kind;
  Pos pos;
  std::vector<ValueSpec> values;  // kConst / kVar
  std::vector<TypeSpec> types;    // kType
  std::vector<ImportSpec> imports;
};
struct FuncDecl {
  Pos pos;                // the 'func' keyword
  Field* recv = nullptr;  // receiver (names 0 or 1)
  Ident* name = nullptr;
  FuncTypeExpr* sig = nullptr;
  BlockStmt* body = nullptr;  // nullptr: declaration without body (rejected)
  Object* obj = nullptr;      // checker: the Func object
};

struct File {
  int file_id = 0;
  std::string path;
  Ident* package_name = nullptr;
  std::vector<GenDecl*> imports;
  std::vector<GenDecl*> decls;   // non-import top-level declarations, in source order
  std::vector<FuncDecl*> funcs;  // in source order
  std::vector<std::pair<bool, size_t>>
      order;  // (is_func, index) in source order of top-level decls

  // Arena: every node of the file is owned here.
  template <class T, class... A>
  T* New(A&&... args) {
    auto node = std::make_unique<T>(std::forward<A>(args)...);
    T* raw = node.get();
    if constexpr (std::is_base_of_v<Expr, T>) exprs_.push_back(std::move(node));
    else if constexpr (std::is_base_of_v<Stmt, T>) stmts_.push_back(std::move(node));
    else if constexpr (std::is_same_v<T, GenDecl>) gen_decls_.push_back(std::move(node));
    else if constexpr (std::is_same_v<T, FuncDecl>) func_decls_.push_back(std::move(node));
    else if constexpr (std::is_same_v<T, Field>) fields_.push_back(std::move(node));
    else static_assert(sizeof(T) == 0, "unsupported node type");
    return raw;
  }

 private:
  std::vector<std::unique_ptr<Expr>> exprs_;
  std::vector<std::unique_ptr<Stmt>> stmts_;
  std::vector<std::unique_ptr<GenDecl>> gen_decls_;
  std::vector<std::unique_ptr<FuncDecl>> func_decls_;
  std::vector<std::unique_ptr<Field>> fields_;
};

}  // namespace gosc::frontend
