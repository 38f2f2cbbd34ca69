// DumpAst (frontend.h) and TokenString (ast.h).
//
// Why it exists: `gosc --emit=ast` and the parser's tests need to see the tree the parser
// built — node kinds, names, operators, literal spellings and, above all, the positions gc
// would report — in a stable text form that FileCheck can match line by line. One node per
// line, two spaces of indentation per level, the position last as `@LINE:COL`.
#include <string>

#include "frontend/frontend.h"

namespace gosc::frontend {

const char* TokenString(Token t) {
  switch (t) {
    case Token::kIllegal: return "ILLEGAL";
    case Token::kAdd: return "+";
    case Token::kSub: return "-";
    case Token::kMul: return "*";
    case Token::kQuo: return "/";
    case Token::kRem: return "%";
    case Token::kAnd: return "&";
    case Token::kOr: return "|";
    case Token::kXor: return "^";
    case Token::kShl: return "<<";
    case Token::kShr: return ">>";
    case Token::kAndNot: return "&^";
    case Token::kLAnd: return "&&";
    case Token::kLOr: return "||";
    case Token::kEql: return "==";
    case Token::kNeq: return "!=";
    case Token::kLss: return "<";
    case Token::kLeq: return "<=";
    case Token::kGtr: return ">";
    case Token::kGeq: return ">=";
    case Token::kNot: return "!";
    case Token::kArrow: return "<-";
    case Token::kAssign: return "=";
    case Token::kDefine: return ":=";
    case Token::kInc: return "++";
    case Token::kDec: return "--";
  }
  return "?";
}

namespace {

class Dumper {
 public:
  std::string out;

  void DumpFile(const File& f) {
    Line("File " + f.path + " package " + (f.package_name ? f.package_name->name : "?"), Pos{});
    ++depth_;
    for (const GenDecl* d : f.imports) Decl(*d);
    for (auto [is_func, index] : f.order) {
      if (is_func) {
        Func(*f.funcs[index]);
      } else {
        Decl(*f.decls[index]);
      }
    }
    --depth_;
  }

 private:
  int depth_ = 0;

  void Line(const std::string& text, Pos p) {
    out.append(static_cast<size_t>(depth_) * 2, ' ');
    out += text;
    if (p.IsValid()) out += " @" + std::to_string(p.line) + ":" + std::to_string(p.col);
    out += '\n';
  }

  // Prints `label` then the child one level deeper (nothing when the child is absent).
  void Child(const char* label, const Expr* e) {
    if (!e) return;
    Line(label, Pos{});
    ++depth_;
    Node(e);
    --depth_;
  }
  void Child(const char* label, const Stmt* s) {
    if (!s) return;
    Line(label, Pos{});
    ++depth_;
    Node(s);
    --depth_;
  }

  void Fields(const char* label, const std::vector<Field>& fields) {
    for (const Field& f : fields) FieldLine(label, f);
  }
  void FieldLine(const char* label, const Field& f) {
    std::string names;
    for (const Ident* n : f.names) names += (names.empty() ? " " : ",") + n->name;
    Line(std::string(label) + names + (f.has_tag ? " tag " + f.tag : ""), f.pos);
    ++depth_;
    if (f.type) Node(f.type);
    --depth_;
  }

  static const char* LitName(LitKind k) {
    switch (k) {
      case LitKind::kInt: return "Int";
      case LitKind::kFloat: return "Float";
      case LitKind::kImag: return "Imag";
      case LitKind::kChar: return "Char";
      case LitKind::kString: return "String";
    }
    return "?";
  }

