// AST building for expressions.
//
// Why here: expression positions are what -m output and diagnostics quote, so this file is
// where gc's conventions (escape/README.md) are applied: calls at '(', composite literals at
// '{', `&T{}` at '&', selectors and type assertions at '.', index/slice at '[', binary
// expressions at their operator, function literals at 'func'. Literal text is kept verbatim;
// the checker evaluates it.
#include "frontend/parse/builder.h"

namespace gosc::frontend::parse {

using gosc_antlr::GoLexer;

namespace {

Token BinaryToken(size_t type) {
  switch (type) {
    case GoLexer::PLUS: return Token::kAdd;
    case GoLexer::MINUS: return Token::kSub;
    case GoLexer::STAR: return Token::kMul;
    case GoLexer::DIV: return Token::kQuo;
    case GoLexer::MOD: return Token::kRem;
    case GoLexer::AMPERSAND: return Token::kAnd;
    case GoLexer::OR: return Token::kOr;
    case GoLexer::CARET: return Token::kXor;
    case GoLexer::LSHIFT: return Token::kShl;
    case GoLexer::RSHIFT: return Token::kShr;
    case GoLexer::BIT_CLEAR: return Token::kAndNot;
    case GoLexer::LOGICAL_AND: return Token::kLAnd;
    case GoLexer::LOGICAL_OR: return Token::kLOr;
    case GoLexer::EQUALS: return Token::kEql;
    case GoLexer::NOT_EQUALS: return Token::kNeq;
    case GoLexer::LESS: return Token::kLss;
    case GoLexer::LESS_OR_EQUALS: return Token::kLeq;
    case GoLexer::GREATER: return Token::kGtr;
    case GoLexer::GREATER_OR_EQUALS: return Token::kGeq;
    case GoLexer::EXCLAMATION: return Token::kNot;
    case GoLexer::RECEIVE: return Token::kArrow;
    default: return Token::kIllegal;
  }
}

}  // namespace

std::vector<Expr*> AstBuilder::BuildExprList(G::ExpressionListContext* ctx) {
  std::vector<Expr*> out;
  if (!ctx) return out;
  for (auto* e : ctx->expression()) out.push_back(BuildExpr(e));
  return out;
}

Expr* AstBuilder::BuildExpr(G::ExpressionContext* ctx) {
  if (!ctx) return file_.New<BadExpr>(Pos{});
  // Left-recursive binary chains nest on the left; iterate down that spine so a long
  // `a + b + c + ...` does not recurse once per operand.
  if (auto* b = dynamic_cast<G::BinaryContext*>(ctx)) {
    std::vector<G::BinaryContext*> spine;
    G::ExpressionContext* cur = b;
    while (auto* bb = dynamic_cast<G::BinaryContext*>(cur)) {
      spine.push_back(bb);
      cur = bb->expression(0);
    }
    Expr* x = BuildExpr(cur);
    for (auto it = spine.rbegin(); it != spine.rend(); ++it) {
      Expr* y = BuildExpr((*it)->expression(1));
      x = file_.New<BinaryExpr>(P((*it)->op), BinaryToken((*it)->op->getType()), x, y);
    }
    return x;
  }
  if (auto* u = dynamic_cast<G::UnaryContext*>(ctx)) {
    Expr* x = BuildExpr(u->expression());
    Pos p = P(u->op);
    if (u->op->getType() == GoLexer::STAR) return file_.New<StarExpr>(p, x);
    if (u->op->getType() == GoLexer::AMPERSAND) return file_.New<UnaryExpr>(p, Token::kAnd, x);
    if (u->op->getType() == GoLexer::RECEIVE) {
      // `<-chan T` parses as a receive from a channel type; it is a channel type either way,
      // and the checker rejects both by name.
      return file_.New<UnaryExpr>(p, Token::kArrow, x);
    }
    return file_.New<UnaryExpr>(p, BinaryToken(u->op->getType()), x);
  }
  if (auto* p = dynamic_cast<G::PrimaryContext*>(ctx)) return BuildPrimary(p->primaryExpr());
  return file_.New<BadExpr>(Start(ctx));
}

Expr* AstBuilder::BuildPrimary(G::PrimaryExprContext* ctx) {
  if (auto* o = dynamic_cast<G::OperandExprContext*>(ctx)) return BuildOperand(o->operand());
  if (auto* s = dynamic_cast<G::SelectorExprContext*>(ctx)) {
    auto* sel = file_.New<SelectorExpr>(P(s->DOT()));
    sel->x = BuildPrimary(s->primaryExpr());
    sel->sel = MakeIdent(s->IDENTIFIER());
    return sel;
  }
  if (auto* t = dynamic_cast<G::TypeAssertExprContext*>(ctx)) {
    auto* ta = file_.New<TypeAssertExpr>(P(t->DOT()));
    ta->x = BuildPrimary(t->primaryExpr());
    if (t->TYPE()) {
      if (type_guard_ok_ != t) Error(P(t->TYPE()), "use of .(type) outside type switch");
    } else {
      ta->type_expr = BuildType(t->type_());
    }
    return ta;
  }
  if (auto* ix = dynamic_cast<G::IndexExprContext*>(ctx)) {
    auto* e = file_.New<IndexExpr>(P(ix->L_BRACKET()));
    e->x = BuildPrimary(ix->primaryExpr());
    // x[A, B] only instantiates generics; the first index is kept for the checker to name.
    e->index = BuildExpr(ix->expression(0));
    for (size_t i = 1; i < ix->expression().size(); ++i) BuildExpr(ix->expression(i));
    return e;
  }
  if (auto* sl = dynamic_cast<G::SliceExprContext*>(ctx)) {
    auto* e = file_.New<SliceExpr>(P(sl->L_BRACKET()));
    e->x = BuildPrimary(sl->primaryExpr());
    if (sl->lo) e->low = BuildExpr(sl->lo);
    if (sl->hi) e->high = BuildExpr(sl->hi);
    e->slice3 = sl->COLON().size() == 2;
    if (e->slice3) {
      // gc: in a 3-index slice the 2nd and 3rd indices are required.
      if (!sl->hi) Error(P(sl->COLON(1)), "middle index required in 3-index slice");
      if (sl->maxIdx) {
        e->max = BuildExpr(sl->maxIdx);
      } else {
        Error(P(sl->R_BRACKET()), "final index required in 3-index slice");
      }
    }
    return e;
  }
  if (auto* c = dynamic_cast<G::CallExprContext*>(ctx)) {
    auto* args = c->arguments();
    auto* call = file_.New<CallExpr>(P(args->L_PAREN()));
    call->fun = BuildPrimary(c->primaryExpr());
    call->args = BuildExprList(args->expressionList());
    call->has_ellipsis = args->ELLIPSIS() != nullptr;
    call->rparen = P(args->R_PAREN());
    return call;
  }
  if (auto* cl = dynamic_cast<G::CompositeExprContext*>(ctx)) {
    Expr* type = BuildPrimary(cl->primaryExpr());
    Expr* t = type;
    switch (t->kind) {
      case ExprKind::kIdent:
      case ExprKind::kSelector:
      case ExprKind::kIndex:
      case ExprKind::kArrayType:
      case ExprKind::kStructType:
      case ExprKind::kMapType: break;
      case ExprKind::kParen:
        Error(P(cl->literalValue()->L_CURLY()),
              "syntax error: cannot parenthesize type in composite literal");
        break;
      default:
        // gc ends the expression before such a '{'.
        Error(P(cl->literalValue()->L_CURLY()), "syntax error: unexpected { at end of statement");
        break;
    }
    return BuildLiteralValue(type, cl->literalValue());
  }
  return file_.New<BadExpr>(Start(ctx));
}

Expr* AstBuilder::BuildOperand(G::OperandContext* ctx) {
  if (auto* b = ctx->basicLit()) {
    antlr4::Token* t = b->getStart();
    LitKind kind = LitKind::kString;
    switch (t->getType()) {
      case GoLexer::NUMBER: {
        NumberCheck c = CheckNumberSpelling(t->getText());
        kind = c.kind == NumberCheck::kFloat  ? LitKind::kFloat
               : c.kind == NumberCheck::kImag ? LitKind::kImag
                                              : LitKind::kInt;
        break;
      }
      case GoLexer::RUNE_LIT: kind = LitKind::kChar; break;
      default: kind = LitKind::kString; break;
    }
    return file_.New<BasicLit>(P(t), kind, t->getText());
  }
  if (ctx->IDENTIFIER()) return MakeIdent(ctx->IDENTIFIER());
  if (auto* f = ctx->functionLit()) {
    auto* fl = file_.New<FuncLit>(P(f->FUNC()));
    fl->sig = BuildSignature(P(f->FUNC()), f->signature());
    fl->body = BuildBlock(f->block());
    return fl;
  }
  if (ctx->expression()) {
    return file_.New<ParenExpr>(P(ctx->L_PAREN()), BuildExpr(ctx->expression()));
  }
  if (ctx->type_()) return file_.New<ParenExpr>(P(ctx->L_PAREN()), BuildType(ctx->type_()));
  if (auto* lt = ctx->literalType()) return BuildLiteralType(lt);
  return file_.New<BadExpr>(Start(ctx));
}

Expr* AstBuilder::BuildLiteralType(G::LiteralTypeContext* ctx) {
  if (auto* s = ctx->structType()) return BuildStructType(s);
  if (auto* a = ctx->arrayType()) return BuildArrayType(a);
  if (auto* s = ctx->sliceType()) return BuildSliceType(s);
  if (auto* m = ctx->mapType()) return BuildMapType(m);
  if (auto* f = ctx->functionType()) return BuildSignature(P(f->FUNC()), f->signature());
  if (auto* i = ctx->interfaceType()) return BuildInterfaceType(i);
  if (auto* c = ctx->channelType()) return BuildChanType(c);
  return file_.New<BadExpr>(Start(ctx));
}

CompositeLit* AstBuilder::BuildLiteralValue(Expr* type, G::LiteralValueContext* ctx) {
  auto* lit = file_.New<CompositeLit>(P(ctx->L_CURLY()));
  lit->type_expr = type;
  lit->lbrace = P(ctx->L_CURLY());
  lit->rbrace = P(ctx->R_CURLY());
  for (auto* ke : ctx->keyedElement()) {
    Expr* value = BuildElement(ke->value);
    if (ke->key) {
      Expr* key = BuildElement(ke->key);
      lit->elts.push_back(file_.New<KeyValueExpr>(P(ke->COLON()), key, value));
    } else {
      lit->elts.push_back(value);
    }
  }
  return lit;
}

Expr* AstBuilder::BuildElement(G::ElementContext* ctx) {
  if (!ctx) return file_.New<BadExpr>(Pos{});
  if (ctx->literalValue()) return BuildLiteralValue(nullptr, ctx->literalValue());
  return BuildExpr(ctx->expression());
}

}  // namespace gosc::frontend::parse
