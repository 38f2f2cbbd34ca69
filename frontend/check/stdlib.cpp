// The library packages of the subset (SUBSET.md "Standard library members").
//
// Why it exists: gosc has no Go standard library to read, so each supported
// member is declared here with its exact Go signature (names included, since
// gc prints them in messages). Functions, methods and variables come from the
// rows of runtime/library.def, the list the runtime and the escape pass read
// too; what is not a row is built here: the types the rows name
// (strings.Builder, os.File, io.Writer, fs.FileMode), math's constants and
// unsafe's builtins. Objects
// carry pkg() so Func::FullName gives the link name ("fmt.Println",
// "strings.(*Builder).WriteString"). Members of the real package that the
// subset leaves out are rejected as "X.Y is not supported"; names the real
// package does not have are "undefined: X.Y", as gc says.
#include <map>
#include <stdexcept>
#include <string_view>

#include "frontend/check/checker.h"
#include "frontend/check/library_signature.h"

namespace gosc::frontend::check {

bool ParseLiteral(LitKind kind, const std::string& text, CV* out);

namespace {

// The rows of runtime/library.def, the one list of the library's functions,
// methods and variables, as the checker needs them.
struct ListedMember {
  std::string_view go_name;  // "strings.Count", "strings.(*Builder).Len", "os.Args"
  std::string_view go_text;  // its Go signature, or a variable's Go type
  bool is_var;
};

const ListedMember kListedMembers[] = {
#define GOSC_LIB(symbol, go_name, ret, params, go_signature, escape) {go_name, go_signature, false},
#define GOSC_LIB_VAR(symbol, go_name, type, go_type) {go_name, go_type, true},
#include "runtime/library.def"
#undef GOSC_LIB
#undef GOSC_LIB_VAR
};

using LibraryTypes = std::map<std::string, const Type*, std::less<>>;

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
  Named* NamedType(const std::string& name, bool declare = true) {
    TypeName* tn = tt_.NewObject<TypeName>(Pos{}, name, nullptr);
    tn->set_pkg(pkg_);
    Named* n = tt_.NewNamed(tn);
    if (declare) scope_->Insert(tn);
    return n;
  }
  // Declares library.def's rows of this package; `types` resolves the
  // names their signatures use (io.Writer, the package's own types).
  void ListedMembers(const LibraryTypes& types) {
    auto resolve = [&](std::string_view name) -> const Type* {
      auto it = types.find(name);
      return it == types.end() ? nullptr : it->second;
    };
    for (const ListedMember& m : kListedMembers) {
      if (m.go_name.size() <= pkg_.size() || m.go_name.substr(0, pkg_.size()) != pkg_ ||
          m.go_name[pkg_.size()] != '.') {
        continue;
      }
      std::string_view rest = m.go_name.substr(pkg_.size() + 1);
      if (m.is_var) {
        GlobalVar(std::string(rest), ParseLibraryType(tt_, m.go_text, resolve));
        continue;
      }
      size_t dot = rest.rfind('.');
      if (dot == std::string_view::npos) {
        Fn(std::string(rest), ParseLibrarySignature(tt_, m.go_text, nullptr, resolve));
        continue;
      }
      // A method: "(*Builder).WriteString" or "T.M".
      std::string_view recv = rest.substr(0, dot);
      bool ptr = recv.size() > 3 && recv.substr(0, 2) == "(*" && recv.back() == ')';
      if (ptr) recv = recv.substr(2, recv.size() - 3);
      auto* named = const_cast<Named*>(resolve(recv) ? resolve(recv)->As<Named>() : nullptr);
      if (!named) {
        throw std::logic_error("runtime/library.def: " + std::string(m.go_name) +
                               ": the receiver type is not declared by stdlib.cpp");
      }
      MethodFromText(named, ptr, std::string(rest.substr(dot + 1)), m.go_text, resolve);
    }
  }
  void MethodFromText(Named* recv, bool ptr, const std::string& name, std::string_view text,
                      const LibraryTypeResolver& resolve) {
    const Type* rt = ptr ? static_cast<const Type*>(tt_.PointerTo(recv)) : recv;
    Var* r = tt_.NewObject<Var>(Pos{}, "", rt, VarKind::kRecv);
    Func* f = tt_.NewObject<Func>(Pos{}, name, ParseLibrarySignature(tt_, text, r, resolve));
    f->set_pkg(pkg_);
    f->recv_named = recv;
    f->ptr_recv = ptr;
    recv->AddMethod(f);
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
  static const char* const kSupported[] = {"fmt",  "strconv", "strings", "os",
                                           "math", "errors",  "unsafe",  "sort"};
  bool ok = false;
  for (const char* s : kSupported) ok = ok || path == s;
  if (!ok) return nullptr;

  Scope* scope = NewScope(nullptr);
  libraries_[path] = scope;
  LibBuilder b(tt_, scope, path);
  const Type* intt = tt_.Int();
  const Type* err = tt_.Error();
  const Type* bytes = tt_.SliceOf(tt_.basic(BasicKind::kUint8));

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

  // Types the rows' signatures name besides the predeclared ones.
  LibraryTypes types = {{"io.Writer", io_writer_}};
  if (path == "strings") {
    Named* builder = b.NamedType("Builder");
    Var* addr = tt_.NewObject<Var>(Pos{}, "addr", tt_.PointerTo(builder), VarKind::kField);
    Var* buf = tt_.NewObject<Var>(Pos{}, "buf", bytes, VarKind::kField);
    addr->set_pkg("strings");
    buf->set_pkg("strings");
    builder->SetUnderlying(tt_.NewStruct({addr, buf}));
    types["Builder"] = builder;
  } else if (path == "os") {
    Named* file = b.NamedType("File");
    Var* fd = tt_.NewObject<Var>(Pos{}, "fd", tt_.basic(BasicKind::kUintptr), VarKind::kField);
    fd->set_pkg("os");
    file->SetUnderlying(tt_.NewStruct({fd}));
    types["File"] = file;
    LibBuilder fs(tt_, NewScope(nullptr), "fs");
    Named* mode = fs.NamedType("FileMode");
    mode->SetUnderlying(tt_.basic(BasicKind::kUint32));
    types["fs.FileMode"] = mode;
  }
  b.ListedMembers(types);

  if (path == "math") {
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
  } else if (path == "unsafe") {
    for (auto [name, id] :
         {std::pair{"Sizeof", BuiltinId::kSizeof}, std::pair{"Offsetof", BuiltinId::kOffsetof},
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
      {"fmt",
       " Append Appendf Appendln Errorf Formatter Fprint Fprintf Fprintln Fscan Fscanf Fscanln "
       "GoStringer Print Printf Println Scan ScanState Scanf Scanln Scanner Sprint Sprintf "
       "Sprintln Sscan Sscanf Sscanln State Stringer "},
      {"strconv",
       " AppendBool AppendFloat AppendInt AppendQuote AppendQuoteRune AppendQuoteRuneToASCII "
       "AppendQuoteRuneToGraphic AppendQuoteToASCII AppendQuoteToGraphic AppendUint Atoi "
       "CanBackquote ErrRange ErrSyntax FormatBool FormatComplex FormatFloat FormatInt FormatUint "
       "IntSize IsGraphic IsPrint Itoa NumError ParseBool ParseComplex ParseFloat ParseInt "
       "ParseUint Quote QuoteRune QuoteRuneToASCII QuoteRuneToGraphic QuoteToASCII QuoteToGraphic "
       "QuotedPrefix Unquote UnquoteChar "},
      {"strings",
       " Builder Clone Compare Contains ContainsAny ContainsRune Count Cut EqualFold Fields "
       "FieldsFunc HasPrefix HasSuffix Index IndexAny IndexByte IndexFunc IndexRune Join LastIndex "
       "LastIndexAny LastIndexByte LastIndexFunc Map NewReader NewReplacer Reader Repeat Replace "
       "ReplaceAll Replacer Split SplitAfter SplitAfterN SplitN Title ToLower ToLowerSpecial "
       "ToTitle ToTitleSpecial ToUpper ToUpperSpecial ToValidUTF8 Trim TrimFunc TrimLeft "
       "TrimLeftFunc TrimPrefix TrimRight TrimRightFunc TrimSpace TrimSuffix "},
      {"os",
       " Args Chdir Chmod Chown Chtimes Clearenv Create CreateTemp DevNull DirEntry DirFS Environ "
       "ErrClosed ErrDeadlineExceeded ErrExist ErrInvalid ErrNoDeadline ErrNotExist ErrPermission "
       "ErrProcessDone Executable Exit Expand ExpandEnv File FileInfo FileMode FindProcess Getegid "
       "Getenv Geteuid Getgid Getgroups Getpagesize Getpid Getppid Getuid Getwd Hostname Interrupt "
       "IsExist IsNotExist IsPathSeparator IsPermission IsTimeout Kill Lchown Link LinkError "
       "LookupEnv Lstat Mkdir MkdirAll MkdirTemp ModeAppend ModeCharDevice ModeDevice ModeDir "
       "ModeExclusive ModeIrregular ModeNamedPipe ModePerm ModeSetgid ModeSetuid ModeSocket "
       "ModeSticky ModeSymlink ModeTemporary ModeType NewFile NewSyscallError O_APPEND O_CREATE "
       "O_EXCL O_RDONLY O_RDWR O_SYNC O_TRUNC O_WRONLY Open OpenFile PathError PathListSeparator "
       "PathSeparator Pipe ProcAttr Process ProcessState ReadDir ReadFile Readlink Remove "
       "RemoveAll Rename SEEK_CUR SEEK_END SEEK_SET SameFile Setenv Signal StartProcess Stat "
       "Stderr Stdin Stdout Symlink SyscallError TempDir Truncate Unsetenv UserCacheDir "
       "UserConfigDir UserHomeDir WriteFile "},
      {"math",
       " Abs Acos Acosh Asin Asinh Atan Atan2 Atanh Cbrt Ceil Copysign Cos Cosh Dim E Erf Erfc "
       "Erfcinv Erfinv Exp Exp2 Expm1 FMA Float32bits Float32frombits Float64bits Float64frombits "
       "Floor Frexp Gamma Hypot Ilogb Inf IsInf IsNaN J0 J1 Jn Ldexp Lgamma Ln10 Ln2 Log Log10 "
       "Log10E Log1p Log2 Log2E Logb Max MaxFloat32 MaxFloat64 MaxInt MaxInt16 MaxInt32 MaxInt64 "
       "MaxInt8 MaxUint MaxUint16 MaxUint32 MaxUint64 MaxUint8 Min MinInt MinInt16 MinInt32 "
       "MinInt64 MinInt8 Mod Modf NaN Nextafter Nextafter32 Phi Pi Pow Pow10 Remainder Round "
       "RoundToEven Signbit Sin Sincos Sinh SmallestNonzeroFloat32 SmallestNonzeroFloat64 Sqrt "
       "Sqrt2 SqrtE SqrtPhi SqrtPi Tan Tanh Trunc Y0 Y1 Yn "},
      {"errors", " As Is New Unwrap "},
      {"sort",
       " Find Float64Slice Float64s Float64sAreSorted IntSlice Interface Ints IntsAreSorted "
       "IsSorted Reverse Search SearchFloat64s SearchInts SearchStrings Slice SliceIsSorted "
       "SliceStable Sort Stable StringSlice Strings StringsAreSorted "},
      {"unsafe", " Add Alignof Offsetof Pointer Sizeof Slice "},
  };
  auto it = kNames.find(pkg);
  return it != kNames.end() && it->second.find(" " + name + " ") != std::string::npos;
}

}  // namespace gosc::frontend::check
