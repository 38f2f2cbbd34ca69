// Reads the Go signature text of runtime/library.def's rows
// ("func(s string, sep string) []string") into checker types.
//
// Why it exists: the library's members are listed once, in library.def, with
// their signatures written as Go source; the checker declares each member
// from that text instead of from a second, hand-built copy. The grammar is
// the small part of Go's type syntax the library needs: predeclared names,
// []T, *T, func(...) results, `...T` for a final variadic parameter, named or
// unnamed parameter lists (names ungrouped or grouped as `i, j int`), and
// other names through a resolver (io.Writer, fs.FileMode, the package's File).
#pragma once

#include <functional>
#include <string_view>

#include "types/types.h"

namespace gosc::frontend::check {

// The frontend is written in the types layer's vocabulary (Type, Var, Pos,
// ConstValue, ...), used unqualified throughout the parser and checker.
using namespace gosc::types;

// Maps a non-predeclared type name to its type, or nullptr when unknown.
using LibraryTypeResolver = std::function<const Type*(std::string_view name)>;

// Text that is not a well-formed signature or names an unknown type is a
// bug in library.def: std::logic_error naming the text (the library unit
// test declares every row, so such a row never reaches a user).
const Signature* ParseLibrarySignature(TypeTable& tt, std::string_view text, Var* recv,
                                       const LibraryTypeResolver& resolve);
const Type* ParseLibraryType(TypeTable& tt, std::string_view text,
                             const LibraryTypeResolver& resolve);

}  // namespace gosc::frontend::check
