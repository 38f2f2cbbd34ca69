// Module-level lowering: functions, globals, constants, program entry points
// and debug-info setup.
//
// Why it exists: it is the driver of lowering — it declares every SSA
// function first (so calls, func values and method tables can refer to any
// of them), lowers each body, then emits the descriptors that lowering asked
// for and the C-callable entry points the runtime's main() calls
// (gosc_main_init, gosc_main_main; abi.def).
#include <llvm/IR/Verifier.h>
#include <llvm/Transforms/Utils/ModuleUtils.h>

#include "codegen/internal.h"

namespace gosc::codegen {

ModuleLowering::ModuleLowering(const ssa::Module& m, const CodegenOptions& opts,
                               llvm::LLVMContext& ctx)
    : ssa_(m), opts_(opts), ctx_(ctx) {
  std::string name = opts.source_name.empty() ? "main" : opts.source_name;
  mod_ = std::make_unique<llvm::Module>(name, ctx_);
  tm_ = CreateTargetMachine(opts.opt_level);
  mod_->setTargetTriple(tm_->getTargetTriple().str());
  mod_->setDataLayout(tm_->createDataLayout());
  for (const RtEntry& e : RuntimeEntries()) {
    rt_by_symbol_[e.symbol] = &e;
    rt_by_go_name_[e.go_name] = &e;
  }
  for (const auto& f : m.funcs) {
    funcs_by_name_[f->name] = f.get();
    if (f->obj) funcs_by_obj_[f->obj] = f.get();
  }
}

ModuleLowering::~ModuleLowering() = default;

std::unique_ptr<llvm::Module> ModuleLowering::Run() {
  SetupDebugInfo();
  DeclareFunctions();
  LowerFunctions();
  EmitEntryPoints();
  if (opts_.listing) KeepFunctionsForListing();
  // Descriptors can ask for more descriptors (element types, method
  // wrappers' callees); drain the work list.
  while (!pending_descs_.empty()) {
    auto [t, gv] = pending_descs_.back();
    pending_descs_.pop_back();
    FillDescriptor(t, gv);
  }
  if (dib_) dib_->finalize();
  return std::move(mod_);
}

void ModuleLowering::SetupDebugInfo() {
  if (!opts_.debug_info && !opts_.listing) return;
  mod_->addModuleFlag(llvm::Module::Warning, "Debug Info Version", llvm::DEBUG_METADATA_VERSION);
  mod_->addModuleFlag(llvm::Module::Warning, "Dwarf Version", 4);
  dib_ = std::make_unique<llvm::DIBuilder>(*mod_);
  std::string file = opts_.source_name.empty() ? "main.go" : opts_.source_name;
  llvm::DIFile* f = dib_->createFile(file, ".");
  // DWARF has no Go language code older than DW_LANG_Go (0x16), which LLVM knows.
  // The listing without -g needs only the `.loc` directives it reads back,
  // not debug sections: DebugDirectivesOnly, which changes no code.
  // With -g the listing's stack-slot variables (lower_memory.cpp) are real
  // DWARF variables, which a line-tables-only unit cannot hold: LLVM's DWARF
  // writer then dereferences a missing DIE. Such a listing gets a full unit.
  auto kind = !opts_.debug_info ? llvm::DICompileUnit::DebugDirectivesOnly
              : opts_.listing   ? llvm::DICompileUnit::FullDebug
                                : llvm::DICompileUnit::LineTablesOnly;
  cu_ = dib_->createCompileUnit(llvm::dwarf::DW_LANG_Go, f, "gosc", opts_.opt_level > 0, "", 0, "",
                                kind);
}

// The listing shows one section per Go function, as `go tool compile -S`
// does, even for functions the optimiser would delete after inlining every
// call (their code then also appears, annotated, inside their callers).
// llvm.compiler.used keeps them without making them external.
void ModuleLowering::KeepFunctionsForListing() {
  std::vector<llvm::GlobalValue*> keep;
  for (const auto& f : ssa_.funcs) {
    if (f->blocks.empty()) continue;
    llvm::Function* fn = FuncFor(f.get());
    if (!fn->isDeclaration()) keep.push_back(fn);
  }
  llvm::appendToCompilerUsed(*mod_, keep);
}

llvm::DIFile* ModuleLowering::DIFileFor(int file) {
  auto it = di_files_.find(file);
  if (it != di_files_.end()) return it->second;
  std::string path = opts_.source_name.empty() ? "main.go" : opts_.source_name;
  if (opts_.sources && file >= 0 && static_cast<size_t>(file) < opts_.sources->size())
    path = opts_.sources->Path(file);
  std::string dir = ".";
  size_t slash = path.rfind('/');
  if (slash != std::string::npos) {
    dir = path.substr(0, slash);
    path = path.substr(slash + 1);
  }
  llvm::DIFile* f = dib_->createFile(path, dir);
  di_files_[file] = f;
  return f;
}

llvm::Function* ModuleLowering::FuncFor(const ssa::Func* f) {
  auto it = funcs_.find(f);
  if (it != funcs_.end()) return it->second;
  llvm::FunctionType* ft;
  if (f->sig) {
    ft = GoFuncType(f->sig);
  } else {
    // Synthesized functions (main.init) take only the context.
    ft = llvm::FunctionType::get(llvm::Type::getVoidTy(ctx_), {Ptr()}, false);
  }
  llvm::Function* fn = llvm::Function::Create(ft, llvm::Function::InternalLinkage, f->name, *mod_);
  fn->getArg(0)->setName("ctx");
  fn->addFnAttr("frame-pointer", "all");  // cheap, and makes -S listings and profilers happy
  funcs_[f] = fn;
  return fn;
}

llvm::Function* ModuleLowering::FuncByName(const std::string& name) {
  auto it = funcs_by_name_.find(name);
  return it == funcs_by_name_.end() ? nullptr : FuncFor(it->second);
}

llvm::Function* ModuleLowering::FuncForObj(const types::Func* obj) {
  auto it = funcs_by_obj_.find(obj);
  if (it != funcs_by_obj_.end()) return FuncFor(it->second);
  return FuncByName(obj->FullName());
}

void ModuleLowering::DeclareFunctions() {
  for (const auto& f : ssa_.funcs) FuncFor(f.get());
}

void ModuleLowering::LowerFunctions() {
  for (const auto& f : ssa_.funcs) {
    if (f->blocks.empty()) continue;  // declared only
    FuncLowering fl(*this, *f, FuncFor(f.get()));
    fl.Run();
  }
}

void ModuleLowering::EmitEntryPoints() {
  auto emit = [&](const char* name, const ssa::Func* target) {
    auto* ft = llvm::FunctionType::get(llvm::Type::getVoidTy(ctx_), false);
    auto* fn = llvm::Function::Create(ft, llvm::Function::ExternalLinkage, name, *mod_);
    llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx_, "entry", fn));
    if (target) {
      llvm::Function* callee = FuncFor(target);
      if (callee->arg_size() != 1)
        Fail(target->pos, "codegen: " + target->name + " must take no parameters");
      b.CreateCall(callee, {llvm::ConstantPointerNull::get(Ptr())});
    }
    b.CreateRetVoid();
  };
  const ssa::Func* init = ssa_.init;
  if (!init) {
    auto it = funcs_by_name_.find("main.init");
    if (it != funcs_by_name_.end()) init = it->second;
  }
  const ssa::Func* main = ssa_.main;
  if (!main) {
    auto it = funcs_by_name_.find("main.main");
    if (it != funcs_by_name_.end()) main = it->second;
  }
  if (!main) Fail({}, "codegen: the module has no main.main");
  emit("gosc_main_init", init);
  emit("gosc_main_main", main);
}

