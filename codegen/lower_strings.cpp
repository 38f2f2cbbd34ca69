// String concatenation and []byte -> string conversion, without the copies
// Go does not make.
//
// Why it exists: Go 1.19 allocates once for `a + b + c` (gc turns the chain
// into one OADDSTR, one runtime.concatstrings call) and not at all for a
// `string(b)` that is only compared or used to look up a map
// (slicebytetostringtmp). Lowering each SSA Add and Convert on its own would
// copy every intermediate result and every converted key, so a program
// written for gc would allocate more under gosc (issue "Faster than gc",
// allocation parity). Both rewrites are local to one block:
//  * A string Add whose only use is another string Add in the same block is
//    not lowered by itself; the outermost Add of the chain gathers the leaves
//    left to right and makes one runtime.concatstrings call (which, like
//    gc's, shares the one non-empty part instead of copying it). Skipping
//    the intermediate is safe because strings are immutable and the operands
//    (the leaves) are SSA values already computed; only the number of copies
//    changes.
//  * A []byte -> string Convert all of whose uses are comparisons or map
//    lookups (reads that do not keep the key) in the same block, with nothing
//    between the conversion and its last use that could write memory, is a
//    view of the bytes ({ptr, len}) instead of a copy. The bytes cannot
//    change while the view is alive, so every use sees what a copy would
//    hold. A conversion used by anything else (stored, returned, passed,
//    used as a map key for assignment) still copies.
// Escape analysis is not involved: it reports these sites exactly as gc does
// (flows.cpp); these are code-generation choices about runtime copies.
#include <algorithm>

#include "codegen/internal.h"

namespace gosc::codegen {

using ssa::Op;

namespace {

bool IsStringAdd(const ssa::Value* v) {
  return v->op == Op::kAdd && v->num_operands() == 2 && v->type != nullptr && IsStringType(v->type);
}

// The values of `v`'s block from `v` (exclusive) up to and including `last`
// have no side effect (nothing that could write the bytes `v` reads).
bool NoWritesBetween(const ssa::Value* v, const ssa::Value* last) {
  const std::vector<ssa::Value*>& vals = v->block->values;
  auto it = std::find(vals.begin(), vals.end(), v);
  if (it == vals.end()) return false;
  for (++it; it != vals.end(); ++it) {
    if (*it == last) return true;
    if (ssa::OpFlagsOf((*it)->op) & ssa::kSideEffect) return false;
  }
  return false;  // `last` is not after `v`
}

bool IsReadOnlyStringUse(const ssa::Value* conv, const ssa::Value* use) {
  switch (use->op) {
    case Op::kEq:
    case Op::kNe:
    case Op::kLt:
    case Op::kLe:
    case Op::kGt:
    case Op::kGe: return true;
    case Op::kMapLookup: return use->operand(0) != conv;  // the key, never the map
    default: return false;
  }
}

}  // namespace

bool FuncLowering::IsFusedConcatOperand(const ssa::Value* v) const {
  if (!IsStringAdd(v) || v->uses().size() != 1) return false;
  const ssa::Value* user = v->uses()[0];
  // A named result's variable must exist as a value of its own.
  if (result_slot_of_.count(v)) return false;
  return IsStringAdd(user) && user->block == v->block;
}

llvm::Value* FuncLowering::LowerConcat(const ssa::Value* v) {
  std::vector<const ssa::Value*> leaves;
  auto gather = [&](auto&& self, const ssa::Value* x) -> void {
    for (const ssa::Value* o : x->operands()) {
      if (IsFusedConcatOperand(o)) self(self, o);
      else leaves.push_back(o);
    }
  };
  gather(gather, v);
  if (leaves.size() == 2) return CallRt("gosc_concatstring2", {V(leaves[0]), V(leaves[1])});
  llvm::ArrayType* parts_type = llvm::ArrayType::get(ml_.StringType(), leaves.size());
  llvm::AllocaInst* parts = EntryAlloca(parts_type, "concat.parts");
  for (size_t i = 0; i < leaves.size(); ++i) {
    b_.CreateStore(V(leaves[i]), b_.CreateConstInBoundsGEP2_64(parts_type, parts, 0, i));
  }
  return CallRt("gosc_concatstrings", {parts, b_.getInt64(static_cast<int64_t>(leaves.size()))});
}

bool FuncLowering::BytesViewSuffices(const ssa::Value* conv) const {
  if (conv->uses().empty()) return false;
  for (const ssa::Value* use : conv->uses()) {
    if (use->block != conv->block || !IsReadOnlyStringUse(conv, use)) return false;
    if (!NoWritesBetween(conv, use)) return false;
  }
  return true;
}

llvm::Value* FuncLowering::LowerBytesToString(const ssa::Value* conv, llvm::Value* bytes) {
  llvm::Value* ptr = b_.CreateExtractValue(bytes, 0);
  llvm::Value* len = b_.CreateExtractValue(bytes, 1);
  if (BytesViewSuffices(conv)) {
    llvm::Value* s = llvm::UndefValue::get(ml_.StringType());
    s = b_.CreateInsertValue(s, ptr, 0);
    return b_.CreateInsertValue(s, len, 1);
  }
  return CallRt("gosc_slicebytetostring", {ptr, len});
}

}  // namespace gosc::codegen
