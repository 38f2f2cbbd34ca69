// Finds the body brace of if/for/switch headers (see header_braces.h for the rule).
#include "frontend/parse/header_braces.h"

namespace gosc::frontend::parse {

namespace {
constexpr size_t kRecentTokens = 16;  // enough for `]` `*`... `pkg` `.` `T` before a `{`
}

const HeaderBraceTracker::Recent* HeaderBraceTracker::Back(size_t i) const {
  if (i >= recent_.size()) return nullptr;
  return &recent_[recent_.size() - 1 - i];
}

void HeaderBraceTracker::Remember(Kind kind, bool type_closer) {
  if (recent_.size() == kRecentTokens) recent_.erase(recent_.begin());
  recent_.push_back({kind, type_closer});
}

// Whether a `{` at the header's own level is nested in the header rather than its body.
bool HeaderBraceTracker::OpensNested(const Header& h) const {
  const Recent* prev = Back(0);
  if (prev == nullptr) return false;
  if (prev->kind == Kind::kStruct || h.func_pending) return true;
  if (prev->kind == Kind::kRCurly) return prev->type_closer;
  // The element type of a slice, array or map type: [pkg.]Name after `*`s after the `]`.
  if (prev->kind != Kind::kIdent) return false;
  size_t i = 1;
  if (Back(i) && Back(i)->kind == Kind::kDot && Back(i + 1) && Back(i + 1)->kind == Kind::kIdent) {
    i += 2;
  }
  while (Back(i) && Back(i)->kind == Kind::kStar) ++i;
  return Back(i) && Back(i)->kind == Kind::kRBracket && Back(i)->type_closer;
}

bool HeaderBraceTracker::Observe(Kind kind) {
  bool body = false;
  bool type_closer = false;
  switch (kind) {
    case Kind::kHeaderKeyword: headers_.push_back({open_.size()}); break;
    case Kind::kFunc:
      if (!headers_.empty() && headers_.back().depth == open_.size()) {
        headers_.back().func_pending = true;
      }
      break;
    case Kind::kLParen: open_.push_back(Opener::kParen); break;
    case Kind::kLBracket: {
      const Recent* prev = Back(0);
      bool indexes = prev && (prev->kind == Kind::kIdent || prev->kind == Kind::kOperandEnd ||
                              prev->kind == Kind::kRParen || prev->kind == Kind::kRCurly ||
                              (prev->kind == Kind::kRBracket && !prev->type_closer));
      open_.push_back(indexes ? Opener::kIndexBracket : Opener::kTypeBracket);
      break;
    }
    case Kind::kLCurly: {
      const Recent* prev = Back(0);
      bool type_body = prev && prev->kind == Kind::kStruct;
      if (!headers_.empty() && headers_.back().depth == open_.size()) {
        Header& h = headers_.back();
        if (OpensNested(h)) {
          if (!type_body) h.func_pending = false;
        } else {
          body = true;
          headers_.pop_back();
        }
      }
      open_.push_back(type_body ? Opener::kTypeBody : Opener::kOtherBrace);
      break;
    }
    case Kind::kRParen:
    case Kind::kRBracket:
    case Kind::kRCurly:
      if (!open_.empty()) {
        type_closer = open_.back() == Opener::kTypeBracket || open_.back() == Opener::kTypeBody;
        open_.pop_back();
      }
      // A header whose level was closed never found its body (a syntax error): forget it.
      while (!headers_.empty() && headers_.back().depth > open_.size()) headers_.pop_back();
      break;
    case Kind::kEof:
      headers_.clear();
      open_.clear();
      break;
    default: break;
  }
  Remember(kind, type_closer);
  return body;
}

}  // namespace gosc::frontend::parse
