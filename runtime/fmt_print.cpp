// Go's fmt/print.go over type descriptors instead of reflect: dispatch of
// one argument by verb and kind, Error()/String() methods, composite values
// (structs, slices, arrays, maps with sorted keys, pointers at top level),
// bad-verb reports, and the Print/Println/Printf drivers.
#include <algorithm>
#include <cstring>
#include <utility>
#include <vector>

#include "runtime/fmt_printer.h"

namespace gosc::runtime {
namespace {

bool IsSignedKind(uint8_t k) { return k >= kGoInt && k <= kGoInt64; }
bool IsUnsignedKind(uint8_t k) { return k >= kGoUint && k <= kGoUintptr; }

int64_t LoadInt(uint8_t kind, const void* p) {
  switch (kind) {
    case kGoInt8: return *static_cast<const int8_t*>(p);
    case kGoInt16: return *static_cast<const int16_t*>(p);
    case kGoInt32: return *static_cast<const int32_t*>(p);
    default: return *static_cast<const int64_t*>(p);
  }
}

uint64_t LoadUint(uint8_t kind, const void* p) {
  switch (kind) {
    case kGoUint8: return *static_cast<const uint8_t*>(p);
    case kGoUint16: return *static_cast<const uint16_t*>(p);
    case kGoUint32: return *static_cast<const uint32_t*>(p);
    default: return *static_cast<const uint64_t*>(p);
  }
}

// Unexported fields cannot be turned back into interfaces by reflect, so
// fmt never calls their String/Error methods.
bool IsExported(const char* name) { return name != nullptr && name[0] >= 'A' && name[0] <= 'Z'; }

bool IsStringMethod(const GoMethod* m) {
  return m != nullptr && (m->signature == nullptr || strcmp(m->signature, "func() string") == 0);
}

// The dynamic (type, value pointer) held by an interface value at p.
std::pair<const GoType*, const void*> IfaceElem(const GoType* iface_under, const void* p) {
  auto* e = static_cast<const GoEface*>(p);
  const GoType* t = e->type;
  if (t != nullptr && iface_under->len != 0) t = reinterpret_cast<const GoItab*>(t)->type;
  if (t == nullptr) return {nullptr, nullptr};
  return {t, EfaceValue(t, const_cast<void* const&>(e->data))};
}

int Cmp3(bool less, bool greater) { return less ? -1 : (greater ? 1 : 0); }

}  // namespace

int CompareKeys(const GoType* t, const void* a, const void* b) {
  const GoType* u = Under(t);
  if (IsSignedKind(u->kind)) {
    int64_t x = LoadInt(u->kind, a), y = LoadInt(u->kind, b);
    return Cmp3(x<y, x> y);
  }
  if (IsUnsignedKind(u->kind)) {
    uint64_t x = LoadUint(u->kind, a), y = LoadUint(u->kind, b);
    return Cmp3(x<y, x> y);
  }
  switch (u->kind) {
    case kGoString: {
      std::string_view x = View(*static_cast<const GoString*>(a));
      std::string_view y = View(*static_cast<const GoString*>(b));
      return Cmp3(x<y, x> y);
    }
    case kGoFloat32:
    case kGoFloat64: {
      double x =
          u->kind == kGoFloat32 ? *static_cast<const float*>(a) : *static_cast<const double*>(a);
      double y =
          u->kind == kGoFloat32 ? *static_cast<const float*>(b) : *static_cast<const double*>(b);
      if (x != x) return -1;
      if (y != y) return 1;
      return Cmp3(x<y, x> y);
    }
    case kGoBool: {
      bool x = *static_cast<const bool*>(a), y = *static_cast<const bool*>(b);
      return Cmp3(!x && y, x && !y);
    }
    case kGoPointer:
    case kGoUnsafePointer: {
      auto x = *static_cast<const uintptr_t*>(a), y = *static_cast<const uintptr_t*>(b);
      return Cmp3(x<y, x> y);
    }
    case kGoStruct:
      for (int64_t i = 0; i < u->len; i++) {
        const GoField& fl = u->fields[i];
        int c = CompareKeys(fl.type, static_cast<const char*>(a) + fl.offset,
                            static_cast<const char*>(b) + fl.offset);
        if (c != 0) return c;
      }
      return 0;
    case kGoArray:
      for (int64_t i = 0; i < u->len; i++) {
        int c = CompareKeys(u->elem, static_cast<const char*>(a) + i * u->elem->size,
                            static_cast<const char*>(b) + i * u->elem->size);
        if (c != 0) return c;
      }
      return 0;
    case kGoInterface: {
      auto [ta, pa] = IfaceElem(u, a);
      auto [tb, pb] = IfaceElem(u, b);
      if (ta == nullptr || tb == nullptr)
        return Cmp3(ta == nullptr && tb != nullptr, ta != nullptr && tb == nullptr);
      if (!TypesEqual(ta, tb)) {
        int c = strcmp(ta->name, tb->name);
        return c < 0 ? -1 : 1;
      }
      return CompareKeys(ta, pa, pb);
    }
    default: return 0;
  }
}

void Printer::Fmt0x64(uint64_t v, bool leading0x) {
  const bool sharp = f.sharp;
  f.sharp = leading0x;
  FmtInteger(v, 16, false, 'v', false);
  f.sharp = sharp;
}

void Printer::BadVerb(int32_t verb) {
  erroring_ = true;
  buf += "%!";
  AppendRune(buf, verb);
  buf += '(';
  if (cur_type_ != nullptr) {
    buf += cur_type_->name;
    buf += '=';
    const GoType* t = cur_type_;
    const void* p = cur_ptr_;
    PrintValue(t, p, 'v', 0, false);
  } else {
    buf += "<nil>";
  }
  buf += ')';
  erroring_ = false;
}

void Printer::FmtBool(bool v, int32_t verb) {
  if (verb == 't' || verb == 'v') {
    FmtBoolean(v);
  } else {
    BadVerb(verb);
  }
}

void Printer::FmtIntegerV(uint64_t v, bool is_signed, int32_t verb) {
  switch (verb) {
    case 'v':
      if (f.sharp_v && !is_signed) {
        Fmt0x64(v, true);
      } else {
        FmtInteger(v, 10, is_signed, verb, false);
      }
      break;
    case 'd': FmtInteger(v, 10, is_signed, verb, false); break;
    case 'b': FmtInteger(v, 2, is_signed, verb, false); break;
    case 'o':
    case 'O': FmtInteger(v, 8, is_signed, verb, false); break;
    case 'x': FmtInteger(v, 16, is_signed, verb, false); break;
    case 'X': FmtInteger(v, 16, is_signed, verb, true); break;
    case 'c': FmtC(v); break;
    case 'q': FmtQc(v); break;
    case 'U': FmtUnicode(v); break;
    default: BadVerb(verb);
  }
}

void Printer::FmtFloat(double v, int size, int32_t verb) {
  switch (verb) {
    case 'v': FmtFloatF(v, size, 'g', -1); break;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X': FmtFloatF(v, size, verb, -1); break;
    case 'f':
    case 'e':
    case 'E': FmtFloatF(v, size, verb, 6); break;
    case 'F': FmtFloatF(v, size, 'f', 6); break;
    default: BadVerb(verb);
  }
}

void Printer::FmtString(std::string_view v, int32_t verb) {
  switch (verb) {
    case 'v':
      if (f.sharp_v) {
        FmtQ(v);
      } else {
        FmtS(v);
      }
      break;
    case 's': FmtS(v); break;
    case 'x': FmtSbx(v, false); break;
    case 'X': FmtSbx(v, true); break;
    case 'q': FmtQ(v); break;
    default: BadVerb(verb);
  }
}

void Printer::FmtBytes(std::string_view v, int32_t verb) {
  switch (verb) {
    case 's': FmtS(v); break;
    case 'x': FmtSbx(v, false); break;
    case 'X': FmtSbx(v, true); break;
    case 'q': FmtQ(v); break;
    default: break;
  }
}

void Printer::FmtPointer(const GoType* t, uint64_t u, int32_t verb) {
  switch (verb) {
    case 'v':
      if (f.sharp_v) {
        buf += '(';
        buf += t->name;
        buf += ")(";
        if (u == 0) {
          buf += "nil";
        } else {
          Fmt0x64(u, true);
        }
        buf += ')';
      } else if (u == 0) {
        Pad("<nil>");
      } else {
        Fmt0x64(u, !f.sharp);
      }
      break;
    case 'p': Fmt0x64(u, !f.sharp); break;
    case 'b':
    case 'o':
    case 'd':
    case 'x':
    case 'X': FmtIntegerV(u, false, verb); break;
    default: BadVerb(verb);
  }
}

bool Printer::HandleMethods(const GoType* t, void* data, int32_t verb) {
  if (erroring_) return false;
  if (verb == 'w') {
    if (!wrap_errs || !IsStringMethod(FindMethod(t, "Error"))) {
      wrap_errs = false;
      BadVerb(verb);
      return true;
    }
    verb = 'v';
  }
  if (f.sharp_v) return false;
  if (verb != 'v' && verb != 's' && verb != 'x' && verb != 'X' && verb != 'q') return false;
  const GoMethod* m = FindMethod(t, "Error");
  if (!IsStringMethod(m)) m = FindMethod(t, "String");
  if (!IsStringMethod(m)) return false;
  // A nil pointer receiver would fault inside the method; Go catches that
  // panic and prints <nil>.
  if (Under(t)->kind == kGoPointer && data == nullptr) {
    Pad("<nil>");
    return true;
  }
  GoString s = CallStringMethod(m, data);
  FmtString(View(s), verb);
  return true;
}

void Printer::PrintArg(GoEface arg, int32_t verb) {
  cur_type_ = arg.type;
  cur_ptr_ = arg.type ? EfaceValue(arg.type, arg.data) : nullptr;
  if (arg.type == nullptr) {
    if (verb == 'T' || verb == 'v') {
      Pad("<nil>");
    } else {
      BadVerb(verb);
    }
    return;
  }
  if (verb == 'T') {
    FmtS(arg.type->name);
    return;
  }
  if (verb == 'p') {
    const uint8_t k = Under(arg.type)->kind;
    if (k == kGoPointer || k == kGoMap || k == kGoFunc || k == kGoUnsafePointer) {
      FmtPointer(arg.type, reinterpret_cast<uintptr_t>(arg.data), 'p');
    } else if (k == kGoSlice) {
      FmtPointer(arg.type, reinterpret_cast<uintptr_t>(static_cast<const GoSlice*>(arg.data)->ptr),
                 'p');
    } else {
      BadVerb(verb);
    }
    return;
  }
  if (NumMethods(arg.type) > 0 && HandleMethods(arg.type, arg.data, verb)) return;
  PrintValue(arg.type, cur_ptr_, verb, 0, true);
}

void Printer::PrintValue(const GoType* t, const void* p, int32_t verb, int depth, bool can_iface) {
  // A field or element of interface type: reflect's Interface() yields the
  // dynamic value, so the methods that count are the dynamic type's; the
  // kGoInterface case below recurses into it, which handles them (an
  // interface descriptor's own method entries have no code to call).
  if (depth > 0 && can_iface && NumMethods(t) > 0 && Under(t)->kind != kGoInterface) {
    if (HandleMethods(t, DataWordFor(t, p), verb)) return;
  }
  cur_type_ = t;
  cur_ptr_ = p;
  const GoType* u = Under(t);
  if (IsSignedKind(u->kind)) {
    FmtIntegerV(static_cast<uint64_t>(LoadInt(u->kind, p)), true, verb);
    return;
  }
  if (IsUnsignedKind(u->kind)) {
    FmtIntegerV(LoadUint(u->kind, p), false, verb);
    return;
  }
  switch (u->kind) {
    case kGoBool: FmtBool(*static_cast<const bool*>(p), verb); return;
    case kGoFloat32: FmtFloat(*static_cast<const float*>(p), 32, verb); return;
    case kGoFloat64: FmtFloat(*static_cast<const double*>(p), 64, verb); return;
    case kGoString: FmtString(View(*static_cast<const GoString*>(p)), verb); return;
    case kGoMap: {
      void* m = *static_cast<void* const*>(p);
      if (f.sharp_v) {
        buf += t->name;
        if (m == nullptr) {
          buf += "(nil)";
          return;
        }
        buf += '{';
      } else {
        buf += "map[";
      }
      std::vector<std::pair<const void*, const void*>> entries;
      if (m != nullptr) {
        alignas(8) char it[GOSC_MAP_ITER_SIZE];
        gosc_mapiterinit(const_cast<GoType*>(t), m, it);
        while (void* k = *reinterpret_cast<void**>(it)) {
          entries.emplace_back(k, *reinterpret_cast<void**>(it + 8));
          gosc_mapiternext(it);
        }
      }
      const GoType* kt = u->key;
      std::stable_sort(entries.begin(), entries.end(), [kt](const auto& a, const auto& b) {
        return CompareKeys(kt, a.first, b.first) < 0;
      });
      for (size_t i = 0; i < entries.size(); i++) {
        if (i > 0) buf += f.sharp_v ? ", " : " ";
        PrintValue(kt, entries[i].first, verb, depth + 1, can_iface);
        buf += ':';
        PrintValue(u->elem, entries[i].second, verb, depth + 1, can_iface);
      }
      buf += f.sharp_v ? '}' : ']';
      return;
    }
    case kGoStruct: {
      if (f.sharp_v) buf += t->name;
      buf += '{';
      for (int64_t i = 0; i < u->len; i++) {
        const GoField& fl = u->fields[i];
        if (i > 0) buf += f.sharp_v ? ", " : " ";
        if ((f.plus_v || f.sharp_v) && fl.name != nullptr && fl.name[0] != '\0') {
          buf += fl.name;
          buf += ':';
        }
        PrintValue(fl.type, static_cast<const char*>(p) + fl.offset, verb, depth + 1,
                   can_iface && IsExported(fl.name));
      }
      buf += '}';
      return;
    }
    case kGoInterface: {
      auto [et, ep] = IfaceElem(u, p);
      if (et == nullptr) {
        if (f.sharp_v) {
          buf += t->name;
          buf += "(nil)";
        } else {
          buf += "<nil>";
        }
      } else {
        PrintValue(et, ep, verb, depth + 1, can_iface);
      }
      return;
    }
    case kGoArray:
    case kGoSlice: {
      const char* base;
      int64_t n;
      if (u->kind == kGoArray) {
        base = static_cast<const char*>(p);
        n = u->len;
      } else {
        auto* s = static_cast<const GoSlice*>(p);
        base = static_cast<const char*>(s->ptr);
        n = s->len;
      }
      const GoType* et = u->elem;
      if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') &&
          Under(et)->kind == kGoUint8) {
        FmtBytes(std::string_view(base, static_cast<size_t>(n)), verb);
        return;
      }
      if (f.sharp_v) {
        buf += t->name;
        if (u->kind == kGoSlice && static_cast<const GoSlice*>(p)->ptr == nullptr) {
          buf += "(nil)";
          return;
        }
        buf += '{';
        for (int64_t i = 0; i < n; i++) {
          if (i > 0) buf += ", ";
          PrintValue(et, base + i * et->size, verb, depth + 1, can_iface);
        }
        buf += '}';
        return;
      }
      buf += '[';
      for (int64_t i = 0; i < n; i++) {
        if (i > 0) buf += ' ';
        PrintValue(et, base + i * et->size, verb, depth + 1, can_iface);
      }
      buf += ']';
      return;
    }
    case kGoPointer: {
      void* target = *static_cast<void* const*>(p);
      if (depth == 0 && target != nullptr && u->elem != nullptr) {
        const uint8_t ek = Under(u->elem)->kind;
        if (ek == kGoArray || ek == kGoSlice || ek == kGoStruct || ek == kGoMap) {
          buf += '&';
          PrintValue(u->elem, target, verb, depth + 1, can_iface);
          return;
        }
      }
      FmtPointer(t, reinterpret_cast<uintptr_t>(target), verb);
      return;
    }
    case kGoFunc:
    case kGoUnsafePointer: FmtPointer(t, *static_cast<const uintptr_t*>(p), verb); return;
    default: buf += "?";
  }
}

void Printer::DoPrint(const GoEface* a, int64_t n) {
  bool prev_string = false;
  for (int64_t i = 0; i < n; i++) {
    const bool is_string = a[i].type != nullptr && Under(a[i].type)->kind == kGoString;
    if (i > 0 && !is_string && !prev_string) buf += ' ';
    PrintArg(a[i], 'v');
    prev_string = is_string;
  }
}

void Printer::DoPrintln(const GoEface* a, int64_t n) {
  for (int64_t i = 0; i < n; i++) {
    if (i > 0) buf += ' ';
    PrintArg(a[i], 'v');
  }
  buf += '\n';
}

std::string SprintValue(GoEface v) {
  Printer p;
  p.PrintArg(v, 'v');
  return std::move(p.buf);
}

}  // namespace gosc::runtime
