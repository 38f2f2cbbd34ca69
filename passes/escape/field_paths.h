// Field paths: how an aggregate object splits into per-field locations.
//
// Why it exists: gc has one location per variable, so `x.p1 = &i; sink =
// x.p2` sends i to the heap. gosc (DESIGN.md § Escape analysis, 1) gives a
// struct or fixed-size array object one location per pointer-carrying leaf
// (a field or element that is not itself an aggregate), named by its byte
// range. This header is the type side of that: which leaves a type has, and
// the byte range an element or field occupies; which SSA value addresses
// which range is locations.cpp, how flows use the leaves is flows.cpp.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "types/types.h"

namespace gosc::passes::escape {

// More leaves than this and the object stays one location (gc's model): the
// graph stays small for big arrays and deep structs.
constexpr size_t kMaxFieldLeaves = 32;

// A pointer-carrying part of an aggregate: bytes [offset, offset + size),
// written as Go would write the selector (".p1", ".x.a[1]").
struct FieldLeaf {
  int64_t offset = 0;
  int64_t size = 0;
  std::string path;
};

// The pointer-carrying leaves of `t` in offset order, when t is a struct or
// array with at least two of them and at most kMaxFieldLeaves; else empty
// (splitting would gain nothing, or cost too much).
std::vector<FieldLeaf> SplitLeaves(const types::Type* t);

// Whether the byte ranges [a, a + as) and [b, b + bs) share a byte.
inline bool Overlaps(int64_t a, int64_t as, int64_t b, int64_t bs) {
  return a < b + bs && b < a + as;
}

}  // namespace gosc::passes::escape
