// Private declarations shared by the SSA builder's files (ssa/builder/*.cpp).
//
// Why it exists: the builder is split by concept (functions, SSA variables,
// expressions, calls, literals, statements, ranges, package init) to keep each
// file readable; they all work on the two classes declared here.
//   ModuleBuilder: per package — functions, globals, wrappers, naming.
//   FuncBuilder:   per function — the current block, variables (SSA values
//                  through Braun et al.'s on-the-fly construction, or memory
//                  cells for address-taken/captured/aggregate locals), control
//                  flow targets, closures' free variables.
#pragma once

#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/ast.h"
#include "frontend/frontend.h"
#include "ssa/ir.h"
#include "types/internal_error.h"
#include "types/types.h"

namespace gosc::ssa::builder {

namespace fe = gosc::frontend;

// Throws gosc::InternalError: a construct the builder does not handle (a
// bug, since the checker accepted it).
[[noreturn]] void Fail(Pos pos, const std::string& message);

// Type helpers.
const Type* Under(const Type* t);
bool IsInterface(const Type* t);
// The type of a call of sig: nullptr, the one result, or the results' Tuple.
const Type* ResultType(const fe::Signature* sig);
bool IsPointerShaped(const Type* t);
bool IsAggregate(const Type* t);  // struct or array: lives in memory as a variable
// gc's capture rule (capture.cpp): a closure copies a captured variable (by value) when it
// is at most 128 bytes, its address is never taken and it is never assigned
// after its declaration; otherwise the closure shares it (by reference) and
// it lives in a cell that escape analysis may move to the heap.
bool CapturedByValue(const fe::Var* v);
// gc's self-assignment rule (self_assign.cpp): storing `src` into `dst`
// moves nothing new into the object, so escape analysis ignores the flow.
bool IsSelfAssignment(const fe::Expr* dst, const fe::Expr* src);
std::string AssignmentString(const fe::AssignStmt* s);  // "p.A, p.B = p.B, p.A"
const fe::Basic* AsBasic(const Type* t);
inline bool IsStringType(const Type* t) {
  const fe::Basic* b = AsBasic(t);
  return b != nullptr && b->IsString();
}

// gc's -m spelling of an expression ("make(map[string]int)", "&T{...}", "x").
std::string ExprString(const fe::Expr* e);
// A devirtualized interface call i.M(args) as gc prints it: T.M(i.(T), args).
std::string DevirtualizedCallString(const fe::CallExpr* c, const fe::Func* m, const Type* concrete);
std::string TypeString(const Type* t);  // Go spelling with the "main." qualifier dropped

// -m=2 explanation notes (build_notes.cpp; see ssa::SourceNote).
void AddNote(Value* v, std::string where, std::string why, Pos pos, int operand = -1);
Value* NoteExpr(Value* v, const fe::Expr* e, const char* why);  // returns v
// gc's "address-of" note for operand `operand` of `user` when `e` is `&x`.
void NoteAddressOf(Value* user, int operand, const fe::Expr* e);
const char* SelectorWhy(const fe::SelectorExpr* s);  // "dot" / "dot of pointer"
const char* IndexWhy(const fe::IndexExpr* ix);

class FuncBuilder;

class ModuleBuilder {
 public:
  explicit ModuleBuilder(fe::Package& pkg);
  std::unique_ptr<Module> Build();

  fe::Package& pkg;
  fe::TypeTable& types;
  std::unique_ptr<Module> mod;

  Func* FuncFor(const fe::Func* f) const;  // nullptr for library functions
  Global* GlobalFor(const fe::Var* v);     // package or library variable
  // The wrapper behind a method value x.M ("main.T.M-fm"): FreeVar 0 is the
  // receiver (of type recv_type: T, *T or an interface), the params are sig's.
  Func* MethodValueWrapper(const fe::Func* method, const Type* recv_type, const fe::Signature* sig);
  // The wrapper behind a method expression that is not the method itself
  // ((*T).M of a value method, I.M, a promoted method): the receiver is
  // parameter 0 of sig, the method expression's type.
  Func* MethodExprWrapper(const fe::SelectorExpr* s, const fe::Signature* sig);
  // A library function used as a value ("strings.ToUpper-fv").
  Func* LibraryFuncValue(const fe::Func* f);
  // The thunk run by `defer BUILTIN(args)`: its parameters are the arguments.
  Func* DeferThunk(const std::string& name, const fe::Signature* sig, Pos pos, fe::BuiltinId id);
  const fe::Tuple* TupleOf(const std::vector<const Type*>& ts);
  const fe::Struct* EnvStruct(const std::vector<const Type*>& bindings);
  const fe::Signature* EmptySig();
  const Type* UnsafePointer() const { return types.basic(fe::BasicKind::kUnsafePointer); }

