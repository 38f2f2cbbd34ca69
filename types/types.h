// Go types and the objects names resolve to.
//
// Why it exists: the checker computes these, and every later layer reads them
// — the SSA builder to choose operations, escape analysis to size objects,
// codegen to lay out memory and emit type descriptors. Types are interned
// where Go's identity rules say two types are identical (pointer, slice, map,
// array, tuple and signature types built through TypeTable are unique per
// structure), so `a == b` on `const Type*` is type identity for everything
// except structurally-equal struct/interface literals, for which Identical()
// is the authority. Layout follows Go's amd64 rules (unsafe.Sizeof etc.).
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "types/pos.h"

// The declaration a function object came from, for the SSA builder: an
// opaque handle here (the syntax tree belongs to the frontend).
namespace gosc::frontend {
struct FuncDecl;
}  // namespace gosc::frontend

namespace gosc::types {

class Object;
class Func;
class TypeName;

enum class TypeKind : uint8_t {
  kBasic,
  kPointer,
  kSlice,
  kArray,
  kMap,
  kStruct,
  kSignature,
  kInterface,
  kNamed,
  kTuple,
  kChan,
};

enum class BasicKind : uint8_t {
  kInvalid,
  kBool,
  kInt,
  kInt8,
  kInt16,
  kInt32,
  kInt64,
  kUint,
  kUint8,
  kUint16,
  kUint32,
  kUint64,
  kUintptr,
  kFloat32,
  kFloat64,
  kComplex64,
  kComplex128,  // complex: recognised only to be rejected
  kString,
  kUnsafePointer,
  kUntypedBool,
  kUntypedInt,
  kUntypedRune,
  kUntypedFloat,
  kUntypedString,
  kUntypedNil,
};

class Type {
 public:
  explicit Type(TypeKind k) : kind_(k) {}
  virtual ~Type() = default;
  TypeKind kind() const { return kind_; }
  // The underlying type (itself for everything but Named).
  virtual const Type* Underlying() const { return this; }
  // Go's spelling, qualified as gc prints it in messages and %T ("main.T", "[]int",
  // "map[string]int").
  virtual std::string String() const = 0;
  template <class T>
  const T* As() const {  // on the type itself, not its underlying type
    return kind_ == T::kKind ? static_cast<const T*>(this) : nullptr;
  }
  template <class T>
  const T* Under() const {
    return Underlying()->As<T>();
  }

  // Layout (amd64), computed lazily and cached.
  int64_t Size() const;
  int64_t Align() const;
  bool HasPointers() const;  // contains any pointer the GC must scan

 private:
  TypeKind kind_;
  mutable int64_t size_ = -1, align_ = -1;
  friend class TypeTable;
};

class Basic : public Type {
 public:
  static constexpr TypeKind kKind = TypeKind::kBasic;
  Basic(BasicKind b, std::string name) : Type(kKind), basic_(b), name_(std::move(name)) {}
  BasicKind basic() const { return basic_; }
  std::string String() const override { return name_; }
  bool IsInteger() const;  // typed or untyped (rune too)
  bool IsUnsigned() const;
  bool IsFloat() const;
  bool IsNumeric() const;
  bool IsString() const;
  bool IsBoolean() const;
  bool IsUntyped() const;

 private:
  BasicKind basic_;
  std::string name_;  // "int", "byte" is an alias of uint8 and prints as uint8
};

class Pointer : public Type {
 public:
  static constexpr TypeKind kKind = TypeKind::kPointer;
  explicit Pointer(const Type* e) : Type(kKind), elem_(e) {}
  const Type* elem() const { return elem_; }
  std::string String() const override { return "*" + elem_->String(); }

 private:
  const Type* elem_;
};

class Slice : public Type {
 public:
  static constexpr TypeKind kKind = TypeKind::kSlice;
  explicit Slice(const Type* e) : Type(kKind), elem_(e) {}
  const Type* elem() const { return elem_; }
  std::string String() const override { return "[]" + elem_->String(); }

 private:
  const Type* elem_;
};

class Array : public Type {
 public:
  static constexpr TypeKind kKind = TypeKind::kArray;
  Array(const Type* e, int64_t n) : Type(kKind), elem_(e), len_(n) {}
  const Type* elem() const { return elem_; }
  int64_t len() const { return len_; }
  std::string String() const override;

