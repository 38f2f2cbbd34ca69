// GoParser.g4 — the syntax of Go as gosc parses it (the whole of ../shared/SUBSET.md, plus the
// constructs the checker rejects by name: channels, `go`, `select`, type parameters, tags).
//
// Why it is shaped this way:
// - Semicolons are explicit: the token source (frontend/parse/token_source.cpp) inserts them
//   as the Go spec says, so lists here are `x (';' x)* ';'?` and a statement list may omit
//   the last one before '}'.
// - Where gc's parser is more permissive than the spec and then reports a precise error
//   (`x, y++`, `1 := x`, `f(){}`, `if x := 1 {`, mixed named/unnamed parameters), the grammar
//   is permissive too and the AST builder reports gc's wording; this also keeps decisions
//   LL(1)-ish, which makes SLL prediction (the fast first stage) succeed almost always.
// - A composite literal is a postfix `{...}` on any primary expression or a type literal;
//   the builder checks that what precedes the '{' can name a type.
// - No target-language actions: everything context-dependent happens in the C++ builder.
parser grammar GoParser;

options { tokenVocab = GoLexer; }

// ---------------------------------------------------------------------------- source file

sourceFile
  : packageClause eos (importDecl eos)* (topLevelDecl eos)* EOF
  ;

// The rest of a file after a syntax error: parsing resumes at the next top-level declaration
// keyword so that later errors are reported too (parse_file.cpp), as gc reports up to ten.
sourceFileTail
  : (importDecl eos)* (topLevelDecl eos)* EOF
  ;

// The last declaration may end at EOF without a semicolon.
eos : SEMI | EOF ;

packageClause : PACKAGE IDENTIFIER ;

importDecl
  : IMPORT (importSpec | L_PAREN (importSpec (SEMI importSpec)* SEMI?)? R_PAREN)
  ;

importSpec : (DOT | IDENTIFIER)? (STRING_LIT | RAW_STRING_LIT) ;

topLevelDecl : declaration | functionDecl ;

declaration : constDecl | typeDecl | varDecl ;

constDecl : CONST (constSpec | L_PAREN (constSpec (SEMI constSpec)* SEMI?)? R_PAREN) ;
constSpec : identifierList (type_? ASSIGN expressionList)? ;

varDecl : VAR (varSpec | L_PAREN (varSpec (SEMI varSpec)* SEMI?)? R_PAREN) ;
varSpec : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList) ;

typeDecl : TYPE (typeSpec | L_PAREN (typeSpec (SEMI typeSpec)* SEMI?)? R_PAREN) ;
// Without type parameters first: `type A [N * M]int` is ambiguous with `type A[N *M] int`,
// and ANTLR resolves ambiguities to the first alternative (gc also reads an array here).
typeSpec : IDENTIFIER ASSIGN? type_ | IDENTIFIER typeParameters ASSIGN? type_ ;

// Functions and methods; a method's receiver is a parameter list. The body may be missing
// (a declaration without body, which the checker rejects).
functionDecl : FUNC receiver=parameters? IDENTIFIER typeParameters? signature block? ;

typeParameters : L_BRACKET typeParamDecl (COMMA typeParamDecl)* COMMA? R_BRACKET ;
typeParamDecl : identifierList typeConstraint ;
typeConstraint : TILDE? type_ (OR TILDE? type_)* ;

identifierList : IDENTIFIER (COMMA IDENTIFIER)* ;

// ------------------------------------------------------------------------------ types

type_
  : typeName typeArgs?
  | typeLit
  | L_PAREN type_ R_PAREN
  ;

typeName : IDENTIFIER (DOT IDENTIFIER)? ;
typeArgs : L_BRACKET type_ (COMMA type_)* COMMA? R_BRACKET ;

typeLit
  : arrayType
  | sliceType
  | structType
  | pointerType
  | functionType
  | interfaceType
  | mapType
  | channelType
  ;

arrayType : L_BRACKET (expression | ELLIPSIS) R_BRACKET type_ ;
sliceType : L_BRACKET R_BRACKET type_ ;
pointerType : STAR type_ ;
mapType : MAP L_BRACKET type_ R_BRACKET type_ ;
channelType : (CHAN | CHAN RECEIVE | RECEIVE CHAN) type_ ;
functionType : FUNC signature ;

structType : STRUCT L_CURLY (fieldDecl (SEMI fieldDecl)* SEMI?)? R_CURLY ;
fieldDecl : (identifierList type_ | embeddedField) tag=(STRING_LIT | RAW_STRING_LIT)? ;
embeddedField : STAR? typeName typeArgs? ;

interfaceType : INTERFACE L_CURLY (interfaceElem (SEMI interfaceElem)* SEMI?)? R_CURLY ;
interfaceElem : IDENTIFIER signature | typeConstraint ;

signature : parameters result? ;
result : parameters | type_ ;

// `(a, b int)`, `(int, string)`, `(xs ...int)`: each entry is an optional name and a type;
// the builder groups bare names with the next typed entry, as gc does.
parameters : L_PAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? R_PAREN ;
parameterDecl : IDENTIFIER? ELLIPSIS? type_ ;

// --------------------------------------------------------------------------- statements

block : L_CURLY statementList R_CURLY ;

