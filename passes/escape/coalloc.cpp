// Co-allocation: one heap allocation for an object and the inner object
// that its field is initialised with (issue 13, item 3).
//
// The question. `&Outer{In: &Inner{...}}` (or `o := &Outer{}; o.In =
// &Inner{...}` right after) costs two runtime allocations when both escape,
// though the inner object is only ever reached through o.In. When the inner
// object cannot outlive the outer one, the two can share one block:
// sizeof(Outer), padding to Inner's alignment, sizeof(Inner); the inner
// address is the block's base plus that offset. -m then says `&Inner{...}
// co-allocated with &Outer{...}` at the inner site (gc: `escapes to heap`),
// and -S shows a single allocation call for both.
//
// Why sharing is sound here. The runtime allocates through Boehm GC with
// GC_all_interior_pointers on (runtime/start.cpp): any pointer into a block,
// not only to its start, keeps the whole block alive, and a pointer-carrying
// block is scanned whole. So the inner object lives exactly as long as some
// pointer to it, or to the outer object, exists — never shorter than it
// would on its own. Each execution of the sites still makes fresh, zeroed
// memory (one GC_MALLOC per execution of the block), so every `&T{}` is a
// distinct object as Go requires. What the rule below protects is space: a
// combined block is freed only when neither part is referenced, so sharing
// pays only when the inner object is dead whenever the outer one is.
//
// The rule. An inner site I is co-allocated with an outer site O when
//   1. both are `&T{...}` or `new(T)` sites left on the heap because they
//      escape (not for their size), of constant non-zero size — an outer on
//      the stack or in a region keeps I's own decision;
//   2. I's address flows nowhere but into one store `O.f = I`: every other
//      use of I only reads or writes I's own memory (loads, stores through
//      I or through field/element addresses of it). So I is reachable only
//      through O.f (reads of O.f copy the pointer out, which is fine: the
//      block stays alive while that copy lives, as the inner object would);
//   3. f is never stored again: no other store in the module writes field f
//      of any struct whose type is identical to Outer's underlying type, no
//      address of such a field is taken other than to load or store it, and
//      no whole value of that struct type is stored anywhere (`*p =
//      Outer{}`). That is conservative (no aliasing is proven away): a store
//      through an unrelated Outer disqualifies every Outer.f site;
//   4. I, O and the store are in one block, so each execution of O's site
//      executes I's exactly once (neither is in a loop relative to the
//      other), and codegen can allocate for both at whichever comes first.
// Under 2-4 the outer's field holds the inner object from its
// initialisation until the outer dies, so the inner is never dead while the
// outer lives: sharing wastes nothing the inner object alone would not.
//
// Chains (A{B: &B{C: &C{}}}) follow: every guest records the root of its
// chain as host, and the host's allocation holds the root and every guest,
// each at its alignment, in the order the sites appear.
//
// Worked example:
//   func lit(n int) *Outer { return &Outer{Name: "a", In: &Inner{X: n}} }
// SSA: t1 = alloc &Inner{...}; store t1.X, n; t2 = alloc &Outer{...};
// store t2.Name, "a"; store t2.In, t1; return t2. Both escape; t1's only
// flowing use is the store into t2.In; Outer.In is stored nowhere else. So
// t2 hosts a 40-byte block (Outer: 24 bytes, Inner at offset 24) and t1 is
// base+24; -m: `&Inner{...} co-allocated with &Outer{...}`.
//
// This runs after every function's decisions, over the whole module (rule 3
// needs every store), and only rewrites decisions the solver already made:
// no location or flow changes, so no other decision moves.
#include <map>
#include <set>

#include "passes/escape/internal.h"

