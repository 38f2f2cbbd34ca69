// Runtime entry points: the table read from runtime/abi.def, their LLVM
// declarations, and calls with abi.def's parameter flattening.
//
// Why it exists: compiled code reaches the runtime only through the entries
// of abi.def, whose parameter types are chosen so that a flattened LLVM
// declaration and the C definition agree under the x86-64 SysV ABI (a Go
// string is two parameters, a slice three; str/iface/pair results come back
// in rax:rdx). This file turns the abi.def text into declarations once and
// does the flattening, so every other lowering calls the runtime by symbol.
#include <llvm/IR/Attributes.h>

#include <functional>

#include "codegen/internal.h"

namespace gosc::codegen {

namespace {
struct RawEntry {
  const char* symbol;
  const char* go_name;
  const char* ret;
  const char* params;
  bool is_var;
};

const RawEntry kRawEntries[] = {
#define GOSC_RT(symbol, go_name, ret, params) {#symbol, go_name, #ret, #params, false},
#define GOSC_RT_VAR(symbol, go_name, type) {#symbol, go_name, #type, "", true},
#include "runtime/abi.def"
#undef GOSC_RT
#undef GOSC_RT_VAR
};

// "(ptr, i64, str)" -> {"ptr", "i64", "str"}
std::vector<std::string> SplitParams(const std::string& text) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : text) {
    if (c == '(' || c == ')' || c == ' ') continue;
    if (c == ',') {
      out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

std::vector<RtEntry> BuildEntries(bool vars) {
  std::vector<RtEntry> out;
  for (const RawEntry& r : kRawEntries) {
    if (r.is_var != vars) continue;
    out.push_back(RtEntry{r.symbol, r.go_name, r.ret, SplitParams(r.params)});
  }
  return out;
}
}  // namespace

// Storage sizes abi.def asks codegen to reserve.
const int kDeferFrameSize = GOSC_DEFER_FRAME_SIZE;
const int kDeferJmpbufOffset = GOSC_DEFER_JMPBUF_OFFSET;
const int kMapHeaderSize = GOSC_MAP_HEADER_SIZE;
const int kRegionSize = GOSC_REGION_SIZE;
const int kMapIterSize = GOSC_MAP_ITER_SIZE;
const int kMapGroupSlots = GOSC_MAP_GROUP_SLOTS;
const int kMapGroupCtrlSize = GOSC_MAP_GROUP_CTRL_SIZE;
const int kMapSmallCapacity = GOSC_MAP_SMALL_CAPACITY;
const int kMapHeaderCountOffset = GOSC_MAP_HEADER_COUNT_OFFSET;
const int kMapHeaderTypeOffset = GOSC_MAP_HEADER_TYPE_OFFSET;
const int kMapHeaderGroupsOffset = GOSC_MAP_HEADER_GROUPS_OFFSET;
const int kMapHeaderSeedOffset = GOSC_MAP_HEADER_SEED_OFFSET;
const int kMapHeaderGrowthLeftOffset = GOSC_MAP_HEADER_GROWTH_LEFT_OFFSET;
const int kMapHeaderGroupMaskOffset = GOSC_MAP_HEADER_GROUP_MASK_OFFSET;
const int kMapHeaderElemSizeOffset = GOSC_MAP_HEADER_ELEM_SIZE_OFFSET;

const std::vector<RtEntry>& RuntimeEntries() {
  static const std::vector<RtEntry> entries = BuildEntries(false);
  return entries;
}

const std::vector<RtEntry>& RuntimeVars() {
  static const std::vector<RtEntry> vars = BuildEntries(true);
  return vars;
}

[[noreturn]] void Fail(types::Pos pos, const std::string& msg) {
  throw InternalError{pos, msg.rfind("codegen: ", 0) == 0 ? msg.substr(9) : msg};
}

static bool IsNoReturn(const std::string& sym) {
  return sym == "gosc_panic" || sym.rfind("gosc_panic_", 0) == 0 || sym == "gosc_os_Exit";
}

llvm::FunctionType* ModuleLowering::RtFuncType(const RtEntry& e) {
  std::vector<llvm::Type*> params;
  for (const std::string& p : e.params) {
    if (p == "str") {
      params.push_back(Ptr());
      params.push_back(I64());
    } else if (p == "iface") {
      params.push_back(Ptr());
      params.push_back(Ptr());
    } else if (p == "slice") {
      params.push_back(Ptr());
      params.push_back(I64());
      params.push_back(I64());
    } else if (p == "bool" || p == "i8") {
      params.push_back(I8());
    } else if (p == "i16") {
      params.push_back(llvm::Type::getInt16Ty(ctx_));
    } else if (p == "i32") {
      params.push_back(I32());
    } else if (p == "i64") {
      params.push_back(I64());
    } else if (p == "f32") {
      params.push_back(llvm::Type::getFloatTy(ctx_));
    } else if (p == "f64") {
      params.push_back(llvm::Type::getDoubleTy(ctx_));
    } else if (p == "ptr") {
      params.push_back(Ptr());
    } else {
      Fail({}, "codegen: unknown abi.def parameter type '" + p + "' in " + e.symbol);
    }
  }
  llvm::Type* ret = nullptr;
  const std::string& r = e.ret;
  if (r == "void") ret = llvm::Type::getVoidTy(ctx_);
  else if (r == "bool" || r == "i8") ret = I8();
  else if (r == "i16") ret = llvm::Type::getInt16Ty(ctx_);
  else if (r == "i32") ret = I32();
  else if (r == "i64") ret = I64();
  else if (r == "f32") ret = llvm::Type::getFloatTy(ctx_);
  else if (r == "f64") ret = llvm::Type::getDoubleTy(ctx_);
  else if (r == "ptr") ret = Ptr();
  else if (r == "str") ret = StringType();
  else if (r == "iface") ret = IfaceType();
  else if (r == "pair") ret = llvm::StructType::get(ctx_, {I64(), I64()});
  else Fail({}, "codegen: unknown abi.def result type '" + r + "' in " + e.symbol);
  return llvm::FunctionType::get(ret, params, false);
}

bool ModuleLowering::HasRt(const std::string& symbol) const {
  return rt_by_symbol_.count(symbol) != 0;
}

const RtEntry* ModuleLowering::RtByGoName(const std::string& go_name) const {
  auto it = rt_by_go_name_.find(go_name);
  return it == rt_by_go_name_.end() ? nullptr : it->second;
}

llvm::FunctionCallee ModuleLowering::Rt(const std::string& symbol) {
  auto cached = rt_cache_.find(symbol);
  if (cached != rt_cache_.end()) return cached->second;
  llvm::FunctionType* ft = nullptr;
  auto it = rt_by_symbol_.find(symbol);
  if (it != rt_by_symbol_.end()) {
    ft = RtFuncType(*it->second);
  } else if (symbol == "_setjmp") {
    ft = llvm::FunctionType::get(I32(), {Ptr()}, false);
  } else {
    Fail({}, "codegen: runtime entry " + symbol + " is not in runtime/abi.def");
  }
  llvm::Function* f = mod_->getFunction(symbol);
  if (!f) {
    f = llvm::Function::Create(ft, llvm::Function::ExternalLinkage, symbol, *mod_);
    f->addFnAttr(llvm::Attribute::NoUnwind);
    if (symbol == "_setjmp") f->addFnAttr(llvm::Attribute::ReturnsTwice);
    if (IsNoReturn(symbol)) f->addFnAttr(llvm::Attribute::NoReturn);
    if (it != rt_by_symbol_.end()) {
      // bool/i8 parameters: extend as C callers do.
      unsigned idx = 0;
      for (const std::string& p : it->second->params) {
        if (p == "bool" || p == "i8") f->addParamAttr(idx, llvm::Attribute::ZExt);
        if (p == "i16") f->addParamAttr(idx, llvm::Attribute::SExt);
        idx += p == "str" || p == "iface" ? 2 : p == "slice" ? 3 : 1;
      }
      if (it->second->ret == "bool") f->addRetAttr(llvm::Attribute::ZExt);
    }
  }
  llvm::FunctionCallee fc(ft, f);
  rt_cache_[symbol] = fc;
  return fc;
}

// Flattens Go-level LLVM values (strings, interfaces and slices are
// first-class structs in compiled code) into the runtime's scalar params.
static void Flatten(llvm::IRBuilder<>& b, llvm::Value* v, std::vector<llvm::Value*>& out) {
  if (auto* st = llvm::dyn_cast<llvm::StructType>(v->getType())) {
    for (unsigned i = 0; i < st->getNumElements(); ++i) out.push_back(b.CreateExtractValue(v, i));
  } else {
    out.push_back(v);
  }
}

llvm::CallInst* CallRuntime(ModuleLowering& ml, llvm::IRBuilder<>& b, const std::string& symbol,
                            std::vector<llvm::Value*> args) {
  llvm::FunctionCallee fc = ml.Rt(symbol);
  std::vector<llvm::Value*> flat;
  for (llvm::Value* a : args) Flatten(b, a, flat);
  llvm::FunctionType* ft = fc.getFunctionType();
  if (flat.size() != ft->getNumParams())
    Fail({}, "codegen: wrong argument count for runtime entry " + symbol);
  for (size_t i = 0; i < flat.size(); ++i) {
    llvm::Type* want = ft->getParamType(i);
    llvm::Value*& a = flat[i];
    if (a->getType() == want) continue;
    if (a->getType()->isIntegerTy() && want->isIntegerTy()) {
      a = b.CreateSExtOrTrunc(a, want);
    } else {
      Fail({}, "codegen: argument type mismatch calling runtime entry " + symbol);
    }
  }
  llvm::CallInst* call = b.CreateCall(fc, flat);
  if (llvm::cast<llvm::Function>(fc.getCallee())->doesNotReturn()) call->setDoesNotReturn();
  return call;
}

llvm::CallInst* FuncLowering::CallRt(const std::string& symbol, std::vector<llvm::Value*> args) {
  return CallRuntime(ml_, b_, symbol, std::move(args));
}

// A library function of the subset (fmt.Println, strings.Split, ...) or a
// library method (strings.(*Builder).WriteString): flatten each Go argument
// per abi.def, pass an out-pointer when the runtime writes the results, and
// rebuild the Go result (missing trailing results, such as fmt.Println's
// always-nil error, are zero). `alloca` makes the out-pointer's slot.
llvm::Value* EmitLibCall(ModuleLowering& ml, llvm::IRBuilder<>& b, const RtEntry& e,
                         const std::vector<llvm::Value*>& args, const Type* result_type,
                         const std::function<llvm::Value*(llvm::Type*)>& make_slot) {
  const types::Tuple* results = result_type ? result_type->As<types::Tuple>() : nullptr;
  std::vector<const Type*> rtypes;
  if (results) {
    for (size_t i = 0; i < results->size(); ++i) rtypes.push_back(results->At(i));
  } else if (result_type) {
    rtypes.push_back(result_type);
  }
  bool out_ptr = e.params.size() == args.size() + 1 && !e.params.empty() && e.params[0] == "ptr";
  std::vector<llvm::Value*> call_args;
  llvm::Value* out = nullptr;
  llvm::Type* out_type = nullptr;
  if (out_ptr) {
    std::vector<llvm::Type*> elems;
    for (const Type* t : rtypes) elems.push_back(ml.LlvmType(t));
    out_type = llvm::StructType::get(ml.ctx(), elems);
    out = make_slot(out_type);
    b.CreateStore(llvm::Constant::getNullValue(out_type), out);
    call_args.push_back(out);
  } else if (e.params.size() != args.size()) {
    Fail({}, "codegen: " + e.go_name + " takes " + std::to_string(e.params.size()) +
                 " runtime parameters, the call has " + std::to_string(args.size()));
  }
  for (size_t i = 0; i < args.size(); ++i) {
    llvm::Value* a = args[i];
    const std::string& want = e.params[i + (out_ptr ? 1 : 0)];
    // An io.Writer argument (os.Stdout) goes to the runtime as its data word.
    if (want == "ptr" && a->getType() == ml.IfaceType()) a = b.CreateExtractValue(a, 1);
    call_args.push_back(a);
  }
  llvm::CallInst* call = CallRuntime(ml, b, e.symbol, call_args);
  std::vector<llvm::Value*> comps;
  if (out_ptr) {
    llvm::Value* agg = b.CreateLoad(out_type, out);
    for (size_t i = 0; i < rtypes.size(); ++i) comps.push_back(b.CreateExtractValue(agg, i));
  } else if (e.ret != "void" && !rtypes.empty()) {
    llvm::Value* r = call;
    if (e.ret == "pair" && rtypes.size() >= 2) {
      for (unsigned i = 0; i < 2; ++i) {
        llvm::Value* c = b.CreateExtractValue(r, i);
        llvm::Type* want = ml.LlvmType(rtypes[i]);
        comps.push_back(want->isIntegerTy() ? b.CreateTrunc(c, want) : c);
      }
    } else {
      llvm::Type* want = ml.LlvmType(rtypes[0]);
      if (r->getType() != want) {
        if (r->getType()->isIntegerTy() && want->isIntegerTy()) {
          r = b.CreateSExtOrTrunc(r, want);
        } else {
          Fail({}, "codegen: result type mismatch for " + e.go_name);
        }
      }
      comps.push_back(r);
    }
  }
  while (comps.size() < rtypes.size())
    comps.push_back(llvm::Constant::getNullValue(ml.LlvmType(rtypes[comps.size()])));
  if (rtypes.empty()) return nullptr;
  if (!results) return comps[0];
  llvm::Value* agg = llvm::UndefValue::get(ml.LlvmType(result_type));
  for (size_t i = 0; i < comps.size(); ++i) agg = b.CreateInsertValue(agg, comps[i], i);
  return agg;
}

}  // namespace gosc::codegen
