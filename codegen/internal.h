// codegen's private declarations: the module-wide lowering state and the
// per-function lowering state shared by the lower_*.cpp files.
//
// Why it exists: lowering is split by concept (types, descriptors, values,
// memory, calls, interfaces, maps, runtime calls) and every part needs the
// same LLVM module, the Go-type -> LLVM-type cache and the runtime
// declarations; this header is the one place that state is declared. Only
// codegen/ includes it (and LLVM).
#pragma once

#include <llvm/IR/DIBuilder.h>
#include <llvm/IR/IRBuilder.h>
#include <llvm/IR/LLVMContext.h>
#include <llvm/IR/MDBuilder.h>
#include <llvm/IR/Module.h>
#include <llvm/Support/raw_ostream.h>
#include <llvm/Target/TargetMachine.h>

#include <functional>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "codegen/codegen.h"
#include "codegen/listing.h"
#include "ssa/ir.h"
#include "types/internal_error.h"
#include "types/types.h"

namespace gosc::codegen {

using types::Type;

// A lowering failure: the SSA broke a codegen assumption. Throws
// gosc::InternalError at `pos` (when valid); a leading "codegen: " in `msg`
// is dropped, the driver's line already says what failed.
[[noreturn]] void Fail(types::Pos pos, const std::string& msg);

// One runtime entry of runtime/abi.def, parsed from its stringified form.
struct RtEntry {
  std::string symbol;               // C symbol ("gosc_newobject")
  std::string go_name;              // Go-facing name ("runtime.newobject", "fmt.Println")
  std::string ret;                  // abi type token: void, bool, i64, str, iface, pair, ...
  std::vector<std::string> params;  // abi type tokens
};
const std::vector<RtEntry>& RuntimeEntries();
const std::vector<RtEntry>& RuntimeVars();  // GOSC_RT_VAR: ret holds the type token

// A type whose underlying type is string (lower_values.cpp).
bool IsStringType(const Type* t);

// Storage sizes from runtime/abi.def (GOSC_DEFER_FRAME_SIZE, ...).
extern const int kDeferFrameSize;
extern const int kDeferJmpbufOffset;
extern const int kMapHeaderSize;
extern const int kRegionSize;
extern const int kMapIterSize;
extern const int kMapGroupSlots;
extern const int kMapGroupCtrlSize;
extern const int kMapSmallCapacity;
extern const int kMapHeaderCountOffset;
extern const int kMapHeaderTypeOffset;
extern const int kMapHeaderGroupsOffset;
extern const int kMapHeaderSeedOffset;
extern const int kMapHeaderGrowthLeftOffset;
extern const int kMapHeaderGroupMaskOffset;
extern const int kMapHeaderElemSizeOffset;

// The metadata kind carrying an allocation site's note (listing.h) on its
// alloca (stack) or runtime call (heap); --emit=llvm prints it as a comment.
inline constexpr const char* kAllocNoteMetadata = "gosc.alloc";

// The x86-64 Linux target (emit.cpp).
std::unique_ptr<llvm::TargetMachine> CreateTargetMachine(int opt_level);
// Lowers, verifies and optimises (emit.cpp); throws gosc::InternalError when
// lowering fails or the LLVM verifier rejects the module. `notes`, when
// given, receives the allocation sites' notes.
std::unique_ptr<llvm::Module> BuildOptimized(const ssa::Module& sm, const CodegenOptions& opts,
                                             llvm::LLVMContext& ctx,
                                             std::unique_ptr<llvm::TargetMachine>* tm_out,
                                             std::vector<AllocNote>* notes = nullptr);
// gosc -html (explore.cpp): keeps `link_name`'s body through optimisation.
void KeepForExplorer(llvm::Module& m, const std::string& link_name);
// One function as --emit=llvm prints it, with the same notes (emit.cpp).
std::string PrintFunctionWithNotes(const llvm::Function& fn, const types::SourceSet* sources);
// Runs the target's code generator over `m` into `os` (emit.cpp).
void EmitWithTm(llvm::Module& m, llvm::TargetMachine& tm, llvm::raw_pwrite_stream& os,
                llvm::CodeGenFileType type);

// Bounds-failure kinds, in the order of Go's runtime.boundsError formats.
enum class BoundsKind : int {
  kIndex,
  kSliceAlen,
  kSliceAcap,
  kSliceB,
  kSlice3Alen,
  kSlice3Acap,
  kSlice3B,
  kSlice3C,
};

// Method-set entry of a concrete type, with the embedding path that
// promotes it (empty for declared methods).
struct MethodEntry {
  std::string name;
  const types::Func* func = nullptr;  // the declared method
  std::vector<int> path;              // embedded-field indices from the outer type
  bool ptr_only = false;              // only in the method set of *T
};

class ModuleLowering {
 public:
  ModuleLowering(const ssa::Module& m, const CodegenOptions& opts, llvm::LLVMContext& ctx);
  ~ModuleLowering();
  // Lowers everything; throws gosc::InternalError on bad input.
  std::unique_ptr<llvm::Module> Run();

