// The universe scope: predeclared types, constants, nil and builtins.
//
// Why it exists: every name lookup ends here, and the objects created here
// are the ones later layers recognise (the `error` Named of TypeTable, the
// Builtin ids of len/append/...). byte and rune are aliases of uint8 and
// int32: they denote the very same Type objects, so pointer identity of types
// keeps working for []byte and []uint8.
#include "frontend/check/checker.h"

namespace gosc::frontend::check {

Checker::Checker(Package& pkg, Diagnostics& diags)
    : pkg_(pkg), tt_(pkg.types), diags_(diags), sources_(*pkg.sources) {
  invalid_ = tt_.basic(BasicKind::kInvalid);
}

Scope* Checker::NewScope(Scope* parent) {
  scopes_.emplace_back(parent);
  return &scopes_.back();
}

void Checker::InitUniverse() {
  universe_ = NewScope(nullptr);
  auto type_name = [&](const std::string& name, const Type* t) {
    TypeName* tn = tt_.NewObject<TypeName>(Pos{}, name, t);
    universe_->Insert(tn);
    return tn;
  };
  static const struct {
    const char* name;
    BasicKind kind;
  } kTypes[] = {
      {"bool", BasicKind::kBool},           {"int", BasicKind::kInt},
      {"int8", BasicKind::kInt8},           {"int16", BasicKind::kInt16},
      {"int32", BasicKind::kInt32},         {"int64", BasicKind::kInt64},
      {"uint", BasicKind::kUint},           {"uint8", BasicKind::kUint8},
      {"uint16", BasicKind::kUint16},       {"uint32", BasicKind::kUint32},
      {"uint64", BasicKind::kUint64},       {"uintptr", BasicKind::kUintptr},
      {"float32", BasicKind::kFloat32},     {"float64", BasicKind::kFloat64},
      {"complex64", BasicKind::kComplex64}, {"complex128", BasicKind::kComplex128},
      {"string", BasicKind::kString},
  };
  for (const auto& t : kTypes) type_name(t.name, tt_.basic(t.kind));
  type_name("byte", tt_.basic(BasicKind::kUint8))->is_alias = true;
  type_name("rune", tt_.basic(BasicKind::kInt32))->is_alias = true;
  type_name("any", tt_.EmptyInterface())->is_alias = true;
  universe_->Insert(tt_.Error()->obj());

  const Type* ubool = tt_.basic(BasicKind::kUntypedBool);
  universe_->Insert(tt_.NewObject<Const>(Pos{}, "true", ubool, ConstValue::Bool(true)));
  universe_->Insert(tt_.NewObject<Const>(Pos{}, "false", ubool, ConstValue::Bool(false)));
  universe_iota_ =
      tt_.NewObject<Const>(Pos{}, "iota", tt_.basic(BasicKind::kUntypedInt), ConstValue::Int64(0));
  universe_->Insert(universe_iota_);
  universe_->Insert(tt_.NewObject<Nil>(tt_.basic(BasicKind::kUntypedNil)));

  static const struct {
    const char* name;
    BuiltinId id;
  } kBuiltins[] = {
      {"append", BuiltinId::kAppend},   {"cap", BuiltinId::kCap},
      {"close", BuiltinId::kClose},     {"complex", BuiltinId::kComplex},
      {"copy", BuiltinId::kCopy},       {"delete", BuiltinId::kDelete},
      {"imag", BuiltinId::kImag},       {"len", BuiltinId::kLen},
      {"make", BuiltinId::kMake},       {"new", BuiltinId::kNew},
      {"panic", BuiltinId::kPanic},     {"print", BuiltinId::kPrint},
      {"println", BuiltinId::kPrintln}, {"real", BuiltinId::kReal},
      {"recover", BuiltinId::kRecover},
  };
  for (const auto& b : kBuiltins) universe_->Insert(tt_.NewObject<types::Builtin>(b.name, b.id));
}

}  // namespace gosc::frontend::check