 private:
  const Type* elem_;
  int64_t len_;
};

class Map : public Type {
 public:
  static constexpr TypeKind kKind = TypeKind::kMap;
  Map(const Type* k, const Type* v) : Type(kKind), key_(k), value_(v) {}
  const Type* key() const { return key_; }
  const Type* value() const { return value_; }
  std::string String() const override { return "map[" + key_->String() + "]" + value_->String(); }

 private:
  const Type* key_;
  const Type* value_;
};

class Chan : public Type {  // only so that the checker can name it when rejecting
 public:
  static constexpr TypeKind kKind = TypeKind::kChan;
  explicit Chan(const Type* e) : Type(kKind), elem_(e) {}
  const Type* elem() const { return elem_; }
  std::string String() const override { return "chan " + elem_->String(); }

 private:
  const Type* elem_;
};

class Var;
class Struct : public Type {
 public:
  static constexpr TypeKind kKind = TypeKind::kStruct;
  explicit Struct(std::vector<Var*> fields) : Type(kKind), fields_(std::move(fields)) {}
  const std::vector<Var*>& fields() const { return fields_; }
  int64_t Offset(size_t i) const;  // byte offset of field i (amd64 rules)
  std::string String() const override;

 private:
  std::vector<Var*> fields_;
  mutable std::vector<int64_t> offsets_;
};

class Tuple : public Type {
 public:
  static constexpr TypeKind kKind = TypeKind::kTuple;
  explicit Tuple(std::vector<Var*> vars) : Type(kKind), vars_(std::move(vars)) {}
  const std::vector<Var*>& vars() const { return vars_; }
  size_t size() const { return vars_.size(); }
  const Type* At(size_t i) const;
  std::string String() const override;

 private:
  std::vector<Var*> vars_;
};

class Signature : public Type {
 public:
  static constexpr TypeKind kKind = TypeKind::kSignature;
  Signature(Var* recv, const Tuple* params, const Tuple* results, bool variadic)
      : Type(kKind), recv_(recv), params_(params), results_(results), variadic_(variadic) {}
  Var* recv() const { return recv_; }                // nullptr for functions
  const Tuple* params() const { return params_; }    // never nullptr (may be empty)
  const Tuple* results() const { return results_; }  // never nullptr (may be empty)
  bool variadic() const { return variadic_; }        // last param's type is a Slice
  std::string String() const override;               // "func(int, ...string) (int, error)"
 private:
  Var* recv_;
  const Tuple* params_;
  const Tuple* results_;
  bool variadic_;
};

class Interface : public Type {
 public:
  static constexpr TypeKind kKind = TypeKind::kInterface;
  Interface(std::vector<Func*> methods, std::vector<const Type*> embedded)
      : Type(kKind), explicit_methods_(std::move(methods)), embedded_(std::move(embedded)) {}
  const std::vector<Func*>& explicit_methods() const { return explicit_methods_; }
  const std::vector<const Type*>& embedded() const { return embedded_; }
  // The complete method set (explicit + embedded), sorted by name: the itable order.
  const std::vector<Func*>& AllMethods() const;
  bool IsEmpty() const { return AllMethods().empty(); }
  std::string String() const override;  // "interface {}", "interface { String() string }"
  void SetAllMethods(std::vector<Func*> all) const {
    all_methods_ = std::move(all);
    complete_ = true;
  }

 private:
  std::vector<Func*> explicit_methods_;
  std::vector<const Type*> embedded_;
  mutable std::vector<Func*> all_methods_;
  mutable bool complete_ = false;
};

class Named : public Type {
 public:
  static constexpr TypeKind kKind = TypeKind::kNamed;
  explicit Named(TypeName* obj) : Type(kKind), obj_(obj) {}
  TypeName* obj() const { return obj_; }
  const Type* Underlying() const override { return underlying_; }
  void SetUnderlying(const Type* u) { underlying_ = u; }
  // Methods declared on this type (value and pointer receivers), in declaration order.
  const std::vector<Func*>& methods() const { return methods_; }
  void AddMethod(Func* f) { methods_.push_back(f); }
  std::string String() const override;  // "main.T", "error", "strings.Builder"
 private:
  TypeName* obj_;
  const Type* underlying_ = nullptr;
  std::vector<Func*> methods_;
};

// ------------------------------------------------------------------- objects

enum class ObjectKind : uint8_t {
  kVar,
  kConst,
  kTypeName,
  kFunc,
  kPkgName,
  kBuiltin,
  kLabel,
  kNil
};

class Object {
 public:
  Object(ObjectKind k, Pos p, std::string name, const Type* t)
      : kind_(k), pos_(p), name_(std::move(name)), type_(t) {}
  virtual ~Object() = default;
  ObjectKind kind() const { return kind_; }
  Pos pos() const { return pos_; }
  const std::string& name() const { return name_; }
  const Type* type() const { return type_; }
  void set_type(const Type* t) { type_ = t; }
  // "" for objects of package main and locals; "fmt", "strings", ... for library members.
  const std::string& pkg() const { return pkg_; }
  void set_pkg(std::string p) { pkg_ = std::move(p); }
  template <class T>
  T* As() {
    return kind_ == T::kKind ? static_cast<T*>(this) : nullptr;
  }
  template <class T>
  const T* As() const {
    return kind_ == T::kKind ? static_cast<const T*>(this) : nullptr;
  }