llvm::Constant* ModuleLowering::StaticFuncValue(llvm::Function* f) {
  auto it = static_fvs_.find(f);
  if (it != static_fvs_.end()) return it->second;
  // A func value is a pointer to a context whose first word is the code;
  // top-level functions share one constant context.
  auto* init = llvm::ConstantStruct::getAnon(ctx_, {f});
  auto* gv = new llvm::GlobalVariable(
      *mod_, init->getType(), true, llvm::GlobalValue::PrivateLinkage, init, f->getName() + "$fv");
  gv->setAlignment(llvm::Align(8));
  static_fvs_[f] = gv;
  return gv;
}

llvm::GlobalVariable* ModuleLowering::GlobalFor(const ssa::Global* g) {
  auto it = globals_.find(g);
  if (it != globals_.end()) return it->second;
  llvm::GlobalVariable* gv = nullptr;
  for (const RtEntry& v : RuntimeVars()) {
    if (v.go_name != g->name) continue;
    // A runtime-owned library variable (os.Args, os.Stdout): external.
    gv = mod_->getGlobalVariable(v.symbol);
    if (!gv)
      gv = new llvm::GlobalVariable(*mod_, LlvmType(g->type), false,
                                    llvm::GlobalValue::ExternalLinkage, nullptr, v.symbol);
    break;
  }
  if (!gv) {
    llvm::Type* t = LlvmType(g->type);
    gv = new llvm::GlobalVariable(*mod_, t, false, llvm::GlobalValue::InternalLinkage,
                                  llvm::Constant::getNullValue(t), g->name);
    gv->setAlignment(llvm::Align(std::max<int64_t>(g->type->Align(), 1)));
  }
  globals_[g] = gv;
  return gv;
}

llvm::Constant* ModuleLowering::StringConstant(const std::string& s) {
  auto it = strings_.find(s);
  if (it != strings_.end()) return it->second;
  llvm::Constant* data;
  if (s.empty()) {
    data = llvm::ConstantPointerNull::get(Ptr());
  } else {
    auto* arr = llvm::ConstantDataArray::getString(ctx_, s, /*AddNull=*/false);
    auto* gv = new llvm::GlobalVariable(*mod_, arr->getType(), true,
                                        llvm::GlobalValue::PrivateLinkage, arr, "str");
    gv->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
    gv->setAlignment(llvm::Align(1));
    data = gv;
  }
  auto* c =
      llvm::ConstantStruct::get(StringType(), {data, llvm::ConstantInt::get(I64(), s.size())});
  strings_[s] = c;
  return c;
}

llvm::Constant* ModuleLowering::CString(const std::string& s) {
  auto it = cstrings_.find(s);
  if (it != cstrings_.end()) return it->second;
  auto* arr = llvm::ConstantDataArray::getString(ctx_, s, /*AddNull=*/true);
  auto* gv = new llvm::GlobalVariable(*mod_, arr->getType(), true,
                                      llvm::GlobalValue::PrivateLinkage, arr, "cstr");
  gv->setUnnamedAddr(llvm::GlobalValue::UnnamedAddr::Global);
  gv->setAlignment(llvm::Align(1));
  cstrings_[s] = gv;
  return gv;
}

}  // namespace gosc::codegen