  void Node(const Expr* e) {
    if (!e) return;
    switch (e->kind) {
      case ExprKind::kBad: Line("BadExpr", e->pos); return;
      case ExprKind::kIdent: Line("Ident " + e->As<Ident>()->name, e->pos); return;
      case ExprKind::kBasicLit: {
        auto* b = e->As<BasicLit>();
        Line(std::string("BasicLit ") + LitName(b->lit_kind) + " " + b->text, e->pos);
        return;
      }
      case ExprKind::kCompositeLit: {
        auto* c = e->As<CompositeLit>();
        Line("CompositeLit", e->pos);
        ++depth_;
        Child("Type", c->type_expr);
        for (const Expr* el : c->elts) Node(el);
        --depth_;
        return;
      }
      case ExprKind::kFuncLit: {
        auto* f = e->As<FuncLit>();
        Line("FuncLit", e->pos);
        ++depth_;
        Node(f->sig);
        Node(f->body);
        --depth_;
        return;
      }
      case ExprKind::kParen:
        Line("Paren", e->pos);
        Nested(e->As<ParenExpr>()->x);
        return;
      case ExprKind::kSelector: {
        auto* s = e->As<SelectorExpr>();
        Line("Selector ." + s->sel->name, e->pos);
        Nested(s->x);
        return;
      }
      case ExprKind::kIndex: {
        auto* i = e->As<IndexExpr>();
        Line("Index", e->pos);
        ++depth_;
        Node(i->x);
        Node(i->index);
        --depth_;
        return;
      }
      case ExprKind::kSlice: {
        auto* s = e->As<SliceExpr>();
        Line(s->slice3 ? "Slice3" : "Slice", e->pos);
        ++depth_;
        Node(s->x);
        Child("Low", s->low);
        Child("High", s->high);
        Child("Max", s->max);
        --depth_;
        return;
      }
      case ExprKind::kTypeAssert: {
        auto* t = e->As<TypeAssertExpr>();
        Line(t->type_expr ? "TypeAssert" : "TypeAssert (type)", e->pos);
        ++depth_;
        Node(t->x);
        Node(t->type_expr);
        --depth_;
        return;
      }
      case ExprKind::kCall: {
        auto* c = e->As<CallExpr>();
        Line(c->has_ellipsis ? "Call ..." : "Call", e->pos);
        ++depth_;
        Node(c->fun);
        for (const Expr* a : c->args) Node(a);
        --depth_;
        return;
      }
      case ExprKind::kStar:
        Line("Star", e->pos);
        Nested(e->As<StarExpr>()->x);
        return;
      case ExprKind::kUnary: {
        auto* u = e->As<UnaryExpr>();
        Line(std::string("Unary ") + TokenString(u->op), e->pos);
        Nested(u->x);
        return;
      }
      case ExprKind::kBinary: {
        auto* b = e->As<BinaryExpr>();
        Line(std::string("Binary ") + TokenString(b->op), e->pos);
        ++depth_;
        Node(b->x);
        Node(b->y);
        --depth_;
        return;
      }
      case ExprKind::kKeyValue: {
        auto* kv = e->As<KeyValueExpr>();
        Line("KeyValue", e->pos);
        ++depth_;
        Node(kv->key);
        Node(kv->value);
        --depth_;
        return;
      }
      case ExprKind::kArrayType: {
        auto* a = e->As<ArrayTypeExpr>();
        Line(a->len ? "ArrayType" : "SliceType", e->pos);
        ++depth_;
        Child("Len", a->len);
        Node(a->elem);
        --depth_;
        return;
      }
      case ExprKind::kStructType:
        Line("StructType", e->pos);
        ++depth_;
        Fields("Field", e->As<StructTypeExpr>()->fields);
        --depth_;
        return;
      case ExprKind::kFuncType: {
        auto* f = e->As<FuncTypeExpr>();
        Line(f->has_type_params ? "FuncType [type params]" : "FuncType", e->pos);
        ++depth_;
        Fields("Param", f->params);
        Fields("Result", f->results);
        --depth_;
        return;
      }
      case ExprKind::kInterfaceType:
        Line("InterfaceType", e->pos);
        ++depth_;
        Fields("Method", e->As<InterfaceTypeExpr>()->methods);
        --depth_;
        return;
      case ExprKind::kMapType: {
        auto* m = e->As<MapTypeExpr>();
        Line("MapType", e->pos);
        ++depth_;
        Node(m->key);
        Node(m->value);
        --depth_;
        return;
      }
      case ExprKind::kChanType:
        Line("ChanType", e->pos);
        Nested(e->As<ChanTypeExpr>()->elem);
        return;
      case ExprKind::kEllipsis:
        Line("Ellipsis", e->pos);
        Nested(e->As<EllipsisExpr>()->elem);
        return;
    }
  }

  void Nested(const Expr* e) {
    ++depth_;
    Node(e);
    --depth_;
  }

