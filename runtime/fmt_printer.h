// The fmt package's printer state, shared by the fmt_*.cpp files. It mirrors
// Go's fmt/print.go (pp: argument dispatch, composite values, methods) and
// fmt/format.go (fmt: flags, padding, numbers) closely, function for
// function, because byte-identical output depends on following Go's exact
// order of decisions (which flag wins, when padding uses zeros, how a bad
// verb is reported).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "runtime/internal.h"

namespace gosc::runtime {

struct FmtFlags {
  bool wid_present = false;
  bool prec_present = false;
  bool minus = false;
  bool plus = false;
  bool sharp = false;
  bool space = false;
  bool zero = false;
  bool plus_v = false;
  bool sharp_v = false;
  int wid = 0;
  int prec = 0;
};

class Printer {
 public:
  std::string buf;
  FmtFlags f;
  bool wrap_errs = false;  // Errorf: %w prints its error operand like %v

  void DoPrint(const GoEface* a, int64_t n);
  void DoPrintln(const GoEface* a, int64_t n);
  void DoPrintf(std::string_view format, const GoEface* a, int64_t n);

  // format.go
  void WritePadding(int n);
  void Pad(std::string_view s);
  void FmtBoolean(bool v);
  void FmtInteger(uint64_t u, int base, bool is_signed, int32_t verb, bool upper);
  void FmtUnicode(uint64_t u);
  void FmtC(uint64_t c);
  void FmtQc(uint64_t c);
  void FmtFloatF(double v, int size, int32_t verb, int prec);
  void FmtS(std::string_view s);
  void FmtSbx(std::string_view s, bool upper);
  void FmtQ(std::string_view s);
  std::string_view Truncate(std::string_view s) const;

  // print.go
  void PrintArg(GoEface arg, int32_t verb);
  void PrintValue(const GoType* t, const void* p, int32_t verb, int depth, bool can_iface);
  bool HandleMethods(const GoType* t, void* data, int32_t verb);
  void BadVerb(int32_t verb);
  void FmtBool(bool v, int32_t verb);
  void FmtIntegerV(uint64_t v, bool is_signed, int32_t verb);
  void FmtFloat(double v, int size, int32_t verb);
  void FmtString(std::string_view v, int32_t verb);
  void FmtBytes(std::string_view v, int32_t verb);
  void FmtPointer(const GoType* t, uint64_t u, int32_t verb);
  void Fmt0x64(uint64_t v, bool leading0x);

 private:
  // The value badVerb describes: the top-level argument or the value being
  // printed by PrintValue (Go's p.arg / p.value).
  const GoType* cur_type_ = nullptr;
  const void* cur_ptr_ = nullptr;
  bool erroring_ = false;
  bool reordered_ = false;
  bool good_arg_num_ = true;
  bool ArgNumber(int& arg_num, std::string_view format, size_t& i, int64_t num_args);
};

// Compares two map keys of type t as Go's internal/fmtsort does.
int CompareKeys(const GoType* t, const void* a, const void* b);

}  // namespace gosc::runtime
