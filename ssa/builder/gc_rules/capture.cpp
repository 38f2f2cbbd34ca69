// gc's capture rule: which variables a closure captures by value.
//
// Why it exists: a closure reads its free variables either through a pointer
// to the variable's cell (by reference) or from a copy taken when the closure
// is made (by value). By reference the variable must live in memory, and a
// closure that escapes moves that memory to the heap (`moved to heap: x`);
// by value there is no cell to move, and gc prints nothing for the variable.
// Escape analysis and `-m` agree with gc only if gosc captures exactly what
// gc 1.19 captures by value (cmd/compile's capturevars): a variable that is
// not a named result (a deferred closure must see its final value; see
// Func::result_cells), never reassigned after its declaration, whose address
// is never taken, and whose value is at most 128 bytes.
//
// Used by build_func.cpp (does the variable need a memory cell?) and
// build_call.cpp (how a closure literal's free variables are passed).
#include "ssa/builder/builder.h"

namespace gosc::ssa::builder {

bool CapturedByValue(const fe::Var* v) {
  constexpr int64_t kMaxByValueCapture = 128;  // gc's limit, in bytes
  return v->captured && !v->address_taken && !v->reassigned &&
         v->var_kind() != fe::VarKind::kResult && v->type() != nullptr &&
         v->type()->Size() <= kMaxByValueCapture;
}

}  // namespace gosc::ssa::builder
