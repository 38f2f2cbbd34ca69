// field_inline: one constant offset for a chain of nested struct fields.
//
// Why it exists. Go lays nested struct values out inline: in
//     type Account struct{ Balance int }
//     type User struct{ Name string; Account Account }
//     type T struct{ ID int; User User }
// the field t.User.Account.Balance of an addressable t lives at a fixed byte
// offset from &t. The builder translates the selector step by step —
// FieldAddr(FieldAddr(FieldAddr(&t, User), Account), Balance) — because that
// is what the AST says. This pass (DESIGN.md § Escape analysis, item 4,
// basic form) folds such chains into one FieldAddr from the outermost base
// pointer whose `offset` is the sum of the steps' offsets, so codegen emits
// one address computation and escape analysis sees one field location keyed
// by (base, offset) instead of a chain of intermediate pointers.
//
// Invariants. A FieldAddr's `offset` is always the byte distance from its
// operand to the field, and its type a pointer to the innermost field, before
// and after the pass (ops.def requires codegen to address by `offset`, not
// `index`, for exactly this reason). Only FieldAddr-of-FieldAddr is folded:
// both steps are plain address arithmetic with no nil check between them (a
// pointer-typed embedded field is dereferenced with a Load, which ends a
// chain), so folding cannot skip a check. Inner FieldAddrs left without uses
// are removed by the cleanup pass that follows.
//
// Example.
//     %u = fieldaddr %t [1] +8        ; &t.User
//     %a = fieldaddr %u [1] +16       ; &t.User.Account
//     %b = fieldaddr %a [0] +0        ; &t.User.Account.Balance
//   becomes
//     %b = fieldaddr %t [0] +24
//
// Not modelled. Co-allocating a pointee inside its parent (`&Outer{In:
// &Inner{}}` as one allocation) needs escape facts and lives with escape
// analysis; constant-index IndexAddr into arrays is not folded.
#include "passes/pass_manager.h"

namespace gosc::passes {

bool RunFieldInline(ssa::Func& f) {
  bool changed = false;
  // Block order is a dominance-compatible order for straight-line chains, and
  // the fold looks through the operand's own (already folded) base, so one
  // pass suffices; iterate anyway in case a chain crosses blocks out of order.
  for (bool again = true; again;) {
    again = false;
    for (auto& b : f.blocks) {
      for (ssa::Value* v : b->values) {
        if (v->op != ssa::Op::kFieldAddr || v->num_operands() != 1) continue;
        ssa::Value* inner = v->operand(0);
        if (!inner || inner->op != ssa::Op::kFieldAddr || inner->num_operands() != 1) continue;
        v->offset += inner->offset;
        v->SetOperand(0, inner->operand(0));
        changed = again = true;
      }
    }
  }
  return changed;
}

void RunFieldInline(ssa::Module& m) {
  for (auto& f : m.funcs) RunFieldInline(*f);
}

}  // namespace gosc::passes
