// The builder's package level: BuildSsa, function and global declarations,
// and the small type helpers every file uses.
//
// Why it exists: SSA functions must exist before any body is built (calls
// refer to their callees, recursion included), so declaring them and naming
// them is done here once.
#include "ssa/build.h"
#include "ssa/builder/builder.h"

namespace gosc::ssa {
namespace builder {

void Fail(Pos pos, const std::string& message) { throw gosc::InternalError{pos, message}; }

const Type* Under(const Type* t) { return t ? t->Underlying() : nullptr; }

bool IsInterface(const Type* t) { return t && Under(t) && Under(t)->As<fe::Interface>(); }

const Type* ResultType(const fe::Signature* sig) {
  const fe::Tuple* r = sig->results();
  if (r->size() == 0) return nullptr;
  if (r->size() == 1) return r->At(0);
  return r;
}

const fe::Basic* AsBasic(const Type* t) {
  return t && Under(t) ? Under(t)->As<fe::Basic>() : nullptr;
}

bool IsPointerShaped(const Type* t) {
  const Type* u = Under(t);
  if (!u) return false;
  if (u->As<fe::Pointer>() || u->As<fe::Map>() || u->As<fe::Signature>()) return true;
  const fe::Basic* b = u->As<fe::Basic>();
  return b && b->basic() == fe::BasicKind::kUnsafePointer;
}

bool IsAggregate(const Type* t) {
  const Type* u = Under(t);
  return u && (u->As<fe::Struct>() || u->As<fe::Array>());
}

// ------------------------------------------------------------ ModuleBuilder

ModuleBuilder::ModuleBuilder(fe::Package& p) : pkg(p), types(p.types), mod(new Module) {
  mod->types = &types;
  mod->sources = pkg.sources;
}

Func* ModuleBuilder::FuncFor(const fe::Func* f) const {
  auto it = funcs_.find(f);
  return it == funcs_.end() ? nullptr : it->second;
}

Global* ModuleBuilder::GlobalFor(const fe::Var* v) {
  auto it = globals_.find(v);
  if (it != globals_.end()) return it->second;
  std::string prefix = v->pkg().empty() ? "main" : v->pkg();
  Global* g = mod->NewGlobal(prefix + "." + v->name(), v->type());
  g->pos = v->pos();
  g->var = const_cast<fe::Var*>(v);
  globals_[v] = g;
  return g;
}

const fe::Tuple* ModuleBuilder::TupleOf(const std::vector<const Type*>& ts) {
  auto it = tuples_.find(ts);
  if (it != tuples_.end()) return it->second;
  std::vector<fe::Var*> vars;
  for (const Type* t : ts)
    vars.push_back(types.NewObject<fe::Var>(Pos{}, "", t, fe::VarKind::kLocal));
  const fe::Tuple* tup = types.TupleOf(vars);
  tuples_[ts] = tup;
  return tup;
}

const fe::Struct* ModuleBuilder::EnvStruct(const std::vector<const Type*>& bindings) {
  std::vector<fe::Var*> fields;
  auto field = [&](const std::string& name, const Type* t) {
    fe::Var* f = types.NewObject<fe::Var>(Pos{}, name, t, fe::VarKind::kField);
    f->field_index = static_cast<int>(fields.size());
    fields.push_back(f);
  };
  field("F", UnsafePointer());
  for (size_t i = 0; i < bindings.size(); ++i) field("b" + std::to_string(i), bindings[i]);
  return types.NewStruct(fields);
}

const fe::Signature* ModuleBuilder::EmptySig() {
  return types.SignatureOf(nullptr, types.EmptyTuple(), types.EmptyTuple(), false);
}

void ModuleBuilder::DeclareFuncs() {
  for (fe::FuncDecl* d : pkg.funcs) {
    const fe::Func* obj = d->obj ? d->obj->As<fe::Func>() : nullptr;
    if (!obj) Fail(d->pos, "function declaration without a checked object");
    Func* f = mod->NewFunc(obj->FullName());
    f->obj = const_cast<fe::Func*>(obj);
    f->sig = obj->sig();
    f->pos = d->pos;
    funcs_[obj] = f;
  }
  int n = 0;
  for (fe::FuncDecl* d : pkg.init_funcs) {
    const fe::Func* obj = d->obj ? d->obj->As<fe::Func>() : nullptr;
    Func* f = mod->NewFunc("main.init." + std::to_string(n++));
    f->obj = const_cast<fe::Func*>(obj);
    f->sig = obj ? obj->sig() : EmptySig();
    f->pos = d->pos;
    if (obj) funcs_[obj] = f;
  }
}

std::unique_ptr<Module> ModuleBuilder::Build() {
  for (fe::Var* g : pkg.globals) GlobalFor(g);
  DeclareFuncs();
  if (pkg.main && pkg.main->obj) mod->main = FuncFor(pkg.main->obj->As<fe::Func>());
  Func* init = mod->NewFunc("main.init");
  init->sig = EmptySig();
  mod->init = init;
  for (fe::FuncDecl* d : pkg.funcs) {
    FuncBuilder fb(*this, FuncFor(d->obj->As<fe::Func>()));
    fb.BuildDecl(d);
  }
  for (fe::FuncDecl* d : pkg.init_funcs) {
    Func* f = d->obj ? FuncFor(d->obj->As<fe::Func>()) : nullptr;
    if (!f) Fail(d->pos, "init function without a checked object");
    FuncBuilder fb(*this, f);
    fb.BuildDecl(d);
  }
  {
    FuncBuilder fb(*this, init);
    fb.BuildInit();
  }
  CollectDescriptorTypes();
  return std::move(mod);
}

// Types whose runtime descriptors codegen must emit: the dynamic types put in
// interfaces and asserted, and map types (hashing goes through the
// descriptor). In first-use order over the functions, without duplicates.
void ModuleBuilder::CollectDescriptorTypes() {
  std::vector<const Type*>& out = mod->types_needing_descriptors;
  auto add = [&](const Type* t) {
    if (!t) return;
    for (const Type* u : out) {
      if (u == t || fe::Identical(u, t)) return;
    }
    out.push_back(t);
  };
  for (const auto& f : mod->funcs) {
    for (const auto& b : f->blocks) {
      for (const Value* v : b->values) {
        switch (v->op) {
          case Op::kMakeInterface:
          case Op::kTypeAssert: add(v->aux_type); break;
          case Op::kAlloc:
            if (v->alloc_site == AllocSite::kMakeMap || v->alloc_site == AllocSite::kMapLit) {
              add(v->type);
            }
            break;
          default: break;
        }
      }
    }
  }
}

}  // namespace builder

std::unique_ptr<Module> BuildSsa(frontend::Package& pkg) {
  builder::ModuleBuilder mb(pkg);
  return mb.Build();
}

}  // namespace gosc::ssa
