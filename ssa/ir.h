// The SSA intermediate representation: Module, Func, Block, Value.
//
// Why it exists: it is the one program representation that escape analysis
// and the other passes work on and that codegen lowers to LLVM. It is Go-level
// (values carry frontend types; strings, slices, maps and interfaces are
// first-class) but memory is explicit: every allocation site is one `Alloc`
// value whose decision (`AllocDecision`) escape analysis fills in. Opcodes
// are listed once in ops.def.
//
// Ownership: a Module owns its Funcs, a Func its Blocks and Values. Values
// refer to each other by raw pointer; `uses` is maintained by the mutators
// below so passes can replace values safely.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "types/pos.h"
#include "types/types.h"

namespace gosc::ssa {

using types::Pos;
using types::Type;

enum OpFlags : uint32_t { kTerm = 1, kVoid = 2, kSideEffect = 4 };

enum class Op : uint16_t {
#define GOSC_OP(name, text, nargs, flags) k##name,
#include "ssa/ops.def"
#undef GOSC_OP
};
const char* OpName(Op op);  // the text form ("alloc")
int OpArity(Op op);         // -1: variable
uint32_t OpFlagsOf(Op op);
bool IsTerminator(Op op);

// Where an allocation lives. Every site starts as kHeap; escape analysis
// may move it to kStack, or to kRegion: memory owned by the function's frame
// and released when the call returns (DESIGN.md § Escape 3, runtime/region.h),
// for objects that outlive a loop iteration but not the function; or to
// kCoalloc: a heap object that shares the one allocation of the heap object
// whose field it initialises (passes/escape/coalloc.cpp).
enum class AllocKind : uint8_t { kHeap, kStack, kRegion, kCoalloc };

// Why an allocation lives where it does. A new kind brings its own reasons
// (a region: "outlives an iteration, not the function").
enum class AllocReason : uint8_t {
  kUndecided,               // escape analysis has not run (heap)
  kDoesNotEscape,           // stack: the object dies with its function
  kEscapes,                 // heap: its address outlives the function
  kNonConstantSize,         // heap: does not escape, but its size is not a constant
  kTooLargeForStack,        // heap: does not escape, but exceeds gc's stack limits
  kEscapeAnalysisDisabled,  // heap: --no-escape
  kOutlivesIteration,       // region: outlives its loop iteration, not the function
  kCoallocated,             // coalloc: lives exactly as long as the object whose field holds it
};
// The last reason: the SSA parser reads every reason up to it.
constexpr AllocReason kLastAllocReason = AllocReason::kCoallocated;
// The reason in gc's words ("escapes to heap", "non-constant size", ...);
// "" for kUndecided.
const char* AllocReasonText(AllocReason r);

class Value;

// The escape pass's decision for one Alloc: the one record every consumer
// (codegen's lowering and -S notes, the SSA printer, -m) reads. Only the
// escape pass fills it; before it runs the site is kHeap/kUndecided.
struct AllocDecision {
  AllocKind kind = AllocKind::kHeap;
  AllocReason reason = AllocReason::kUndecided;
  // -m's line for this site exactly as printed after its `file:line:col: `
  // ("moved to heap: x", "&T{...} does not escape"); "" when -m prints
  // nothing for it (a variable that stays on the stack, --no-escape).
  std::string message;
  // -m=2's explanation of this site ("x escapes to heap:", "  flow: ...",
  // "    from ... at ..."), in order, each printed at the Alloc's position;
  // empty below -m=2 and for sites that stay on the stack.
  std::vector<std::string> explanation;
  // Co-allocation (kCoalloc sites and their hosts). A kCoalloc site's
  // memory is bytes [coalloc_offset, coalloc_offset + its size) of the one
  // allocation made for `coalloc_host` (a kHeap site of the same block; for
  // a chain A->B->C, A for both B and C). A host records the bytes of that
  // allocation (its own object first, then every guest), 0 when it hosts
  // nothing.
  const Value* coalloc_host = nullptr;
  int64_t coalloc_offset = 0;
  int64_t coalloc_size = 0;
};

// What kind of allocation site an Alloc is; it decides its -m wording.
enum class AllocSite : uint8_t {
  kNew,           // new(T)                               -> *T
  kCompositeLit,  // &T{...}                              -> *T
  kLocalVar,      // address-taken or captured variable   -> *T   ("moved to heap: x")
  kMakeMap,       // make(map[K]V[, hint]); operand: hint (optional) -> map type
  kMapLit,        // map[K]V{...}                         -> map type
  kMakeSlice,     // make([]T, n[, c]) backing store; operand: element count -> *T (first element);
                  // flag: the count is not a Go constant expression (gc: "non-constant size")
  kSliceLit,      // []T{...} backing array               -> *T (first element)
  kClosureEnv,    // a closure's context struct           -> *Env
  kBox,           // interface boxing of a non-pointer value -> *T
};

// One step of gc's -m=2 flow explanation, "from WHERE (WHY) at POS": a
// source construct a value's flow passes through (`from *pp (indirection)`,
// `from return *pp (return)`). Recorded by the builder, which still sees the
// syntax; escape analysis attaches them to its flow edges.
struct SourceNote {
  std::string where;  // gc's text of the construct ("b.Val", "r = p")
  std::string why;    // "dot of pointer", "assign", "return", ...
  Pos pos;
  int operand = -1;  // the operand whose flow it describes; -1: all of them
};

// A Const's value, resolved by the builder to the representation of the
// value's type, so that passes and codegen read plain bits and the exact
// (GMP) arithmetic of Go's untyped constants stays in the frontend. Which
// field holds the value follows from `kind`; the Value's type says how to
// read it (an unsigned integer type reads `bits` as uint64, float32 constants
// hold the float32 value already rounded).
struct ConstVal {
  enum class Kind : uint8_t { kNil, kBool, kInt, kFloat, kString };
  Kind kind = Kind::kNil;  // kNil: the zero value / nil of the type (pointers, maps, funcs...)
  bool b = false;          // kBool
  uint64_t bits = 0;       // kInt: two's complement bits, sign-extended to 64
  double f = 0;            // kFloat
  std::string s;           // kString: raw bytes

