// AST building for statements.
//
// Why here: the grammar parses every simple statement with one rule and every if/switch
// header as simple statements (see GoParser.g4), so this file decides what they are —
// assignment, `:=`, ++/--, send, expression statement, type switch guard — and reports gc's
// syntax errors for the shapes that parse but are not Go ("cannot use x := 1 as value",
// "non-name x on left side of :=", "cannot declare in post statement of for loop").
#include "frontend/parse/builder.h"

namespace gosc::frontend::parse {

using gosc_antlr::GoLexer;

namespace {

Token AssignOpToken(G::AssignOpContext* op) {
  switch (op->getStart()->getType()) {
    case GoLexer::ADD_ASSIGN: return Token::kAdd;
    case GoLexer::SUB_ASSIGN: return Token::kSub;
    case GoLexer::MUL_ASSIGN: return Token::kMul;
    case GoLexer::DIV_ASSIGN: return Token::kQuo;
    case GoLexer::MOD_ASSIGN: return Token::kRem;
    case GoLexer::AND_ASSIGN: return Token::kAnd;
    case GoLexer::OR_ASSIGN: return Token::kOr;
    case GoLexer::XOR_ASSIGN: return Token::kXor;
    case GoLexer::SHL_ASSIGN: return Token::kShl;
    case GoLexer::SHR_ASSIGN: return Token::kShr;
    case GoLexer::AND_NOT_ASSIGN: return Token::kAndNot;
    default: return Token::kAssign;
  }
}

}  // namespace

BlockStmt* AstBuilder::BuildBlock(G::BlockContext* ctx) {
  auto* b = file_.New<BlockStmt>(P(ctx->L_CURLY()));
  b->list = BuildStmtList(ctx->statementList());
  b->rbrace = P(ctx->R_CURLY());
  return b;
}

std::vector<Stmt*> AstBuilder::BuildStmtList(G::StatementListContext* ctx) {
  std::vector<Stmt*> out;
  if (!ctx) return out;
  for (auto* s : ctx->statement()) out.push_back(BuildStmt(s));
  return out;
}

CallExpr* AstBuilder::CallOf(Expr* x, const char* what, antlr4::ParserRuleContext* ctx) {
  if (x->kind == ExprKind::kParen) {
    Error(x->pos, std::string("expression in ") + what + " must not be parenthesized");
    while (auto* p = x->As<ParenExpr>()) x = p->x;
  }
  if (auto* call = x->As<CallExpr>()) return call;
  Error(Start(ctx), std::string("expression in ") + what + " must be function call");
  auto* call = file_.New<CallExpr>(x->pos);
  call->fun = x;
  call->rparen = x->pos;
  return call;
}

Stmt* AstBuilder::BuildStmt(G::StatementContext* ctx) {
  if (auto* d = ctx->declaration()) {
    auto* s = file_.New<DeclStmt>(Start(d));
    s->decl = BuildDeclaration(d);
    return s;
  }
  if (auto* l = ctx->labeledStmt()) {
    auto* s = file_.New<LabeledStmt>(P(l->IDENTIFIER()));
    s->label = MakeIdent(l->IDENTIFIER());
    s->stmt = l->statement() ? BuildStmt(l->statement()) : file_.New<EmptyStmt>(P(l->COLON()));
    return s;
  }
  if (auto* s = ctx->simpleStmt()) return BuildSimpleStmt(s);
  if (auto* g = ctx->goStmt()) {
    auto* s = file_.New<GoStmt>(P(g->GO()));
    s->call = CallOf(BuildExpr(g->expression()), "go", g->expression());
    return s;
  }
  if (auto* d = ctx->deferStmt()) {
    auto* s = file_.New<DeferStmt>(P(d->DEFER()));
    s->call = CallOf(BuildExpr(d->expression()), "defer", d->expression());
    return s;
  }
  if (auto* r = ctx->returnStmt()) {
    auto* s = file_.New<ReturnStmt>(P(r->RETURN()));
    if (r->expressionList()) s->results = BuildExprList(r->expressionList());
    return s;
  }
  if (auto* b = ctx->breakStmt()) {
    auto* s = file_.New<BranchStmt>(P(b->BREAK()), BranchKind::kBreak);
    if (b->IDENTIFIER()) s->label = MakeIdent(b->IDENTIFIER());
    return s;
  }
  if (auto* c = ctx->continueStmt()) {
    auto* s = file_.New<BranchStmt>(P(c->CONTINUE()), BranchKind::kContinue);
    if (c->IDENTIFIER()) s->label = MakeIdent(c->IDENTIFIER());
    return s;
  }
  if (auto* g = ctx->gotoStmt()) {
    auto* s = file_.New<BranchStmt>(P(g->GOTO()), BranchKind::kGoto);
    s->label = MakeIdent(g->IDENTIFIER());
    return s;
  }
  if (auto* f = ctx->fallthroughStmt()) {
    return file_.New<BranchStmt>(P(f->FALLTHROUGH()), BranchKind::kFallthrough);
  }
  if (auto* b = ctx->block()) return BuildBlock(b);
  if (auto* i = ctx->ifStmt()) return BuildIf(i);
  if (auto* s = ctx->switchStmt()) return BuildSwitch(s);
  if (auto* s = ctx->selectStmt()) {
    // Rejected by the checker; the clauses are not kept.
    return file_.New<SelectStmt>(P(s->SELECT()));
  }
  if (auto* f = ctx->forStmt()) return BuildFor(f);
  return file_.New<BadStmt>(Start(ctx));
}

Stmt* AstBuilder::BuildSimpleStmt(G::SimpleStmtContext* ctx) {
  auto lists = ctx->expressionList();
  std::vector<Expr*> lhs = BuildExprList(lists[0]);
  // Operators other than `=`, `:=` and `,` need exactly one operand on the left; gc then
  // reports the operator itself as unexpected.
  auto single_lhs = [&](antlr4::tree::TerminalNode* op) {
    if (lhs.size() == 1) return true;
    Error(P(op), "syntax error: unexpected " + op->getText() + ", expecting := or = or comma");
    return false;
  };
  if (ctx->assignOp()) {
    auto* a = file_.New<AssignStmt>(Start(ctx->assignOp()));
    a->tok = AssignOpToken(ctx->assignOp());
    if (a->tok != Token::kAssign && lhs.size() != 1) {
      Error(a->pos, "syntax error: unexpected " + ctx->assignOp()->getText() +
                        ", expecting := or = or comma");
    }
    a->lhs = std::move(lhs);
    a->rhs = BuildExprList(lists[1]);
    return a;
  }
  if (ctx->DEFINE()) {
    auto* a = file_.New<AssignStmt>(P(ctx->DEFINE()));
    a->tok = Token::kDefine;
    for (size_t i = 0; i < lhs.size(); ++i) {
      if (lhs[i]->kind != ExprKind::kIdent) {
        auto* e = lists[0]->expression(i);
        Error(Start(e), "non-name " + SourceText(e) + " on left side of :=");
      }
    }
    a->lhs = std::move(lhs);
    a->rhs = BuildExprList(lists[1]);
    return a;
  }
  if (ctx->PLUS_PLUS() || ctx->MINUS_MINUS()) {
    auto* op = ctx->PLUS_PLUS() ? ctx->PLUS_PLUS() : ctx->MINUS_MINUS();
    single_lhs(op);
    return file_.New<IncDecStmt>(P(op), lhs[0], ctx->PLUS_PLUS() ? Token::kInc : Token::kDec);
  }
  if (ctx->RECEIVE()) {
    single_lhs(ctx->RECEIVE());
    auto* s = file_.New<SendStmt>(P(ctx->RECEIVE()));
    s->chan = lhs[0];
    s->value = BuildExpr(ctx->expression());
    return s;
  }
  if (lhs.size() != 1) {
    // `a, b` alone: gc wants an assignment operator after the list.
    antlr4::Token* next = tokens_.get(ctx->getStop()->getTokenIndex() + 1);
    Error(P(next), "syntax error: unexpected " + TokenDesc(next) + ", expecting := or = or comma");
  }
  return file_.New<ExprStmt>(lhs[0]->pos, lhs[0]);
}

Expr* AstBuilder::HeaderExpr(G::SimpleStmtContext* ctx) {
  bool plain = ctx->expressionList().size() == 1 && !ctx->PLUS_PLUS() && !ctx->MINUS_MINUS() &&
               !ctx->RECEIVE() && ctx->expressionList(0)->expression().size() == 1;
  if (plain) return BuildExpr(ctx->expressionList(0)->expression(0));
  Stmt* s = BuildSimpleStmt(ctx);
  Error(s->pos, "syntax error: cannot use " + SourceText(ctx) + " as value");
  return file_.New<BadExpr>(s->pos);
}

Stmt* AstBuilder::BuildIf(G::IfStmtContext* ctx) {
  auto* s = file_.New<IfStmt>(P(ctx->IF()));
  if (ctx->init) s->init = BuildSimpleStmt(ctx->init);
  if (ctx->cond) {
    s->cond = HeaderExpr(ctx->cond);
  } else if (ctx->init && ctx->SEMI() && ctx->SEMI()->getText() == kNewlineSemi) {
    // `if x == 1` NEWLINE `{`: the newline ended the header.
    Error(P(ctx->SEMI()), "syntax error: unexpected newline, expecting { after if clause");
    s->cond = file_.New<BadExpr>(P(ctx->SEMI()));
  } else {
    Error(P(ctx->block(0)->L_CURLY()), "syntax error: missing condition in if statement");
    s->cond = file_.New<BadExpr>(P(ctx->block(0)->L_CURLY()));
  }
  s->body = BuildBlock(ctx->block(0));
  if (ctx->ELSE()) {
    if (ctx->ifStmt()) {
      s->else_stmt = BuildIf(ctx->ifStmt());
    } else {
      s->else_stmt = BuildBlock(ctx->block(1));
    }
  }
  return s;
}

G::TypeAssertExprContext* AstBuilder::AsTypeGuard(G::ExpressionContext* ctx) {
  auto* prim = dynamic_cast<G::PrimaryContext*>(ctx);
  if (!prim) return nullptr;
  auto* ta = dynamic_cast<G::TypeAssertExprContext*>(prim->primaryExpr());
  return ta && ta->TYPE() ? ta : nullptr;
}

Stmt* AstBuilder::BuildSwitch(G::SwitchStmtContext* ctx) {
  Pos pos = P(ctx->SWITCH());
  Stmt* init = ctx->init ? BuildSimpleStmt(ctx->init) : nullptr;
  std::vector<CaseClause*> clauses;
  auto build_clauses = [&]() {
    bool seen_default = false;
    for (auto* cc : ctx->caseClause()) {
      auto* c = file_.New<CaseClause>(cc->CASE() ? P(cc->CASE()) : P(cc->DEFAULT()));
      if (cc->DEFAULT()) {
        if (seen_default) Error(c->pos, "multiple defaults in switch");
        seen_default = true;
        c->is_default = true;
      } else {
        c->list = BuildExprList(cc->expressionList());
      }
      c->body = BuildStmtList(cc->statementList());
      clauses.push_back(c);
    }
  };
  // Type switch: `x.(type)` or `v := x.(type)` in the tag position.
  G::SimpleStmtContext* tag = ctx->tag;
  if (tag && tag->expressionList().size() == 2 && tag->DEFINE() &&
      tag->expressionList(1)->expression().size() == 1 &&
      AsTypeGuard(tag->expressionList(1)->expression(0))) {
    auto* ts = file_.New<TypeSwitchStmt>(pos);
    ts->init = init;
    auto lhs = tag->expressionList(0)->expression();
    Expr* bind = BuildExpr(lhs[0]);
    if (lhs.size() != 1 || bind->kind != ExprKind::kIdent) {
      Error(Start(lhs[0]),
            "non-name " + SourceText(tag->expressionList(0)) + " on left side of :=");
    }
    ts->bind = bind->As<Ident>();
    auto* guard = AsTypeGuard(tag->expressionList(1)->expression(0));
    type_guard_ok_ = guard;
    ts->assert = BuildExpr(tag->expressionList(1)->expression(0))->As<TypeAssertExpr>();
    build_clauses();
    ts->clauses = std::move(clauses);
    return ts;
  }
  if (tag && tag->expressionList().size() == 1 && !tag->assignOp() && !tag->DEFINE() &&
      !tag->PLUS_PLUS() && !tag->MINUS_MINUS() && !tag->RECEIVE() &&
      tag->expressionList(0)->expression().size() == 1 &&
      AsTypeGuard(tag->expressionList(0)->expression(0))) {
    auto* ts = file_.New<TypeSwitchStmt>(pos);
    ts->init = init;
    type_guard_ok_ = AsTypeGuard(tag->expressionList(0)->expression(0));
    ts->assert = BuildExpr(tag->expressionList(0)->expression(0))->As<TypeAssertExpr>();
    build_clauses();
    ts->clauses = std::move(clauses);
    return ts;
  }
  auto* s = file_.New<SwitchStmt>(pos);
  s->init = init;
  if (tag) s->tag = HeaderExpr(tag);
  build_clauses();
  s->clauses = std::move(clauses);
  return s;
}

Stmt* AstBuilder::BuildFor(G::ForStmtContext* ctx) {
  Pos pos = P(ctx->FOR());
  if (auto* rc = ctx->rangeClause()) {
    auto* r = file_.New<RangeStmt>(pos);
    if (auto* list = rc->expressionList()) {
      std::vector<Expr*> vars = BuildExprList(list);
      r->tok = rc->DEFINE() ? Token::kDefine : Token::kAssign;
      if (vars.size() > 2) {
        Error(vars[2]->pos, "range clause permits at most two iteration variables");
      }
      for (size_t i = 0; i < vars.size() && rc->DEFINE(); ++i) {
        if (vars[i]->kind != ExprKind::kIdent) {
          Error(Start(list->expression(i)),
                "non-name " + SourceText(list->expression(i)) + " on left side of :=");
        }
      }
      r->key = vars[0];
      if (vars.size() > 1) r->value = vars[1];
    }
    r->x = BuildExpr(rc->expression());
    r->body = BuildBlock(ctx->block());
    return r;
  }
  auto* f = file_.New<ForStmt>(pos);
  if (auto* fc = ctx->forClause()) {
    if (fc->init) f->init = BuildSimpleStmt(fc->init);
    if (fc->cond) f->cond = BuildExpr(fc->cond);
    if (fc->post) {
      f->post = BuildSimpleStmt(fc->post);
      if (auto* a = f->post->As<AssignStmt>(); a && a->tok == Token::kDefine) {
        Error(a->pos, "syntax error: cannot declare in post statement of for loop");
      }
    }
  } else if (ctx->cond) {
    f->cond = BuildExpr(ctx->cond);
  }
  f->body = BuildBlock(ctx->block());
  return f;
}

}  // namespace gosc::frontend::parse
