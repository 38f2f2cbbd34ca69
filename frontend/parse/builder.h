// Parse tree -> AST conversion (private to frontend/parse/).
//
// Why it exists: the ANTLR tree mirrors the grammar, which is deliberately permissive where
// gc's parser is (see GoParser.g4); the builder walks a tree that parsed without syntax errors,
// produces ast.h nodes with gc's positions, and reports the syntax errors gc detects after
// parsing a construct (`non-name x on left side of :=`, `mixed named and unnamed parameters`,
// `missing condition in if statement`, ...). It always produces a well-formed AST (BadExpr /
// BadStmt placeholders where something was wrong), so later code never meets a null it does
// not expect. Split by concept: build_decl.cpp, build_type.cpp, build_stmt.cpp,
// build_expr.cpp.
#pragma once

#include <string>
#include <vector>

#include "frontend/ast.h"
#include "frontend/parse/antlr.h"
#include "frontend/parse/token_source.h"
#include "types/pos.h"

namespace gosc::frontend::parse {

using G = gosc_antlr::GoParser;

class AstBuilder {
 public:
  AstBuilder(File& file, const SourceMap& map, const std::string& text,
             antlr4::CommonTokenStream& tokens, Diagnostics& diags)
      : file_(file), map_(map), text_(text), tokens_(tokens), diags_(diags) {}

  void BuildFile(G::SourceFileContext* ctx);

  // ------------------------------------------------------------------ shared helpers
  Pos P(antlr4::Token* t) const;
  Pos P(antlr4::tree::TerminalNode* n) const { return n ? P(n->getSymbol()) : Pos{}; }
  Pos Start(antlr4::ParserRuleContext* ctx) const { return P(ctx->getStart()); }
  // The exact source text of a subtree (for messages such as "non-name x.y on left side").
  std::string SourceText(antlr4::ParserRuleContext* ctx) const;
  void Error(Pos p, std::string message);
  // gc's spelling of a token in "unexpected X" messages.
  std::string TokenDesc(antlr4::Token* t) const;
  Ident* MakeIdent(antlr4::tree::TerminalNode* n);

  // ------------------------------------------------------------------ declarations
  GenDecl* BuildImportDecl(G::ImportDeclContext* ctx);
  GenDecl* BuildDeclaration(G::DeclarationContext* ctx);
  FuncDecl* BuildFuncDecl(G::FunctionDeclContext* ctx);

  // ------------------------------------------------------------------ types
  Expr* BuildType(G::Type_Context* ctx);
  Expr* BuildTypeLit(G::TypeLitContext* ctx);
  Expr* BuildTypeName(G::TypeNameContext* ctx, G::TypeArgsContext* args);
  Expr* BuildArrayType(G::ArrayTypeContext* ctx);
  Expr* BuildSliceType(G::SliceTypeContext* ctx);
  Expr* BuildMapType(G::MapTypeContext* ctx);
  Expr* BuildChanType(G::ChannelTypeContext* ctx);
  Expr* BuildStructType(G::StructTypeContext* ctx);
  Expr* BuildInterfaceType(G::InterfaceTypeContext* ctx);
  FuncTypeExpr* BuildSignature(Pos func_pos, G::SignatureContext* ctx);
  std::vector<Field> BuildParams(G::ParametersContext* ctx);

  // ------------------------------------------------------------------ statements
  BlockStmt* BuildBlock(G::BlockContext* ctx);
  std::vector<Stmt*> BuildStmtList(G::StatementListContext* ctx);
  Stmt* BuildStmt(G::StatementContext* ctx);
  Stmt* BuildSimpleStmt(G::SimpleStmtContext* ctx);
  Stmt* BuildIf(G::IfStmtContext* ctx);
  Stmt* BuildSwitch(G::SwitchStmtContext* ctx);
  Stmt* BuildFor(G::ForStmtContext* ctx);
  CallExpr* CallOf(Expr* x, const char* what, antlr4::ParserRuleContext* ctx);
  // The condition of an if/switch header: the expression of an expression statement.
  Expr* HeaderExpr(G::SimpleStmtContext* ctx);

  // ------------------------------------------------------------------ expressions
  Expr* BuildExpr(G::ExpressionContext* ctx);
  std::vector<Expr*> BuildExprList(G::ExpressionListContext* ctx);
  Expr* BuildPrimary(G::PrimaryExprContext* ctx);
  Expr* BuildOperand(G::OperandContext* ctx);
  Expr* BuildLiteralType(G::LiteralTypeContext* ctx);
  CompositeLit* BuildLiteralValue(Expr* type, G::LiteralValueContext* ctx);
  Expr* BuildElement(G::ElementContext* ctx);
  // Whether `ctx` is `x.(type)`, allowed only as a type switch guard.
  static G::TypeAssertExprContext* AsTypeGuard(G::ExpressionContext* ctx);

  File& file_;

 private:
  const SourceMap& map_;
  const std::string& text_;
  antlr4::CommonTokenStream& tokens_;
  Diagnostics& diags_;
  antlr4::ParserRuleContext* type_guard_ok_ = nullptr;  // the one x.(type) being a guard
};

}  // namespace gosc::frontend::parse
