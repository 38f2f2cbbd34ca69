// AST building for the file level: package clause, imports, const/var/type declarations and
// functions, plus the builder's shared helpers (positions, source text, token spelling).
//
// Why here: these are the pieces that fill File's lists (imports, decls, funcs, order) and the
// per-spec facts the checker relies on (ValueSpec::iota, omitted const values kept empty).
#include "frontend/parse/builder.h"
#include "frontend/parse/syntax_errors.h"

namespace gosc::frontend::parse {

Pos AstBuilder::P(antlr4::Token* t) const {
  if (!t) return Pos{};
  return map_.At(t->getStartIndex());  // EOF's index is the input size: the end position
}

std::string AstBuilder::SourceText(antlr4::ParserRuleContext* ctx) const {
  antlr4::Token* a = ctx->getStart();
  antlr4::Token* b = ctx->getStop();
  if (!a || !b || b->getType() == antlr4::Token::EOF) return "";
  size_t begin = map_.ByteOffset(a->getStartIndex());
  size_t end = map_.ByteOffset(b->getStopIndex() + 1);
  if (end <= begin || end > text_.size()) return "";
  return text_.substr(begin, end - begin);
}

void AstBuilder::Error(Pos p, std::string message) { diags_.Error(p, std::move(message)); }

std::string AstBuilder::TokenDesc(antlr4::Token* t) const { return DescribeToken(t); }

Ident* AstBuilder::MakeIdent(antlr4::tree::TerminalNode* n) {
  return file_.New<Ident>(P(n), n->getText());
}

void AstBuilder::BuildFile(G::SourceFileContext* ctx) {
  file_.package_name = MakeIdent(ctx->packageClause()->IDENTIFIER());
  for (auto* imp : ctx->importDecl()) file_.imports.push_back(BuildImportDecl(imp));
  for (auto* top : ctx->topLevelDecl()) {
    if (auto* d = top->declaration()) {
      file_.decls.push_back(BuildDeclaration(d));
      file_.order.emplace_back(false, file_.decls.size() - 1);
    } else if (auto* f = top->functionDecl()) {
      file_.funcs.push_back(BuildFuncDecl(f));
      file_.order.emplace_back(true, file_.funcs.size() - 1);
    }
  }
}

GenDecl* AstBuilder::BuildImportDecl(G::ImportDeclContext* ctx) {
  auto* d = file_.New<GenDecl>();
  d->kind = DeclKind::kImport;
  d->pos = P(ctx->IMPORT());
  for (auto* spec : ctx->importSpec()) {
    ImportSpec s;
    s.pos = Start(spec);
    if (spec->IDENTIFIER()) s.name = MakeIdent(spec->IDENTIFIER());
    if (spec->DOT()) s.name = file_.New<Ident>(P(spec->DOT()), ".");
    auto* lit = spec->STRING_LIT() ? spec->STRING_LIT() : spec->RAW_STRING_LIT();
    std::string path = lit->getText();
    if (path.size() >= 2) path = path.substr(1, path.size() - 2);
    if (path.empty()) Error(P(lit), "invalid import path: " + lit->getText());
    s.path = path;
    d->imports.push_back(std::move(s));
  }
  return d;
}

GenDecl* AstBuilder::BuildDeclaration(G::DeclarationContext* ctx) {
  auto* d = file_.New<GenDecl>();
  if (auto* c = ctx->constDecl()) {
    d->kind = DeclKind::kConst;
    d->pos = P(c->CONST());
    int iota = 0;
    for (auto* spec : c->constSpec()) {
      ValueSpec v;
      v.pos = Start(spec);
      for (auto* id : spec->identifierList()->IDENTIFIER()) v.names.push_back(MakeIdent(id));
      if (spec->type_()) v.type = BuildType(spec->type_());
      if (spec->expressionList()) v.values = BuildExprList(spec->expressionList());
      // Omitted values stay empty: the checker repeats the previous list (and reports a
      // missing one in its own words, as types2 does).
      v.iota = iota++;
      d->values.push_back(std::move(v));
    }
  } else if (auto* vd = ctx->varDecl()) {
    d->kind = DeclKind::kVar;
    d->pos = P(vd->VAR());
    for (auto* spec : vd->varSpec()) {
      ValueSpec v;
      v.pos = Start(spec);
      for (auto* id : spec->identifierList()->IDENTIFIER()) v.names.push_back(MakeIdent(id));
      if (spec->type_()) v.type = BuildType(spec->type_());
      if (spec->expressionList()) v.values = BuildExprList(spec->expressionList());
      d->values.push_back(std::move(v));
    }
  } else if (auto* td = ctx->typeDecl()) {
    d->kind = DeclKind::kType;
    d->pos = P(td->TYPE());
    for (auto* spec : td->typeSpec()) {
      TypeSpec t;
      t.pos = P(spec->IDENTIFIER());
      t.name = MakeIdent(spec->IDENTIFIER());
      t.is_alias = spec->ASSIGN() != nullptr;
      t.has_type_params = spec->typeParameters() != nullptr;
      t.type = BuildType(spec->type_());
      d->types.push_back(std::move(t));
    }
  }
  return d;
}

FuncDecl* AstBuilder::BuildFuncDecl(G::FunctionDeclContext* ctx) {
  auto* f = file_.New<FuncDecl>();
  f->pos = P(ctx->FUNC());
  f->name = MakeIdent(ctx->IDENTIFIER());
  if (ctx->receiver) {
    std::vector<Field> recv = BuildParams(ctx->receiver);
    if (recv.empty()) {
      Error(P(ctx->receiver->L_PAREN()), "method has no receiver");
    } else {
      size_t count = 0;
      for (const Field& r : recv) count += r.names.empty() ? 1 : r.names.size();
      if (count > 1) Error(P(ctx->receiver->L_PAREN()), "method has multiple receivers");
      f->recv = file_.New<Field>(recv[0]);
      if (f->recv->names.size() > 1) f->recv->names.resize(1);
    }
  }
  f->sig = BuildSignature(f->pos, ctx->signature());
  f->sig->has_type_params = ctx->typeParameters() != nullptr;
  if (ctx->block()) f->body = BuildBlock(ctx->block());
  return f;
}

}  // namespace gosc::frontend::parse