namespace gosc::passes::escape {

using ssa::AllocKind;
using ssa::AllocSite;
using ssa::Op;
using ssa::Value;

namespace {

// The struct type `*ptr` is, by its underlying type; nullptr otherwise.
const types::Struct* PointeeStruct(const Value* ptr) {
  if (ptr == nullptr || ptr->type == nullptr) return nullptr;
  const auto* pt = ptr->type->Under<types::Pointer>();
  return pt != nullptr ? pt->elem()->Under<types::Struct>() : nullptr;
}

// Through nil checks and pointer conversions to what made the address.
const Value* AddressSource(const Value* v) {
  for (int guard = 0; v != nullptr && guard < 64; ++guard) {
    if (v->op != Op::kNilCheck && v->op != Op::kChangeType) return v;
    v = v->operand(0);
  }
  return v;
}

// Whether memory addressed by `ptr` can be the object of Alloc `outer`:
// true for an address of unknown origin (a parameter, a loaded or returned
// pointer, a phi) and for `outer` itself; false for another allocation
// site's object, a global, and a field or element address (which points
// into some larger object, and `outer` is an allocation of its own).
bool MayAddress(const Value* ptr, const Value* outer) {
  const Value* src = AddressSource(ptr);
  if (src == nullptr) return true;
  switch (src->op) {
    case Op::kAlloc: return src == outer;
    case Op::kGlobal:
    case Op::kFieldAddr:
    case Op::kIndexAddr: return false;
    default: return true;
  }
}

// Every write to a struct's fields, module-wide (rule 3): the stores to
// each field, the field addresses put to other uses, and the stores of
// whole struct values. Struct types are told apart by identity of their
// underlying types.
class FieldStores {
 public:
  explicit FieldStores(const ssa::Module& m) {
    for (const auto& f : m.funcs) {
      for (const auto& b : f->blocks) {
        for (const Value* v : b->values) Visit(v);
      }
    }
  }
  // Whether `store` is the only write that may reach field `index` of the
  // object of `outer` (a struct `st`).
  bool OnlyStore(const types::Struct* st, int64_t index, const Value* store,
                 const Value* outer) const {
    for (const Write& w : writes_) {
      if (w.store == store || (w.index != index && w.index != kWhole)) continue;
      if (!types::Identical(w.type, st)) continue;
      if (MayAddress(w.address, outer)) return false;
    }
    return true;
  }

 private:
  static constexpr int64_t kWhole = -1;
  struct Write {
    const types::Struct* type;
    int64_t index;         // the field; kWhole: the whole value
    const Value* address;  // the address written through
    const Value* store;    // the Store, or the use that took the field's address
  };

  void Visit(const Value* v) {
    if (v->op == Op::kStore && v->operand(1)->type != nullptr) {
      if (const auto* st = v->operand(1)->type->Under<types::Struct>())
        writes_.push_back({st, kWhole, v->operand(0), v});
    }
    if (v->op != Op::kFieldAddr) return;
    const types::Struct* st = PointeeStruct(v->operand(0));
    if (st == nullptr) return;
    for (const Value* u : v->uses()) {
      if (u->op == Op::kLoad) continue;
      // A store to the field, or its address put to another use (which
      // may store through it later): both may write the field.
      writes_.push_back({st, v->index, v->operand(0), u});
    }
  }

