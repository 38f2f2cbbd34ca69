// The escape solver on small hand-built graphs: each test is one Go snippet
// (in the comment) reduced to its locations and flows.
#include <gtest/gtest.h>

#include "passes/escape/graph.h"

namespace gosc::passes::escape {
namespace {

TEST(EscapeSolver, AddressStoredToHeapEscapes) {
  // x := 0; q := &x; sink = q
  Graph g;
  Location* x = g.NewLocation(LocationKind::kVariable, "x", 0, 0);
  Location* q = g.NewLocation(LocationKind::kVariable, "q", 0, 0);
  g.Flow(q, x, -1);
  g.Flow(g.heap(), q, 0);
  g.Solve();
  EXPECT_TRUE(x->escapes);
  EXPECT_FALSE(q->escapes);
}

TEST(EscapeSolver, ValueStoredToHeapDoesNotMoveTheVariable) {
  // x := 0; sink = x  (a copy of the value, not its address)
  Graph g;
  Location* x = g.NewLocation(LocationKind::kVariable, "x", 0, 0);
  g.Flow(g.heap(), x, 0);
  g.Solve();
  EXPECT_FALSE(x->escapes);
}

TEST(EscapeSolver, LocalAddressStaysLocal) {
  // x := 0; p := &x; y := *p
  Graph g;
  Location* x = g.NewLocation(LocationKind::kVariable, "x", 0, 0);
  Location* p = g.NewLocation(LocationKind::kVariable, "p", 0, 0);
  Location* y = g.NewLocation(LocationKind::kVariable, "y", 0, 0);
  g.Flow(p, x, -1);
  g.Flow(y, p, 1);
  g.Solve();
  EXPECT_FALSE(x->escapes);
}

TEST(EscapeSolver, ReturnedAddressEscapes) {
  // func f() *int { x := 0; return &x }
  Graph g;
  Location* x = g.NewLocation(LocationKind::kVariable, "x", 0, 0);
  Location* r = g.NewLocation(LocationKind::kResult, "~r0", 0, 0);
  r->result_index = 0;
  g.Flow(r, x, -1);
  g.Solve();
  EXPECT_TRUE(x->escapes);
}

TEST(EscapeSolver, ParamLeaksToResultAndHeap) {
  // func f(p, q *int) *int { sink = *q; return p }   -- q's content leaks
  Graph g;
  Location* p = g.NewLocation(LocationKind::kParam, "p", 0, 0);
  p->param_index = 0;
  Location* q = g.NewLocation(LocationKind::kParam, "q", 0, 0);
  q->param_index = 1;
  Location* r = g.NewLocation(LocationKind::kResult, "~r0", 0, 0);
  r->result_index = 0;
  g.Flow(r, p, 0);
  g.Flow(g.heap(), q, 1);
  g.Solve();
  EXPECT_EQ(p->leaks.result(0), 0);
  EXPECT_EQ(p->leaks.heap(), Leaks::kNone);
  EXPECT_EQ(q->leaks.heap(), 1);
  EXPECT_EQ(q->leaks.result(0), Leaks::kNone);
}

TEST(EscapeSolver, AddressIntoOuterLoopVariableEscapes) {
  // var keep *int; for ... { x := i; keep = &x }
  Graph g;
  Location* keep = g.NewLocation(LocationKind::kVariable, "keep", 0, 0);
  Location* x = g.NewLocation(LocationKind::kVariable, "x", 0, 1);
  g.Flow(keep, x, -1);
  g.Solve();
  EXPECT_TRUE(x->escapes);
  EXPECT_FALSE(keep->escapes);
}

TEST(EscapeSolver, EscapePropagatesThroughEscapedLocations) {
  // a := 0; b := &a; c := &b; sink = c   -> b escapes (its address reaches
  // the heap), and then a escapes because its address is stored in b.
  Graph g;
  Location* a = g.NewLocation(LocationKind::kVariable, "a", 0, 0);
  Location* b = g.NewLocation(LocationKind::kVariable, "b", 0, 0);
  Location* c = g.NewLocation(LocationKind::kVariable, "c", 0, 0);
  g.Flow(b, a, -1);
  g.Flow(c, b, -1);
  g.Flow(g.heap(), c, 0);
  g.Solve();
  EXPECT_TRUE(b->escapes);
  EXPECT_TRUE(a->escapes);
  EXPECT_FALSE(c->escapes);
}

TEST(EscapeSolver, ClosureOutlivesNothingOfItsParentButParentOutlivesClosure) {
  // func outer() { var p *int; func() { x := 0; p = &x }() }
  Graph g;
  g.SetParentFunc(1, 0);
  Location* p = g.NewLocation(LocationKind::kVariable, "p", 0, 0);
  Location* x = g.NewLocation(LocationKind::kVariable, "x", 1, 0);
  g.Flow(p, x, -1);
  g.Solve();
  EXPECT_TRUE(x->escapes);
}

TEST(EscapeSolver, CycleTerminates) {
  // p := &q; q := &p (through interface-ish pointer cycles)
  Graph g;
  Location* p = g.NewLocation(LocationKind::kVariable, "p", 0, 0);
  Location* q = g.NewLocation(LocationKind::kVariable, "q", 0, 0);
  g.Flow(p, q, -1);
  g.Flow(q, p, -1);
  g.Solve();
  EXPECT_FALSE(p->escapes);
  EXPECT_FALSE(q->escapes);
}

}  // namespace
}  // namespace gosc::passes::escape
