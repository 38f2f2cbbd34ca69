// Field paths: the leaves of aggregate types, and which SSA values address
// or hold which leaves of a split object.
//
// Why the split is sound (every flow into or out of the aggregate as a
// whole reaches every field):
//   * The whole location stays the object: the Alloc's value is its address
//     (`alloc <- (whole, -1)`), so taking the address of the object or of any
//     field, however it travels (calls, &x, slicing, phis), is still the
//     address of the whole, and the whole escaping puts every leaf on the heap.
//   * The whole holds every leaf (`whole <- (leaf, 0)`): a load through an
//     address that does not resolve to a field (a parameter summary reading
//     *p, an interface box, an unknown callee) sees all of the fields.
//   * A store whose address does not resolve flows into every leaf
//     (SccAnalysis::Flow expands the whole), as does a store of a value whose
//     parts are unknown (a whole-struct argument, a call's result, a phi).
//   * Only a chain of constant field and array-element addresses from the
//     Alloc itself resolves; a non-constant index widens the range to the
//     whole array. Loads and stores then touch exactly the leaves inside
//     their byte range, and a struct value read out of a split object is
//     copied leaf by leaf when it is stored back or a field of it is taken;
//     any other use of that value (a call, boxing, return) holds every leaf
//     of its range.
#include "passes/escape/field_paths.h"

#include "passes/escape/internal.h"