  std::vector<Write> writes_;
};

// Rule 2 for the uses of `v`, an address of (part of) the inner object
// other than the one flowing store: they only load or store its memory.
bool OnlyAccessed(const Value* v, const Value* flowing_store, int depth = 0) {
  if (depth > 16) return false;
  for (const Value* u : v->uses()) {
    if (u == flowing_store) continue;
    switch (u->op) {
      case Op::kLoad: continue;
      case Op::kStore:
        if (u->operand(0) == v && u->operand(1) != v) continue;
        return false;
      case Op::kFieldAddr:
      case Op::kIndexAddr:
      case Op::kNilCheck:
        if (u->operand(0) == v && OnlyAccessed(u, nullptr, depth + 1)) continue;
        return false;
      default: return false;
    }
  }
  return true;
}

bool HeapSiteOfConstantSize(const Value* v) {
  if (v->op != Op::kAlloc || v->block == nullptr || v->num_operands() != 0) return false;
  if (v->alloc_site != AllocSite::kCompositeLit && v->alloc_site != AllocSite::kNew) return false;
  if (v->decision.kind != AllocKind::kHeap || v->decision.reason != ssa::AllocReason::kEscapes)
    return false;
  return v->aux_type != nullptr && v->aux_type->Size() > 0;
}

// The outer site and field store whose value `inner` is, when rules 1-4
// hold; nullptr otherwise.
const Value* OuterOf(const Value* inner, const FieldStores& stores, const Value** store_out,
                     std::string* field) {
  const Value* store = nullptr;
  for (const Value* u : inner->uses()) {
    if (u->op == Op::kStore && u->operand(1) == inner) {
      if (store != nullptr || u->operand(0) == inner) return nullptr;
      store = u;
    }
  }
  if (store == nullptr || store->block != inner->block || !OnlyAccessed(inner, store))
    return nullptr;
  const Value* addr = store->operand(0);
  if (addr->op != Op::kFieldAddr) return nullptr;
  const Value* outer = AddressSource(addr->operand(0));
  if (outer == nullptr || outer == inner || !HeapSiteOfConstantSize(outer) ||
      outer->block != inner->block)
    return nullptr;
  const types::Struct* st = PointeeStruct(addr->operand(0));
  if (st == nullptr || outer->aux_type->Under<types::Struct>() == nullptr) return nullptr;
  if (!stores.OnlyStore(st, addr->index, store, outer)) return nullptr;
  if (addr->index < 0 || static_cast<size_t>(addr->index) >= st->fields().size()) return nullptr;
  *store_out = store;
  *field = "." + st->fields()[static_cast<size_t>(addr->index)]->name();
  return outer;
}

int64_t AlignUp(int64_t n, int64_t align) {
  return align <= 1 ? n : (n + align - 1) / align * align;
}

}  // namespace

void ChooseCoallocations(ssa::Module& m, const EscapeOptions& options, EscapeReport& report) {
  FieldStores stores(m);
  for (const auto& f : m.funcs) {
    for (const auto& b : f->blocks) {
      // Guest -> its direct outer site and the field it initialises.
      std::map<const Value*, std::pair<const Value*, std::string>> outer_of;
      for (const Value* v : b->values) {
        if (!HeapSiteOfConstantSize(v)) continue;
        const Value* store = nullptr;
        std::string field;
        if (const Value* outer = OuterOf(v, stores, &store, &field)) outer_of[v] = {outer, field};
      }
      if (outer_of.empty()) continue;
      // Lay out each chain's block in site order: the host first, then its
      // guests (a guest's host is the root of its chain).
      auto root = [&](const Value* v) {
        for (int guard = 0; outer_of.count(v) && guard < 64; ++guard) v = outer_of.at(v).first;
        return v;
      };
      for (Value* v : b->values) {
        if (!outer_of.count(v)) continue;
        const Value* host_site = root(v);
        if (outer_of.count(host_site)) continue;  // a cycle cannot happen; be safe anyway
        // The host is a Value of this block; its decision is ours to fill.
        Value* host = nullptr;
        for (Value* h : b->values) {
          if (h == host_site) host = h;
        }
        ssa::AllocDecision& hd = host->decision;
        if (hd.coalloc_size == 0) hd.coalloc_size = host->aux_type->Size();
        ssa::AllocDecision& d = v->decision;
        const Value* outer = outer_of.at(v).first;
        d.kind = AllocKind::kCoalloc;
        d.reason = ssa::AllocReason::kCoallocated;
        d.coalloc_host = host;
        d.coalloc_offset = AlignUp(hd.coalloc_size, std::max<int64_t>(v->aux_type->Align(), 1));
        hd.coalloc_size = d.coalloc_offset + v->aux_type->Size();
        std::string old_message = d.message;
        d.message = v->alloc_desc + " co-allocated with " + outer->alloc_desc;
        std::vector<std::string> why;
        if (options.message_level >= 2) {
          std::string at =
              m.sources != nullptr && outer->pos.file >= 0 &&
                      static_cast<size_t>(outer->pos.file) < m.sources->size()
                  ? m.sources->Format(outer->pos)
                  : std::to_string(outer->pos.line) + ":" + std::to_string(outer->pos.col);
          why.push_back(v->alloc_desc + " shares the allocation of " + outer->alloc_desc + " at " +
                        at + ":");
          why.push_back("  its address is stored only into " + outer_of.at(v).second +
                        " of that object, in the same block");
          why.push_back("  " + outer_of.at(v).second + " is stored nowhere else");
          d.explanation.insert(d.explanation.end(), why.begin(), why.end());
        }
        ++report.coalloc_sites;
        // The -m line already reported for the site becomes the new one.
        for (size_t i = 0; i < report.messages.size(); ++i) {
          EscapeMessage& msg = report.messages[i];
          if (msg.pos != v->pos || msg.text != old_message) continue;
          msg.text = d.message;
          std::vector<EscapeMessage> lines;
          for (const std::string& line : why) lines.push_back({v->pos, line});
          report.messages.insert(report.messages.begin() + static_cast<long>(i), lines.begin(),
                                 lines.end());
          break;
        }
      }
    }
  }
}

}  // namespace gosc::passes::escape
