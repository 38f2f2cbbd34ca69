// Branch statements and the spec's "terminating statements".
//
// Why it exists: break, continue, goto and fallthrough each have a rule
// about where they may appear, and the SSA builder wants to know which
// statement each one leaves (BranchStmt::target). "missing return" is
// decided by the Go spec's syntactic definition of terminating statements,
// not by control-flow analysis, so it lives here next to the branch rules
// it depends on (a `for {}` with a break inside is not terminating).
#include "frontend/check/checker.h"

namespace gosc::frontend::check {

void Checker::BranchStmt(frontend::BranchStmt* s, unsigned ctx) {
  const std::string name = s->label ? s->label->name : "";
  switch (s->tok) {
    case BranchKind::kBreak:
    case BranchKind::kContinue: {
      bool is_break = s->tok == BranchKind::kBreak;
      if (name.empty()) {
        for (auto it = branches_.rbegin(); it != branches_.rend(); ++it) {
          if (is_break || it->is_loop) {
            s->target = it->stmt;
            break;
          }
        }
        if (!s->target) {
          Error(s->pos, is_break ? "break is not in a loop, switch, or select"
                                 : "continue is not in a loop");
        }
        return;
      }
      used_labels_.insert(name);
      for (auto it = branches_.rbegin(); it != branches_.rend(); ++it) {
        if (it->label == name) {
          if (!is_break && !it->is_loop) {
            Error(s->label->pos, "invalid continue label " + name);
            return;
          }
          s->target = it->stmt;
          return;
        }
      }
      if (labels_.count(name)) {
        Error(s->label->pos,
              std::string(is_break ? "invalid break label " : "invalid continue label ") + name);
      } else {
        Error(s->label->pos,
              std::string(is_break ? "break" : "continue") + " label not defined: " + name);
      }
      return;
    }
    case BranchKind::kGoto: {
      if (!s->label) return;
      auto it = labels_.find(name);
      if (it == labels_.end()) {
        Error(s->label->pos, "label " + name + " not defined");
        return;
      }
      used_labels_.insert(name);
      s->target = it->second;
      return;
    }
    case BranchKind::kFallthrough:
      if (!(ctx & kFallthroughOk)) {
        if (ctx & kFinalSwitchCase) {
          Error(s->pos, "cannot fallthrough final case in switch");
        } else if (ctx & kInTypeSwitch) {
          Error(s->pos, "cannot fallthrough in type switch");
        } else {
          Error(s->pos, "fallthrough statement out of place");
        }
        return;
      }
      for (auto it = branches_.rbegin(); it != branches_.rend(); ++it) {
        if (it->stmt->kind == StmtKind::kSwitch) {
          s->target = it->stmt;
          break;
        }
      }
      return;
  }
}

bool Checker::IsTerminating(const Stmt* s, const std::string& label) const {
  if (!s) return false;
  switch (s->kind) {
    case StmtKind::kLabeled: {
      const auto* ls = s->As<LabeledStmt>();
      return IsTerminating(ls->stmt, ls->label ? ls->label->name : "");
    }
    case StmtKind::kExpr: {
      const Expr* e = s->As<ExprStmt>()->x;
      while (e && e->kind == ExprKind::kParen) e = e->As<ParenExpr>()->x;
      const auto* call = e ? e->As<frontend::CallExpr>() : nullptr;
      return call && call->call_kind == CallKind::kBuiltin &&
             call->builtin_id == static_cast<int>(BuiltinId::kPanic);
    }
    case StmtKind::kReturn: return true;
    case StmtKind::kBranch: {
      BranchKind k = s->As<frontend::BranchStmt>()->tok;
      return k == BranchKind::kGoto || k == BranchKind::kFallthrough;
    }
    case StmtKind::kBlock: return IsTerminatingList(s->As<BlockStmt>()->list, "");
    case StmtKind::kIf: {
      const auto* is = s->As<IfStmt>();
      return is->else_stmt && IsTerminating(is->body, "") && IsTerminating(is->else_stmt, "");
    }
    case StmtKind::kSwitch:
    case StmtKind::kTypeSwitch: {
      const auto& clauses = s->kind == StmtKind::kSwitch
                                ? s->As<frontend::SwitchStmt>()->clauses
                                : s->As<frontend::TypeSwitchStmt>()->clauses;
      bool has_default = false;
      for (const CaseClause* c : clauses) {
        if (c->is_default || c->list.empty()) has_default = true;
        if (!IsTerminatingList(c->body, "") || HasBreakList(c->body, label, true)) return false;
      }
      return has_default;
    }
    case StmtKind::kFor: {
      const auto* fs = s->As<ForStmt>();
      return !fs->cond && !HasBreak(fs->body, label, true);
    }
    default: return false;
  }
}

bool Checker::IsTerminatingList(const std::vector<Stmt*>& list, const std::string& label) const {
  for (size_t i = list.size(); i > 0; --i) {
    if (list[i - 1] && list[i - 1]->kind != StmtKind::kEmpty)
      return IsTerminating(list[i - 1], label);
  }
  return false;
}

bool Checker::HasBreakList(const std::vector<Stmt*>& list, const std::string& label,
                           bool implicit) const {
  for (const Stmt* s : list) {
    if (HasBreak(s, label, implicit)) return true;
  }
  return false;
}

bool Checker::HasBreak(const Stmt* s, const std::string& label, bool implicit) const {
  if (!s) return false;
  switch (s->kind) {
    case StmtKind::kLabeled: return HasBreak(s->As<LabeledStmt>()->stmt, label, implicit);
    case StmtKind::kBranch: {
      const auto* b = s->As<frontend::BranchStmt>();
      if (b->tok != BranchKind::kBreak) return false;
      if (!b->label) return implicit;
      return !label.empty() && b->label->name == label;
    }
    case StmtKind::kBlock: return HasBreakList(s->As<BlockStmt>()->list, label, implicit);
    case StmtKind::kIf: {
      const auto* is = s->As<IfStmt>();
      return HasBreak(is->body, label, implicit) || HasBreak(is->else_stmt, label, implicit);
    }
    case StmtKind::kSwitch:
    case StmtKind::kTypeSwitch: {
      if (label.empty()) return false;
      const auto& clauses = s->kind == StmtKind::kSwitch
                                ? s->As<frontend::SwitchStmt>()->clauses
                                : s->As<frontend::TypeSwitchStmt>()->clauses;
      for (const CaseClause* c : clauses) {
        if (HasBreakList(c->body, label, false)) return true;
      }
      return false;
    }
    case StmtKind::kFor: return !label.empty() && HasBreak(s->As<ForStmt>()->body, label, false);
    case StmtKind::kRange:
      return !label.empty() && HasBreak(s->As<frontend::RangeStmt>()->body, label, false);
    default: return false;
  }
}

}  // namespace gosc::frontend::check
