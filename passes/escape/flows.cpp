// How SSA values become locations and flows (the graph builder).
//
// Every SSA value gets a location on first use (a temporary holding its
// value); every Alloc additionally owns an object location, and the Alloc's
// value is the object's address: `alloc <- (object, -1)`. The ops then map
// to flows with gc's deref weights:
//   load p             v <- (p, 1)
//   store p, x         target(p) <- (x, 0)     target: the object p points
//                      into when p derives from a local Alloc (through
//                      field/index addresses), else the heap — the same
//                      precision as gc, which is not points-to based
//   fieldaddr/indexaddr/slice/makeslice/phi/changetype/makeiface/extract
//                      v <- (operand, 0)        (same object, same address)
//   field/index of values, typeassert to pointer shape
//                      v <- (operand, 0)
//   maplookup m, k     v <- (m, 1)              (values live in the map's storage)
//   mapupdate m, k, v  target(m) <- (k, 0), (v, 0)
//                      gosc goes beyond gc here (DESIGN.md § Escape 2): the
//                      map's storage is owned by the map's Alloc, so what is
//                      stored into a non-escaping map does not escape through it
//   append s, xs       v <- (s, 0); target(s) <- (xs, 0)  (spread: (xs, 1))
//   return xs          result_i <- (x_i, 0)
//   panic x            heap <- (x, 0)
//   calls              calls.cpp (summaries, the SCC's parameters, unknown code)
// Field sensitivity (DESIGN.md § Escape 1, field_paths.cpp) refines loads,
// stores and field/index reads: when p is a constant field path into a
// split struct or array object, `load p` reads and `store p, x` writes only
// the leaf locations in p's byte range, and a struct value read from one
// object and stored into another is copied leaf by leaf.
// Which location stands for which value is locations.cpp.
#include "passes/escape/internal.h"

