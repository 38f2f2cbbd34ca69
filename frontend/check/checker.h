// The type checker's private interface, shared by the files of frontend/check.
//
// Why it exists: the checker is one object (as go/types' Checker is) whose
// methods are spread over files by concept — declarations, expressions,
// calls, statements, assignments, conversions, initialisation order. This
// header is the one place their shared state and helpers are declared; no
// file outside frontend/check includes it.
//
// Model (after go/types): package-level objects are collected first, then
// checked lazily in dependency order (ObjDecl), then function bodies are
// checked in source order. Every expression is evaluated into an Operand
// (mode, type, constant value) that is written back into the AST node; an
// untyped operand that is later converted rewrites the types recorded in its
// subtree (UpdateExprType). Errors use gc 1.19's words; an erroneous operand
// gets Mode::kInvalid and silences errors that would only follow from it.
#pragma once

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "frontend/ast.h"
#include "frontend/frontend.h"
#include "types/constant.h"
#include "types/types.h"

namespace gosc::frontend::check {

using CV = std::shared_ptr<const ConstValue>;

class Scope {
 public:
  explicit Scope(Scope* parent) : parent_(parent) {}
  Scope* parent() const { return parent_; }
  Object* Lookup(const std::string& name) const {
    auto it = names_.find(name);
    return it == names_.end() ? nullptr : it->second;
  }
  Object* LookupParent(const std::string& name) const {
    for (const Scope* s = this; s; s = s->parent_) {
      if (Object* o = s->Lookup(name)) return o;
    }
    return nullptr;
  }
  // Returns the object already declared under that name here, or nullptr
  // after inserting `obj`.
  Object* Insert(Object* obj) {
    auto [it, inserted] = names_.emplace(obj->name(), obj);
    return inserted ? nullptr : it->second;
  }
  const std::unordered_map<std::string, Object*>& names() const { return names_; }

 private:
  Scope* parent_;
  std::unordered_map<std::string, Object*> names_;
};

struct Operand {
  Mode mode = Mode::kInvalid;
  Expr* expr = nullptr;
  const Type* type = nullptr;
  CV val;
  int builtin = -1;
  bool Invalid() const { return mode == Mode::kInvalid; }
};

// What a package-level object's declaration looks like, and what it uses.
struct DeclInfo {
  enum Kind { kConst, kVar, kType, kFunc } kind = kConst;
  Scope* file_scope = nullptr;
  Expr* type_expr = nullptr;
  Expr* init = nullptr;   // const/var initialiser (nullptr: none)
  std::vector<Var*> lhs;  // var a, b = f(): every variable sharing `init`
  int iota = 0;
  bool inherited = false;  // const spec repeating the previous spec's expressions
  TypeSpec* tspec = nullptr;
  FuncDecl* fdecl = nullptr;
  std::set<Object*> deps;  // package-level vars and funcs referenced
  int color = 0;           // 0 unvisited, 1 in progress, 2 done
  int order = 0;           // declaration order
};

// The function (declaration or literal) whose body is being checked.
struct FuncCtx {
  FuncCtx* parent = nullptr;
  const Signature* sig = nullptr;
  FuncLit* lit = nullptr;
  std::vector<Var*> locals;  // for "declared but not used"
  int loop_depth = 0;        // loops around the statement being checked
  int lit_loop_depth = 0;    // literals: the parent's loop_depth at the literal
};

// Breakable/continuable statements enclosing the current one.
struct BranchFrame {
  Stmt* stmt;
  std::string label;  // "" when unlabelled
  bool is_loop;
};

// Statement context flags (go/types' stmtContext).
enum StmtCtx : unsigned {
  kBreakOk = 1,
  kContinueOk = 2,
  kFallthroughOk = 4,
  kFinalSwitchCase = 8,
  kInTypeSwitch = 16,
};

// Representation failures (go/types' error codes that change the wording).
enum class ReprError { kNone, kTruncated, kOverflow, kOther };

class Checker {
 public:
  Checker(Package& pkg, Diagnostics& diags);
  void Run();

