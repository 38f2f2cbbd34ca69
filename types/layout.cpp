// Go's amd64 memory layout: sizes, alignments, field offsets and whether
// the garbage collector must scan a type.
//
// Why it exists: unsafe.Sizeof in the checker, escape analysis's stack size
// limits and codegen's loads and stores must agree on every byte — a
// disagreement would be a silent miscompile — so the rules live once, here.
#include "types/types.h"

namespace gosc::types {

namespace {

int64_t RoundUp(int64_t x, int64_t a) { return (x + a - 1) / a * a; }

void BasicLayout(BasicKind k, int64_t* size, int64_t* align) {
  switch (k) {
    case BasicKind::kBool:
    case BasicKind::kInt8:
    case BasicKind::kUint8: *size = *align = 1; return;
    case BasicKind::kInt16:
    case BasicKind::kUint16: *size = *align = 2; return;
    case BasicKind::kInt32:
    case BasicKind::kUint32:
    case BasicKind::kFloat32: *size = *align = 4; return;
    case BasicKind::kComplex64:
      *size = 8;
      *align = 4;
      return;
    case BasicKind::kComplex128:
      *size = 16;
      *align = 8;
      return;
    case BasicKind::kString:
      *size = 16;
      *align = 8;
      return;
    default:  // int, uint, int64, uint64, uintptr, float64, unsafe.Pointer, untyped
      *size = *align = 8;
      return;
  }
}

}  // namespace

int64_t Type::Size() const {
  if (size_ >= 0) return size_;
  int64_t size = 8, align = 8;
  switch (kind_) {
    case TypeKind::kBasic:
      BasicLayout(static_cast<const Basic*>(this)->basic(), &size, &align);
      break;
    case TypeKind::kPointer:
    case TypeKind::kMap:
    case TypeKind::kChan:
    case TypeKind::kSignature: break;
    case TypeKind::kSlice: size = 24; break;
    case TypeKind::kInterface: size = 16; break;
    case TypeKind::kArray: {
      const Array* a = static_cast<const Array*>(this);
      size = a->elem()->Size() * a->len();
      align = a->elem()->Align();
      break;
    }
    case TypeKind::kStruct: {
      const Struct* s = static_cast<const Struct*>(this);
      align = 1;
      int64_t off = 0;
      const auto& fields = s->fields();
      for (size_t i = 0; i < fields.size(); ++i) {
        const Type* ft = fields[i]->type();
        off = RoundUp(off, ft->Align()) + ft->Size();
        align = std::max(align, ft->Align());
      }
      // gc pads a struct ending in a zero-sized field so that taking the
      // field's address cannot point past the object.
      if (!fields.empty() && fields.back()->type()->Size() == 0 && off > 0) off++;
      size = RoundUp(off, align);
      break;
    }
    case TypeKind::kTuple: {
      const Tuple* t = static_cast<const Tuple*>(this);
      align = 1;
      int64_t off = 0;
      for (const Var* v : t->vars()) {
        off = RoundUp(off, v->type()->Align()) + v->type()->Size();
        align = std::max(align, v->type()->Align());
      }
      size = RoundUp(off, align);
      break;
    }
    case TypeKind::kNamed: {
      const Type* u = Underlying();
      size = u ? u->Size() : 0;
      align = u ? u->Align() : 1;
      break;
    }
  }
  size_ = size;
  align_ = align;
  return size_;
}

int64_t Type::Align() const {
  if (align_ < 0) Size();
  return align_;
}

int64_t Struct::Offset(size_t i) const {
  if (offsets_.size() != fields_.size()) {
    offsets_.clear();
    int64_t off = 0;
    for (const Var* f : fields_) {
      off = RoundUp(off, f->type()->Align());
      offsets_.push_back(off);
      off += f->type()->Size();
    }
  }
  return offsets_[i];
}

bool Type::HasPointers() const {
  switch (kind_) {
    case TypeKind::kBasic: {
      BasicKind k = static_cast<const Basic*>(this)->basic();
      return k == BasicKind::kString || k == BasicKind::kUnsafePointer ||
             k == BasicKind::kUntypedString || k == BasicKind::kUntypedNil;
    }
    case TypeKind::kArray: {
      const Array* a = static_cast<const Array*>(this);
      return a->len() > 0 && a->elem()->HasPointers();
    }
    case TypeKind::kStruct:
      for (const Var* f : static_cast<const Struct*>(this)->fields()) {
        if (f->type()->HasPointers()) return true;
      }
      return false;
    case TypeKind::kTuple:
      for (const Var* v : static_cast<const Tuple*>(this)->vars()) {
        if (v->type()->HasPointers()) return true;
      }
      return false;
    case TypeKind::kNamed: return Underlying() && Underlying()->HasPointers();
    default: return true;
  }
}

}  // namespace gosc::types
