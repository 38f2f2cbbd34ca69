// GoLexer.g4 — the tokens of Go (the language spec's "Lexical elements"), for gosc.
//
// Why it looks like this: Go's automatic semicolon insertion depends on the last token of a
// line, so newlines and comments are not skipped here but sent on the hidden channel; the C++
// token source in frontend/parse/token_source.cpp turns them into SEMI tokens where the spec
// says so and drops the rest. The grammar never fails: bytes that start no token become
// ILLEGAL tokens, and unterminated literals/comments have their own token types, so every
// lexical error gets a gc-worded diagnostic from the token source (never an ANTLR message).
// Number literals are matched loosely (any letters/digits/underscores after the prefix) and
// validated by the token source, which can then name the bad digit as gc does.
lexer grammar GoLexer;

// Never lexed: the token source sends HEADER_END just before the `{` that opens the body of
// an if, for or switch statement (frontend/parse/header_braces.h says why).
tokens { HEADER_END }

// Keywords
BREAK       : 'break';
CASE        : 'case';
CHAN        : 'chan';
CONST       : 'const';
CONTINUE    : 'continue';
DEFAULT     : 'default';
DEFER       : 'defer';
ELSE        : 'else';
FALLTHROUGH : 'fallthrough';
FOR         : 'for';
FUNC        : 'func';
GO          : 'go';
GOTO        : 'goto';
IF          : 'if';
IMPORT      : 'import';
INTERFACE   : 'interface';
MAP         : 'map';
PACKAGE     : 'package';
RANGE       : 'range';
RETURN      : 'return';
SELECT      : 'select';
STRUCT      : 'struct';
SWITCH      : 'switch';
TYPE        : 'type';
VAR         : 'var';

IDENTIFIER : LETTER (LETTER | UNICODE_DIGIT)*;

// Punctuation
L_PAREN   : '(';
R_PAREN   : ')';
L_CURLY   : '{';
R_CURLY   : '}';
L_BRACKET : '[';
R_BRACKET : ']';
ASSIGN    : '=';
COMMA     : ',';
SEMI      : ';';
COLON     : ':';
DOT       : '.';
ELLIPSIS  : '...';
DEFINE    : ':=';
PLUS_PLUS   : '++';
MINUS_MINUS : '--';
TILDE     : '~';

// Assignment operators (op=)
ADD_ASSIGN     : '+=';
SUB_ASSIGN     : '-=';
MUL_ASSIGN     : '*=';
DIV_ASSIGN     : '/=';
MOD_ASSIGN     : '%=';
AND_ASSIGN     : '&=';
OR_ASSIGN      : '|=';
XOR_ASSIGN     : '^=';
SHL_ASSIGN     : '<<=';
SHR_ASSIGN     : '>>=';
AND_NOT_ASSIGN : '&^=';

// Operators
LOGICAL_OR  : '||';
LOGICAL_AND : '&&';
EQUALS      : '==';
NOT_EQUALS  : '!=';
LESS        : '<';
LESS_OR_EQUALS : '<=';
GREATER     : '>';
GREATER_OR_EQUALS : '>=';
OR          : '|';
DIV         : '/';
MOD         : '%';
LSHIFT      : '<<';
RSHIFT      : '>>';
BIT_CLEAR   : '&^';
EXCLAMATION : '!';
PLUS        : '+';
MINUS       : '-';
CARET       : '^';
STAR        : '*';
AMPERSAND   : '&';
RECEIVE     : '<-';

// Literals. NUMBER covers every int, float and imaginary spelling loosely: after its start it
// takes any letters, digits, '_' and '.', and a sign right after a decimal exponent letter
// (or after 'p' in hex). "0x1e-2" is 0x1e minus 2: a '0' not followed by x/X never enters the
// hex form, and the hex form only takes a sign after 'p'. The token source classifies (int,
// float, imaginary) and validates the spelling, reporting bad digits in gc's words.
NUMBER
  : '0' [xX] HEX_CHAR*
  | [1-9] DEC_CHAR*
  | '0' (DEC_NOT_X DEC_CHAR*)?
  | '.' [0-9] DEC_CHAR*
  ;

RUNE_LIT   : '\'' (~['\\\r\n] | ESCAPE)* '\'';
STRING_LIT : '"' (~["\\\r\n] | ESCAPE)* '"';
RAW_STRING_LIT : '`' ~'`'* '`';

// Unterminated forms (one character shorter than the terminated form can be, so the longest
// match prefers a correct literal; these only win when the closing quote is missing).
// A lone trailing backslash (cut by the newline) belongs to them too.
UNTERMINATED_RUNE   : '\'' (~['\\\r\n] | ESCAPE)* '\\'?;
UNTERMINATED_STRING : '"' (~["\\\r\n] | ESCAPE)* '\\'?;
UNTERMINATED_RAW    : '`' ~'`'* EOF;

// Layout: hidden, but seen by the token source (semicolon insertion).
WS           : [ \t\r\f]+ -> channel(HIDDEN);
NEWLINE      : '\n' -> channel(HIDDEN);
LINE_COMMENT : '//' ~[\n]* -> channel(HIDDEN);
BLOCK_COMMENT : '/*' .*? '*/' -> channel(HIDDEN);
UNTERMINATED_COMMENT : '/*' (~'*' | '*'+ ~[*/])* '*'* EOF -> channel(HIDDEN);

// Anything else: one byte/character the token source reports as an invalid character.
ILLEGAL : .;

fragment HEX_CHAR : [0-9a-zA-Z_.] | [pP] [+-];
fragment DEC_CHAR : [0-9a-zA-Z_.] | [eE] [+-];
fragment DEC_NOT_X : [0-9a-wyzA-WYZ_.] | [eE] [+-];
// An escape always takes the character after the backslash: were it optional, "'\\'" could
// also be read as '\' '\'' and run on as an unterminated rune to the end of the line.
fragment ESCAPE : '\\' ~[\r\n];
fragment LETTER : [\p{L}_];
fragment UNICODE_DIGIT : [\p{Nd}];
