// -m=2 explanation paths (passes/escape/explain.cpp) on small hand-built
// graphs: how the solver's walk links become gc's "flow: DST = SRC" lines,
// with SSA temporaries folded into the flows that pass through them.
#include <gtest/gtest.h>

#include "passes/escape/internal.h"

namespace gosc::passes::escape {
namespace {

// Records the explanation of every decision while its walk is current.
class Recorder : public SolveObserver {
 public:
  void ParamLeaks(const Location& root, const Location& param, int) override {
    paths.push_back(ExplainPath(root, param));
  }
  void Escapes(const Location& root, const Location& loc) override {
    paths.push_back(ExplainPath(root, loc));
  }
  std::vector<std::vector<ExplainedFlow>> paths;
};

Note N(const char* where, const char* why) { return Note{where, why, types::Pos{0, 1, 1}}; }

TEST(EscapeExplain, Labels) {
  Graph g;
  EXPECT_EQ(ExplainLabel(*g.heap()), "{heap}");
  EXPECT_EQ(ExplainLabel(*g.NewLocation(LocationKind::kAllocation, "new(T)", 0, 0)),
            "{storage for new(T)}");
  EXPECT_EQ(ExplainLabel(*g.NewLocation(LocationKind::kVariable, "x", 0, 0)), "x");
  EXPECT_EQ(ExplainLabel(*g.NewLocation(LocationKind::kVariable, ".autotmp", 0, 0)), "");
  EXPECT_EQ(ExplainLabel(*g.NewLocation(LocationKind::kTemp, "t3", 0, 0)), "");
}

TEST(EscapeExplain, TemporariesFoldIntoOneFlow) {
  // x := 0; sink = &x    (SSA: the cell's pointer t0, then the store)
  Graph g;
  Location* x = g.NewLocation(LocationKind::kVariable, "x", 0, 0);
  Location* t0 = g.NewLocation(LocationKind::kTemp, "t0", 0, 0);
  g.Flow(t0, x, -1);
  g.Flow(g.heap(), t0, 0, {N("&x", "address-of"), N("sink = &x", "assign")});
  Recorder r;
  g.Solve(&r);
  ASSERT_EQ(r.paths.size(), 1u);
  ASSERT_EQ(r.paths[0].size(), 1u);
  EXPECT_EQ(r.paths[0][0].dst, "{heap}");
  EXPECT_EQ(r.paths[0][0].src, "&x");
  ASSERT_EQ(r.paths[0][0].notes.size(), 2u);
  EXPECT_EQ(r.paths[0][0].notes[0].why, "address-of");
  EXPECT_EQ(r.paths[0][0].notes[1].why, "assign");
}

TEST(EscapeExplain, NamedValuesStartFlowsOfTheirOwn) {
  // func f(pp **int) *int { p := *pp; return p }
  Graph g;
  Location* pp = g.NewLocation(LocationKind::kParam, "pp", 0, 0);
  pp->param_index = 0;
  Location* p = g.NewLocation(LocationKind::kVariable, "p", 0, 0);
  Location* r0 = g.NewLocation(LocationKind::kResult, "~r0", 0, 0);
  r0->result_index = 0;
  g.Flow(p, pp, 1, {N("*pp", "indirection"), N("p := *pp", "assign")});
  g.Flow(r0, p, 0, {N("return p", "return")});
  Recorder r;
  g.Solve(&r);
  ASSERT_EQ(r.paths.size(), 1u);
  ASSERT_EQ(r.paths[0].size(), 2u);
  EXPECT_EQ(r.paths[0][0].dst, "p");
  EXPECT_EQ(r.paths[0][0].src, "*pp");
  EXPECT_EQ(r.paths[0][1].dst, "~r0");
  EXPECT_EQ(r.paths[0][1].src, "p");
  EXPECT_EQ(r.paths[0][1].notes.size(), 1u);
}

TEST(EscapeExplain, TwoVersionsOfOneVariableAreOneLocation) {
  // A parameter copied into its cell, whose address is returned: gc has one
  // location for both, so no "flow: x = x" line appears.
  Graph g;
  Location* param = g.NewLocation(LocationKind::kParam, "x", 0, 0);
  param->param_index = 0;
  Location* cell = g.NewLocation(LocationKind::kVariable, "x", 0, 0);
  cell->cell_of_param = param;
  Location* t0 = g.NewLocation(LocationKind::kTemp, "t0", 0, 0);
  Location* r0 = g.NewLocation(LocationKind::kResult, "~r0", 0, 0);
  r0->result_index = 0;
  g.Flow(cell, param, 0);
  g.Flow(t0, cell, -1);
  g.Flow(r0, t0, 0, {N("&x", "address-of"), N("return &x", "return")});
  g.Solve();
  EXPECT_TRUE(cell->escapes);
  // Re-walk from the result by hand: the path from the parameter folds its cell.
  param->walk_dst = cell;
  param->walk_dst_edge = 0;
  cell->walk_dst = t0;
  cell->walk_dst_edge = 0;
  t0->walk_dst = r0;
  t0->walk_dst_edge = 0;
  std::vector<ExplainedFlow> flows = ExplainPath(*r0, *param);
  ASSERT_EQ(flows.size(), 1u);
  EXPECT_EQ(flows[0].dst, "~r0");
  EXPECT_EQ(flows[0].src, "&x");
}

}  // namespace
}  // namespace gosc::passes::escape