  // ----- errors (errors.cpp)
  void Error(Pos p, const std::string& msg);
  void ErrorAt(const Expr* e, const std::string& msg) { Error(StartPos(e), msg); }
  static Pos StartPos(const Expr* e);
  std::string ExprStr(const Expr* e) const;
  std::string OperandStr(const Operand& x) const;
  std::string TypeStr(const Type* t) const { return TypeString(t, TypeStyle::kMessage); }

  // ----- universe and library packages (universe.cpp, stdlib.cpp, literal.cpp)
  void InitUniverse();
  Scope* LibraryPackage(const std::string& path);  // nullptr: not supported

  // ----- declarations (decl.cpp)
  void CollectObjects();
  void ObjDecl(Object* obj);
  void ConstDecl(Const* obj, Expr* type_expr, Expr* init, int iota, bool inherited);
  void ConstSpecs(GenDecl* d, Scope* declare_in, Scope* file_scope);
  void VarDecl(const std::vector<Var*>& lhs, Expr* type_expr, Expr* init);
  void TypeDecl(TypeName* obj, TypeSpec* spec);
  void FinishNamed(Named* n, Pos pos);
  void ResolvePendingUnderlying();
  void ReportPendingUnderlying();
  void FuncSigDecl(Func* obj, FuncDecl* decl);
  void DeclStmt(GenDecl* decl);
  void CollectMethods();
  void Declare(Scope* s, Ident* id, Object* obj);

  // ----- type expressions (typexpr.cpp)
  const Type* TypExpr(Expr* e, bool allow_incomplete = true);
  const Type* TypExprInternal(Expr* e);
  const Signature* FuncType(FuncTypeExpr* f, Var* recv, Scope* param_scope);
  const Type* StructType(StructTypeExpr* s);
  const Type* InterfaceType(InterfaceTypeExpr* s);
  int64_t ArrayLength(Expr* e);
  void CheckRecursiveType(Named* n, Pos pos);

  // ----- expressions (expr.cpp, binary.cpp)
  void RawExpr(Operand& x, Expr* e, const Type* hint);
  void ExprInternal(Operand& x, Expr* e, const Type* hint);
  void CheckExpr(Operand& x, Expr* e, const Type* hint = nullptr);  // single value
  void ExprOrType(Operand& x, Expr* e);
  void MultiExpr(Expr* e, std::vector<Operand>& out);  // f() with several results, or one value
  void ExprList(const std::vector<Expr*>& es, std::vector<Operand>& out, bool allow_comma_ok);
  void Record(Operand& x);
  void SingleValue(Operand& x);
  void IdentExpr(Operand& x, Ident* id);
  void BasicLitExpr(Operand& x, BasicLit* lit);
  void UnaryExpr(Operand& x, frontend::UnaryExpr* e);
  void BinaryExpr(Operand& x, frontend::BinaryExpr* e) { Binary(x, e, e->x, e->y, e->op); }
  // e is nullptr for `lhs op= rhs`.
  void Binary(Operand& x, Expr* e, Expr* lhs, Expr* rhs, Token op);
  void Shift(Operand& x, Operand& y, Expr* e, Token op);
  void Comparison(Operand& x, Operand& y, Token op, bool switch_case);
  void MatchTypes(Operand& x, Operand& y);
  CV FoldBinary(Token op, const ConstValue& a, const ConstValue& b, bool integer_div);
  bool IsNilExpr(const Expr* e) const;
  std::string OperandExprStr(const Operand& x) const;
  void Overflow(Operand& x);
  void UseVar(Var* v, Pos use);
  void DeclareOwner(Var* v);  // v is a local of the current function, declared here
  Var* OuterVar(Expr* e);
  void MarkAddressTaken(Expr* e);
  void MarkReassigned(Expr* e);