namespace gosc::passes::escape {
namespace {

// Appends t's leaves at `base`; false once there are more than the bound.
bool Collect(const types::Type* t, int64_t base, const std::string& path,
             std::vector<FieldLeaf>* out) {
  if (t == nullptr || !t->HasPointers() || t->Size() == 0) return true;
  if (const auto* st = t->Under<types::Struct>()) {
    for (size_t i = 0; i < st->fields().size(); ++i) {
      const types::Var* f = st->fields()[i];
      if (!Collect(f->type(), base + st->Offset(i), path + "." + f->name(), out)) return false;
    }
    return true;
  }
  if (const auto* arr = t->Under<types::Array>()) {
    const types::Type* elem = arr->elem();
    for (int64_t i = 0; i < arr->len(); ++i) {
      if (!Collect(elem, base + i * elem->Size(), path + "[" + std::to_string(i) + "]", out)) {
        return false;
      }
      if (out->size() > kMaxFieldLeaves) return false;
    }
    return true;
  }
  out->push_back(FieldLeaf{base, t->Size(), path});
  return out->size() <= kMaxFieldLeaves;
}

}  // namespace

std::vector<FieldLeaf> SplitLeaves(const types::Type* t) {
  if (t == nullptr) return {};
  if (t->Under<types::Struct>() == nullptr && t->Under<types::Array>() == nullptr) return {};
  std::vector<FieldLeaf> leaves;
  if (!Collect(t, 0, "", &leaves) || leaves.size() < 2) return {};
  return leaves;
}

void SccAnalysis::MaybeSplit(ssa::Value* alloc, Location* whole) {
  if (alloc->alloc_site == ssa::AllocSite::kMakeSlice ||
      alloc->alloc_site == ssa::AllocSite::kSliceLit || alloc->num_operands() != 0) {
    return;  // a backing array of dynamic length: elements are reached by slices
  }
  std::vector<FieldLeaf> leaves = SplitLeaves(alloc->aux_type);
  if (leaves.empty()) return;
  Split& split = splits_[alloc];
  split.leaves = std::move(leaves);
  for (const FieldLeaf& leaf : split.leaves) {
    // Named as the variable: gc's explanations name the variable, and a
    // path through one field reads the same.
    Location* loc = graph_.NewLocation(whole->kind, whole->name, whole->func, whole->loop_depth);
    loc->pos = whole->pos;
    loc->field_path = leaf.path;
    graph_.Flow(whole, loc, 0);
    split.locs.push_back(loc);
  }
  wholes_[whole] = &split;
}

bool SccAnalysis::ResolveField(ssa::Value* ptr, FieldAddress* out) const {
  if (!field_sensitive_ || ptr == nullptr || ptr->type == nullptr) return false;
  const auto* pt = ptr->type->Under<types::Pointer>();
  if (pt == nullptr) return false;
  FieldAddress a;
  a.size = pt->elem()->Size();
  for (int guard = 0; ptr != nullptr && guard < 64; ++guard) {
    switch (ptr->op) {
      case ssa::Op::kAlloc:
        if (splits_.count(ptr) == 0) return false;
        a.alloc = ptr;
        *out = a;
        return true;
      case ssa::Op::kFieldAddr:
        a.begin += ptr->offset;
        ptr = ptr->operand(0);
        continue;
      case ssa::Op::kIndexAddr: {
        ssa::Value* base = ptr->operand(0);
        const auto* bp = base->type != nullptr ? base->type->Under<types::Pointer>() : nullptr;
        const auto* arr = bp != nullptr ? bp->elem()->Under<types::Array>() : nullptr;
        if (arr == nullptr) return false;  // a slice: its backing array is no field path
        const ssa::Value* index = ptr->operand(1);
        int64_t elem = arr->elem()->Size();
        if (index->op == ssa::Op::kConst && index->cval.kind == ssa::ConstVal::Kind::kInt &&
            index->cval.AsInt64() >= 0 && index->cval.AsInt64() < arr->len()) {
          a.begin += index->cval.AsInt64() * elem;
        } else {
          // Some element: the whole array.
          a.begin = 0;
          a.size = arr->Size();
          a.exact = false;
        }
        ptr = base;
        continue;
      }
      case ssa::Op::kNilCheck:
      case ssa::Op::kChangeType: ptr = ptr->operand(0); continue;
      default: return false;
    }
  }
  return false;
}

std::vector<Location*> SccAnalysis::LeavesIn(const FieldAddress& a) const {
  std::vector<Location*> locs;
  const Split& split = splits_.at(a.alloc);
  for (size_t i = 0; i < split.leaves.size(); ++i) {
    if (Overlaps(split.leaves[i].offset, split.leaves[i].size, a.begin, a.size)) {
      locs.push_back(split.locs[i]);
    }
  }
  return locs;
}

std::vector<Location*> SccAnalysis::ValueParts(ssa::Value* v, int64_t begin, int64_t size) {
  if (field_sensitive_) {
    switch (v->op) {
      case ssa::Op::kLoad: {
        FieldAddress a;
        if (!ResolveField(v->operand(0), &a)) break;
        if (a.exact) {
          a.begin += begin;
          a.size = size;
        }
        return LeavesIn(a);
      }
      case ssa::Op::kTypeAssert: {
        bool fails = false;
        FieldAddress box;
        if (!AssertsBoxed(v, &fails, &box) || v->flag) break;
        if (fails) return {};
        box.begin += begin;
        box.size = size;
        return LeavesIn(box);
      }
      case ssa::Op::kExtract: {
        // The value of a comma-ok assertion.
        ssa::Value* tuple = v->operand(0);
        bool fails = false;
        FieldAddress box;
        if (v->index != 0 || tuple->op != ssa::Op::kTypeAssert ||
            !AssertsBoxed(tuple, &fails, &box))
          break;
        if (fails) return {};
        box.begin += begin;
        box.size = size;
        return LeavesIn(box);
      }
      case ssa::Op::kField: {
        ssa::Value* base = v->operand(0);
        const auto* st = base->type != nullptr ? base->type->Under<types::Struct>() : nullptr;
        if (st == nullptr || v->index < 0 || static_cast<size_t>(v->index) >= st->fields().size())
          break;
        return ValueParts(base, st->Offset(static_cast<size_t>(v->index)) + begin, size);
      }
      case ssa::Op::kIndex: {
        ssa::Value* base = v->operand(0);
        const auto* arr = base->type != nullptr ? base->type->Under<types::Array>() : nullptr;
        if (arr == nullptr) break;
        const ssa::Value* index = v->operand(1);
        if (index->op == ssa::Op::kConst && index->cval.kind == ssa::ConstVal::Kind::kInt &&
            index->cval.AsInt64() >= 0 && index->cval.AsInt64() < arr->len()) {
          return ValueParts(base, index->cval.AsInt64() * arr->elem()->Size() + begin, size);
        }
        return ValueParts(base, 0, arr->Size());
      }
      default: break;
    }
  }
  return {Loc(v)};
}

bool SccAnalysis::AssertsBoxed(ssa::Value* assert, bool* fails, FieldAddress* box) const {
  if (!field_sensitive_) return false;
  const types::Type* t = assert->aux_type;
  ssa::Value* iface = assert->operand(0);
  if (t == nullptr || t->Under<types::Interface>() != nullptr ||
      iface->op != ssa::Op::kMakeInterface || iface->aux_type == nullptr) {
    return false;
  }
  if (!types::Identical(t, iface->aux_type)) {
    *fails = true;
    return true;
  }
  // Pointer-shaped values are the data word itself, not boxed.
  *fails = false;
  FieldAddress a;
  if (!ResolveField(iface->operand(0), &a) || a.alloc->alloc_site != ssa::AllocSite::kBox ||
      !a.exact || a.begin != 0 || a.size != t->Size()) {
    return false;
  }
  *box = a;
  return true;
}

void SccAnalysis::StoreFlows(ssa::Value* ptr, ssa::Value* x) {
  FieldAddress a;
  if (!ResolveField(ptr, &a)) {
    Flow(StoreTarget(ptr), Loc(x), 0);
    return;
  }
  const Split& split = splits_.at(a.alloc);
  for (size_t i = 0; i < split.leaves.size(); ++i) {
    const FieldLeaf& leaf = split.leaves[i];
    if (!Overlaps(leaf.offset, leaf.size, a.begin, a.size)) continue;
    // The stored value's bytes that land in this leaf.
    std::vector<Location*> parts =
        a.exact ? ValueParts(x, leaf.offset - a.begin, leaf.size) : std::vector<Location*>{Loc(x)};
    for (Location* part : parts) Flow(split.locs[i], part, 0, ObjectOf(a.alloc), Loc(x));
  }
}

}  // namespace gosc::passes::escape
