// ParseAndCheck: the frontend's entry point, and the checker's top-level pass.
//
// Why it exists: it fixes the order of the whole frontend — read every file,
// parse every file (reporting all syntax errors), then check the package:
// collect package-level objects, check them in dependency order, check
// function bodies in source order, report unused imports, compute the
// package initialisation order — and fills the Package facts the SSA
// builder starts from.
#include <fstream>
#include <sstream>

#include "frontend/check/checker.h"

namespace gosc::frontend {

std::unique_ptr<Package> ParseAndCheck(const std::vector<std::string>& paths, SourceSet& sources,
                                       Diagnostics& diags) {
  auto pkg = std::make_unique<Package>();
  pkg->sources = &sources;
  for (const std::string& path : paths) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      diags.Error(Pos{}, "open " + path + ": no such file or directory");
      continue;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    int id = sources.Add(path, ss.str());
    pkg->files.push_back(ParseFile(sources, id, diags));
  }
  if (diags.HasErrors()) return nullptr;
  check::Checker checker(*pkg, diags);
  checker.Run();
  if (diags.HasErrors()) return nullptr;
  return pkg;
}

namespace check {

void Checker::Run() {
  InitUniverse();
  pkg_scope_ = NewScope(universe_);
  // gc requires every file to be package main (one package, an executable).
  std::string first;
  for (auto& f : pkg_.files) {
    if (!f->package_name) continue;
    if (first.empty()) {
      first = f->package_name->name;
    } else if (f->package_name->name != first) {
      Error(f->package_name->pos,
            "package " + f->package_name->name + "; expected package " + first);
    }
  }
  CollectObjects();
  CollectMethods();
  for (Object* obj : decl_order_) ObjDecl(obj);
  ReportPendingUnderlying();

  // Function bodies, in source order.
  size_t fi = 0;
  for (auto& file : pkg_.files) {
    (void)fi;
    for (FuncDecl* fd : file->funcs) {
      Func* f = fd->obj ? fd->obj->As<Func>() : nullptr;
      if (!f) continue;
      if (!fd->body) {
        Error(fd->name->pos, "missing function body");
        continue;
      }
      const Signature* sig = f->sig();
      auto it = func_scopes_.find(fd);
      if (!sig || it == func_scopes_.end()) continue;
      DeclInfo* d = decls_.count(f) ? decls_[f] : nullptr;
      cur_decl_ = d;
      FuncCtx ctx;
      ctx.sig = sig;
      FuncBody(&ctx, sig, fd->body, it->second, fd->name->name);
      cur_decl_ = nullptr;
      if (fd->name->name == "init" && !fd->recv) continue;
      if (fd->name->name == "main" && !fd->recv) pkg_.main = fd;
      pkg_.funcs.push_back(fd);
    }
  }
  for (PkgName* pn : imports_) {
    if (!pn->used) {
      if (pn->name() == pn->path) {
        Error(pn->pos(), "imported and not used: \"" + pn->path + "\"");
      } else {
        Error(pn->pos(), "imported and not used: \"" + pn->path + "\" as " + pn->name());
      }
    }
  }
  if (!pkg_.main && !diags_.HasErrors()) {
    bool is_main = first.empty() || first == "main";
    if (is_main) Error(Pos{}, "function main is undeclared in the main package");
  }
  for (Object* obj : decl_order_) {
    if (Var* v = obj->As<Var>(); v && v->name() != "_") {
      if (pkg_.globals.empty() || pkg_.globals.back() != v) pkg_.globals.push_back(v);
    }
  }
  InitOrder();
}

}  // namespace check
}  // namespace gosc::frontend
