// Lowering of constants, arithmetic, comparisons and conversions.
//
// Why it exists: Go's operators are defined where C's and LLVM's are not, and
// the differences are all here: integer arithmetic wraps (no nsw/nuw flags);
// shifts by >= the width give 0 (or the sign fill) instead of poison and a
// negative signed count panics; x/0 panics, and MinInt/-1 (which traps in
// x86's idiv) is guarded to give MinInt, remainder 0; float -> int
// conversions of out-of-range values give what gc's amd64 code gives (the
// CVTTSD2SI "integer indefinite" 0x80..0) instead of poison; string
// comparisons and concatenation go to the runtime; != on floats is unordered.
#include "codegen/internal.h"

namespace gosc::codegen {

using ssa::Op;
using types::BasicKind;
using types::TypeKind;

namespace {
const types::Basic* BasicOf(const Type* t) {
  return t ? t->Underlying()->As<types::Basic>() : nullptr;
}
}  // namespace

bool IsStringType(const Type* t) {
  const auto* b = BasicOf(t);
  return b && b->IsString();
}

namespace {
bool IsUnsignedType(const Type* t) {
  const auto* b = BasicOf(t);
  return b && b->IsUnsigned();
}
}  // namespace

llvm::Value* FuncLowering::LowerConst(const ssa::Value* v) {
  if (Big(v->type)) {
    if (v->op == Op::kZero || v->cval.IsNil()) return ml_.ZeroGlobal(v->type);
    Fail(v->pos, "codegen: constant of aggregate type " + v->type->String());
  }
  llvm::Type* t = T(v->type);
  if (v->op == Op::kZero || v->cval.IsNil()) return llvm::Constant::getNullValue(t);
  const ssa::ConstVal& c = v->cval;
  const Type* u = v->type->Underlying();
  if (u->As<types::Interface>())
    Fail(v->pos, "codegen: constant of interface type " + v->type->String());
  if (t->isIntegerTy()) {
    if (c.kind == ssa::ConstVal::Kind::kBool) return llvm::ConstantInt::get(t, c.b ? 1 : 0);
    if (c.kind != ssa::ConstVal::Kind::kInt)
      Fail(v->pos, "codegen: non-integer constant of integer type");
    return llvm::ConstantInt::get(t, c.bits);
  }
  if (t->isFloatTy() || t->isDoubleTy()) {
    if (c.kind != ssa::ConstVal::Kind::kFloat)
      Fail(v->pos, "codegen: non-float constant of float type");
    // float32 constants already hold the float32 value: the narrowing is exact.
    if (t->isFloatTy())
      return llvm::ConstantFP::get(t, static_cast<double>(static_cast<float>(c.f)));
    return llvm::ConstantFP::get(t, c.f);
  }
  if (IsStringType(v->type)) {
    if (c.kind == ssa::ConstVal::Kind::kString) return ml_.StringConstant(c.s);
    Fail(v->pos, "codegen: non-string constant of string type");
  }
  if (t->isPointerTy()) return llvm::Constant::getNullValue(t);
  Fail(v->pos, "codegen: unsupported constant of type " + v->type->String());
}

llvm::Value* FuncLowering::LowerArith(const ssa::Value* v) {
  const Type* t = v->operand(0)->type;
  if (IsStringType(t)) {
    if (v->op != Op::kAdd) Fail(v->pos, "codegen: bad string arithmetic");
    if (IsFusedConcatOperand(v)) return nullptr;  // part of its user's concatenation
    return LowerConcat(v);
  }
  llvm::Value* x = Operand(v, 0);
  llvm::Value* y = Operand(v, 1);
  bool fp = x->getType()->isFloatingPointTy();
  switch (v->op) {
    case Op::kAdd: return fp ? b_.CreateFAdd(x, y) : b_.CreateAdd(x, y);
    case Op::kSub: return fp ? b_.CreateFSub(x, y) : b_.CreateSub(x, y);
    case Op::kMul: return fp ? b_.CreateFMul(x, y) : b_.CreateMul(x, y);
    case Op::kAnd: return b_.CreateAnd(x, y);
    case Op::kOr: return b_.CreateOr(x, y);
    case Op::kXor: return b_.CreateXor(x, y);
    case Op::kAndNot: return b_.CreateAnd(x, b_.CreateNot(y));
    default: break;
  }
  Fail(v->pos, "codegen: bad arithmetic op");
}

llvm::Value* FuncLowering::LowerShift(const ssa::Value* v) {
  llvm::Value* x = Operand(v, 0);
  llvm::Value* s = Operand(v, 1);
  const Type* st = v->operand(1)->type;
  auto* xt = llvm::cast<llvm::IntegerType>(x->getType());
  unsigned width = xt->getBitWidth();
  if (!IsUnsignedType(st)) {
    CheckOrPanic(b_.CreateICmpSLT(s, llvm::ConstantInt::get(s->getType(), 0)),
                 [&] { CallRt("gosc_panic_shift", {}); });
  }
  // After the sign check the count is a non-negative number of any width.
  llvm::Value* s64 =
      s->getType()->getIntegerBitWidth() < 64 ? b_.CreateZExt(s, b_.getInt64Ty()) : s;
  if (s64->getType()->getIntegerBitWidth() > 64) s64 = b_.CreateTrunc(s64, b_.getInt64Ty());
  llvm::Value* big = b_.CreateICmpUGE(s64, b_.getInt64(width));
  llvm::Value* amt = b_.CreateTrunc(s64, xt);
  if (v->op == Op::kShl)
    return b_.CreateSelect(big, llvm::ConstantInt::get(xt, 0), b_.CreateShl(x, amt));
  if (IsUnsignedType(v->operand(0)->type))
    return b_.CreateSelect(big, llvm::ConstantInt::get(xt, 0), b_.CreateLShr(x, amt));
  llvm::Value* clamped = b_.CreateSelect(big, llvm::ConstantInt::get(xt, width - 1), amt);
  return b_.CreateAShr(x, clamped);
}

llvm::Value* FuncLowering::LowerDivRem(const ssa::Value* v) {
  llvm::Value* x = Operand(v, 0);
  llvm::Value* y = Operand(v, 1);
  bool div = v->op == Op::kDiv;
  if (x->getType()->isFloatingPointTy()) {
    if (!div) Fail(v->pos, "codegen: % on floats");
    return b_.CreateFDiv(x, y);
  }
  auto* t = x->getType();
  CheckOrPanic(b_.CreateICmpEQ(y, llvm::ConstantInt::get(t, 0)),
               [&] { CallRt("gosc_panic_divide", {}); });
  if (IsUnsignedType(v->operand(0)->type)) return div ? b_.CreateUDiv(x, y) : b_.CreateURem(x, y);
  // x / -1 overflows (and traps) for MinInt; Go defines it as -x (wrapping), x % -1 as 0.
  llvm::Value* minus1 = b_.CreateICmpEQ(y, llvm::ConstantInt::getSigned(t, -1));
  llvm::Value* safe_y = b_.CreateSelect(minus1, llvm::ConstantInt::get(t, 1), y);
  if (div) return b_.CreateSelect(minus1, b_.CreateNeg(x), b_.CreateSDiv(x, safe_y));
  return b_.CreateSelect(minus1, llvm::ConstantInt::get(t, 0), b_.CreateSRem(x, safe_y));
}

static bool IsNilConst(const ssa::Value* v) {
  return (v->op == Op::kConst && v->cval.IsNil()) || v->op == Op::kZero;
}

llvm::Value* FuncLowering::EqualValues(const Type* t, llvm::Value* x, llvm::Value* y) {
  const Type* u = t->Underlying();
  if (Big(t)) return ToBool(CallRt("gosc_memequal", {ml_.TypeDesc(t), x, y}));
  switch (u->kind()) {
    case TypeKind::kBasic: {
      if (IsStringType(t)) return ToBool(CallRt("gosc_eqstring", {x, y}));
      if (x->getType()->isFloatingPointTy()) return b_.CreateFCmpOEQ(x, y);
      return b_.CreateICmpEQ(x, y);
    }
    case TypeKind::kPointer:
    case TypeKind::kMap:
    case TypeKind::kChan:
    case TypeKind::kSignature: return b_.CreateICmpEQ(x, y);
    case TypeKind::kInterface: {
      bool empty = u->As<types::Interface>()->IsEmpty();
      return ToBool(CallRt(empty ? "gosc_efaceeq" : "gosc_ifaceeq", {x, y}));
    }
    case TypeKind::kStruct: {
      const auto* st = u->As<types::Struct>();
      llvm::Value* all = b_.getTrue();
      for (size_t i = 0; i < st->fields().size(); ++i) {
        if (st->fields()[i]->name() == "_") continue;  // blank fields are not compared
        unsigned idx = ml_.FieldIndex(st, i);
        const Type* ft = st->fields()[i]->type();
        all = b_.CreateAnd(
            all, EqualValues(ft, b_.CreateExtractValue(x, idx), b_.CreateExtractValue(y, idx)));
      }
      return all;
    }
    case TypeKind::kArray: {
      const auto* at = u->As<types::Array>();
      if (at->len() > 8) {
        llvm::Value* px = Spill(x, "eqx");
        llvm::Value* py = Spill(y, "eqy");
        return ToBool(CallRt("gosc_memequal", {ml_.TypeDesc(t), px, py}));
      }
      llvm::Value* all = b_.getTrue();
      for (int64_t i = 0; i < at->len(); ++i)
        all = b_.CreateAnd(
            all, EqualValues(at->elem(), b_.CreateExtractValue(x, i), b_.CreateExtractValue(y, i)));
      return all;
    }
    default: break;
  }
  Fail(cur_ ? cur_->pos : types::Pos{}, "codegen: == on type " + t->String());
}

llvm::Value* FuncLowering::LowerCompare(const ssa::Value* v) {
  const ssa::Value* xv = v->operand(0);
  const ssa::Value* yv = v->operand(1);
  llvm::Value* x = V(xv);
  llvm::Value* y = V(yv);
  const Type* t = xv->type;
  Op op = v->op;
  if (op == Op::kEq || op == Op::kNe) {
    llvm::Value* eq;
    const Type* u = t->Underlying();
    if ((u->As<types::Interface>() || u->As<types::Slice>()) &&
        (IsNilConst(xv) || IsNilConst(yv))) {
      // x == nil: only the first word matters (type/itab, or slice pointer).
      llvm::Value* other = IsNilConst(xv) ? y : x;
      eq = b_.CreateIsNull(b_.CreateExtractValue(other, 0));
    } else if (u->As<types::Slice>()) {
      Fail(v->pos, "codegen: slice compared with non-nil");
    } else {
      eq = EqualValues(t, x, y);
    }
    return FromBool(op == Op::kEq ? eq : b_.CreateNot(eq));
  }
  if (IsStringType(t)) {
    llvm::Value* c = CallRt("gosc_cmpstring", {x, y});
    llvm::Value* zero = b_.getInt64(0);
    llvm::Value* r = op == Op::kLt   ? b_.CreateICmpSLT(c, zero)
                     : op == Op::kLe ? b_.CreateICmpSLE(c, zero)
                     : op == Op::kGt ? b_.CreateICmpSGT(c, zero)
                                     : b_.CreateICmpSGE(c, zero);
    return FromBool(r);
  }
  llvm::Value* r;
  if (x->getType()->isFloatingPointTy()) {
    r = op == Op::kLt   ? b_.CreateFCmpOLT(x, y)
        : op == Op::kLe ? b_.CreateFCmpOLE(x, y)
        : op == Op::kGt ? b_.CreateFCmpOGT(x, y)
                        : b_.CreateFCmpOGE(x, y);
  } else if (IsUnsignedType(t)) {
    r = op == Op::kLt   ? b_.CreateICmpULT(x, y)
        : op == Op::kLe ? b_.CreateICmpULE(x, y)
        : op == Op::kGt ? b_.CreateICmpUGT(x, y)
                        : b_.CreateICmpUGE(x, y);
  } else {
    r = op == Op::kLt   ? b_.CreateICmpSLT(x, y)
        : op == Op::kLe ? b_.CreateICmpSLE(x, y)
        : op == Op::kGt ? b_.CreateICmpSGT(x, y)
                        : b_.CreateICmpSGE(x, y);
  }
  return FromBool(r);
}

llvm::Value* FuncLowering::LowerUnary(const ssa::Value* v) {
  llvm::Value* x = Operand(v, 0);
  switch (v->op) {
    case Op::kNeg: return x->getType()->isFloatingPointTy() ? b_.CreateFNeg(x) : b_.CreateNeg(x);
    case Op::kNot: return b_.CreateXor(x, llvm::ConstantInt::get(x->getType(), 1));
    case Op::kComplement: return b_.CreateNot(x);
    default: break;
  }
  Fail(v->pos, "codegen: bad unary op");
}

// gc on amd64 converts with CVTTSD2SL/CVTTSD2SQ (out of range or NaN gives
// the "integer indefinite" MinInt of the instruction's width), narrows
// afterwards, and handles uint64 with a branch around 2^63.
llvm::Value* FuncLowering::FloatToInt(llvm::Value* x, const types::Basic* from,
                                      const types::Basic* to) {
  (void)from;
  llvm::Type* ft = x->getType();
  auto cvt = [&](llvm::Value* val, unsigned bits) -> llvm::Value* {
    llvm::Type* it = b_.getIntNTy(bits);
    double lim = bits == 32 ? 2147483648.0 : 9223372036854775808.0;
    llvm::Value* in_range = b_.CreateAnd(b_.CreateFCmpOGE(val, llvm::ConstantFP::get(ft, -lim)),
                                         b_.CreateFCmpOLT(val, llvm::ConstantFP::get(ft, lim)));
    llvm::Value* conv = b_.CreateFPToSI(val, it);
    return b_.CreateSelect(in_range, conv,
                           llvm::ConstantInt::get(it, llvm::APInt::getSignedMinValue(bits)));
  };
  llvm::Type* dst = T(to);
  switch (to->basic()) {
    case BasicKind::kInt8:
    case BasicKind::kInt16:
    case BasicKind::kInt32:
    case BasicKind::kUint8:
    case BasicKind::kUint16: return b_.CreateTrunc(cvt(x, 32), dst);
    case BasicKind::kUint32: return b_.CreateTrunc(cvt(x, 64), dst);
    case BasicKind::kInt:
    case BasicKind::kInt64: return cvt(x, 64);
    case BasicKind::kUint:
    case BasicKind::kUint64:
    case BasicKind::kUintptr: {
      llvm::Value* two63 = llvm::ConstantFP::get(ft, 9223372036854775808.0);
      llvm::Value* small = b_.CreateFCmpOLT(x, two63);
      llvm::Value* lo = cvt(x, 64);
      llvm::Value* hi = b_.CreateOr(cvt(b_.CreateFSub(x, two63), 64),
                                    b_.getInt64(static_cast<uint64_t>(1) << 63));
      return b_.CreateSelect(small, lo, hi);
    }
    default: break;
  }
  Fail(cur_ ? cur_->pos : types::Pos{}, "codegen: bad float conversion");
}

llvm::Value* FuncLowering::LowerConvert(const ssa::Value* v) {
  llvm::Value* x = Operand(v, 0);
  const Type* from = v->operand(0)->type;
  const Type* to = v->type;
  const Type* fu = from->Underlying();
  const Type* tu = to->Underlying();
  const auto* fb = fu->As<types::Basic>();
  const auto* tb = tu->As<types::Basic>();
  llvm::Type* dst = T(to);
  if (fb && tb) {
    bool f_int = fb->IsInteger(), t_int = tb->IsInteger();
    if (f_int && t_int) {
      return fb->IsUnsigned() ? b_.CreateZExtOrTrunc(x, dst) : b_.CreateSExtOrTrunc(x, dst);
    }
    if (f_int && tb->IsFloat())
      return fb->IsUnsigned() ? b_.CreateUIToFP(x, dst) : b_.CreateSIToFP(x, dst);
    if (fb->IsFloat() && t_int) return FloatToInt(x, fb, tb);
    if (fb->IsFloat() && tb->IsFloat()) return b_.CreateFPCast(x, dst);
    if (f_int && tb->IsString()) return CallRt("gosc_intstring", {ToI64(x, from)});
    if (fb->IsString() && tb->IsString()) return x;
    bool f_uptr = fb->basic() == BasicKind::kUnsafePointer;
    bool t_uptr = tb->basic() == BasicKind::kUnsafePointer;
    if (f_uptr && t_int) return b_.CreatePtrToInt(x, dst);
    if (f_int && t_uptr) return b_.CreateIntToPtr(x, dst);
    if (f_uptr && t_uptr) return x;
  }
  if (fb && fb->IsString()) {
    if (const auto* sl = tu->As<types::Slice>()) {
      const auto* eb = sl->elem()->Underlying()->As<types::Basic>();
      bool runes = eb && eb->basic() == BasicKind::kInt32;
      llvm::Value* out = EntryAlloca(ml_.SliceType(), "conv");
      CallRt(runes ? "gosc_stringtoslicerune" : "gosc_stringtoslicebyte", {out, x});
      return b_.CreateLoad(ml_.SliceType(), out);
    }
  }
  if (tb && tb->IsString()) {
    if (const auto* sl = fu->As<types::Slice>()) {
      const auto* eb = sl->elem()->Underlying()->As<types::Basic>();
      bool runes = eb && eb->basic() == BasicKind::kInt32;
      if (!runes) return LowerBytesToString(v, x);
      return CallRt("gosc_slicerunetostring",
                    {b_.CreateExtractValue(x, 0), b_.CreateExtractValue(x, 1)});
    }
  }
  // unsafe.Pointer <-> *T and other same-representation conversions.
  if (x->getType() == dst) return x;
  Fail(v->pos, "codegen: unsupported conversion " + from->String() + " -> " + to->String());
}

}  // namespace gosc::codegen
