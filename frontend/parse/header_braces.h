// Which `{` opens the body of an `if`, `for` or `switch` statement.
//
// Why it exists: `if ok {\n}\n{ f() }` is an if statement followed by a block, but the tokens
// `ok { } ; { f() }` also read as an if statement whose init is the composite literal `ok{}`
// and whose body is `{ f() }`. ANTLR's prediction cannot be told Go's rule (gc's parser: in a
// statement header, a `{` after a name, selector or index expression is the body, never a
// composite literal; a `{` after a type literal such as `[]int` or `struct{...}` is one), as
// its predicates are ignored once lookahead has consumed a token. So the token source marks
// the body: before the `{` this tracker names, it sends a HEADER_END token, which the grammar
// requires between a header and its block; a composite literal cannot span it.
//
// The rule is decided on tokens alone, at the header's own nesting level (inside (), [] or {}
// anything goes, as in gc). A `{` there is nested, not the body, when it follows `struct` or
// `interface` (a type's body), a function literal's signature (`func(...) T {`), the `}` of a
// struct or interface type (`struct{}{}`), or the end of a slice, array or map type
// (`[]T{`, `[N]pkg.T{`, `map[K]V{`, `[]*T{`). A `[` opens a type when it cannot index:
// nothing that ends an operand precedes it, or it follows `map` or another type's `]`.
// Not modelled: parenthesised element types (`[](T){...}`), which gc accepts.
#pragma once

#include <cstddef>
#include <vector>

namespace gosc::frontend::parse {

class HeaderBraceTracker {
 public:
  // Token kinds the tracker distinguishes; the token source maps lexer types onto them.
  enum class Kind {
    kHeaderKeyword,  // if, for, switch
    kStruct,         // struct, interface
    kFunc,
    kIdent,
    kDot,
    kStar,
    kOperandEnd,  // a literal: an operand ends here
    kLParen,
    kRParen,
    kLBracket,
    kRBracket,
    kLCurly,
    kRCurly,
    kEof,
    kOther,  // `map` among them: a `[` after it opens the key type
  };

  // Observes the next token (in order, inserted semicolons included). Returns true when the
  // token is the `{` that opens the body of the innermost pending header.
  bool Observe(Kind kind);

 private:
  enum class Opener { kParen, kTypeBracket, kIndexBracket, kTypeBody, kOtherBrace };
  struct Header {
    size_t depth;               // open brackets when the keyword was seen
    bool func_pending = false;  // a `func` at this level still waits for its body
  };
  struct Recent {
    Kind kind;
    bool type_closer = false;  // a `]` of a type, or the `}` of a struct/interface type
  };

  bool OpensNested(const Header& h) const;
  const Recent* Back(size_t i) const;  // i-th token before the current one (0: previous)
  void Remember(Kind kind, bool type_closer);

  std::vector<Header> headers_;
  std::vector<Opener> open_;
  std::vector<Recent> recent_;  // the last few tokens, oldest first
};

}  // namespace gosc::frontend::parse