  // ----- operands, assignability, untyped conversion (operand.cpp)
  bool IsUntyped(const Type* t) const;
  ReprError Representation(const ConstValue& v, const Basic* t, CV* rounded);
  bool Representable(Operand& x, const Basic* t);  // errors as "x overflows T"
  ReprError ImplicitTypeAndValue(const Operand& x, const Type* target, const Type** new_type,
                                 CV* new_val);
  void ConvertUntyped(Operand& x, const Type* target);
  void DefaultOperand(Operand& x);
  void UpdateExprType(Expr* e, const Type* t, bool final);
  void SetConstValue(Expr* e, const CV& v);
  bool AssignableTo(const Operand& x, const Type* t, std::string* reason);
  void Assignment(Operand& x, const Type* t, const std::string& context);
  bool HasNil(const Type* t) const;

  // ----- lookup and method sets (lookup.cpp)
  struct LookupResult {
    Object* obj = nullptr;
    std::vector<int> index;    // embedded path (+ field index for fields)
    std::vector<bool> derefs;  // per embedded step: field was a pointer
    bool indirect = false;     // a pointer was followed on the way
    bool ambiguous = false;
    bool ptr_recv_required = false;  // found a pointer method but not addressable
  };
  LookupResult LookupFieldOrMethod(const Type* t, bool addressable, const std::string& name);
  // Returns the missing (or wrongly typed) method of `iface` for type `v`, or nullptr.
  Func* MissingMethod(const Type* v, const Interface* iface, Func** wrong_type);
  std::string MissingMethodReason(const Type* v, const Type* t, Func* m, Func* wrong);
  bool Implements(const Type* v, const Type* t, std::string* reason);
  const Signature* MethodSig(Func* f);  // resolves a method's signature lazily

  // ----- selectors, calls, builtins, conversions (call.cpp, builtins.cpp, conversion.cpp)
  void Selector(Operand& x, SelectorExpr* e);
  void CallExpr(Operand& x, frontend::CallExpr* e);
  void Arguments(frontend::CallExpr* call, const Signature* sig, std::vector<Operand>& args,
                 const std::string& fname);
  void Builtin(Operand& x, frontend::CallExpr* call, BuiltinId id);
  void Conversion(Operand& x, const Type* t, frontend::CallExpr* call);
  bool ConvertibleTo(const Operand& x, const Type* t);

  // ----- composite literals, index, slice, assertions (index.cpp)
  void CompositeLit(Operand& x, frontend::CompositeLit* e, const Type* hint);
  void IndexExpr(Operand& x, frontend::IndexExpr* e);
  void SliceExpr(Operand& x, frontend::SliceExpr* e);
  void TypeAssert(Operand& x, TypeAssertExpr* e);
  bool Index(Expr* index, int64_t max, int64_t* value);  // checks an index operand
  void FuncLitExpr(Operand& x, FuncLit* e);