  llvm::LLVMContext& ctx() { return ctx_; }
  llvm::Module& mod() { return *mod_; }
  const ssa::Module& ssa_module() const { return ssa_; }
  const CodegenOptions& opts() const { return opts_; }
  const llvm::DataLayout& dl() const { return mod_->getDataLayout(); }

  // ---- types.cpp
  // The one LLVM type of a Go type, used for values and memory alike
  // (bool is i8 holding 0/1; strings {ptr,i64}; slices {ptr,i64,i64};
  // interfaces {ptr,ptr}; maps, pointers and funcs ptr; structs with
  // explicit padding so LLVM offsets equal Go's).
  llvm::Type* LlvmType(const Type* t);
  // LLVM struct element index of Go field `i` (padding fields shift them).
  unsigned FieldIndex(const types::Struct* s, size_t i);
  // Arrays, structs and tuples larger than kBigBytes are SSA values by
  // reference: the LLVM value is a pointer to an immutable snapshot in
  // memory (first-class aggregates of thousands of elements make LLVM's
  // instruction selection explode). ValType is the SSA value's LLVM type.
  static constexpr uint64_t kBigBytes = 128;
  bool IsBig(const Type* t);
  llvm::Type* ValType(const Type* t) { return IsBig(t) ? Ptr() : LlvmType(t); }
  llvm::Constant* ZeroGlobal(const Type* t);  // immutable zero value of a big type
  // A read-only global holding constant `value` (one per distinct constant):
  // the data word of an interface boxing a constant (lower_alloc.cpp).
  llvm::Constant* ReadOnlyBox(llvm::Constant* value, uint64_t align);
  // Go function/method as LLVM: (ptr ctx, [recv], params..., [ptr sret]) -> void | T | {T...}.
  // Big results (a big single result, or a big result tuple) are written
  // through the trailing sret pointer instead of being returned.
  llvm::FunctionType* GoFuncType(const types::Signature* sig);
  // Method-table entries: (ptr data, params..., [ptr sret]).
  llvm::FunctionType* MethodFuncType(const types::Signature* sig);
  llvm::Type* ResultType(const types::Signature* sig);
  const Type* ResultGoType(const types::Signature* sig);  // nullptr, T or the Tuple
  bool ResultViaSret(const types::Signature* sig);
  llvm::Type* I8() { return llvm::Type::getInt8Ty(ctx_); }
  llvm::Type* I32() { return llvm::Type::getInt32Ty(ctx_); }
  llvm::Type* I64() { return llvm::Type::getInt64Ty(ctx_); }
  llvm::PointerType* Ptr() { return llvm::PointerType::get(ctx_, 0); }
  llvm::StructType* StringType();
  llvm::StructType* SliceType();
  llvm::StructType* IfaceType();

  // ---- typedesc.cpp
  llvm::Constant* TypeDesc(const Type* t);                        // GoType*
  llvm::Constant* Itab(const Type* concrete, const Type* iface);  // GoItab*
  // Method set of a type (T or *T), sorted by name.
  std::vector<MethodEntry> MethodSet(const Type* t);
  // Index of interface method `m` in the itab of interface `iface`.
  int IfaceMethodIndex(const Type* iface, const types::Func* m);
  // Entry used in method tables and itabs: fn(ptr data, params...) -> results.
  llvm::Function* MethodWrapper(const Type* recv_type, const MethodEntry& me);
  // Whether values of `t` are stored directly in an interface's data word.
  static bool IsDirectIface(const Type* t);
  static std::string SignatureText(const types::Signature* sig);

