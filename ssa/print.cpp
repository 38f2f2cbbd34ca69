// The SSA printer (see print.h for the format's promises).
//
// Why it exists: a readable, stable dump is how humans and lit tests look at
// what the builder and the passes did. Everything printed is derived from the
// IR alone, in block order, so the output is deterministic.
#include "ssa/print.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

#include "ssa/print_decls.h"
#include "types/types.h"

namespace gosc::ssa {

const char* AllocKindName(AllocKind k) {
  switch (k) {
    case AllocKind::kHeap: return "heap";
    case AllocKind::kStack: return "stack";
    case AllocKind::kRegion: return "region";
    case AllocKind::kCoalloc: return "coalloc";
  }
  return "?";
}

const char* AllocSiteName(AllocSite s) {
  switch (s) {
    case AllocSite::kNew: return "new";
    case AllocSite::kCompositeLit: return "complit";
    case AllocSite::kLocalVar: return "localvar";
    case AllocSite::kMakeMap: return "makemap";
    case AllocSite::kMapLit: return "maplit";
    case AllocSite::kMakeSlice: return "makeslice";
    case AllocSite::kSliceLit: return "slicelit";
    case AllocSite::kClosureEnv: return "closureenv";
    case AllocSite::kBox: return "box";
  }
  return "?";
}

namespace {

std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7f) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\x%02x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string BaseName(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string TypeStr(const Type* t) {
  return t ? types::TypeString(t, types::TypeStyle::kSsa) : "void";
}

bool IsUnsigned(const Type* t) {
  const auto* b = t ? t->Under<types::Basic>() : nullptr;
  return b && b->IsUnsigned();
}

bool IsFloat32(const Type* t) {
  const auto* b = t ? t->Under<types::Basic>() : nullptr;
  return b && b->basic() == types::BasicKind::kFloat32;
}

// Floats print as the shortest text that reads back to the same bits (of
// float32 for float32 constants); integral values keep a ".0" so that they
// read as floats.
std::string FloatStr(double d, bool float32) {
  char buf[64];
  auto r = float32 ? std::to_chars(buf, buf + sizeof buf, static_cast<float>(d))
                   : std::to_chars(buf, buf + sizeof buf, d);
  std::string s(buf, r.ptr);
  if (s.find_first_of(".eni") == std::string::npos) s += ".0";
  return s;
}

std::string ConstStr(const Value& v) {
  const ConstVal& c = v.cval;
  switch (c.kind) {
    case ConstVal::Kind::kNil: return "nil";
    case ConstVal::Kind::kBool: return c.b ? "true" : "false";
    case ConstVal::Kind::kString: return Quote(c.s);
    case ConstVal::Kind::kInt:
      return IsUnsigned(v.type) ? std::to_string(c.bits) : std::to_string(c.AsInt64());
    case ConstVal::Kind::kFloat: return FloatStr(c.f, IsFloat32(v.type));
  }
  return "?";
}

std::string FuncObjName(const types::Func* f) { return f ? f->FullName() : "?"; }

// Assigns every value of one function its printed name.
class Namer {
 public:
  explicit Namer(const Func& f) {
    for (const auto& b : f.blocks) {
      for (const Value* v : b->values) {
        // Void ops, and calls without results (type nullptr), produce no value.
        if (v->IsVoid() || v->type == nullptr) continue;
        std::string base = v->name;
        std::string name;
        if (base.empty()) {
          do {
            name = "t" + std::to_string(next_temp_++);
          } while (used_.count(name));
        } else {
          name = base;
          for (int k = 1; used_.count(name); ++k) name = base + "." + std::to_string(k);
        }
        used_.insert(name);
        names_[v] = name;
      }
    }
  }
  std::string Ref(const Value* v) const {
    if (!v) return "_";
    auto it = names_.find(v);
    if (it != names_.end()) return "%" + it->second;
    return "%?" + std::to_string(v->id);
  }
  bool HasName(const Value* v) const { return names_.count(v) != 0; }
  std::map<const Value*, std::string> All() const {
    return std::map<const Value*, std::string>(names_.begin(), names_.end());
  }

 private:
  std::unordered_map<const Value*, std::string> names_;
  std::set<std::string> used_;
  int next_temp_ = 0;
};

class Printer {
 public:
  Printer(const Namer& n, const types::SourceSet* sources) : n_(n), sources_(sources) {}

  std::string PosStr(Pos p) const {
    if (!p.IsValid()) return "";
    std::string file;
    if (sources_ && p.file >= 0 && static_cast<size_t>(p.file) < sources_->size()) {
      file = BaseName(sources_->Path(p.file)) + ":";
    }
    return " @" + file + std::to_string(p.line) + ":" + std::to_string(p.col);
  }

  std::string Operands(const Value& v, size_t from = 0) const {
    std::string s;
    for (size_t i = from; i < v.num_operands(); ++i) {
      if (i > from) s += ", ";
      s += n_.Ref(v.operand(i));
    }
    return s;
  }

  std::string Line(const Value& v) const {
    std::string s;
    if (n_.HasName(&v)) s += n_.Ref(&v) + " = ";
    s += OpName(v.op);
    auto ops = [&](size_t from = 0) {
      std::string o = Operands(v, from);
      return o.empty() ? std::string() : " " + o;
    };
    switch (v.op) {
      case Op::kConst: s += " " + ConstStr(v); break;
      case Op::kParam:
      case Op::kFreeVar: s += " " + std::to_string(v.index); break;
      case Op::kGlobal: s += " " + (v.global ? v.global->name : std::string("?")); break;
      case Op::kFuncRef: s += " " + (v.callee ? v.callee->name : FuncObjName(v.func)); break;
      case Op::kAlloc:
        s += std::string(" ") + AllocKindName(v.decision.kind) + " " + AllocSiteName(v.alloc_site) +
             " " + Quote(v.alloc_desc) + ops();
        // make([]T, n) whose count is not a Go constant expression (gc: "non-constant size").
        if (v.alloc_site == AllocSite::kMakeSlice && v.flag) s += " nonconst";
        // Co-allocation (AllocDecision): a guest names its host and offset,
        // a host the bytes of the one allocation it makes for all of them.
        if (v.decision.kind == AllocKind::kCoalloc && v.decision.coalloc_host) {
          s += " in " + n_.Ref(v.decision.coalloc_host) + " +" +
               std::to_string(v.decision.coalloc_offset);
        }
        if (v.decision.coalloc_size > 0) s += " hosting " + std::to_string(v.decision.coalloc_size);
        break;
      case Op::kConvert:
      case Op::kAdd:
        // A copy the runtime allocates ([]byte(s), s + t) carries gc's -m text.
        s += ops() + (v.alloc_desc.empty() ? "" : " copy " + Quote(v.alloc_desc));
        break;
      case Op::kFieldAddr:
        s += ops() + " [" + std::to_string(v.index) + "] +" + std::to_string(v.offset);
        break;
      case Op::kField:
      case Op::kExtract: s += ops() + " [" + std::to_string(v.index) + "]"; break;
      case Op::kMakeInterface:
      case Op::kTypeAssert:
        s += " <" + TypeStr(v.aux_type) + ">" + ops() + (v.flag ? " ,ok" : "");
        break;
      case Op::kMapLookup: s += ops() + (v.flag ? " ,ok" : ""); break;
      case Op::kMapUpdate: s += ops() + (v.flag ? " (in place)" : ""); break;
      case Op::kAppend: s += ops() + (v.flag ? "..." : ""); break;
      case Op::kStore: s += ops() + (v.flag ? " (self-assignment)" : ""); break;
      case Op::kPrint: s = std::string(v.flag ? "println" : "print") + ops(); break;
      case Op::kCall:
      case Op::kDefer:
        if (v.func || v.callee) {
          s += " " + (v.callee ? v.callee->name : FuncObjName(v.func)) + "(" + Operands(v) + ")";
        } else {
          s += " " + n_.Ref(v.num_operands() ? v.operand(0) : nullptr) + "(" + Operands(v, 1) + ")";
        }
        break;
      case Op::kInvoke:
      case Op::kDeferInvoke:
        s += " " + n_.Ref(v.num_operands() ? v.operand(0) : nullptr) + "." +
             (v.func ? v.func->name() : std::string("?")) + "(" + Operands(v, 1) + ")";
        break;
      case Op::kMakeClosure:
        s += " " + (v.callee ? v.callee->name : FuncObjName(v.func)) + ops() +
             (v.flag ? " (method value)" : "");
        break;
      case Op::kPhi: {
        const Block* b = v.block;
        for (size_t i = 0; i < v.num_operands(); ++i) {
          s += " [";
          if (b && i < b->preds.size()) s += "b" + std::to_string(b->preds[i]->id) + ": ";
          s += n_.Ref(v.operand(i)) + "]";
        }
        break;
      }
      case Op::kJump:
        if (v.block && !v.block->succs.empty()) s += " b" + std::to_string(v.block->succs[0]->id);
        break;
      case Op::kIf:
        s += ops();
        if (v.block && v.block->succs.size() == 2) {
          s += ", b" + std::to_string(v.block->succs[0]->id) + ", b" +
               std::to_string(v.block->succs[1]->id);
        }
        break;
      default: s += ops(); break;
    }
    if (n_.HasName(&v)) s += " : " + TypeStr(v.type);
    s += PosStr(v.pos);
    if (v.op == Op::kAlloc && v.decision.reason != AllocReason::kUndecided)
      s += std::string("  ; ") + AllocReasonText(v.decision.reason);
    return s;
  }

 private:
  const Namer& n_;
  const types::SourceSet* sources_;
};

std::string PrintFunc(const Func& f, const types::SourceSet* sources) {
  Namer namer(f);
  Printer p(namer, sources);
  std::string out = "func " + f.name + " : " + TypeStr(f.sig) + p.PosStr(f.pos);
  if (f.parent) out += " parent=" + f.parent->name;
  if (f.has_defer) out += " defer";
  if (f.has_recover) out += " recover";
  out += "\n";
  for (size_t i = 0; i < f.free_var_types.size(); ++i) {
    out += "  ; freevar " + std::to_string(i) + " " +
           (i < f.free_var_names.size() ? f.free_var_names[i] : std::string("?")) + " : " +
           TypeStr(f.free_var_types[i]) + "\n";
  }
  if (f.sig && std::any_of(f.sig->results()->vars().begin(), f.sig->results()->vars().end(),
                           [](const types::Var* r) { return !r->name().empty(); })) {
    out += "  ; named results";
    for (const types::Var* r : f.sig->results()->vars()) out += " " + Quote(r->name());
    out += "\n";
  }
  for (const Func::Capture& c : f.captures) {
    out += "  ; capture " + Quote(c.name) + (c.by_value ? " byvalue" : " byref") +
           " addr=" + std::to_string(c.address_taken) + " assign=" + std::to_string(c.reassigned) +
           " size=" + std::to_string(c.size) + p.PosStr(c.pos) + "\n";
  }
  for (const Func::SelfAssignment& a : f.self_assignments)
    out += "  ; selfassign " + Quote(a.text) + p.PosStr(a.pos) + "\n";
  for (const Func::Devirtualized& d : f.devirtualized)
    out += "  ; devirtualized " + Quote(d.text) + p.PosStr(d.pos) + "\n";
  if (!f.result_cells.empty()) {
    out += "  ; results in";
    for (const Value* c : f.result_cells) out += " " + namer.Ref(c);
    out += "\n";
  }
  for (const auto& b : f.blocks) {
    out += "b" + std::to_string(b->id) + ":";
    std::string comment = b->comment;
    if (!b->preds.empty()) {
      comment += comment.empty() ? "preds" : " preds";
      for (size_t i = 0; i < b->preds.size(); ++i) {
        comment += (i ? "," : " ") + std::string("b") + std::to_string(b->preds[i]->id);
      }
    }
    if (b->loop_depth > 0) comment += " depth=" + std::to_string(b->loop_depth);
    if (!comment.empty()) out += " ; " + comment;
    out += "\n";
    for (const Value* v : b->values) out += "  " + p.Line(*v) + "\n";
  }
  return out;
}

}  // namespace

std::string Print(const Func& f, const types::SourceSet* sources) { return PrintFunc(f, sources); }

std::string Print(const Module& m) {
  std::string out;
  static const Func kEmpty;
  Namer no_names(kEmpty);
  Printer globals_printer(no_names, m.sources);
  // What the functions refer to but do not define, so that the text is a
  // whole module (ssa/parse.h reads it back): named types, library functions.
  for (const types::Named* n : NamedTypesOf(m)) {
    out += "type " + TypeStr(n) + " " + TypeStr(n->Underlying()) +
           globals_printer.PosStr(n->obj()->pos()) + "\n";
  }
  for (const types::Func* fn : LibraryFuncsOf(m)) {
    out += "declare " + fn->FullName() + " : " + TypeStr(fn->sig()) + "\n";
  }
  for (const auto& g : m.globals) {
    out += "global " + g->name + " : " + TypeStr(g->type) + globals_printer.PosStr(g->pos) + "\n";
  }
  for (const auto& f : m.funcs) {
    if (!out.empty()) out += "\n";
    out += PrintFunc(*f, m.sources);
  }
  return out;
}

std::map<const Value*, std::string> PrintedNames(const Func& f) { return Namer(f).All(); }

std::string PrintValue(const Value& v) {
  static const Func kEmpty;
  if (v.block && v.block->func) {
    Namer namer(*v.block->func);
    return Printer(namer, nullptr).Line(v);
  }
  Namer namer(kEmpty);
  return Printer(namer, nullptr).Line(v);
}

}  // namespace gosc::ssa