statementList : statement? (SEMI statement?)* ;

statement
  : declaration
  | labeledStmt
  | simpleStmt
  | goStmt
  | returnStmt
  | breakStmt
  | continueStmt
  | gotoStmt
  | fallthroughStmt
  | block
  | ifStmt
  | switchStmt
  | selectStmt
  | forStmt
  | deferStmt
  ;

labeledStmt : IDENTIFIER COLON statement? ;

// One rule for expression statements, sends, ++/--, assignments and short variable
// declarations: the left side is parsed once and the operator decides (no long lookahead).
simpleStmt
  : expressionList (assignOp expressionList | DEFINE expressionList | PLUS_PLUS | MINUS_MINUS
                    | RECEIVE expression)?
  ;

assignOp
  : ASSIGN | ADD_ASSIGN | SUB_ASSIGN | MUL_ASSIGN | DIV_ASSIGN | MOD_ASSIGN | AND_ASSIGN
  | OR_ASSIGN | XOR_ASSIGN | SHL_ASSIGN | SHR_ASSIGN | AND_NOT_ASSIGN
  ;

goStmt : GO expression ;
deferStmt : DEFER expression ;
returnStmt : RETURN expressionList? ;
breakStmt : BREAK IDENTIFIER? ;
continueStmt : CONTINUE IDENTIFIER? ;
gotoStmt : GOTO IDENTIFIER ;
fallthroughStmt : FALLTHROUGH ;

// A header ends at HEADER_END, which the token source puts before the body's `{` so that a
// composite literal cannot swallow it (header_braces.h). The header is `[init ;] cond`; both
// parts are simple statements so the builder can say "cannot use x := 1 as value" and
// "missing condition in if statement" as gc does.
ifStmt : IF (init=simpleStmt? SEMI)? cond=simpleStmt? HEADER_END? block (ELSE (ifStmt | block))? ;

// Expression and type switches share one rule: the builder recognises `x.(type)` and
// `v := x.(type)` in the tag position.
switchStmt : SWITCH (init=simpleStmt? SEMI)? tag=simpleStmt? HEADER_END? L_CURLY caseClause* R_CURLY ;
caseClause : (CASE expressionList | DEFAULT) COLON statementList ;

selectStmt : SELECT L_CURLY commClause* R_CURLY ;
commClause : (CASE simpleStmt | DEFAULT) COLON statementList ;

forStmt : FOR (rangeClause | forClause | cond=expression)? HEADER_END? block ;
forClause : init=simpleStmt? SEMI cond=expression? SEMI post=simpleStmt? ;
rangeClause : (expressionList (ASSIGN | DEFINE))? RANGE expression ;

// -------------------------------------------------------------------------- expressions

expressionList : expression (COMMA expression)* ;

// Precedence climbing: earlier alternatives bind tighter (Go's five binary levels).
expression
  : primaryExpr                                                                  # primary
  | op=(PLUS | MINUS | EXCLAMATION | CARET | STAR | AMPERSAND | RECEIVE) expression # unary
  | expression op=(STAR | DIV | MOD | LSHIFT | RSHIFT | AMPERSAND | BIT_CLEAR) expression # binary
  | expression op=(PLUS | MINUS | OR | CARET) expression                         # binary
  | expression op=(EQUALS | NOT_EQUALS | LESS | LESS_OR_EQUALS | GREATER | GREATER_OR_EQUALS)
      expression                                                                 # binary
  | expression op=LOGICAL_AND expression                                         # binary
  | expression op=LOGICAL_OR expression                                          # binary
  ;

primaryExpr
  : operand                                                      # operandExpr
  | primaryExpr DOT IDENTIFIER                                   # selectorExpr
  | primaryExpr DOT L_PAREN (type_ | TYPE) R_PAREN               # typeAssertExpr
  | primaryExpr L_BRACKET expression (COMMA expression)* COMMA? R_BRACKET  # indexExpr
  | primaryExpr L_BRACKET lo=expression? COLON hi=expression?
      (COLON maxIdx=expression?)? R_BRACKET                          # sliceExpr
  | primaryExpr arguments                                        # callExpr
  | primaryExpr literalValue                                     # compositeExpr
  ;

operand
  : basicLit
  | IDENTIFIER
  | functionLit
  | L_PAREN expression R_PAREN
  | L_PAREN type_ R_PAREN
  | literalType
  ;

basicLit : NUMBER | RUNE_LIT | STRING_LIT | RAW_STRING_LIT ;

functionLit : FUNC signature block ;

// Type literals usable as operands: composite literal types, conversion targets, and the
// type arguments of make/new.
literalType
  : structType
  | arrayType
  | sliceType
  | mapType
  | functionType
  | interfaceType
  | channelType
  ;

// A type may come first (make([]int, n), new(T)); types that are not expressions
// ([]int, map[K]V, struct{}) are operands above, and `*T` is a unary expression.
arguments
  : L_PAREN (expressionList ELLIPSIS? COMMA?)? R_PAREN
  ;

literalValue : L_CURLY (keyedElement (COMMA keyedElement)* COMMA?)? R_CURLY ;
keyedElement : (key=element COLON)? value=element ;
element : expression | literalValue ;
