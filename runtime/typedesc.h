// Runtime type descriptors: the layout shared by codegen (which emits one
// constant descriptor per Go type that needs one) and the runtime (fmt's %v
// and %T, map hashing and equality, interface conversions and assertions,
// panics' messages, the GC's atomic-vs-scanned choice).
//
// Why a C layout: codegen emits these as LLVM constants field by field, and
// the runtime reads them as C structs; keeping the layout plain (no virtuals,
// fixed-width fields, pointers last) makes both sides agree by construction.
// codegen/typedesc_layout.h lists the same fields as the slots codegen emits
// and static_asserts their offsets against these definitions.
#pragma once

#include <cstdint>

extern "C" {

enum GoKind : uint8_t {
  kGoInvalid = 0,
  kGoBool,
  kGoInt,
  kGoInt8,
  kGoInt16,
  kGoInt32,
  kGoInt64,
  kGoUint,
  kGoUint8,
  kGoUint16,
  kGoUint32,
  kGoUint64,
  kGoUintptr,
  kGoFloat32,
  kGoFloat64,
  kGoString,
  kGoUnsafePointer,
  kGoPointer,
  kGoSlice,
  kGoArray,
  kGoMap,
  kGoStruct,
  kGoFunc,
  kGoInterface,
};

enum GoTypeFlags : uint8_t {
  kGoHasPointers = 1,      // the GC must scan values of this type
  kGoComparable = 2,       // == is defined (map keys, interface comparison)
  kGoDirectIface = 4,      // pointer-shaped: stored directly in an interface's data word
  kGoNamed = 8,            // a defined (named) type: `name` is its qualified name
  kGoHashMightPanic = 16,  // an interface, or an array/struct holding one (types::HashMightPanic)
};

struct GoType;

struct GoField {
  const char* name;  // NUL-terminated; for embedded fields the type's name
  const GoType* type;
  int64_t offset;
  int64_t embedded;  // 0 or 1 (a full word keeps the layout trivially aligned)
};

struct GoMethod {  // methods of a named type, sorted by name
  const char* name;
  const char*
      signature;     // canonical signature text, e.g. "func(int) string": identity for itab lookup
  void* fn;          // entry taking the interface data word as receiver
  int64_t ptr_recv;  // 1: only in the method set of *T
};

struct GoType {
  int64_t size;
  int64_t align;
  uint8_t kind;   // GoKind
  uint8_t flags;  // GoTypeFlags
  uint16_t reserved0;
  uint32_t hash;       // a hash of the type's identity (for type switches' fast compare)
  const char* name;    // Go's spelling as %T prints it: "int", "main.T", "[]string",
                       // "map[string]int", "*main.T"
  const GoType* elem;  // pointer, slice, array: element; map: value
  const GoType* key;   // map: key
  int64_t len;  // array: length; struct: field count; interface: method count; named: method count
  const GoField* fields;  // struct fields (len entries)
  const GoMethod*
      methods;  // named types: their methods; interfaces: their method names/signatures (fn unused)
  const GoType* underlying;  // named types: the descriptor of the underlying type's structure
                             // (nullptr otherwise)
};

// An interface's dispatch table for one (dynamic type, interface) pair.
struct GoItab {
  const GoType* type;   // the dynamic type (first, so eface and iface share the type lookup)
  const GoType* iface;  // the interface type
  void* fns[1];         // one entry per interface method, in the interface's sorted method order
};

// Interface values. Empty interfaces hold a GoType*, others a GoItab*; the
// data word is the value itself when kGoDirectIface, else a pointer to a copy.
struct GoEface {
  const GoType* type;
  void* data;
};
struct GoIface {
  const GoItab* tab;
  void* data;
};

struct GoString {
  const uint8_t* ptr;
  int64_t len;
};
struct GoSlice {
  void* ptr;
  int64_t len;
  int64_t cap;
};
struct GoPair {
  int64_t a;
  int64_t b;
};

}  // extern "C"