  // ---- lower_runtime.cpp
  llvm::FunctionCallee Rt(const std::string& symbol);           // by C symbol
  const RtEntry* RtByGoName(const std::string& go_name) const;  // by Go name
  bool HasRt(const std::string& symbol) const;
  llvm::FunctionType* RtFuncType(const RtEntry& e);

  // ---- module-level helpers (module.cpp)
  llvm::Function* FuncFor(const ssa::Func* f);          // declared on first use
  llvm::Function* FuncByName(const std::string& name);  // ssa function by link name
  llvm::Function* FuncForObj(const types::Func* obj);   // method/function by its object
  llvm::Constant* StaticFuncValue(llvm::Function* f);   // constant context {code}
  llvm::GlobalVariable* GlobalFor(const ssa::Global* g);
  llvm::Constant* StringConstant(const std::string& s);  // {ptr,len} constant
  llvm::Constant* CString(const std::string& s);         // NUL-terminated, for descriptors
  llvm::DIFile* DIFileFor(int file);
  llvm::DIBuilder* dib() { return dib_.get(); }
  llvm::DICompileUnit* cu() { return cu_; }
  // One note per allocation site, in lowering order (index = site id).
  std::vector<AllocNote>& alloc_notes() { return alloc_notes_; }

 private:
  void DeclareFunctions();
  void LowerFunctions();
  void EmitEntryPoints();
  void SetupDebugInfo();
  llvm::StructType* BuildStructType(const types::Struct* s);

  const ssa::Module& ssa_;
  const CodegenOptions& opts_;
  llvm::LLVMContext& ctx_;
  std::unique_ptr<llvm::Module> mod_;
  std::unique_ptr<llvm::DIBuilder> dib_;
  llvm::DICompileUnit* cu_ = nullptr;
  std::map<int, llvm::DIFile*> di_files_;
  std::vector<AllocNote> alloc_notes_;
  void KeepFunctionsForListing();

  std::unordered_map<const Type*, llvm::Type*> type_cache_;
  std::unordered_map<const types::Struct*, std::vector<unsigned>> field_index_;
  std::unordered_map<const ssa::Func*, llvm::Function*> funcs_;
  std::unordered_map<std::string, const ssa::Func*> funcs_by_name_;
  std::unordered_map<const types::Func*, const ssa::Func*> funcs_by_obj_;
  std::unique_ptr<llvm::TargetMachine> tm_;
  std::unordered_map<const ssa::Global*, llvm::GlobalVariable*> globals_;
  std::unordered_map<llvm::Function*, llvm::Constant*> static_fvs_;
  std::unordered_map<std::string, llvm::Constant*> strings_;
  std::unordered_map<const Type*, llvm::Constant*> zero_globals_;
  std::unordered_map<llvm::Constant*, llvm::Constant*> readonly_boxes_;
  std::unordered_map<std::string, llvm::Constant*> cstrings_;
  std::unordered_map<std::string, llvm::FunctionCallee> rt_cache_;
  std::unordered_map<std::string, const RtEntry*> rt_by_symbol_, rt_by_go_name_;