namespace gosc::passes::escape {

using ssa::Op;
using ssa::Value;

namespace {

// Whether the elements of slice type t can hold addresses (unknown: yes).
bool SliceElemHasPointers(const types::Type* t) {
  const auto* sl = t != nullptr ? t->Under<types::Slice>() : nullptr;
  if (t != nullptr && sl == nullptr && t->Under<types::Basic>() != nullptr) return false;  // string
  return sl == nullptr || CarriesPointers(sl->elem());
}

// Whether a value of type t can hold the address of a stack object. String
// data never lives on the stack (conversions and concatenations always
// allocate on the heap, literals are static), so unlike HasPointers a
// string does not count.
bool MayHoldStackAddress(const types::Type* t) {
  if (t == nullptr) return true;
  if (const auto* tuple = t->As<types::Tuple>()) {
    for (size_t i = 0; i < tuple->size(); ++i) {
      if (MayHoldStackAddress(tuple->At(i))) return true;
    }
    return false;
  }
  if (!t->HasPointers()) return false;
  if (const auto* st = t->Under<types::Struct>()) {
    for (const types::Var* f : st->fields()) {
      if (MayHoldStackAddress(f->type())) return true;
    }
    return false;
  }
  if (const auto* arr = t->Under<types::Array>()) return MayHoldStackAddress(arr->elem());
  return t->Under<types::Basic>() == nullptr;  // a string is the only Basic with pointers
}
}  // namespace

void SccAnalysis::BuildFlows() {
  for (ssa::Func* f : funcs_) FuncFlows(f);
}

void SccAnalysis::FuncFlows(ssa::Func* f) {
  noting_ = nullptr;
  ParamLocs(f);
  // With defers, results live in memory cells and Return has no operands:
  // what the cells hold at return is what the function returns.
  for (size_t i = 0; i < f->result_cells.size(); ++i) {
    Flow(ResultLoc(f, i), ObjectOf(f->result_cells[i]), 0);
  }
  for (const auto& b : f->blocks) {
    for (Value* v : b->values) ValueFlows(v);
  }
}

void SccAnalysis::ValueFlows(Value* v) {
  noting_ = v;
  switch (v->op) {
    case Op::kAlloc: Flow(Loc(v), ObjectOf(v), -1); break;
    case Op::kLoad: {
      // From a field of a split object: what that field's leaves hold.
      FieldAddress a;
      if (ResolveField(v->operand(0), &a)) {
        for (Location* leaf : LeavesIn(a)) {
          Flow(Loc(v), leaf, 0, Loc(v), Loc(v->operand(0)));
        }
      } else {
        Flow(Loc(v), Loc(v->operand(0)), 1);
      }
      break;
    }
    case Op::kStore:
      // A self-assignment (`p.A, p.B = p.B, p.A`) moves nothing new into
      // the object: gc ignores it, and so do we.
      if (!v->flag) StoreFlows(v->operand(0), v->operand(1));
      break;
    case Op::kField:
    case Op::kIndex:
      // A part of an aggregate value: of the leaves it was read from when
      // known (field_paths.cpp), else of the whole value.
      if (CarriesPointers(v->type)) {
        std::vector<Location*> parts = ValueParts(v, 0, v->type->Size());
        if (parts.size() == 1 && parts[0] == Loc(v)) parts = {Loc(v->operand(0))};
        for (Location* part : parts) Flow(Loc(v), part, 0, Loc(v), Loc(v->operand(0)));
      }
      break;
    case Op::kNilCheck:
    case Op::kFieldAddr:
    case Op::kIndexAddr:
    case Op::kMakeSlice:
    case Op::kChangeType:
    case Op::kChangeInterface:
    case Op::kMakeInterface:
    case Op::kExtract:
    case Op::kMapIterInit:
      if (v->num_operands() > 0 && v->operand(0) != nullptr) {
        Flow(Loc(v), Loc(v->operand(0)), 0);
      }
      break;
    case Op::kSliceOp:
      if (v->operand(0) != nullptr) Flow(Loc(v), Loc(v->operand(0)), 0);
      break;
    case Op::kTypeAssert: {
      // A pointer-shaped dynamic value is the data word itself; any other is
      // loaded from the box.
      const types::Type* t = v->aux_type;
      // An interface target keeps the same data word (level 0, as gc).
      bool direct =
          t != nullptr &&
          (t->Under<types::Pointer>() != nullptr || t->Under<types::Interface>() != nullptr ||
           t->Under<types::Map>() != nullptr || t->Under<types::Signature>() != nullptr);
      // Asserting a value boxed right here (field_paths.cpp): a different
      // concrete type always fails (zero value or panic), the same one reads
      // the box's fields.
      bool fails = false;
      FieldAddress box;
      if (AssertsBoxed(v, &fails, &box)) {
        if (!fails) {
          for (Location* leaf : LeavesIn(box)) Flow(Loc(v), leaf, 0, Loc(v), Loc(v->operand(0)));
        }
        break;
      }
      Flow(Loc(v), Loc(v->operand(0)), direct ? 0 : 1);
      break;
    }
    case Op::kPhi:
      for (Value* op : v->operands()) Flow(Loc(v), Loc(op), 0);
      break;
    case Op::kMapLookup:
    case Op::kMapIterNext:
      // What a map read returns was stored into the map's content (gosc
      // keeps maps and what they hold on the stack when it can, so the flow
      // matters), unless it cannot be a stack address: then there is no flow,
      // as in gc, where map reads never flow.
      if (MayHoldStackAddress(v->type)) Flow(Loc(v), Loc(v->operand(0)), 1);
      break;
    case Op::kMapUpdate: {
      Location* storage = StoreTarget(v->operand(0));
      Flow(storage, Loc(v->operand(1)), 0);
      Flow(storage, Loc(v->operand(2)), 0);
      break;
    }
    case Op::kAppend: {
      Flow(Loc(v), Loc(v->operand(0)), 0);
      // The appendee's elements may be copied into a grown heap store that
      // the analysis does not track separately: they go to the heap (gc's
      // "appendee slice").
      if (SliceElemHasPointers(v->operand(0)->type)) Flow(graph_.heap(), Loc(v->operand(0)), 1);
      Location* storage = StoreTarget(v->operand(0));
      for (size_t i = 1; i < v->num_operands(); ++i) {
        bool spread = v->flag && i + 1 == v->num_operands();
        // Spread elements without pointers carry no address (gc: discard).
        if (spread && !SliceElemHasPointers(v->operand(i)->type)) continue;
        Flow(storage, Loc(v->operand(i)), spread ? 1 : 0);
      }
      // The grown backing store is a fresh heap object holding the same
      // elements: the result may also point there, which changes nothing here.
      break;
    }
    case Op::kSliceCopy:
      // Copying []int (or a string's bytes) moves no addresses.
      if (SliceElemHasPointers(v->operand(1)->type)) {
        Flow(StoreTarget(v->operand(0)), Loc(v->operand(1)), 1);
      }
      break;
    case Op::kMakeClosure: {
      // operand 0: the env Alloc; the bindings are stored into the env.
      Location* env = StoreTarget(v->operand(0));
      Flow(Loc(v), Loc(v->operand(0)), 0);
      for (size_t i = 1; i < v->num_operands(); ++i) {
        // gc flows every capture, with or without pointers: a captured
        // parameter is reported as leaking into the closure (-m=2).
        Value* b = v->operand(i);
        bool param = b->op == Op::kParam && b->block != nullptr &&
                     static_cast<size_t>(b->index) < b->block->func->params.size() &&
                     b->block->func->params[static_cast<size_t>(b->index)] == b;
        Flow(env, param ? ParamLocs(b->block->func)[static_cast<size_t>(b->index)] : Loc(b), 0);
      }
      // Inside the closure, FreeVar i reads binding i out of the env.
      if (v->callee != nullptr && FuncIndex(v->callee) >= 0) {
        for (const auto& b : v->callee->blocks) {
          for (Value* fv : b->values) {
            if (fv->op == Op::kFreeVar && static_cast<size_t>(fv->index) + 1 < v->num_operands()) {
              Flow(Loc(fv), Loc(v->operand(static_cast<size_t>(fv->index) + 1)), 0);
            }
          }
        }
      }
      break;
    }
    case Op::kCall:
    case Op::kDefer:
    case Op::kInvoke:
    case Op::kDeferInvoke: CallSiteFlows(v); break;
    case Op::kReturn:
      for (size_t i = 0; i < v->num_operands(); ++i) {
        Flow(ResultLoc(v->block->func, i), Loc(v->operand(i)), 0);
      }
      break;
    case Op::kPanic: Flow(graph_.heap(), Loc(v->operand(0)), 0); break;
    case Op::kConvert:
    case Op::kAdd:
      // string <-> []byte/[]rune, rune -> string and concatenations make a
      // fresh copy; the builder marks them with alloc_desc (gc reports them
      // as sites). Their operands' bytes are copied, not kept.
      if (!v->alloc_desc.empty()) Flow(Loc(v), ObjectOf(v), -1);
      break;
    case Op::kGlobal:
      // The address of a package-level variable is heap memory: stores
      // through it reach the heap (StoreTarget sees no Alloc).
      break;
    default:
      // Constants, arithmetic, comparisons, conversions producing fresh
      // values, len/cap, prints: no addresses flow.
      break;
  }
}

}  // namespace gosc::passes::escape