 private:
  ObjectKind kind_;
  Pos pos_;
  std::string name_;
  const Type* type_;
  std::string pkg_;
};

enum class VarKind : uint8_t { kLocal, kGlobal, kParam, kResult, kRecv, kField };
class Var : public Object {
 public:
  static constexpr ObjectKind kKind = ObjectKind::kVar;
  Var(Pos p, std::string name, const Type* t, VarKind vk)
      : Object(kKind, p, std::move(name), t), var_kind_(vk) {}
  VarKind var_kind() const { return var_kind_; }
  bool embedded = false;       // fields: embedded (anonymous) field
  bool address_taken = false;  // checker: &v, v[:] of an array, or v.method with pointer receiver
  bool captured = false;       // checker: referenced from a nested function literal
  // checker: assigned after its declaration (`v = x`, `v.f = x`, `v[i] = x`
  // of an array, `v++`, `v op= x`, redeclared by `:=`, or declared by a
  // range clause). With `captured` and `address_taken` it decides, as gc
  // does, whether a closure captures v by value or by reference.
  bool reassigned = false;
  bool used = false;     // checker: for "declared and not used"
  int field_index = -1;  // fields: index in the struct
 private:
  VarKind var_kind_;
};

struct ConstValue;
class Const : public Object {
 public:
  static constexpr ObjectKind kKind = ObjectKind::kConst;
  Const(Pos p, std::string name, const Type* t, std::shared_ptr<const ConstValue> v)
      : Object(kKind, p, std::move(name), t), value(std::move(v)) {}
  std::shared_ptr<const ConstValue> value;
};

class TypeName : public Object {
 public:
  static constexpr ObjectKind kKind = ObjectKind::kTypeName;
  TypeName(Pos p, std::string name, const Type* t) : Object(kKind, p, std::move(name), t) {}
  bool is_alias = false;
  // A type declared inside a function: the how-manieth of that name in the
  // package (1, 2, ...), 0 at package level. Go prints both `main.T`; the
  // SSA text needs one spelling per type and writes `main.T·2` (gc's link
  // names do the same).
  int local_index = 0;
};

class Func : public Object {
 public:
  static constexpr ObjectKind kKind = ObjectKind::kFunc;
  Func(Pos p, std::string name, const Signature* sig) : Object(kKind, p, std::move(name), sig) {}
  const Signature* sig() const { return static_cast<const Signature*>(type()); }
  frontend::FuncDecl* decl = nullptr;  // nullptr for library functions and interface methods
  const Named* recv_named = nullptr;   // methods: the receiver's named type
  bool ptr_recv = false;               // methods: receiver is *T
  bool is_interface_method = false;
  // Unique link name: "main.f", "main.T.M", "main.(*T).M", "fmt.Println",
  // "strings.(*Builder).WriteString".
  std::string FullName() const;
};

class PkgName : public Object {
 public:
  static constexpr ObjectKind kKind = ObjectKind::kPkgName;
  PkgName(Pos p, std::string name, std::string path)
      : Object(kKind, p, std::move(name), nullptr), path(std::move(path)) {}
  std::string path;
  bool used = false;
};

// Builtin functions (len, cap, append, ...) and unsafe's members.
enum class BuiltinId : uint8_t {
  kAppend,
  kCap,
  kClose,
  kComplex,
  kCopy,
  kDelete,
  kImag,
  kLen,
  kMake,
  kNew,
  kPanic,
  kPrint,
  kPrintln,
  kReal,
  kRecover,
  kSizeof,
  kOffsetof,
  kAlignof,  // unsafe
};
class Builtin : public Object {
 public:
  static constexpr ObjectKind kKind = ObjectKind::kBuiltin;
  Builtin(std::string name, BuiltinId id)
      : Object(kKind, Pos{}, std::move(name), nullptr), id(id) {}
  BuiltinId id;
};

class Label : public Object {
 public:
  static constexpr ObjectKind kKind = ObjectKind::kLabel;
  Label(Pos p, std::string name) : Object(kKind, p, std::move(name), nullptr) {}
  bool used = false;
};

class Nil : public Object {
 public:
  static constexpr ObjectKind kKind = ObjectKind::kNil;
  explicit Nil(const Type* t) : Object(kKind, Pos{}, "nil", t) {}
};

// ------------------------------------------------------------------ type table

// Owns every Type and Object of a compilation and interns composite types.
class TypeTable {
 public:
  TypeTable();
  ~TypeTable();
  const Basic* basic(BasicKind k) const { return basics_[static_cast<int>(k)]; }
  const Type* Int() const { return basic(BasicKind::kInt); }
  const Type* String() const { return basic(BasicKind::kString); }
  const Type* Bool() const { return basic(BasicKind::kBool); }
  const Named* Error() const { return error_; }  // the predeclared `error`
  const Interface* EmptyInterface() const { return any_; }

