// Tests for types: amd64 layout, spellings, identity and interning.
//
// Why it exists: unsafe.Sizeof/Offsetof/Alignof and the runtime's layout
// depend on these rules; %T output depends on the spellings.
#include "types/types.h"

#include <gtest/gtest.h>

namespace gosc::types {
namespace {

Var* Field(TypeTable& tt, const char* name, const Type* t) {
  return tt.NewObject<Var>(Pos{}, name, t, VarKind::kField);
}

TEST(TypesTest, BasicLayout) {
  TypeTable tt;
  EXPECT_EQ(tt.basic(BasicKind::kBool)->Size(), 1);
  EXPECT_EQ(tt.basic(BasicKind::kInt16)->Align(), 2);
  EXPECT_EQ(tt.String()->Size(), 16);
  EXPECT_EQ(tt.SliceOf(tt.Int())->Size(), 24);
  EXPECT_EQ(tt.EmptyInterface()->Size(), 16);
  EXPECT_EQ(tt.MapOf(tt.String(), tt.Int())->Size(), 8);
  EXPECT_EQ(tt.ArrayOf(tt.basic(BasicKind::kInt32), 3)->Size(), 12);
  EXPECT_EQ(tt.ArrayOf(tt.basic(BasicKind::kInt32), 3)->Align(), 4);
}

TEST(TypesTest, StructLayout) {
  TypeTable tt;
  // struct { a bool; b int64; c int16 } => offsets 0, 8, 16; size 24.
  const Struct* s =
      tt.NewStruct({Field(tt, "a", tt.Bool()), Field(tt, "b", tt.basic(BasicKind::kInt64)),
                    Field(tt, "c", tt.basic(BasicKind::kInt16))});
  EXPECT_EQ(s->Offset(0), 0);
  EXPECT_EQ(s->Offset(1), 8);
  EXPECT_EQ(s->Offset(2), 16);
  EXPECT_EQ(s->Size(), 24);
  EXPECT_EQ(s->Align(), 8);
  // A trailing zero-size field is padded (gc).
  const Struct* z =
      tt.NewStruct({Field(tt, "a", tt.basic(BasicKind::kInt32)), Field(tt, "e", tt.NewStruct({}))});
  EXPECT_EQ(z->Size(), 8);
  EXPECT_EQ(tt.NewStruct({})->Size(), 0);
  EXPECT_FALSE(s->HasPointers());
  EXPECT_TRUE(tt.NewStruct({Field(tt, "s", tt.String())})->HasPointers());
}

TEST(TypesTest, Spellings) {
  TypeTable tt;
  EXPECT_EQ(tt.MapOf(tt.String(), tt.SliceOf(tt.Int()))->String(), "map[string][]int");
  EXPECT_EQ(tt.EmptyInterface()->String(), "interface {}");
  EXPECT_EQ(TypeString(tt.EmptyInterface(), TypeStyle::kMessage), "interface{}");
  EXPECT_EQ(tt.Error()->String(), "error");
  const Struct* s = tt.NewStruct({Field(tt, "X", tt.Int()), Field(tt, "y", tt.String())});
  EXPECT_EQ(s->String(), "struct { X int; y string }");
  EXPECT_EQ(TypeString(s, TypeStyle::kMessage), "struct{X int; y string}");
  TypeName* tn = tt.NewObject<TypeName>(Pos{1, 1, 1}, "T", nullptr);
  Named* n = tt.NewNamed(tn);
  n->SetUnderlying(s);
  EXPECT_EQ(n->String(), "main.T");
  EXPECT_EQ(TypeString(tt.PointerTo(n), TypeStyle::kMessage), "*T");
  auto* p = tt.NewObject<Var>(Pos{}, "", tt.Int(), VarKind::kParam);
  auto* q = tt.NewObject<Var>(Pos{}, "", tt.SliceOf(tt.String()), VarKind::kParam);
  auto* r = tt.NewObject<Var>(Pos{}, "", tt.Error(), VarKind::kResult);
  auto* r2 = tt.NewObject<Var>(Pos{}, "", tt.Int(), VarKind::kResult);
  const Signature* sig = tt.SignatureOf(nullptr, tt.TupleOf({p, q}), tt.TupleOf({r2, r}), true);
  EXPECT_EQ(sig->String(), "func(int, ...string) (int, error)");
}

TEST(TypesTest, InterningAndIdentity) {
  TypeTable tt;
  EXPECT_EQ(tt.SliceOf(tt.Int()), tt.SliceOf(tt.Int()));
  EXPECT_EQ(tt.PointerTo(tt.String()), tt.PointerTo(tt.String()));
  const Struct* a = tt.NewStruct({Field(tt, "X", tt.Int())});
  const Struct* b = tt.NewStruct({Field(tt, "X", tt.Int())});
  EXPECT_NE(a, b);
  EXPECT_TRUE(Identical(a, b));
  EXPECT_FALSE(Identical(a, tt.NewStruct({Field(tt, "Y", tt.Int())})));
  auto* p1 = tt.NewObject<Var>(Pos{}, "", tt.Int(), VarKind::kParam);
  auto* p2 = tt.NewObject<Var>(Pos{}, "", tt.Int(), VarKind::kParam);
  EXPECT_EQ(tt.SignatureOf(nullptr, tt.TupleOf({p1}), tt.EmptyTuple(), false),
            tt.SignatureOf(nullptr, tt.TupleOf({p2}), tt.EmptyTuple(), false));
  EXPECT_TRUE(Comparable(a));
  EXPECT_FALSE(Comparable(tt.SliceOf(tt.Int())));
  EXPECT_EQ(DefaultType(tt, tt.basic(BasicKind::kUntypedRune)), tt.basic(BasicKind::kInt32));
}

}  // namespace
}  // namespace gosc::types