 private:
  void DeclareFuncs();
  // The wrapper called name, built by `build` the first time it is asked for.
  Func* Wrapper(const std::string& name, const fe::Signature* sig, Pos pos,
                const std::function<void(FuncBuilder&)>& build);
  void CollectDescriptorTypes();
  std::map<const fe::Func*, Func*> funcs_;
  std::map<const fe::Var*, Global*> globals_;
  std::map<std::string, Func*> wrappers_;
  std::map<std::vector<const Type*>, const fe::Tuple*> tuples_;
};

// A place a value can be read from / written to.
struct LValue {
  enum Kind { kBlank, kVar, kPtr, kMap } kind = kBlank;
  const fe::Var* var = nullptr;  // kVar: an SSA-resident local
  Value* ptr = nullptr;          // kPtr
  Value* map = nullptr;          // kMap
  Value* key = nullptr;          // kMap
  const Type* type = nullptr;    // the stored value's type
  Pos pos;
};

// An object reached while walking a selector path: either its address (ptr)
// or, for non-addressable values, the value itself.
struct Place {
  Value* ptr = nullptr;
  Value* val = nullptr;
  const Type* type = nullptr;  // the object's type (pointee of ptr)
  bool may_be_nil = false;     // ptr came from a user pointer value
};

class FuncBuilder {
 public:
  FuncBuilder(ModuleBuilder& mb, Func* fn, FuncBuilder* parent = nullptr);

  // Entry points (build_func.cpp / build_init.cpp / build_call.cpp).
  void BuildDecl(fe::FuncDecl* decl);
  void BuildLit(const fe::FuncLit* lit, const std::vector<const fe::Var*>& captures);
  void BuildInit();
  void BuildMethodWrapper(const fe::Func* method, const Type* recv_type, const fe::Signature* sig);
  void BuildMethodExprWrapper(const fe::SelectorExpr* s, const fe::Signature* sig);
  void BuildLibraryForwarder(const fe::Func* f);
  void BuildDeferThunk(fe::BuiltinId id, const fe::Signature* sig);

  // ---- blocks and emission (build_func.cpp)
  Block* NewBlock(const std::string& comment);
  Value* Emit(Op op, const Type* type, Pos pos, std::vector<Value*> operands = {});
  void AddEdge(Block* from, Block* to);
  void Jump(Block* to, Pos pos = {});
  void Branch(Value* cond, Block* t, Block* f, Pos pos);
  void StartDeadBlock();
  Block* cur() const { return cur_; }
  void set_cur(Block* b) { cur_ = b; }

  // ---- SSA variables (build_ssa_vars.cpp): keys are Var* or synthetic keys.
  using Key = const void*;
  Key NewTemp(const Type* type, const std::string& name);
  void WriteVar(Key key, Value* v);
  Value* ReadVar(Key key, Pos pos = {});
  void Seal(Block* b);
  void SealAll();
  void FinishSsa();
  void RemoveDeadCode();  // dead blocks, then phis left trivial by them; renumbers

  // ---- variables as the program sees them (build_func.cpp)
  bool InMemory(const fe::Var* v) const;
  void DeclareVar(const fe::Var* v, Value* init, Pos pos);
  Value* ReadVarValue(const fe::Var* v, Pos pos);
  Value* VarAddr(const fe::Var* v, Pos pos);
  void AssignVar(const fe::Var* v, Value* val, Pos pos);

  // ---- constants, zero values, conversions (build_conv.cpp)
  // A Const of `type` holding `cv` resolved to the type's representation
  // (ssa::ConstVal); the exact value is remembered for later conversions.
  Value* ConstOf(std::shared_ptr<const fe::ConstValue> cv, const Type* type, Pos pos);
  // The exact value of a Const this builder made (nullptr for nil).
  std::shared_ptr<const fe::ConstValue> ExactConst(const Value* c) const;
  Value* IntConst(int64_t v, Pos pos = {});
  Value* Zero(const Type* type, Pos pos = {});
  Value* Convert(Value* v, const Type* target, Pos pos, const fe::Expr* src = nullptr);
  Value* ExplicitConvert(Value* v, const Type* target, Pos pos, const fe::Expr* src);
  Value* ToInterface(Value* v, const Type* iface, Pos pos, const fe::Expr* src);
  Value* ToInt(Value* v, Pos pos);
  const Type* ConstType(const fe::Expr* e) const;