  const Pointer* PointerTo(const Type* elem);
  const Slice* SliceOf(const Type* elem);
  const Array* ArrayOf(const Type* elem, int64_t len);
  const Map* MapOf(const Type* key, const Type* value);
  const Chan* ChanOf(const Type* elem);
  const Tuple* TupleOf(std::vector<Var*> vars);
  const Tuple* EmptyTuple() { return TupleOf({}); }
  const Signature* SignatureOf(Var* recv, const Tuple* params, const Tuple* results, bool variadic);
  const Struct* NewStruct(std::vector<Var*> fields);
  const Interface* NewInterface(std::vector<Func*> methods, std::vector<const Type*> embedded);
  Named* NewNamed(TypeName* obj);

  // Objects are owned here too.
  template <class T, class... A>
  T* NewObject(A&&... args) {
    auto o = std::make_unique<T>(std::forward<A>(args)...);
    T* raw = o.get();
    objects_.push_back(std::move(o));
    return raw;
  }

 private:
  template <class T, class... A>
  T* Own(A&&... args) {
    auto t = std::make_unique<T>(std::forward<A>(args)...);
    T* raw = t.get();
    types_.push_back(std::move(t));
    return raw;
  }
  std::vector<std::unique_ptr<Type>> types_;
  std::vector<std::unique_ptr<Object>> objects_;
  std::vector<const Basic*> basics_;
  const Named* error_ = nullptr;
  const Interface* any_ = nullptr;
  std::map<const Type*, const Pointer*> pointers_;
  std::map<const Type*, const Slice*> slices_;
  std::map<std::pair<const Type*, int64_t>, const Array*> arrays_;
  std::map<std::pair<const Type*, const Type*>, const Map*> maps_;
  std::map<const Type*, const Chan*> chans_;
  std::map<std::vector<const Type*>, const Tuple*> tuples_;  // unnamed tuples only
  std::set<const Tuple*> interned_tuples_;                   // the values of tuples_
  std::map<std::tuple<const Tuple*, const Tuple*, bool>, const Signature*> signatures_;
  friend class Universe;
};

// Two spellings of a type: kReflect is what %T and reflect print ("main.T",
// "struct { X int }", "interface {}", "func(int) string"); kMessage is what gc's
// type checker prints in diagnostics ("T" for package main's types,
// "struct{X int}", "interface{}", parameter names kept in signatures).
// kSsa is kReflect except that local types of one name differ ("main.T·2",
// TypeName::local_index), so the SSA text names each type once.
enum class TypeStyle : uint8_t { kReflect, kMessage, kSsa };
std::string TypeString(const Type* t, TypeStyle style);

// Type identity (Go spec "Type identity").
bool Identical(const Type* a, const Type* b);
// Comparable with == (usable as a map key).
bool Comparable(const Type* t);
// Whether hashing or comparing a comparable value of t can panic: t is an
// interface, or an array or struct holding one, whose dynamic value may be
// a slice, map or func (Go's hashMightPanic).
bool HashMightPanic(const Type* t);
// Default type of an untyped constant kind (untyped int -> int, ...).
const Type* DefaultType(const TypeTable& table, const Type* t);

}  // namespace gosc::types