  // ----- statements (stmt.cpp, assign.cpp, branch.cpp)
  void FuncBody(FuncCtx* ctx, const Signature* sig, BlockStmt* body, Scope* scope,
                const std::string& name);
  void StmtList(const std::vector<Stmt*>& list, unsigned ctx);
  void Statement(Stmt* s, unsigned ctx);
  void OpenScope() { scope_ = NewScope(scope_); }
  void CloseScope() { scope_ = scope_->parent(); }
  Scope* NewScope(Scope* parent);
  void AssignStmt(frontend::AssignStmt* s);
  void ShortVarDecl(frontend::AssignStmt* s, const std::vector<Expr*>& lhs,
                    const std::vector<Expr*>& rhs);
  void AssignVars(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs,
                  frontend::AssignStmt* s);
  const Type* AssignVar(Expr* lhs, Operand& x);
  const Type* LhsVar(Expr* lhs);
  void InitVars(const std::vector<Var*>& lhs, const std::vector<Expr*>& rhs, Pos pos,
                const std::string& context);
  void InitVar(Var* v, Operand& x, const std::string& context);
  void InitVarsOrReturn(const std::vector<Var*>& lhs, const std::vector<Expr*>& rhs, Pos pos,
                        const std::string& context, bool is_return);
  void AssignError(const std::vector<Expr*>& rhs, size_t nvars, size_t nvals, Pos pos);
  void ReturnStmt(frontend::ReturnStmt* s);
  void SwitchStmt(frontend::SwitchStmt* s, unsigned ctx);
  void TypeSwitchStmt(frontend::TypeSwitchStmt* s, unsigned ctx);
  void RangeStmt(frontend::RangeStmt* s, unsigned ctx);
  void BranchStmt(frontend::BranchStmt* s, unsigned ctx);
  bool IsTerminating(const Stmt* s, const std::string& label) const;
  bool IsTerminatingList(const std::vector<Stmt*>& list, const std::string& label) const;
  bool HasBreak(const Stmt* s, const std::string& label, bool implicit) const;
  bool HasBreakList(const std::vector<Stmt*>& list, const std::string& label, bool implicit) const;
  void CheckLabels(BlockStmt* body);
  void ReportUnused(FuncCtx* ctx);
  Var* NewLocal(Ident* id, const Type* t, VarKind k = VarKind::kLocal);
  // "go statement is not supported", "type parameters are not supported".
  void Unsupported(Pos p, const std::string& what) {
    bool plural = what.size() > 2 && what.back() == 's' && what[what.size() - 2] != 's';
    Error(p, what + (plural ? " are" : " is") + " not supported");
  }

  // ----- initialisation order (init_order.cpp)
  void InitOrder();

  // ----- state
  Package& pkg_;
  TypeTable& tt_;
  Diagnostics& diags_;
  const SourceSet& sources_;
  std::deque<Scope> scopes_;
  Scope* universe_ = nullptr;
  Scope* pkg_scope_ = nullptr;
  Scope* scope_ = nullptr;
  std::map<std::string, Scope*> libraries_;
  std::vector<Scope*> file_scopes_;
  std::vector<PkgName*> imports_;
  std::deque<DeclInfo> decl_infos_;
  std::unordered_map<Object*, DeclInfo*> decls_;
  std::vector<Object*> decl_order_;  // package-level objects in source order
  // `type T2 T1` met while T1 is still being declared (T1 refers to T2
  // through a pointer, say): T2 takes T1's underlying type once T1's is set.
  struct PendingUnderlying {
    Named* n;
    const Named* rhs;
    Pos pos;
  };
  std::vector<PendingUnderlying> pending_underlying_;
  std::map<std::string, std::vector<FuncDecl*>> methods_by_type_;
  std::unordered_map<FuncDecl*, Scope*> func_scopes_;  // a function's parameter scope
  std::string pending_label_;                          // label of the statement being checked
  std::unordered_map<const Var*, FuncCtx*> var_owner_;
  // Loop nesting (within its function) where a local was declared; absent: 0.
  std::unordered_map<const Var*, int> var_loop_depth_;
  DeclInfo* cur_decl_ = nullptr;
  FuncCtx* fctx_ = nullptr;
  std::optional<int64_t> iota_;
  std::vector<BranchFrame> branches_;
  std::map<std::string, LabeledStmt*> labels_;  // labels of the current function
  // Local types declared so far per name: the next one's TypeName::local_index.
  std::map<std::string, int> local_types_named_;
  std::set<std::string> used_labels_;
  const Type* invalid_ = nullptr;
  Object* universe_iota_ = nullptr;
  const Named* io_writer_ = nullptr;
  std::set<const Named*> checked_recursive_;
};

const char* OpStr(Token t);
bool ParseLiteral(LitKind kind, const std::string& text, CV* out);
bool IsInteger(const Type* t);
bool IsUnsigned(const Type* t);
bool IsFloat(const Type* t);
bool IsNumeric(const Type* t);
bool IsString(const Type* t);
bool IsBoolean(const Type* t);
bool IsConstType(const Type* t);
bool IsInterface(const Type* t);
bool IsBasicKind(const Type* t, BasicKind k);
bool HasName(const Type* t);

}  // namespace gosc::frontend::check