  // Descriptors: keyed by pointer, with an identity scan for structurally
  // equal literal types (typedesc.cpp).
  std::unordered_map<const Type*, llvm::GlobalVariable*> desc_cache_;
  std::map<std::string, std::vector<std::pair<const Type*, llvm::GlobalVariable*>>> desc_by_name_;
  std::map<std::pair<llvm::GlobalVariable*, llvm::GlobalVariable*>, llvm::GlobalVariable*> itabs_;
  std::map<std::pair<llvm::GlobalVariable*, std::string>, llvm::Function*> wrappers_;
  std::vector<std::pair<const Type*, llvm::GlobalVariable*>> pending_descs_;
  void FillDescriptor(const Type* t, llvm::GlobalVariable* gv);
  llvm::GlobalVariable* DescGlobal(const Type* t);
  friend class FuncLowering;
};

// ---- helpers usable outside a FuncLowering (method wrappers, thunks)
llvm::CallInst* CallRuntime(ModuleLowering& ml, llvm::IRBuilder<>& b, const std::string& symbol,
                            std::vector<llvm::Value*> args);
llvm::Value* EmitLibCall(ModuleLowering& ml, llvm::IRBuilder<>& b, const RtEntry& e,
                         const std::vector<llvm::Value*>& args, const Type* result_type,
                         const std::function<llvm::Value*(llvm::Type*)>& make_slot);
// Branches to a block calling gosc_panic_nil when `p` is null.
// value_method: p is the receiver of that value method, reached through a
// generated wrapper; nil then panics with Go's panicwrap message.
void EmitNilCheck(ModuleLowering& ml, llvm::IRBuilder<>& b, llvm::Value* p,
                  const types::Func* value_method = nullptr);
// Calls interface method `m` on interface value `iface` of type `iface_type`
// (`make_slot` provides the result memory when the result is big).
using BigSlotFn = std::function<llvm::Value*(const Type*)>;
llvm::Value* EmitInvoke(ModuleLowering& ml, llvm::IRBuilder<>& b, llvm::Value* iface,
                        const Type* iface_type, const types::Func* m,
                        const std::vector<llvm::Value*>& args, const BigSlotFn& big_slot);
// Copies `size` bytes (a big value) with the alignment Go guarantees.
void EmitCopy(llvm::IRBuilder<>& b, llvm::Value* dst, llvm::Value* src, const Type* t);

// Lowers one ssa::Func into its llvm::Function.
class FuncLowering {
 public:
  FuncLowering(ModuleLowering& ml, const ssa::Func& f, llvm::Function* fn);
  void Run();

  // ---- shared helpers
  llvm::IRBuilder<>& b() { return b_; }
  ModuleLowering& ml() { return ml_; }
  llvm::Value* V(const ssa::Value* v);  // lowered operand
  llvm::Value* Operand(const ssa::Value* v, size_t i) { return V(v->operand(i)); }
  llvm::Type* T(const Type* t) { return ml_.ValType(t); }   // SSA value type
  llvm::Type* M(const Type* t) { return ml_.LlvmType(t); }  // in-memory type
  bool Big(const Type* t) { return ml_.IsBig(t); }
  // Memory for a new big value produced by the value being lowered.
  llvm::Value* NewBigSlot(const Type* t);
  // A field/element of an immutable big value: big parts stay by reference.
  llvm::Value* LoadPart(const Type* t, llvm::Value* ptr);
  // Builds a tuple value (insertvalue chain, or a snapshot when big).
  llvm::Value* MakeTuple(const Type* tuple, const std::vector<llvm::Value*>& comps);
  llvm::Value* ConstI64(int64_t x) { return b_.getInt64(x); }
  // A placeholder instruction (erased when the function is done) before
  // which entry-block allocas are inserted.
  static llvm::Instruction* MakeAllocaPoint(llvm::BasicBlock* bb) {
    auto* poison = llvm::PoisonValue::get(llvm::Type::getInt32Ty(bb->getContext()));
    return llvm::BinaryOperator::Create(llvm::Instruction::Add, poison, poison, "alloca.point", bb);
  }
  llvm::AllocaInst* EntryAlloca(llvm::Type* t, const std::string& name, uint64_t align = 8);
  // Spills `v` into a fresh entry-block slot and returns its address.
  llvm::Value* Spill(llvm::Value* v, const std::string& name = "spill");
  // Emits `if (cond) { call panic(...) ; unreachable }` on a cold path.
  // `emit` writes the panic call in the failure block.
  template <class F>
  void CheckOrPanic(llvm::Value* fail_cond, F emit);
  void BoundsCheck(llvm::Value* x, llvm::Value* y, BoundsKind kind, bool x_signed,
                   llvm::Value* fail_cond);
  void NilCheck(llvm::Value* p);
  llvm::Value* ToBool(llvm::Value* i8v) { return b_.CreateICmpNE(i8v, b_.getInt8(0)); }
  llvm::Value* FromBool(llvm::Value* i1v) { return b_.CreateZExt(i1v, b_.getInt8Ty()); }
  llvm::Value* ZeroOf(const Type* t) {
    return Big(t) ? ml_.ZeroGlobal(t) : llvm::Constant::getNullValue(T(t));
  }
  llvm::Value* ToI64(llvm::Value* v, const Type* t);  // sign- or zero-extend an integer to i64
  llvm::Value* LoadTyped(const Type* t, llvm::Value* ptr);
  void StoreTyped(const Type* t, llvm::Value* val, llvm::Value* ptr);
  // Calls a runtime entry, flattening str/iface/slice arguments into its parameters.
  llvm::CallInst* CallRt(const std::string& symbol, std::vector<llvm::Value*> args);
  void SetDebugLoc(types::Pos pos);
  llvm::Value* HeapAlloc(const Type* t, llvm::Value* count = nullptr);  // zeroed
  // Equality of two values of Go type `t`; returns i1.
  llvm::Value* EqualValues(const Type* t, llvm::Value* x, llvm::Value* y);