  // ---- expressions (build_expr.cpp)
  Value* Rvalue(const fe::Expr* e);
  Value* ExprAs(const fe::Expr* e, const Type* target);
  Value* Addr(const fe::Expr* e);
  Value* Load(Value* ptr, Pos pos);
  Value* NilCheck(Value* ptr, Pos pos);
  Value* Extract(Value* tuple, int64_t i, Pos pos);
  Value* BinaryOp(fe::Token op, Value* x, Value* y, const Type* result, Pos pos);
  Value* Compare(fe::Token op, Value* x, Value* y, Pos pos, const Type* result = nullptr);
  void CondBranch(const fe::Expr* e, Block* t, Block* f);
  Place WalkPath(const fe::SelectorExpr* s, size_t steps);
  Place WalkSteps(Place start, const fe::SelectorExpr* s, size_t steps);
  Place PlaceOfValue(Value* v);
  bool HasAddress(const fe::Expr* e) const;
  Value* PlaceAddr(Place& p, Pos pos);
  Value* PlaceValue(Place& p, Pos pos);
  std::vector<Value*> MultiValues(const fe::Expr* rhs, size_t n);
  LValue LvalueOf(const fe::Expr* e);
  std::vector<Value*> DetachFinalAddressing(size_t start, Value* ptr);
  void ReattachValues(const std::vector<Value*>& values);
  Value* LoadLvalue(const LValue& lv);
  void StoreLvalue(const LValue& lv, Value* v);

  // ---- calls, builtins, closures (build_call.cpp)
  Value* Call(const fe::CallExpr* c, bool defer = false);
  Value* Builtin(const fe::CallExpr* c);
  Value* DeferBuiltin(const fe::CallExpr* c);
  bool IsSpread(const fe::CallExpr* c) const;
  std::vector<Value*> BuiltinArgs(const fe::CallExpr* c);
  Value* PlainBuiltin(fe::BuiltinId id, const std::vector<Value*>& args, Pos pos);
  Value* Closure(const fe::FuncLit* lit);
  Value* MethodValue(const fe::SelectorExpr* s);
  Value* FuncValue(const fe::Func* f, Pos pos);
  Value* Receiver(const fe::SelectorExpr* s, const fe::Func* m, bool* is_iface);
  Value* AdjustReceiver(Place& p, const fe::Func* m, bool* is_iface, Pos pos);
  // Wrapper bodies (build_wrappers.cpp): the entry block with sig's
  // parameters, and the return of a forwarded call's results.
  std::vector<Value*> WrapperParams(const fe::Signature* sig);
  void ReturnCallResults(Value* call, const fe::Signature* sig);

  // ---- composite literals (build_lit.cpp)
  Value* LitValue(const fe::CompositeLit* lit);
  Value* AddrOfLit(const fe::CompositeLit* lit, Pos amp_pos);
  void InitInto(Value* ptr, const fe::CompositeLit* lit, const Type* t);
  void StoreElem(Value* dst, const fe::Expr* v, const Type* t);

  // ---- statements (build_stmt.cpp, build_range.cpp)
  void Stmt(const fe::Stmt* s);
  void StmtList(const std::vector<fe::Stmt*>& list);
  void Assign(const fe::AssignStmt* s);
  void IgnoreSelfAssignment(const fe::AssignStmt* s, size_t mark);
  // devirtualize.cpp: turns the interface receiver *recv of s's call c into
  // the concrete receiver of *method when its dynamic type is static.
  bool Devirtualize(const fe::SelectorExpr* s, const fe::CallExpr* c, Value** recv,
                    fe::Func** method);
  void VarDecl(const fe::GenDecl* d);
  void If(const fe::IfStmt* s);
  void For(const fe::ForStmt* s);
  void Range(const fe::RangeStmt* s);
  void Switch(const fe::SwitchStmt* s);
  void TypeSwitch(const fe::TypeSwitchStmt* s);
  void Return(const fe::ReturnStmt* s);
  void Branch(const fe::BranchStmt* s);
  void Labeled(const fe::LabeledStmt* s);
  void EmitReturn(std::vector<Value*> vals, Pos pos);
  std::vector<Value*> NamedResultValues(Pos pos);

