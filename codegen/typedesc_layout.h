// The word-by-word shape of the runtime's descriptor structs as codegen
// emits them, checked at compile time against runtime/typedesc.h.
//
// Why it exists: codegen writes GoType, GoField and GoMethod as LLVM
// constants field by field and the runtime reads them as C structs; if a
// field were added, reordered or resized on one side only, every descriptor
// would be misread at run time. Each struct's fields are listed here once, as
// the scalar slots codegen builds its LLVM struct types from (typedesc.cpp),
// and the static_asserts below compare the offsets those slots get under the
// x86-64 C layout rules (natural alignment, which is also LLVM's layout for
// these types) with offsetof on the runtime's own definitions. The header
// is plain C++: the runtime's header carries no LLVM, and neither does this.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>

#include "runtime/typedesc.h"

namespace gosc::codegen {

enum class DescSlot : uint8_t { kI8, kI16, kI32, kI64, kPtr };

constexpr int64_t DescSlotSize(DescSlot s) {
  switch (s) {
    case DescSlot::kI8: return 1;
    case DescSlot::kI16: return 2;
    case DescSlot::kI32: return 4;
    default: return 8;
  }
}

// Offsets of the slots, and (last element) the struct's size.
template <size_t N>
constexpr std::array<int64_t, N + 1> DescOffsets(const std::array<DescSlot, N>& slots) {
  std::array<int64_t, N + 1> out{};
  int64_t off = 0;
  int64_t align = 1;
  for (size_t i = 0; i < N; ++i) {
    const int64_t sz = DescSlotSize(slots[i]);
    off = (off + sz - 1) / sz * sz;
    out[i] = off;
    off += sz;
    if (sz > align) align = sz;
  }
  out[N] = (off + align - 1) / align * align;
  return out;
}

// GoType: size, align, kind, flags, reserved0, hash, name, elem, key, len,
// fields, methods, underlying.
inline constexpr std::array<DescSlot, 13> kGoTypeSlots = {
    DescSlot::kI64, DescSlot::kI64, DescSlot::kI8,  DescSlot::kI8,  DescSlot::kI16,
    DescSlot::kI32, DescSlot::kPtr, DescSlot::kPtr, DescSlot::kPtr, DescSlot::kI64,
    DescSlot::kPtr, DescSlot::kPtr, DescSlot::kPtr};
// GoField: name, type, offset, embedded.
inline constexpr std::array<DescSlot, 4> kGoFieldSlots = {DescSlot::kPtr, DescSlot::kPtr,
                                                          DescSlot::kI64, DescSlot::kI64};
// GoMethod: name, signature, fn, ptr_recv.
inline constexpr std::array<DescSlot, 4> kGoMethodSlots = {DescSlot::kPtr, DescSlot::kPtr,
                                                           DescSlot::kPtr, DescSlot::kI64};
// GoItab: type, iface, then one code pointer per method (emitted as an array).
inline constexpr std::array<DescSlot, 2> kGoItabHeaderSlots = {DescSlot::kPtr, DescSlot::kPtr};

namespace desc_layout_check {
inline constexpr auto kType = DescOffsets(kGoTypeSlots);
static_assert(kType[0] == offsetof(GoType, size) && kType[1] == offsetof(GoType, align) &&
                  kType[2] == offsetof(GoType, kind) && kType[3] == offsetof(GoType, flags) &&
                  kType[4] == offsetof(GoType, reserved0) && kType[5] == offsetof(GoType, hash) &&
                  kType[6] == offsetof(GoType, name) && kType[7] == offsetof(GoType, elem) &&
                  kType[8] == offsetof(GoType, key) && kType[9] == offsetof(GoType, len) &&
                  kType[10] == offsetof(GoType, fields) && kType[11] == offsetof(GoType, methods) &&
                  kType[12] == offsetof(GoType, underlying) && kType[13] == sizeof(GoType),
              "codegen's GoType slots disagree with runtime/typedesc.h");
static_assert(sizeof(GoType::kind) == 1 && sizeof(GoType::flags) == 1 &&
                  sizeof(GoType::reserved0) == 2 && sizeof(GoType::hash) == 4,
              "GoType's small fields changed width");
inline constexpr auto kField = DescOffsets(kGoFieldSlots);
static_assert(kField[0] == offsetof(GoField, name) && kField[1] == offsetof(GoField, type) &&
                  kField[2] == offsetof(GoField, offset) &&
                  kField[3] == offsetof(GoField, embedded) && kField[4] == sizeof(GoField),
              "codegen's GoField slots disagree with runtime/typedesc.h");
inline constexpr auto kMethod = DescOffsets(kGoMethodSlots);
static_assert(kMethod[0] == offsetof(GoMethod, name) &&
                  kMethod[1] == offsetof(GoMethod, signature) &&
                  kMethod[2] == offsetof(GoMethod, fn) &&
                  kMethod[3] == offsetof(GoMethod, ptr_recv) && kMethod[4] == sizeof(GoMethod),
              "codegen's GoMethod slots disagree with runtime/typedesc.h");
inline constexpr auto kItab = DescOffsets(kGoItabHeaderSlots);
static_assert(kItab[0] == offsetof(GoItab, type) && kItab[1] == offsetof(GoItab, iface) &&
                  kItab[2] == offsetof(GoItab, fns),
              "codegen's itab header disagrees with runtime/typedesc.h");
}  // namespace desc_layout_check

}  // namespace gosc::codegen
