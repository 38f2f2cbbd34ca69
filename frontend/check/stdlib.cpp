// The library packages of the subset (SUBSET.md "Standard library members").
//
// Why it exists: gosc has no Go standard library to read, so each supported
// member is declared here with its exact Go signature (names included, since
// gc prints them in messages); the runtime implements the same list. Objects
// carry pkg() so Func::FullName gives the link name ("fmt.Println",
// "strings.(*Builder).WriteString"). Members of the real package that the
// subset leaves out are rejected as "X.Y is not supported"; names the real
// package does not have are "undefined: X.Y", as gc says.
#include <map>

#include "frontend/check/checker.h"

namespace gosc::frontend::check {

bool ParseLiteral(LitKind kind, const std::string& text, CV* out);

namespace {

class LibBuilder {
 public:
  LibBuilder(TypeTable& tt, Scope* scope, std::string pkg) : tt_(tt), scope_(scope), pkg_(pkg) {}

  Var* P(const std::string& name, const Type* t) {
    return tt_.NewObject<Var>(Pos{}, name, t, VarKind::kParam);
  }
  Var* R(const std::string& name, const Type* t) {
    return tt_.NewObject<Var>(Pos{}, name, t, VarKind::kResult);
  }
  const Signature* Sig(std::vector<Var*> params, std::vector<Var*> results, bool variadic = false,
                       Var* recv = nullptr) {
    return tt_.SignatureOf(recv, tt_.TupleOf(std::move(params)), tt_.TupleOf(std::move(results)),
                           variadic);
  }
  Func* Fn(const std::string& name, const Signature* sig) {
    Func* f = tt_.NewObject<Func>(Pos{}, name, sig);
    f->set_pkg(pkg_);
    scope_->Insert(f);
    return f;
  }
  void Method(Named* recv, bool ptr, const std::string& name, std::vector<Var*> params,
              std::vector<Var*> results) {
    const Type* rt = ptr ? static_cast<const Type*>(tt_.PointerTo(recv)) : recv;
    Var* r = tt_.NewObject<Var>(Pos{}, "", rt, VarKind::kRecv);
    Func* f = tt_.NewObject<Func>(Pos{}, name, Sig(std::move(params), std::move(results), false, r));
    f->set_pkg(pkg_);
    f->recv_named = recv;
    f->ptr_recv = ptr;
    recv->AddMethod(f);
  }
  Named* NamedType(const std::string& name, bool declare = true) {
    TypeName* tn = tt_.NewObject<TypeName>(Pos{}, name, nullptr);
    tn->set_pkg(pkg_);
    Named* n = tt_.NewNamed(tn);
    if (declare) scope_->Insert(tn);
    return n;
  }
  void GlobalVar(const std::string& name, const Type* t) {
    Var* v = tt_.NewObject<Var>(Pos{}, name, t, VarKind::kGlobal);
    v->set_pkg(pkg_);
    v->used = true;
    scope_->Insert(v);
  }
  void Constant(const std::string& name, BasicKind k, LitKind lk, const std::string& text) {
    CV v;
    ParseLiteral(lk, text, &v);
    Const* c = tt_.NewObject<Const>(Pos{}, name, tt_.basic(k), v);
    c->set_pkg(pkg_);
    scope_->Insert(c);
  }
  void ConstVal(const std::string& name, BasicKind k, CV v) {
    Const* c = tt_.NewObject<Const>(Pos{}, name, tt_.basic(k), std::move(v));
    c->set_pkg(pkg_);
    scope_->Insert(c);
  }

