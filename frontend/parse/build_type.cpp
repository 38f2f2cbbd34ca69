// AST building for type expressions: names, literals, signatures and parameter lists.
//
// Why here: parameter lists are the one place where the tree does not say what it means —
// `(a, b int)` and `(int, string)` both parse as entries of an optional name and a type — so
// the grouping rule (gc's: if any entry has a name, bare entries are names sharing the next
// type) lives next to the other type builders.
#include "frontend/parse/builder.h"

namespace gosc::frontend::parse {

Expr* AstBuilder::BuildType(G::Type_Context* ctx) {
  if (!ctx) return file_.New<BadExpr>(Pos{});
  if (ctx->typeName()) return BuildTypeName(ctx->typeName(), ctx->typeArgs());
  if (ctx->typeLit()) return BuildTypeLit(ctx->typeLit());
  // Parenthesized type.
  return file_.New<ParenExpr>(P(ctx->L_PAREN()), BuildType(ctx->type_()));
}

Expr* AstBuilder::BuildTypeName(G::TypeNameContext* ctx, G::TypeArgsContext* args) {
  auto ids = ctx->IDENTIFIER();
  Expr* x = MakeIdent(ids[0]);
  if (ids.size() > 1) {
    auto* sel = file_.New<SelectorExpr>(P(ctx->DOT()));
    sel->x = x;
    sel->sel = MakeIdent(ids[1]);
    x = sel;
  }
  if (args) {
    // An instantiated generic type: kept as an index expression so the checker can name it.
    auto* ix = file_.New<IndexExpr>(P(args->L_BRACKET()));
    ix->x = x;
    ix->index = BuildType(args->type_(0));
    x = ix;
  }
  return x;
}

Expr* AstBuilder::BuildTypeLit(G::TypeLitContext* ctx) {
  if (auto* a = ctx->arrayType()) return BuildArrayType(a);
  if (auto* s = ctx->sliceType()) return BuildSliceType(s);
  if (auto* s = ctx->structType()) return BuildStructType(s);
  if (auto* p = ctx->pointerType()) {
    return file_.New<StarExpr>(P(p->STAR()), BuildType(p->type_()));
  }
  if (auto* f = ctx->functionType()) return BuildSignature(P(f->FUNC()), f->signature());
  if (auto* i = ctx->interfaceType()) return BuildInterfaceType(i);
  if (auto* m = ctx->mapType()) return BuildMapType(m);
  if (auto* c = ctx->channelType()) return BuildChanType(c);
  return file_.New<BadExpr>(Start(ctx));
}

Expr* AstBuilder::BuildArrayType(G::ArrayTypeContext* ctx) {
  auto* a = file_.New<ArrayTypeExpr>(P(ctx->L_BRACKET()));
  if (ctx->ELLIPSIS()) {
    a->len = file_.New<EllipsisExpr>(P(ctx->ELLIPSIS()));
  } else {
    a->len = BuildExpr(ctx->expression());
  }
  a->elem = BuildType(ctx->type_());
  return a;
}

Expr* AstBuilder::BuildSliceType(G::SliceTypeContext* ctx) {
  auto* a = file_.New<ArrayTypeExpr>(P(ctx->L_BRACKET()));
  a->elem = BuildType(ctx->type_());
  return a;
}

Expr* AstBuilder::BuildMapType(G::MapTypeContext* ctx) {
  auto* m = file_.New<MapTypeExpr>(P(ctx->MAP()));
  m->key = BuildType(ctx->type_(0));
  m->value = BuildType(ctx->type_(1));
  return m;
}

Expr* AstBuilder::BuildChanType(G::ChannelTypeContext* ctx) {
  Pos p = ctx->CHAN() ? P(ctx->CHAN()) : Start(ctx);
  if (ctx->RECEIVE() &&
      ctx->RECEIVE()->getSymbol()->getTokenIndex() < ctx->CHAN()->getSymbol()->getTokenIndex()) {
    p = P(ctx->RECEIVE());
  }
  auto* c = file_.New<ChanTypeExpr>(p);
  c->elem = BuildType(ctx->type_());
  return c;
}

Expr* AstBuilder::BuildStructType(G::StructTypeContext* ctx) {
  auto* s = file_.New<StructTypeExpr>(P(ctx->STRUCT()));
  for (auto* fd : ctx->fieldDecl()) {
    Field f;
    f.pos = Start(fd);
    if (fd->identifierList()) {
      for (auto* id : fd->identifierList()->IDENTIFIER()) f.names.push_back(MakeIdent(id));
      f.type = BuildType(fd->type_());
    } else {
      auto* emb = fd->embeddedField();
      Expr* t = BuildTypeName(emb->typeName(), emb->typeArgs());
      if (emb->STAR()) t = file_.New<StarExpr>(P(emb->STAR()), t);
      f.type = t;
    }
    if (fd->tag) {
      f.has_tag = true;
      f.tag = fd->tag->getText();
    }
    s->fields.push_back(std::move(f));
  }
  return s;
}

Expr* AstBuilder::BuildInterfaceType(G::InterfaceTypeContext* ctx) {
  auto* it = file_.New<InterfaceTypeExpr>(P(ctx->INTERFACE()));
  for (auto* el : ctx->interfaceElem()) {
    Field f;
    f.pos = Start(el);
    if (el->IDENTIFIER()) {
      f.names.push_back(MakeIdent(el->IDENTIFIER()));
      f.type = BuildSignature(P(el->IDENTIFIER()), el->signature());
    } else {
      auto* c = el->typeConstraint();
      // `~T` and `A | B` are type-set elements (constraints): only generics use them.
      if (c->TILDE().size() > 0 || c->type_().size() > 1) {
        Error(f.pos, "type constraints are not supported (generics)");
      }
      f.type = BuildType(c->type_(0));
    }
    it->methods.push_back(std::move(f));
  }
  return it;
}

FuncTypeExpr* AstBuilder::BuildSignature(Pos func_pos, G::SignatureContext* ctx) {
  auto* ft = file_.New<FuncTypeExpr>(func_pos);
  ft->params = BuildParams(ctx->parameters());
  if (auto* r = ctx->result()) {
    if (r->parameters()) {
      ft->results = BuildParams(r->parameters());
    } else {
      Field f;
      f.pos = Start(r);
      f.type = BuildType(r->type_());
      ft->results.push_back(std::move(f));
    }
  }
  return ft;
}

std::vector<Field> AstBuilder::BuildParams(G::ParametersContext* ctx) {
  struct Entry {
    G::ParameterDeclContext* ctx;
    Ident* name;
    Expr* type;
  };
  std::vector<Entry> entries;
  bool any_named = false;
  for (auto* pd : ctx->parameterDecl()) {
    Entry e{pd, nullptr, BuildType(pd->type_())};
    if (pd->IDENTIFIER()) {
      e.name = MakeIdent(pd->IDENTIFIER());
      any_named = true;
    }
    if (pd->ELLIPSIS()) {
      auto* el = file_.New<EllipsisExpr>(P(pd->ELLIPSIS()));
      el->elem = e.type;
      e.type = el;
    }
    entries.push_back(e);
  }
  std::vector<Field> out;
  if (!any_named) {
    for (const Entry& e : entries) {
      Field f;
      f.pos = Start(e.ctx);
      f.type = e.type;
      out.push_back(std::move(f));
    }
    return out;
  }
  // Named list: bare entries must be plain identifiers; they are names that share the type
  // of the next entry that has one (`a, b int`).
  Field pending;
  for (const Entry& e : entries) {
    if (pending.names.empty()) pending.pos = Start(e.ctx);
    if (!e.name) {
      auto* id = e.type->As<Ident>();
      if (!id) {
        Error(Start(e.ctx), "syntax error: mixed named and unnamed parameters");
        continue;
      }
      pending.names.push_back(id);
      continue;
    }
    pending.names.push_back(e.name);
    pending.type = e.type;
    out.push_back(std::move(pending));
    pending = Field{};
  }
  if (!pending.names.empty()) {
    // Trailing bare names without a type: report at the last one, as gc does.
    Error(pending.names.back()->pos, "syntax error: mixed named and unnamed parameters");
    pending.type = file_.New<BadExpr>(pending.names.back()->pos);
    out.push_back(std::move(pending));
  }
  return out;
}

}  // namespace gosc::frontend::parse