  static ConstVal Bool(bool v);
  static ConstVal Int(int64_t v);
  static ConstVal Uint(uint64_t v);
  static ConstVal Float(double v);
  static ConstVal String(std::string v);
  bool IsNil() const { return kind == Kind::kNil; }
  int64_t AsInt64() const { return static_cast<int64_t>(bits); }
  bool operator==(const ConstVal&) const = default;
};

class Block;
class Func;
class Global;

class Value {
 public:
  Op op;
  const Type* type = nullptr;  // nullptr for void ops
  Pos pos;
  std::string name;  // printed name hint ("x", "t3"); unique within a Func after printing
  Block* block = nullptr;
  int id = -1;  // unique within its Func

  // ---- aux data; which fields are meaningful depends on `op` (ops.def)
  ConstVal cval;       // Const
  int64_t index = 0;   // Param, FreeVar, Field, FieldAddr, Extract
  int64_t offset = 0;  // FieldAddr: byte offset from the base pointer
  bool flag = false;   // comma-ok, println, append-spread
  const Type* aux_type =
      nullptr;  // MakeInterface/TypeAssert: the concrete/asserted type; Alloc: element type
  types::Func* func = nullptr;  // FuncRef, Call (static), Invoke (method), MakeClosure (literal)
  Func* callee =
      nullptr;  // resolved SSA function for static calls / closures (nullptr for library)
  Global* global = nullptr;                // Global
  AllocSite alloc_site = AllocSite::kNew;  // Alloc
  std::string
      alloc_desc;  // Alloc: source text gc uses in -m ("make(map[string]int)", "&T{...}", "x")
  AllocDecision decision;  // Alloc: where it lives and why (the escape pass's)
  // For -m=2: how the flows from the operands into this value read in the
  // source, innermost first (see SourceNote), and the source variable this
  // value was first assigned to (gc explains such a value as the variable:
  // `flow: inner = &{storage for make(map[int]string)}`).
  std::vector<SourceNote> notes;
  std::string var_name;

  const std::vector<Value*>& operands() const { return operands_; }
  Value* operand(size_t i) const { return operands_[i]; }
  size_t num_operands() const { return operands_.size(); }
  void SetOperand(size_t i, Value* v);
  void AddOperand(Value* v);
  const std::vector<Value*>& uses() const {
    return uses_;
  }  // values using this one (with repetition)
  void ReplaceAllUsesWith(Value* other);
  bool IsVoid() const;
  // A MakeClosure of an interface's method value (`f := i.M`): it panics on a
  // nil i where it is evaluated, so it is never dead code and codegen checks i.
  bool IsInterfaceMethodValue() const;
  // A ChangeType of a slice to an array pointer (`(*[N]T)(s)`): it panics
  // when len(s) < N, so it is never dead code and codegen checks the length.
  bool IsSliceToArrayPointer() const;

