// Method sets, method wrappers, itabs and interface method calls.
//
// Why it exists: an interface value carries a data word (the value itself
// when pointer-shaped, else a pointer to a copy) and a GoType or GoItab.
// Every method reachable through an interface needs an entry that takes that
// data word: `fn(ptr data, params...)` (abi.def: fmt calls `String`/`Error`
// as `GoString fn(void*)`). The wrapper finds the real receiver — loading a
// value receiver, following embedded fields for promoted methods — and
// calls the method's compiled function, which takes the hidden context
// first like every Go function. Method sets follow the spec: T has its
// value-receiver methods, *T all of them; promoted methods come from the
// shallowest embedding depth, and same-depth duplicates cancel.
#include <algorithm>
#include <set>

#include "codegen/internal.h"

namespace gosc::codegen {

using types::TypeKind;

std::vector<MethodEntry> ModuleLowering::MethodSet(const Type* t) {
  const Type* base = t;
  if (auto* p = t->As<types::Pointer>()) base = p->elem();
  if (base->As<types::Pointer>() || base->Underlying()->As<types::Interface>()) return {};
  struct Cand {
    const Type* type;
    std::vector<int> path;
    bool via_ptr;
  };
  std::vector<Cand> level{{base, {}, false}};
  std::set<const Type*> seen;
  std::map<std::string, MethodEntry> result;
  std::set<std::string> blocked;
  while (!level.empty()) {
    std::map<std::string, std::pair<MethodEntry, int>> found;
    std::vector<Cand> next;
    for (const Cand& c : level) {
      auto add = [&](const types::Func* m, bool ptr_only) {
        auto& slot = found[m->name()];
        if (slot.second == 0) slot.first = MethodEntry{m->name(), m, c.path, ptr_only};
        ++slot.second;
      };
      if (const auto* named = c.type->As<types::Named>()) {
        if (!seen.insert(named).second) continue;
        for (const types::Func* m : named->methods()) add(m, m->ptr_recv && !c.via_ptr);
      }
      const Type* u = c.type->Underlying();
      if (!c.path.empty() && u->As<types::Interface>()) {
        for (const types::Func* m : u->As<types::Interface>()->AllMethods()) add(m, false);
      }
      if (const auto* st = u->As<types::Struct>()) {
        for (size_t i = 0; i < st->fields().size(); ++i) {
          const types::Var* f = st->fields()[i];
          if (!f->embedded) continue;
          const Type* ft = f->type();
          bool ptr = false;
          if (auto* p = ft->As<types::Pointer>()) {
            ft = p->elem();
            ptr = true;
          }
          std::vector<int> path = c.path;
          path.push_back(static_cast<int>(i));
          next.push_back({ft, std::move(path), c.via_ptr || ptr});
        }
      }
    }
    for (auto& [name, entry] : found) {
      if (result.count(name) || blocked.count(name)) continue;
      if (entry.second == 1) result[name] = entry.first;
      else blocked.insert(name);
    }
    level = std::move(next);
  }
  std::vector<MethodEntry> out;
  for (auto& [name, e] : result) out.push_back(e);  // std::map: sorted by name
  return out;
}

int ModuleLowering::IfaceMethodIndex(const Type* iface, const types::Func* m) {
  const auto* it = iface->Underlying()->As<types::Interface>();
  if (!it) Fail({}, "codegen: method call on non-interface " + iface->String());
  const auto& all = it->AllMethods();
  for (size_t i = 0; i < all.size(); ++i)
    if (all[i] == m || all[i]->name() == m->name()) return static_cast<int>(i);
  Fail({}, "codegen: interface " + iface->String() + " has no method " + m->name());
}

void EmitNilCheck(ModuleLowering& ml, llvm::IRBuilder<>& b, llvm::Value* p,
                  const types::Func* value_method) {
  llvm::Function* fn = b.GetInsertBlock()->getParent();
  auto* fail = llvm::BasicBlock::Create(ml.ctx(), "nil", fn);
  auto* ok = llvm::BasicBlock::Create(ml.ctx(), "nonnil", fn);
  llvm::MDBuilder md(ml.ctx());
  b.CreateCondBr(b.CreateIsNull(p), fail, ok, md.createBranchWeights(1, 1u << 20));
  b.SetInsertPoint(fail);
  if (value_method) {
    const types::Signature* sig = value_method->sig();
    const Type* recv = sig && sig->recv() ? sig->recv()->type() : nullptr;
    std::string type_name = recv ? recv->String() : "";
    type_name = type_name.substr(type_name.rfind('.') + 1);
    CallRuntime(ml, b, "gosc_panic_wrap",
                {b.CreateGlobalString(value_method->FullName()), b.CreateGlobalString(type_name)});
  } else {
    CallRuntime(ml, b, "gosc_panic_nil", {});
  }
  b.CreateUnreachable();
  b.SetInsertPoint(ok);
}

llvm::Value* EmitInvoke(ModuleLowering& ml, llvm::IRBuilder<>& b, llvm::Value* iface,
                        const Type* iface_type, const types::Func* m,
                        const std::vector<llvm::Value*>& args, const BigSlotFn& big_slot) {
  llvm::Value* tab = b.CreateExtractValue(iface, 0, "itab");
  llvm::Value* data = b.CreateExtractValue(iface, 1, "data");
  EmitNilCheck(ml, b, tab);
  int idx = ml.IfaceMethodIndex(iface_type, m);
  llvm::Value* slot = b.CreateConstInBoundsGEP1_64(ml.I8(), tab, 16 + 8 * idx);
  llvm::Value* code = b.CreateLoad(ml.Ptr(), slot, m->name());
  const types::Signature* sig = m->sig();
  llvm::FunctionType* ft = ml.MethodFuncType(sig);
  std::vector<llvm::Value*> call_args{data};
  call_args.insert(call_args.end(), args.begin(), args.end());
  llvm::Value* sret = nullptr;
  if (ml.ResultViaSret(sig)) {
    sret = big_slot(ml.ResultGoType(sig));
    call_args.push_back(sret);
  }
  if (call_args.size() != ft->getNumParams())
    Fail({}, "codegen: interface call of " + m->name() + " has the wrong argument count");
  llvm::Value* r = b.CreateCall(ft, code, call_args);
  return sret ? sret : r;
}

llvm::Function* ModuleLowering::MethodWrapper(const Type* recv_type, const MethodEntry& me) {
  llvm::GlobalVariable* key_desc = DescGlobal(recv_type);
  auto cached = wrappers_.find({key_desc, me.name});
  if (cached != wrappers_.end()) return cached->second;

  const types::Signature* sig = me.func->sig();
  llvm::FunctionType* ft = MethodFuncType(sig);
  bool sret = ResultViaSret(sig);
  auto* fn = llvm::Function::Create(ft, llvm::Function::PrivateLinkage,
                                    recv_type->String() + "." + me.name + "$iface", *mod_);
  wrappers_[{key_desc, me.name}] = fn;
  fn->addFnAttr("frame-pointer", "all");

  llvm::IRBuilder<> b(llvm::BasicBlock::Create(ctx_, "entry", fn));
  llvm::Value* data = fn->getArg(0);
  const Type* cur;
  llvm::Value* p;          // address of a `cur`
  bool maybe_nil = false;  // p came straight from the interface
  if (auto* pt = recv_type->As<types::Pointer>()) {
    cur = pt->elem();
    p = data;
    maybe_nil = true;
  } else if (IsDirectIface(recv_type)) {
    // The data word is the value itself; give it an address.
    cur = recv_type;
    p = b.CreateAlloca(LlvmType(recv_type));
    b.CreateStore(data, p);
  } else {
    cur = recv_type;
    p = data;
  }
  for (int idx : me.path) {
    const auto* st = cur->Underlying()->As<types::Struct>();
    if (!st) Fail({}, "codegen: bad promotion path for " + me.name);
    if (maybe_nil) EmitNilCheck(*this, b, p);
    p = b.CreateConstInBoundsGEP1_64(I8(), p, st->Offset(idx));
    const Type* ft = st->fields()[idx]->type();
    if (auto* fp = ft->As<types::Pointer>()) {
      p = b.CreateLoad(Ptr(), p);
      cur = fp->elem();
      maybe_nil = true;
    } else {
      cur = ft;
      maybe_nil = false;
    }
  }
  std::vector<llvm::Value*> args;
  for (size_t i = 1; i < fn->arg_size() - (sret ? 1 : 0); ++i) args.push_back(fn->getArg(i));
  llvm::Value* sret_arg = sret ? fn->getArg(fn->arg_size() - 1) : nullptr;
  BigSlotFn pass_sret = [&](const Type*) { return sret_arg; };
  llvm::Value* result = nullptr;
  const types::Func* m = me.func;
  if (m->is_interface_method) {
    llvm::Value* iv = b.CreateLoad(LlvmType(cur), p);
    result = EmitInvoke(*this, b, iv, cur, m, args, pass_sret);
  } else {
    llvm::Value* recv;
    if (m->ptr_recv) {
      recv = p;
    } else {
      // A value method of *T's own T: gc's wrapper reports the nil *T by name.
      if (maybe_nil) EmitNilCheck(*this, b, p, me.path.empty() ? m : nullptr);
      if (IsBig(cur)) {
        // A value receiver is a copy: the pointee may change under the call.
        recv = b.CreateAlloca(LlvmType(cur));
        EmitCopy(b, recv, p, cur);
      } else {
        recv = b.CreateLoad(LlvmType(cur), p);
      }
    }
    std::vector<llvm::Value*> call_args{recv};
    call_args.insert(call_args.end(), args.begin(), args.end());
    if (llvm::Function* callee = FuncForObj(m)) {
      call_args.insert(call_args.begin(), llvm::ConstantPointerNull::get(Ptr()));
      if (sret_arg) call_args.push_back(sret_arg);
      if (call_args.size() != callee->arg_size())
        Fail(m->pos(), "codegen: method " + m->FullName() + " takes a different argument count");
      result = b.CreateCall(callee, call_args);
    } else if (const RtEntry* e = RtByGoName(m->FullName())) {
      const types::Tuple* rs = sig->results();
      const Type* rt = rs->size() == 0 ? nullptr : rs->size() == 1 ? rs->At(0) : rs;
      result = EmitLibCall(*this, b, *e, call_args, rt,
                           [&](llvm::Type* t) { return b.CreateAlloca(t); });
    } else {
      Fail(m->pos(), "codegen: no code for method " + m->FullName());
    }
  }
  if (ft->getReturnType()->isVoidTy()) b.CreateRetVoid();
  else b.CreateRet(result);
  return fn;
}

llvm::Constant* ModuleLowering::Itab(const Type* concrete, const Type* iface) {
  llvm::GlobalVariable* cd = DescGlobal(concrete);
  llvm::GlobalVariable* id = DescGlobal(iface);
  auto it = itabs_.find({cd, id});
  if (it != itabs_.end()) return it->second;
  const auto* itype = iface->Underlying()->As<types::Interface>();
  if (!itype) Fail({}, "codegen: itab for non-interface " + iface->String());
  std::vector<MethodEntry> ms = MethodSet(concrete);
  bool is_ptr = concrete->As<types::Pointer>() != nullptr;
  std::vector<llvm::Constant*> fns;
  for (const types::Func* im : itype->AllMethods()) {
    auto found = std::find_if(ms.begin(), ms.end(), [&](const MethodEntry& e) {
      return e.name == im->name() && (is_ptr || !e.ptr_only);
    });
    if (found == ms.end())
      Fail({}, "codegen: " + concrete->String() + " does not implement " + iface->String() +
                   " (missing method " + im->name() + ")");
    const types::Func* m = found->func;
    if (!m->is_interface_method && !m->pkg().empty() && !RtByGoName(m->FullName())) {
      // A library method without a runtime entry (none today: the unit test
      // library_members_test requires one for every accepted member).
      fns.push_back(llvm::ConstantPointerNull::get(Ptr()));
      continue;
    }
    fns.push_back(MethodWrapper(concrete, *found));
  }
  auto* fns_ty = llvm::ArrayType::get(Ptr(), fns.size());
  auto* init = llvm::ConstantStruct::getAnon(ctx_, {cd, id, llvm::ConstantArray::get(fns_ty, fns)});
  auto* gv =
      new llvm::GlobalVariable(*mod_, init->getType(), true, llvm::GlobalValue::PrivateLinkage,
                               init, "itab:" + concrete->String() + "," + iface->String());
  gv->setAlignment(llvm::Align(8));
  itabs_[{cd, id}] = gv;
  return gv;
}

}  // namespace gosc::codegen
