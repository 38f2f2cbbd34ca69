// Declares every runtime entry listed in abi.def as an extern "C" function
// with the exact C parameter list codegen calls it with. Each runtime source
// includes this header, so an implementation whose signature drifts from
// abi.def is a "conflicting declaration" compile error rather than a
// miscompiled call at run time.
//
// Parameters are declared flattened (a string is two parameters, a slice
// three) because the x86-64 SysV ABI passes a by-value struct differently
// from separate scalars once registers run out.
#pragma once

#include <cstdint>

#include "runtime/typedesc.h"

#define GOSC_RET_void void
#define GOSC_RET_bool bool
#define GOSC_RET_i8 int8_t
#define GOSC_RET_i32 int32_t
#define GOSC_RET_i64 int64_t
#define GOSC_RET_f64 double
#define GOSC_RET_ptr void*
#define GOSC_RET_str GoString
#define GOSC_RET_iface GoEface
#define GOSC_RET_pair GoPair

#define GOSC_VAR_slice GoSlice
#define GOSC_VAR_ptr void*
#define GOSC_VAR_GoType GoType

// Parameter spellings, active only while abi.def is expanded below.
#define i8 int8_t
#define i16 int16_t
#define i32 int32_t
#define i64 int64_t
#define f32 float
#define f64 double
#define ptr void*
#define str const uint8_t*, int64_t
#define iface const void*, void*
#define slice void*, int64_t, int64_t

#define GOSC_RT(symbol, go_name, ret, params) extern "C" GOSC_RET_##ret symbol params;
#define GOSC_RT_VAR(symbol, go_name, type) extern "C" GOSC_VAR_##type symbol;
// The library's rows (runtime/library.def) are declared directly rather than
// through abi.def's forwarding to GOSC_RT, which would expand `str` above.
#define GOSC_LIB(symbol, go_name, ret, params, go_signature, escape) \
  extern "C" GOSC_RET_##ret symbol params;
#define GOSC_LIB_VAR(symbol, go_name, type, go_type) extern "C" GOSC_VAR_##type symbol;
#include "runtime/abi.def"
#undef GOSC_RT
#undef GOSC_RT_VAR
#undef GOSC_LIB
#undef GOSC_LIB_VAR

#undef i8
#undef i16
#undef i32
#undef i64
#undef f32
#undef f64
#undef ptr
#undef str
#undef iface
#undef slice

// The program entry points every compiled program defines (see abi.def).
extern "C" void gosc_main_init(void);
extern "C" void gosc_main_main(void);