 private:
  void LowerBlock(const ssa::Block* blk);
  // CodegenOptions::explore_function only: the SSA printer's names, by value id.
  std::map<const ssa::Value*, std::string> printed_names_;
  llvm::Value* LowerValue(const ssa::Value* v);
  // lower_values.cpp
  llvm::Value* LowerConst(const ssa::Value* v);
  llvm::Value* LowerArith(const ssa::Value* v);
  llvm::Value* LowerShift(const ssa::Value* v);
  llvm::Value* LowerDivRem(const ssa::Value* v);
  llvm::Value* LowerCompare(const ssa::Value* v);
  llvm::Value* LowerUnary(const ssa::Value* v);
  llvm::Value* LowerConvert(const ssa::Value* v);
  llvm::Value* LowerSliceToArrayPointer(const ssa::Value* v, llvm::Value* slice);
  llvm::Value* FloatToInt(llvm::Value* x, const types::Basic* from, const types::Basic* to);
  // lower_strings.cpp: concatenation chains and []byte->string views
  bool IsFusedConcatOperand(const ssa::Value* v) const;  // lowered by its chain's outermost Add
  llvm::Value* LowerConcat(const ssa::Value* v);
  bool BytesViewSuffices(const ssa::Value* conv) const;
  llvm::Value* LowerBytesToString(const ssa::Value* conv, llvm::Value* bytes);
  // lower_alloc.cpp
  llvm::Value* LowerAlloc(const ssa::Value* v);  // the memory, then NoteAllocSite
  llvm::Value* LowerAllocStorage(const ssa::Value* v);
  // Per-call regions (lower_alloc.cpp, runtime/region.h): the frame's region
  // slot, reserved and zeroed at entry when some site of f_ is kRegion, and
  // released before every normal return.
  void SetUpRegion();
  void ReleaseRegion();
  llvm::Value* RegionAllocStorage(const ssa::Value* v);
  // Co-allocation (passes/escape/coalloc.cpp): a host site or one of its
  // kCoalloc guests. The first of them lowered makes the one allocation for
  // all; each is its byte offset into it.
  llvm::Value* LowerCoallocSite(const ssa::Value* v);
  // lower_memory.cpp
  llvm::Value* LowerFieldAddr(const ssa::Value* v);
  llvm::Value* LowerField(const ssa::Value* v);
  llvm::Value* LowerIndexAddr(const ssa::Value* v);
  llvm::Value* LowerIndex(const ssa::Value* v);
  llvm::Value* LowerSlice(const ssa::Value* v);
  llvm::Value* LowerLen(const ssa::Value* v, bool cap);
  llvm::Value* LowerSliceCopy(const ssa::Value* v);
  llvm::Value* LowerAppend(const ssa::Value* v);
  llvm::Value* LowerMakeSlice(const ssa::Value* v);
  // lower_calls.cpp
  llvm::Value* LowerCall(const ssa::Value* v);
  llvm::Value* LowerLibraryCall(const ssa::Value* v, size_t first_arg);
  llvm::Value* LowerInvoke(const ssa::Value* v);
  llvm::Value* LowerMakeClosure(const ssa::Value* v);
  llvm::Value* LowerFreeVar(const ssa::Value* v);
  void LowerDefer(const ssa::Value* v);
  void EmitDeferSetup();
  void EmitRunDefers();
  void LowerReturn(const ssa::Value* v);
  void EmitRecoveryReturn();
  void EmitRet(const std::vector<llvm::Value*>& vals, types::Pos pos);
  // Resolves what a call calls: code pointer, function type, context.
  struct Callee {
    llvm::FunctionType* type = nullptr;
    llvm::Value* code = nullptr;
    llvm::Value* ctx = nullptr;
  };
  Callee ResolveCallee(const ssa::Value* v, size_t* first_arg);
  // lower_iface.cpp
  llvm::Value* LowerMakeInterface(const ssa::Value* v);
  llvm::Value* LowerTypeAssert(const ssa::Value* v);
  llvm::Value* LowerChangeInterface(const ssa::Value* v);
  llvm::Value* IfaceTypeWord(llvm::Value* iface,
                             const Type* t);  // GoType* of dynamic type (or null)
  llvm::Value* ToEface(llvm::Value* x, const Type* t);
  // lower_maps.cpp
  llvm::Value* LowerMapOp(const ssa::Value* v);
  llvm::Value* LowerStringNext(const ssa::Value* v);
  void LowerPrint(const ssa::Value* v);
  llvm::Value* MakeMap(const ssa::Value* v);
  void InitStackMap(const ssa::Value* v, llvm::Value* header, llvm::Value* group);
  // lower_alloc.cpp: records the decision of Alloc `v` (listing.h): `allocas` are the stack
  // memory it got, `call` the runtime call that allocated it (heap); `extra` is appended
  // to the note (a co-allocated block's layout).
  void NoteAllocSite(const ssa::Value* v, const std::vector<llvm::AllocaInst*>& allocas,
                     llvm::CallInst* call, const std::string& extra = "");
  // lower_alloc.cpp: the data word of a heap box that needs no fresh memory
  // (a constant, a zero-size value, a small integer, ""), or null.
  llvm::Value* LowerSharedBox(const ssa::Value* v);