  void Node(const Stmt* s) {
    if (!s) return;
    switch (s->kind) {
      case StmtKind::kBad: Line("BadStmt", s->pos); return;
      case StmtKind::kDecl:
        Line("DeclStmt", s->pos);
        ++depth_;
        Decl(*s->As<DeclStmt>()->decl);
        --depth_;
        return;
      case StmtKind::kEmpty: Line("EmptyStmt", s->pos); return;
      case StmtKind::kLabeled: {
        auto* l = s->As<LabeledStmt>();
        Line("Labeled " + l->label->name, s->pos);
        ++depth_;
        Node(l->stmt);
        --depth_;
        return;
      }
      case StmtKind::kExpr:
        Line("ExprStmt", s->pos);
        Nested(s->As<ExprStmt>()->x);
        return;
      case StmtKind::kSend: {
        auto* x = s->As<SendStmt>();
        Line("Send", s->pos);
        ++depth_;
        Node(x->chan);
        Node(x->value);
        --depth_;
        return;
      }
      case StmtKind::kIncDec: {
        auto* x = s->As<IncDecStmt>();
        Line(std::string("IncDec ") + TokenString(x->tok), s->pos);
        Nested(x->x);
        return;
      }
      case StmtKind::kAssign: {
        auto* a = s->As<AssignStmt>();
        std::string op = TokenString(a->tok);
        if (a->tok != Token::kAssign && a->tok != Token::kDefine) op += "=";
        Line("Assign " + op, s->pos);
        ++depth_;
        Line("Lhs", Pos{});
        ++depth_;
        for (const Expr* e : a->lhs) Node(e);
        --depth_;
        Line("Rhs", Pos{});
        ++depth_;
        for (const Expr* e : a->rhs) Node(e);
        depth_ -= 2;
        return;
      }
      case StmtKind::kGo:
        Line("Go", s->pos);
        Nested(s->As<GoStmt>()->call);
        return;
      case StmtKind::kDefer:
        Line("Defer", s->pos);
        Nested(s->As<DeferStmt>()->call);
        return;
      case StmtKind::kReturn:
        Line("Return", s->pos);
        ++depth_;
        for (const Expr* e : s->As<ReturnStmt>()->results) Node(e);
        --depth_;
        return;
      case StmtKind::kBranch: {
        auto* b = s->As<BranchStmt>();
        static const char* kNames[] = {"break", "continue", "goto", "fallthrough"};
        Line(std::string("Branch ") + kNames[static_cast<int>(b->tok)] +
                 (b->label ? " " + b->label->name : ""),
             s->pos);
        return;
      }
      case StmtKind::kBlock: {
        Line("Block", s->pos);
        ++depth_;
        for (const Stmt* x : s->As<BlockStmt>()->list) Node(x);
        --depth_;
        return;
      }
      case StmtKind::kIf: {
        auto* i = s->As<IfStmt>();
        Line("If", s->pos);
        ++depth_;
        Child("Init", i->init);
        Child("Cond", i->cond);
        Node(i->body);
        Child("Else", i->else_stmt);
        --depth_;
        return;
      }
      case StmtKind::kCase: {
        auto* c = s->As<CaseClause>();
        Line(c->is_default ? "Default" : "Case", s->pos);
        ++depth_;
        for (const Expr* e : c->list) Node(e);
        Line("Body", Pos{});
        ++depth_;
        for (const Stmt* x : c->body) Node(x);
        depth_ -= 2;
        return;
      }
      case StmtKind::kSwitch: {
        auto* w = s->As<SwitchStmt>();
        Line("Switch", s->pos);
        ++depth_;
        Child("Init", w->init);
        Child("Tag", w->tag);
        for (const CaseClause* c : w->clauses) Node(c);
        --depth_;
        return;
      }
      case StmtKind::kTypeSwitch: {
        auto* w = s->As<TypeSwitchStmt>();
        Line("TypeSwitch" + (w->bind ? " " + w->bind->name : std::string()), s->pos);
        ++depth_;
        Child("Init", w->init);
        Node(w->assert);
        for (const CaseClause* c : w->clauses) Node(c);
        --depth_;
        return;
      }
      case StmtKind::kCommClause: Line("CommClause", s->pos); return;
      case StmtKind::kSelect: Line("Select", s->pos); return;
      case StmtKind::kFor: {
        auto* f = s->As<ForStmt>();
        Line("For", s->pos);
        ++depth_;
        Child("Init", f->init);
        Child("Cond", f->cond);
        Child("Post", f->post);
        Node(f->body);
        --depth_;
        return;
      }
      case StmtKind::kRange: {
        auto* r = s->As<RangeStmt>();
        std::string tok = r->tok == Token::kIllegal ? "" : std::string(" ") + TokenString(r->tok);
        Line("Range" + tok, s->pos);
        ++depth_;
        Child("Key", r->key);
        Child("Value", r->value);
        Child("X", r->x);
        Node(r->body);
        --depth_;
        return;
      }
    }
  }

  void Decl(const GenDecl& d) {
    switch (d.kind) {
      case DeclKind::kImport:
        for (const ImportSpec& s : d.imports) {
          Line("Import " + (s.name ? s.name->name + " " : std::string()) + "\"" + s.path + "\"",
               s.pos);
        }
        return;
      case DeclKind::kConst:
      case DeclKind::kVar:
        Line(d.kind == DeclKind::kConst ? "Const" : "Var", d.pos);
        ++depth_;
        for (const ValueSpec& v : d.values) {
          std::string names;
          for (const Ident* n : v.names) names += (names.empty() ? " " : ",") + n->name;
          std::string iota =
              d.kind == DeclKind::kConst ? " iota=" + std::to_string(v.iota) : std::string();
          Line("Spec" + names + iota, v.pos);
          ++depth_;
          Child("Type", v.type);
          for (const Expr* e : v.values) Node(e);
          --depth_;
        }
        --depth_;
        return;
      case DeclKind::kType:
        for (const TypeSpec& t : d.types) {
          Line(std::string(t.is_alias ? "TypeAlias " : "Type ") + t.name->name +
                   (t.has_type_params ? " [type params]" : ""),
               t.pos);
          Nested(t.type);
        }
        return;
    }
  }

  void Func(const FuncDecl& f) {
    Line("Func " + f.name->name, f.pos);
    ++depth_;
    if (f.recv) FieldLine("Recv", *f.recv);
    Node(f.sig);
    if (f.body) {
      Node(f.body);
    } else {
      Line("NoBody", Pos{});
    }
    --depth_;
  }
};

}  // namespace

std::string DumpAst(const File& file, const SourceSet& sources) {
  (void)sources;
  Dumper d;
  d.DumpFile(file);
  return d.out;
}

}  // namespace gosc::frontend