 private:
  std::vector<Value*> operands_;
  std::vector<Value*> uses_;
  friend class Func;
};

class Block {
 public:
  int id = -1;
  std::string comment;  // "for.body", "if.then" ...
  Func* func = nullptr;
  std::vector<Value*> values;  // phis first, terminator last
  std::vector<Block*> preds;
  std::vector<Block*> succs;  // If: [then, else]; Jump: [target]
  Value* Terminator() const { return values.empty() ? nullptr : values.back(); }
  int loop_depth = 0;  // source loop nesting (escape analysis uses it)
};

// A package-level variable.
class Global {
 public:
  std::string name;            // link name "main.x"
  const Type* type = nullptr;  // the variable's type (Global values are *type)
  Pos pos;
  types::Var* var = nullptr;
};

class Func {
 public:
  std::string name;            // link name: "main.f", "main.(*T).M", "main.f.func1"
  types::Func* obj = nullptr;  // nullptr for synthesized functions (package init, closures)
  const types::Signature* sig = nullptr;
  Pos pos;
  Func* parent = nullptr;                   // enclosing function of a closure
  std::vector<const Type*> free_var_types;  // closures: types of the captured bindings
  std::vector<std::string> free_var_names;
  // Closures: how each captured variable is bound (parallel to
  // free_var_types). By value, the binding is the variable's value and the
  // closure works on its own copy; by reference, the binding is the address
  // of the variable's cell. The facts behind the choice are kept for -m=2
  // ("capturing by value: x (addr=false assign=false width=8)").
  struct Capture {
    std::string name;
    Pos pos;  // the variable's declaration
    bool by_value = false;
    bool address_taken = false;
    bool reassigned = false;
    int64_t size = 0;
  };
  std::vector<Capture> captures;
  // Assignments gc's self-assignment rule ignores (their Stores carry
  // flag = true and make no escape flows), for -m: "F ignoring
  // self-assignment in p.X += p.Y" at the statement's operator.
  struct SelfAssignment {
    Pos pos;
    std::string text;
  };
  std::vector<SelfAssignment> self_assignments;
  // Interface calls turned into static calls (ssa/builder/gc_rules/devirtualize.cpp),
  // for -m: "devirtualizing s.String to Celsius" at the call's '('.
  struct Devirtualized {
    Pos pos;
    std::string text;  // "s.String to Celsius"
  };
  std::vector<Devirtualized> devirtualized;
  std::vector<Value*> params;                  // Param values in order (receiver first)
  std::vector<std::unique_ptr<Block>> blocks;  // blocks[0] is the entry
  bool has_defer = false;
  bool has_recover = false;
  // Functions with a `defer` statement keep every result in memory so that
  // deferred closures (and a recovered panic) see and change them: one Alloc
  // (kLocalVar, named after the result or "~r0", "~r1", ...) per result, in
  // order. Their `Return`s then have NO operands: codegen runs the deferred
  // calls, then loads these cells and returns their values (also on the
  // recovered-panic path). Empty when the function has no defer.
  std::vector<Value*> result_cells;

  Block* NewBlock(std::string comment);
  // Creates a value appended to `b` (or unattached when b == nullptr).
  Value* NewValue(Block* b, Op op, const Type* type, Pos pos, std::vector<Value*> operands = {});
  // Inserts `v` (unattached) into `b` before position `at`.
  void InsertBefore(Block* b, size_t at, Value* v);
  void RemoveValue(Value* v);  // v must have no uses
  void RemoveDeadBlocks();     // unreachable from the entry
  void Renumber();             // dense ids in block order
  const std::vector<std::unique_ptr<Value>>& all_values() const { return values_; }

 private:
  std::vector<std::unique_ptr<Value>> values_;
  int next_value_id_ = 0;
  int next_block_id_ = 0;
};

class Module {
 public:
  types::TypeTable* types = nullptr;  // not owned (the Package's)
  const types::SourceSet* sources =
      nullptr;  // not owned; lets the printer name files in `@file:line:col`
  std::vector<std::unique_ptr<Global>> globals;
  std::vector<std::unique_ptr<Func>> funcs;  // in a deterministic order; "main.init" included
  Func* main = nullptr;                      // main.main
  Func* init = nullptr;  // main.init: globals in dependency order, then init funcs
  std::vector<const Type*>
      types_needing_descriptors;  // dynamic types of interfaces, map/slice elements...

  Func* NewFunc(std::string name);
  Global* NewGlobal(std::string name, const Type* type);
  Func* FindFunc(const std::string& name) const;
};

}  // namespace gosc::ssa
