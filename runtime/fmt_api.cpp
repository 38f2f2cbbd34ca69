// fmt's Printf format parser (Go's doPrintf: flags, width, precision, `*`,
// argument indexes, %!(EXTRA ...) and friends) and the exported fmt
// functions codegen calls: Print*, Sprint*, Fprint*, Errorf.
#include "runtime/fmt_printer.h"

namespace gosc::runtime {
namespace {

constexpr int kTooLarge = 1000000;

bool ParseNum(std::string_view s, size_t start, size_t end, int* num, size_t* newi) {
  *num = 0;
  bool isnum = false;
  size_t i = start;
  if (start >= end) {
    *newi = end;
    return false;
  }
  for (; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
    if (*num > kTooLarge || *num < -kTooLarge) {
      *num = 0;
      *newi = end;
      return false;
    }
    *num = *num * 10 + (s[i] - '0');
    isnum = true;
  }
  *newi = i;
  return isnum;
}

// Reads an int argument for `*` width/precision.
bool IntFromArg(const GoEface* a, int64_t n, int& arg_num, int* num) {
  *num = 0;
  bool ok = false;
  if (arg_num < n) {
    const GoType* t = a[arg_num].type;
    if (t != nullptr) {
      const GoType* u = Under(t);
      const void* p = EfaceValue(t, a[arg_num].data);
      int64_t v = 0;
      switch (u->kind) {
        case kGoInt:
        case kGoInt64:
          v = *static_cast<const int64_t*>(p);
          ok = true;
          break;
        case kGoInt32:
          v = *static_cast<const int32_t*>(p);
          ok = true;
          break;
        case kGoInt16:
          v = *static_cast<const int16_t*>(p);
          ok = true;
          break;
        case kGoInt8:
          v = *static_cast<const int8_t*>(p);
          ok = true;
          break;
        case kGoUint:
        case kGoUint64:
        case kGoUintptr:
          v = *static_cast<const int64_t*>(p);
          ok = v >= 0;
          break;
        case kGoUint32:
          v = *static_cast<const uint32_t*>(p);
          ok = true;
          break;
        case kGoUint16:
          v = *static_cast<const uint16_t*>(p);
          ok = true;
          break;
        case kGoUint8:
          v = *static_cast<const uint8_t*>(p);
          ok = true;
          break;
        default: break;
      }
      if (ok && (v > kTooLarge || v < -kTooLarge)) ok = false;
      *num = ok ? static_cast<int>(v) : 0;
    }
    arg_num++;
  }
  return ok;
}

}  // namespace

bool Printer::ArgNumber(int& arg_num, std::string_view format, size_t& i, int64_t num_args) {
  if (format.size() <= i || format[i] != '[') return false;
  reordered_ = true;
  // [n]: at least three bytes, one-indexed.
  std::string_view rest = format.substr(i);
  if (rest.size() < 3) {
    i += 1;
    good_arg_num_ = false;
    return false;
  }
  for (size_t k = 1; k < rest.size(); k++) {
    if (rest[k] == ']') {
      int width;
      size_t newi;
      bool ok = ParseNum(rest, 1, k, &width, &newi);
      if (!ok || newi != k) {
        i += k + 1;
        good_arg_num_ = false;
        return false;
      }
      const int index = width - 1;
      i += k + 1;
      if (0 <= index && index < num_args) {
        arg_num = index;
        return true;
      }
      good_arg_num_ = false;
      return true;
    }
  }
  i += 1;
  good_arg_num_ = false;
  return false;
}

void Printer::DoPrintf(std::string_view format, const GoEface* a, int64_t n) {
  const size_t end = format.size();
  int arg_num = 0;
  bool after_index = false;
  reordered_ = false;
  for (size_t i = 0; i < end;) {
    good_arg_num_ = true;
    const size_t lasti = i;
    while (i < end && format[i] != '%') i++;
    if (i > lasti) buf.append(format.substr(lasti, i - lasti));
    if (i >= end) break;
    i++;  // skip %
    f = FmtFlags{};
    bool simple_done = false;
    for (; i < end; i++) {
      const char c = format[i];
      if (c == '#') {
        f.sharp = true;
      } else if (c == '0') {
        f.zero = !f.minus;
      } else if (c == '+') {
        f.plus = true;
      } else if (c == '-') {
        f.minus = true;
        f.zero = false;
      } else if (c == ' ') {
        f.space = true;
      } else {
        if ('a' <= c && c <= 'z' && arg_num < n) {
          if (c == 'v') {
            f.sharp_v = f.sharp;
            f.sharp = false;
            f.plus_v = f.plus;
            f.plus = false;
          }
          PrintArg(a[arg_num], c);
          arg_num++;
          i++;
          simple_done = true;
        }
        break;
      }
    }
    if (simple_done) continue;

    after_index = ArgNumber(arg_num, format, i, n);
    if (i < end && format[i] == '*') {
      i++;
      f.wid_present = IntFromArg(a, n, arg_num, &f.wid);
      if (!f.wid_present) buf += "%!(BADWIDTH)";
      if (f.wid < 0) {
        f.wid = -f.wid;
        f.minus = true;
        f.zero = false;
      }
      after_index = false;
    } else {
      size_t newi;
      f.wid_present = ParseNum(format, i, end, &f.wid, &newi);
      i = newi;
      if (after_index && f.wid_present) good_arg_num_ = false;
    }
    if (i + 1 < end && format[i] == '.') {
      i++;
      if (after_index) good_arg_num_ = false;
      after_index = ArgNumber(arg_num, format, i, n);
      if (i < end && format[i] == '*') {
        i++;
        f.prec_present = IntFromArg(a, n, arg_num, &f.prec);
        if (f.prec < 0) {
          f.prec = 0;
          f.prec_present = false;
        }
        if (!f.prec_present) buf += "%!(BADPREC)";
        after_index = false;
      } else {
        size_t newi;
        f.prec_present = ParseNum(format, i, end, &f.prec, &newi);
        i = newi;
        if (!f.prec_present) {
          f.prec = 0;
          f.prec_present = true;
        }
      }
    }
    if (!after_index) after_index = ArgNumber(arg_num, format, i, n);
    if (i >= end) {
      buf += "%!(NOVERB)";
      break;
    }
    int32_t verb = static_cast<uint8_t>(format[i]);
    size_t size = 1;
    if (verb >= 0x80) {
      Decoded d = DecodeRune(reinterpret_cast<const uint8_t*>(format.data()),
                             static_cast<int64_t>(end), static_cast<int64_t>(i));
      verb = d.r;
      size = static_cast<size_t>(d.width);
    }
    i += size;
    if (verb == '%') {
      buf += '%';
    } else if (!good_arg_num_) {
      buf += "%!";
      AppendRune(buf, verb);
      buf += "(BADINDEX)";
    } else if (arg_num >= n) {
      buf += "%!";
      AppendRune(buf, verb);
      buf += "(MISSING)";
    } else {
      if (verb == 'v') {
        f.sharp_v = f.sharp;
        f.sharp = false;
        f.plus_v = f.plus;
        f.plus = false;
      }
      PrintArg(a[arg_num], verb);
      arg_num++;
    }
  }
  if (!reordered_ && arg_num < n) {
    f = FmtFlags{};
    buf += "%!(EXTRA ";
    for (int64_t k = arg_num; k < n; k++) {
      if (k > arg_num) buf += ", ";
      if (a[k].type == nullptr) {
        buf += "<nil>";
      } else {
        buf += a[k].type->name;
        buf += '=';
        PrintArg(a[k], 'v');
      }
    }
    buf += ')';
  }
}

namespace {

const GoEface* Args(void* p) { return static_cast<const GoEface*>(p); }

int64_t Emit(int fd, const std::string& s) {
  WriteFd(fd, s.data(), s.size());
  return static_cast<int64_t>(s.size());
}

int FileFd(void* file) { return file ? static_cast<int>(static_cast<GoFile*>(file)->fd) : 1; }

}  // namespace
}  // namespace gosc::runtime