  // ---- -m=2 notes on what was emitted since `mark` (build_notes.cpp)
  void NoteAssign(const fe::AssignStmt* s, size_t i, size_t mark);
  void NoteReturn(const fe::ReturnStmt* s, Block* b, size_t mark);
  void NoteElements(const fe::CompositeLit* lit, const char* why, size_t mark);
  void NoteCaptures(Value* make_closure, const fe::FuncLit* lit,
                    const std::vector<const fe::Var*>& captures);

  ModuleBuilder& mb() { return mb_; }
  Func* fn() const { return fn_; }

 private:
  friend class ModuleBuilder;
  void SetupParams(const fe::FuncTypeExpr* sig_expr, const fe::Field* recv);
  void SetupResults(const fe::FuncTypeExpr* sig_expr);
  void FinishBody(Pos end);
  Value* ReadVarRecursive(Key key, Block* b);
  Value* AddPhiOperands(Key key, Value* phi);
  Value* TryRemoveTrivialPhi(Value* phi);
  Value* Resolve(Value* v) const;
  Value* ZeroAtStart(Block* b, const Type* t);
  Block* LabelBlock(const fe::Stmt* labeled);
  const fe::Stmt* Unlabel(const fe::Stmt* s) const;
  void RangeAssign(const fe::RangeStmt* s, const fe::Expr* lhs, Value* v);
  void DeclareRangeVars(const fe::RangeStmt* s);
  std::string ClosureName();

  ModuleBuilder& mb_;
  fe::TypeTable& types_;
  Func* fn_;
  FuncBuilder* parent_;
  Block* cur_ = nullptr;
  int loop_depth_ = 0;
  int closure_count_ = 0;
  // gc reports the implicit interface conversion of a plain variable (an
  // ONAME has no position of its own) at the surrounding construct: a call
  // argument at the call's `(` or at the last literal argument before it,
  // an assignment at its left-hand side. Set while such operands are built.
  const Pos* name_box_pos_ = nullptr;
  bool is_top_level_ = true;
  // Go's conversions of constants are exact (an untyped 1<<63 defaulted to
  // int still converts to float64 exactly), so the builder keeps the
  // frontend's value of every Const it made beside the resolved one.
  std::unordered_map<const Value*, std::shared_ptr<const fe::ConstValue>> exact_consts_;

  // Variables.
  std::unordered_map<const fe::Var*, Value*> cells_;      // memory-resident locals
  std::unordered_map<const fe::Var*, Value*> free_vars_;  // closures: captured var -> FreeVar
  struct KeyInfo {
    const Type* type;
    std::string name;
  };
  std::unordered_map<Key, KeyInfo> key_info_;
  std::deque<int> temp_keys_;  // storage whose addresses serve as synthetic keys

  // Braun et al. state.
  std::unordered_map<Block*, std::unordered_map<Key, Value*>> defs_;
  std::unordered_map<Block*, std::vector<std::pair<Key, Value*>>> incomplete_;
  std::unordered_set<Block*> sealed_;
  std::unordered_map<Value*, Value*> forward_;  // removed trivial phi -> replacement
  std::vector<Value*> graveyard_;               // removed phis, deleted at the end

  // Devirtualized calls as gc spells them in -m (T.M(i.(T))), for their boxes.
  std::unordered_map<const fe::Expr*, std::string> devirtualized_desc_;

  // Results.
  std::vector<const fe::Var*> result_vars_;  // named results (nullptr entries when unnamed)
  bool uses_defer_ = false;

  // Control flow.
  struct Targets {
    Block* brk = nullptr;
    Block* cont = nullptr;
  };
  std::unordered_map<const fe::Stmt*, Targets> targets_;
  std::vector<const fe::Stmt*> breakable_;
  std::vector<const fe::Stmt*> continuable_;
  std::unordered_map<const fe::Stmt*, Block*> labels_;
  std::unordered_set<Block*> dead_;  // blocks started after a terminator: never jumped to
  Block* fallthrough_ = nullptr;
};

}  // namespace gosc::ssa::builder