  ModuleLowering& ml_;
  const ssa::Func& f_;
  llvm::Function* fn_;
  llvm::IRBuilder<> b_;
  llvm::BasicBlock* entry_ = nullptr;  // allocas go here
  llvm::Instruction* alloca_point_ = nullptr;
  std::unordered_map<const ssa::Value*, llvm::Value*> vals_;
  std::unordered_map<const ssa::Block*, llvm::BasicBlock*> blocks_;  // first LLVM block
  std::unordered_map<const ssa::Block*, llvm::BasicBlock*>
      block_ends_;  // where the terminator went
  std::vector<std::pair<const ssa::Value*, llvm::PHINode*>> phis_;
  llvm::DISubprogram* sp_ = nullptr;
  // defer state (lower_calls.cpp)
  llvm::Value* defer_frame_ = nullptr;
  llvm::Value* region_slot_ = nullptr;  // SetUpRegion; null: f_ has no region sites
  // Co-allocation: each host site's block, once the first of its group is lowered.
  std::unordered_map<const ssa::Value*, llvm::Value*> coalloc_blocks_;
  // The initialising stores of boxes LowerSharedBox replaced: not emitted
  // (the box already holds the value, and may be read-only).
  std::unordered_set<const ssa::Value*> shared_box_stores_;
  int defer_count_ = 0;
  std::vector<const ssa::Value*> result_ptrs_;  // named results' Allocs (or nullptr)
  std::vector<llvm::Value*> result_slots_;      // per result: slot holding its address
  std::unordered_map<const ssa::Value*, llvm::Value*> result_slot_of_;
  // lower_maps.cpp: a MapUpdate whose MapLookup of the same key already got
  // the element slot from mapassign (read-modify-write with one lookup).
  std::unordered_map<const ssa::Value*, llvm::Value*> fused_map_slots_;
  std::vector<const ssa::Value*> NamedResultSlots();
  const ssa::Value* cur_ = nullptr;  // value being lowered (for error positions)
  // While an Alloc is lowered: the entry-block allocas made for it.
  std::vector<llvm::AllocaInst*>* site_allocas_ = nullptr;
};

template <class F>
void FuncLowering::CheckOrPanic(llvm::Value* fail_cond, F emit) {
  llvm::BasicBlock* fail = llvm::BasicBlock::Create(ml_.ctx(), "panic", fn_);
  llvm::BasicBlock* cont = llvm::BasicBlock::Create(ml_.ctx(), "ok", fn_);
  llvm::MDBuilder md(ml_.ctx());
  b_.CreateCondBr(fail_cond, fail, cont, md.createBranchWeights(1, 1u << 20));
  b_.SetInsertPoint(fail);
  emit();
  b_.CreateUnreachable();
  b_.SetInsertPoint(cont);
}

}  // namespace gosc::codegen