 private:
  TypeTable& tt_;
  Scope* scope_;
  std::string pkg_;
};

}  // namespace

Scope* Checker::LibraryPackage(const std::string& path) {
  auto it = libraries_.find(path);
  if (it != libraries_.end()) return it->second;
  static const char* const kSupported[] = {"fmt", "strconv", "strings", "os",
                                           "math", "errors", "unsafe", "sort"};
  bool ok = false;
  for (const char* s : kSupported) ok = ok || path == s;
  if (!ok) return nullptr;

  Scope* scope = NewScope(nullptr);
  libraries_[path] = scope;
  LibBuilder b(tt_, scope, path);
  const Type* str = tt_.String();
  const Type* intt = tt_.Int();
  const Type* boolt = tt_.Bool();
  const Type* f64 = tt_.basic(BasicKind::kFloat64);
  const Type* i64 = tt_.basic(BasicKind::kInt64);
  const Type* byt = tt_.basic(BasicKind::kUint8);
  const Type* rune = tt_.basic(BasicKind::kInt32);
  const Type* err = tt_.Error();
  const Type* any = tt_.EmptyInterface();
  const Type* any_slice = tt_.SliceOf(any);
  const Type* bytes = tt_.SliceOf(byt);

  if (!io_writer_) {
    // io.Writer, for fmt.Fprintln(os.Stdout, ...).
    LibBuilder io(tt_, NewScope(nullptr), "io");
    Named* w = io.NamedType("Writer");
    Func* write = tt_.NewObject<Func>(
        Pos{}, "Write", io.Sig({io.P("p", bytes)}, {io.R("n", intt), io.R("err", err)}));
    write->is_interface_method = true;
    write->set_pkg("io");
    w->SetUnderlying(tt_.NewInterface({write}, {}));
    io_writer_ = w;
  }

  if (path == "fmt") {
    auto print_sig = b.Sig({b.P("a", any_slice)}, {b.R("n", intt), b.R("err", err)}, true);
    b.Fn("Println", print_sig);
    b.Fn("Print", print_sig);
    b.Fn("Printf", b.Sig({b.P("format", str), b.P("a", any_slice)},
                         {b.R("n", intt), b.R("err", err)}, true));
    b.Fn("Sprintf", b.Sig({b.P("format", str), b.P("a", any_slice)}, {b.R("", str)}, true));
    b.Fn("Sprint", b.Sig({b.P("a", any_slice)}, {b.R("", str)}, true));
    b.Fn("Sprintln", b.Sig({b.P("a", any_slice)}, {b.R("", str)}, true));
    b.Fn("Errorf", b.Sig({b.P("format", str), b.P("a", any_slice)}, {b.R("", err)}, true));
    b.Fn("Fprintln", b.Sig({b.P("w", io_writer_), b.P("a", any_slice)},
                           {b.R("n", intt), b.R("err", err)}, true));
    b.Fn("Fprintf", b.Sig({b.P("w", io_writer_), b.P("format", str), b.P("a", any_slice)},
                          {b.R("n", intt), b.R("err", err)}, true));
  } else if (path == "strconv") {
    b.Fn("Itoa", b.Sig({b.P("i", intt)}, {b.R("", str)}));
    b.Fn("Atoi", b.Sig({b.P("s", str)}, {b.R("", intt), b.R("", err)}));
    b.Fn("FormatInt", b.Sig({b.P("i", i64), b.P("base", intt)}, {b.R("", str)}));
    b.Fn("ParseInt", b.Sig({b.P("s", str), b.P("base", intt), b.P("bitSize", intt)},
                           {b.R("i", i64), b.R("err", err)}));
    b.Fn("ParseFloat", b.Sig({b.P("s", str), b.P("bitSize", intt)}, {b.R("", f64), b.R("", err)}));
    b.Fn("FormatFloat", b.Sig({b.P("f", f64), b.P("fmt", byt), b.P("prec", intt),
                               b.P("bitSize", intt)},
                              {b.R("", str)}));
    b.Fn("Quote", b.Sig({b.P("s", str)}, {b.R("", str)}));
    b.Fn("ParseBool", b.Sig({b.P("str", str)}, {b.R("", boolt), b.R("", err)}));
    b.Fn("FormatBool", b.Sig({b.P("b", boolt)}, {b.R("", str)}));
  } else if (path == "strings") {
    Named* builder = b.NamedType("Builder");
    Var* addr = tt_.NewObject<Var>(Pos{}, "addr", tt_.PointerTo(builder), VarKind::kField);
    Var* buf = tt_.NewObject<Var>(Pos{}, "buf", bytes, VarKind::kField);
    addr->set_pkg("strings");
    buf->set_pkg("strings");
    builder->SetUnderlying(tt_.NewStruct({addr, buf}));
    b.Method(builder, true, "WriteString", {b.P("s", str)}, {b.R("", intt), b.R("", err)});
    b.Method(builder, true, "WriteByte", {b.P("c", byt)}, {b.R("", err)});
    b.Method(builder, true, "WriteRune", {b.P("r", rune)}, {b.R("", intt), b.R("", err)});
    b.Method(builder, true, "String", {}, {b.R("", str)});
    b.Method(builder, true, "Len", {}, {b.R("", intt)});
    b.Method(builder, true, "Reset", {}, {});
    b.Method(builder, true, "Grow", {b.P("n", intt)}, {});
    auto s_s_bool = [&](const char* a, const char* c) {
      return b.Sig({b.P(a, str), b.P(c, str)}, {b.R("", boolt)});
    };
    b.Fn("Contains", s_s_bool("s", "substr"));
    b.Fn("ContainsRune", b.Sig({b.P("s", str), b.P("r", rune)}, {b.R("", boolt)}));
    b.Fn("HasPrefix", s_s_bool("s", "prefix"));
    b.Fn("HasSuffix", s_s_bool("s", "suffix"));
    b.Fn("EqualFold", s_s_bool("s", "t"));
    b.Fn("Index", b.Sig({b.P("s", str), b.P("substr", str)}, {b.R("", intt)}));
    b.Fn("LastIndex", b.Sig({b.P("s", str), b.P("substr", str)}, {b.R("", intt)}));
    b.Fn("Count", b.Sig({b.P("s", str), b.P("substr", str)}, {b.R("", intt)}));
    b.Fn("IndexByte", b.Sig({b.P("s", str), b.P("c", byt)}, {b.R("", intt)}));
    b.Fn("Split", b.Sig({b.P("s", str), b.P("sep", str)}, {b.R("", tt_.SliceOf(str))}));
    b.Fn("Fields", b.Sig({b.P("s", str)}, {b.R("", tt_.SliceOf(str))}));
    b.Fn("Join", b.Sig({b.P("elems", tt_.SliceOf(str)), b.P("sep", str)}, {b.R("", str)}));
    b.Fn("Repeat", b.Sig({b.P("s", str), b.P("count", intt)}, {b.R("", str)}));
    b.Fn("Replace", b.Sig({b.P("s", str), b.P("old", str), b.P("new", str), b.P("n", intt)},
                          {b.R("", str)}));
    b.Fn("ReplaceAll",
         b.Sig({b.P("s", str), b.P("old", str), b.P("new", str)}, {b.R("", str)}));
    b.Fn("ToUpper", b.Sig({b.P("s", str)}, {b.R("", str)}));
    b.Fn("ToLower", b.Sig({b.P("s", str)}, {b.R("", str)}));
    b.Fn("TrimSpace", b.Sig({b.P("s", str)}, {b.R("", str)}));
    b.Fn("Trim", b.Sig({b.P("s", str), b.P("cutset", str)}, {b.R("", str)}));
    b.Fn("TrimPrefix", b.Sig({b.P("s", str), b.P("prefix", str)}, {b.R("", str)}));
    b.Fn("TrimSuffix", b.Sig({b.P("s", str), b.P("suffix", str)}, {b.R("", str)}));
  } else if (path == "os") {
    Named* file = b.NamedType("File");
    Var* fd = tt_.NewObject<Var>(Pos{}, "fd", tt_.basic(BasicKind::kUintptr), VarKind::kField);
    fd->set_pkg("os");
    file->SetUnderlying(tt_.NewStruct({fd}));
    b.Method(file, true, "Write", {b.P("b", bytes)}, {b.R("n", intt), b.R("err", err)});
    LibBuilder fs(tt_, NewScope(nullptr), "fs");
    Named* mode = fs.NamedType("FileMode");
    mode->SetUnderlying(tt_.basic(BasicKind::kUint32));
    b.GlobalVar("Args", tt_.SliceOf(str));
    b.GlobalVar("Stdout", tt_.PointerTo(file));
    b.GlobalVar("Stderr", tt_.PointerTo(file));
    b.Fn("Exit", b.Sig({b.P("code", intt)}, {}));
    b.Fn("Getenv", b.Sig({b.P("key", str)}, {b.R("", str)}));
    b.Fn("ReadFile", b.Sig({b.P("name", str)}, {b.R("", bytes), b.R("", err)}));
    b.Fn("WriteFile", b.Sig({b.P("name", str), b.P("data", bytes), b.P("perm", mode)},
                            {b.R("", err)}));
  } else if (path == "math") {
    auto f1 = [&]() { return b.Sig({b.P("x", f64)}, {b.R("", f64)}); };
    for (const char* n : {"Sqrt", "Abs", "Floor", "Ceil", "Exp", "Log", "Sin", "Cos"}) {
      b.Fn(n, f1());
    }
    b.Fn("Pow", b.Sig({b.P("x", f64), b.P("y", f64)}, {b.R("", f64)}));
    b.Fn("Max", b.Sig({b.P("x", f64), b.P("y", f64)}, {b.R("", f64)}));
    b.Fn("Min", b.Sig({b.P("x", f64), b.P("y", f64)}, {b.R("", f64)}));
    b.Fn("Inf", b.Sig({b.P("sign", intt)}, {b.R("", f64)}));
    b.Fn("IsInf", b.Sig({b.P("f", f64), b.P("sign", intt)}, {b.R("", boolt)}));
    b.Fn("IsNaN", b.Sig({b.P("f", f64)}, {b.R("is", boolt)}));
    b.Fn("NaN", b.Sig({}, {b.R("", f64)}));
    auto ui = BasicKind::kUntypedInt;
    auto uf = BasicKind::kUntypedFloat;
    mpz_class one = 1;
    b.ConstVal("MaxInt", ui, ConstValue::Int((one << 63) - 1));
    b.ConstVal("MinInt", ui, ConstValue::Int(-(one << 63)));
    b.ConstVal("MaxInt8", ui, ConstValue::Int((one << 7) - 1));
    b.ConstVal("MinInt8", ui, ConstValue::Int(-(one << 7)));
    b.ConstVal("MaxInt16", ui, ConstValue::Int((one << 15) - 1));
    b.ConstVal("MinInt16", ui, ConstValue::Int(-(one << 15)));
    b.ConstVal("MaxInt32", ui, ConstValue::Int((one << 31) - 1));
    b.ConstVal("MinInt32", ui, ConstValue::Int(-(one << 31)));
    b.ConstVal("MaxInt64", ui, ConstValue::Int((one << 63) - 1));
    b.ConstVal("MinInt64", ui, ConstValue::Int(-(one << 63)));
    b.ConstVal("MaxUint", ui, ConstValue::Int((one << 64) - 1));
    b.ConstVal("MaxUint8", ui, ConstValue::Int((one << 8) - 1));
    b.ConstVal("MaxUint16", ui, ConstValue::Int((one << 16) - 1));
    b.ConstVal("MaxUint32", ui, ConstValue::Int((one << 32) - 1));
    b.ConstVal("MaxUint64", ui, ConstValue::Int((one << 64) - 1));
    b.Constant("Pi", uf, LitKind::kFloat,
               "3.14159265358979323846264338327950288419716939937510582097494459");
    b.Constant("E", uf, LitKind::kFloat,
               "2.71828182845904523536028747135266249775724709369995957496696763");
    b.Constant("Sqrt2", uf, LitKind::kFloat,
               "1.41421356237309504880168872420969807856967187537694807317667974");
    b.Constant("Ln2", uf, LitKind::kFloat,
               "0.693147180559945309417232121458176568075500134360255254120680009");
    mpq_class two_1023(mpz_class(one << 1023));
    mpq_class max64 = two_1023 * (mpq_class(2) - mpq_class(mpz_class(1), mpz_class(one << 52)));
    b.ConstVal("MaxFloat64", uf, ConstValue::Float(max64));
    mpq_class max32 = mpq_class(mpz_class(one << 127)) *
                      (mpq_class(2) - mpq_class(mpz_class(1), mpz_class(one << 23)));
    b.ConstVal("MaxFloat32", uf, ConstValue::Float(max32));
    b.ConstVal("SmallestNonzeroFloat64", uf,
               ConstValue::Float(mpq_class(mpz_class(1), mpz_class(one << 1074))));
  } else if (path == "errors") {
    b.Fn("New", b.Sig({b.P("text", str)}, {b.R("", err)}));
    b.Fn("Is", b.Sig({b.P("err", err), b.P("target", err)}, {b.R("", boolt)}));
  } else if (path == "sort") {
    b.Fn("Ints", b.Sig({b.P("x", tt_.SliceOf(intt))}, {}));
    b.Fn("Strings", b.Sig({b.P("x", tt_.SliceOf(str))}, {}));
    b.Fn("Float64s", b.Sig({b.P("x", tt_.SliceOf(f64))}, {}));
    const Signature* less = b.Sig({b.P("i", intt), b.P("j", intt)}, {b.R("", boolt)});
    b.Fn("Slice", b.Sig({b.P("x", any), b.P("less", less)}, {}));
  } else if (path == "unsafe") {
    for (auto [name, id] : {std::pair{"Sizeof", BuiltinId::kSizeof},
                            std::pair{"Offsetof", BuiltinId::kOffsetof},
                            std::pair{"Alignof", BuiltinId::kAlignof}}) {
      auto* bi = tt_.NewObject<types::Builtin>(name, id);
      bi->set_pkg("unsafe");
      scope->Insert(bi);
    }
    TypeName* ptr = tt_.NewObject<TypeName>(Pos{}, "Pointer", tt_.basic(BasicKind::kUnsafePointer));
    ptr->set_pkg("unsafe");
    scope->Insert(ptr);
  }
  return scope;
}

// Exported names of the real Go 1.19 packages that the subset does not
// provide: using one is "not supported" rather than "undefined".
bool IsRealLibraryMember(const std::string& pkg, const std::string& name) {
  // Generated once from Go 1.19's api/go1*.txt (names only).
  static const std::map<std::string, std::string> kNames = {
      {"fmt", " Append Appendf Appendln Errorf Formatter Fprint Fprintf Fprintln Fscan Fscanf Fscanln GoStringer Print Printf Println Scan ScanState Scanf Scanln Scanner Sprint Sprintf Sprintln Sscan Sscanf Sscanln State Stringer "},
      {"strconv", " AppendBool AppendFloat AppendInt AppendQuote AppendQuoteRune AppendQuoteRuneToASCII AppendQuoteRuneToGraphic AppendQuoteToASCII AppendQuoteToGraphic AppendUint Atoi CanBackquote ErrRange ErrSyntax FormatBool FormatComplex FormatFloat FormatInt FormatUint IntSize IsGraphic IsPrint Itoa NumError ParseBool ParseComplex ParseFloat ParseInt ParseUint Quote QuoteRune QuoteRuneToASCII QuoteRuneToGraphic QuoteToASCII QuoteToGraphic QuotedPrefix Unquote UnquoteChar "},
      {"strings", " Builder Clone Compare Contains ContainsAny ContainsRune Count Cut EqualFold Fields FieldsFunc HasPrefix HasSuffix Index IndexAny IndexByte IndexFunc IndexRune Join LastIndex LastIndexAny LastIndexByte LastIndexFunc Map NewReader NewReplacer Reader Repeat Replace ReplaceAll Replacer Split SplitAfter SplitAfterN SplitN Title ToLower ToLowerSpecial ToTitle ToTitleSpecial ToUpper ToUpperSpecial ToValidUTF8 Trim TrimFunc TrimLeft TrimLeftFunc TrimPrefix TrimRight TrimRightFunc TrimSpace TrimSuffix "},
      {"os", " Args Chdir Chmod Chown Chtimes Clearenv Create CreateTemp DevNull DirEntry DirFS Environ ErrClosed ErrDeadlineExceeded ErrExist ErrInvalid ErrNoDeadline ErrNotExist ErrPermission ErrProcessDone Executable Exit Expand ExpandEnv File FileInfo FileMode FindProcess Getegid Getenv Geteuid Getgid Getgroups Getpagesize Getpid Getppid Getuid Getwd Hostname Interrupt IsExist IsNotExist IsPathSeparator IsPermission IsTimeout Kill Lchown Link LinkError LookupEnv Lstat Mkdir MkdirAll MkdirTemp ModeAppend ModeCharDevice ModeDevice ModeDir ModeExclusive ModeIrregular ModeNamedPipe ModePerm ModeSetgid ModeSetuid ModeSocket ModeSticky ModeSymlink ModeTemporary ModeType NewFile NewSyscallError O_APPEND O_CREATE O_EXCL O_RDONLY O_RDWR O_SYNC O_TRUNC O_WRONLY Open OpenFile PathError PathListSeparator PathSeparator Pipe ProcAttr Process ProcessState ReadDir ReadFile Readlink Remove RemoveAll Rename SEEK_CUR SEEK_END SEEK_SET SameFile Setenv Signal StartProcess Stat Stderr Stdin Stdout Symlink SyscallError TempDir Truncate Unsetenv UserCacheDir UserConfigDir UserHomeDir WriteFile "},
      {"math", " Abs Acos Acosh Asin Asinh Atan Atan2 Atanh Cbrt Ceil Copysign Cos Cosh Dim E Erf Erfc Erfcinv Erfinv Exp Exp2 Expm1 FMA Float32bits Float32frombits Float64bits Float64frombits Floor Frexp Gamma Hypot Ilogb Inf IsInf IsNaN J0 J1 Jn Ldexp Lgamma Ln10 Ln2 Log Log10 Log10E Log1p Log2 Log2E Logb Max MaxFloat32 MaxFloat64 MaxInt MaxInt16 MaxInt32 MaxInt64 MaxInt8 MaxUint MaxUint16 MaxUint32 MaxUint64 MaxUint8 Min MinInt MinInt16 MinInt32 MinInt64 MinInt8 Mod Modf NaN Nextafter Nextafter32 Phi Pi Pow Pow10 Remainder Round RoundToEven Signbit Sin Sincos Sinh SmallestNonzeroFloat32 SmallestNonzeroFloat64 Sqrt Sqrt2 SqrtE SqrtPhi SqrtPi Tan Tanh Trunc Y0 Y1 Yn "},
      {"errors", " As Is New Unwrap "},
      {"sort", " Find Float64Slice Float64s Float64sAreSorted IntSlice Interface Ints IntsAreSorted IsSorted Reverse Search SearchFloat64s SearchInts SearchStrings Slice SliceIsSorted SliceStable Sort Stable StringSlice Strings StringsAreSorted "},
      {"unsafe", " Add Alignof Offsetof Pointer Sizeof Slice "},
  };
  auto it = kNames.find(pkg);
  return it != kNames.end() && it->second.find(" " + name + " ") != std::string::npos;
}

}  // namespace gosc::frontend::check