using namespace gosc::runtime;

extern "C" {

int64_t gosc_fmt_Println(void* a, int64_t n, int64_t) {
  Printer p;
  p.DoPrintln(Args(a), n);
  return Emit(1, p.buf);
}

int64_t gosc_fmt_Print(void* a, int64_t n, int64_t) {
  Printer p;
  p.DoPrint(Args(a), n);
  return Emit(1, p.buf);
}

int64_t gosc_fmt_Printf(const uint8_t* fp, int64_t fl, void* a, int64_t n, int64_t) {
  Printer p;
  p.DoPrintf(View(GoString{fp, fl}), Args(a), n);
  return Emit(1, p.buf);
}

GoString gosc_fmt_Sprintln(void* a, int64_t n, int64_t) {
  Printer p;
  p.DoPrintln(Args(a), n);
  return MakeString(p.buf);
}

GoString gosc_fmt_Sprint(void* a, int64_t n, int64_t) {
  Printer p;
  p.DoPrint(Args(a), n);
  return MakeString(p.buf);
}

GoString gosc_fmt_Sprintf(const uint8_t* fp, int64_t fl, void* a, int64_t n, int64_t) {
  Printer p;
  p.DoPrintf(View(GoString{fp, fl}), Args(a), n);
  return MakeString(p.buf);
}

GoEface gosc_fmt_Errorf(const uint8_t* fp, int64_t fl, void* a, int64_t n, int64_t) {
  Printer p;
  p.wrap_errs = true;
  p.DoPrintf(View(GoString{fp, fl}), Args(a), n);
  return MakeError(MakeString(p.buf));
}

int64_t gosc_fmt_Fprintln(void* file, void* a, int64_t n, int64_t) {
  Printer p;
  p.DoPrintln(Args(a), n);
  return Emit(FileFd(file), p.buf);
}

int64_t gosc_fmt_Fprint(void* file, void* a, int64_t n, int64_t) {
  Printer p;
  p.DoPrint(Args(a), n);
  return Emit(FileFd(file), p.buf);
}

int64_t gosc_fmt_Fprintf(void* file, const uint8_t* fp, int64_t fl, void* a, int64_t n, int64_t) {
  Printer p;
  p.DoPrintf(View(GoString{fp, fl}), Args(a), n);
  return Emit(FileFd(file), p.buf);
}

}  // extern "C"
