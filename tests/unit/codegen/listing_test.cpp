// Unit tests for the -S listing merge (codegen/listing.h): where source
// lines and allocation notes land in the assembly text, how runtime symbols
// are renamed, and how stack-frame-layout remarks become %rsp offsets.
//
// Why it exists: the merge is text processing over LLVM's output; these
// small hand-written inputs pin its rules down independently of what the
// optimiser happens to produce for a given program.
#include "codegen/listing.h"

#include <gtest/gtest.h>

#include <string>

#include "types/pos.h"

namespace gosc::codegen {
namespace {

using types::Pos;

class ListingTest : public ::testing::Test {
 protected:
  ListingTest() {
    file_ = sources_.Add("x.go",
                         "package main\n"                 // 1
                         "\n"                             // 2
                         "func f() int {\n"               // 3
                         "\tm := make(map[string]int)\n"  // 4
                         "\tp := new(int)\n"              // 5
                         "\treturn len(m) + *p\n"         // 6
                         "}\n");
  }
  std::string Annotate(const std::string& text, const std::vector<AllocNote>& notes,
                       const std::vector<StackSlot>& slots = {}) {
    ListingInput in;
    in.notes = &notes;
    in.slots = &slots;
    in.sources = &sources_;
    in.go_names = {{"gosc_makemap", "runtime.makemap"},
                   {"gosc_mallocgc", "runtime.mallocgc"},
                   {"gosc_strings_Builder_WriteString", "strings.(*Builder).WriteString"}};
    return AnnotateAssembly(text, in);
  }
  types::SourceSet sources_;
  int file_ = 0;
};

constexpr const char* kFunction =
    "\t.text\n"
    "\t.file\t\"x.go\"\n"
    "\t.type\tmain.f,@function\n"
    "main.f:\n"
    "\t.file\t1 \".\" \"x.go\"\n"
    "\t.loc\t1 3 0\n"
    "\tpushq\t%rbp\n"
    "\tmovq\t%rsp, %rbp\n"
    "\tpushq\t%rbx\n"
    "\tsubq\t$56, %rsp\n"
    "\t.loc\t1 4 11 prologue_end\n"
    "\tmovq\t$0, 8(%rsp)\n"
    "\tleaq\ttype(%rip), %rdi\n"
    "\t.loc\t1 5 7\n"
    "\tmovl\t$8, %edi\n"
    "\tcallq\tgosc_mallocgc@PLT\n"
    "\t.loc\t1 6 2\n"
    "\taddq\t$56, %rsp\n"
    "\tretq\n"
    ".Lfunc_end0:\n"
    "\t.size\tmain.f, .Lfunc_end0-main.f\n";

TEST_F(ListingTest, NotesLandBeforeTheirInstructions) {
  std::vector<AllocNote> notes = {
      {Pos{file_, 4, 11}, false,
       "x.go:4:11: make(map[string]int) does not escape -> stack, 48+144 bytes", "", "main.f"},
      {Pos{file_, 5, 7}, true, "x.go:5:7: new(int) escapes to heap -> call runtime.mallocgc",
       "gosc_mallocgc", "main.f"},
  };
  // [SP-40]: entry SP - 40, and %rbp = entry SP - 8.
  std::vector<StackSlot> slots = {{"main.f", 0, 0, -40}, {"main.f", 0, 1, -64}};
  std::string out = Annotate(kFunction, notes, slots);
  EXPECT_NE(out.find("# x.go:4   m := make(map[string]int)\n"
                     "# x.go:4:11: make(map[string]int) does not escape -> stack, 48+144 bytes "
                     "at -32(%rbp), -56(%rbp)\n"
                     "\tmovq\t$0, 8(%rsp)\n"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("\tmovl\t$8, %edi\n"
                     "# x.go:5:7: new(int) escapes to heap -> call runtime.mallocgc\n"
                     "\tcallq\truntime.mallocgc\n"),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("# x.go:6   return len(m) + *p\n\taddq"), std::string::npos) << out;
  // Line-table directives are gone without -g; the module's .file stays.
  EXPECT_EQ(out.find(".loc"), std::string::npos) << out;
  EXPECT_EQ(out.find(".file\t1"), std::string::npos) << out;
  EXPECT_NE(out.find(".file\t\"x.go\""), std::string::npos) << out;
}

TEST_F(ListingTest, WithoutFramePointerSlotsAreFromRsp) {
  std::string text =
      "\t.type\tmain.g,@function\n"
      "main.g:\n"
      "\t.file\t1 \".\" \"x.go\"\n"
      "\tpushq\t%rbx\n"
      "\tsubq\t$64, %rsp\n"
      "\t.loc\t1 4 11\n"
      "\tmovq\t$0, 24(%rsp)\n"
      "\t.size\tmain.g, 1\n";
  std::vector<AllocNote> notes = {
      {Pos{file_, 4, 11}, false, "x.go:4:11: m does not escape -> stack, 8 bytes", "", "main.g"},
  };
  // After push rbx and sub 64, %rsp = entry SP - 72: [SP-48] is 24(%rsp).
  std::vector<StackSlot> slots = {{"main.g", 0, 0, -48}};
  std::string out = Annotate(text, notes, slots);
  EXPECT_NE(out.find("# x.go:4:11: m does not escape -> stack, 8 bytes at 24(%rsp)\n"
                     "\tmovq\t$0, 24(%rsp)\n"),
            std::string::npos)
      << out;
}

TEST_F(ListingTest, KeepsDebugDirectivesWithG) {
  std::vector<AllocNote> notes;
  ListingInput in;
  in.notes = &notes;
  in.sources = &sources_;
  in.keep_debug_directives = true;
  std::string out = AnnotateAssembly(kFunction, in);
  EXPECT_NE(out.find("\t.loc\t1 4 11 prologue_end\n"), std::string::npos) << out;
  EXPECT_NE(out.find("\t.file\t1 \".\" \"x.go\"\n"), std::string::npos) << out;
}

TEST_F(ListingTest, SitesWithoutInstructionsAreNotedAfterTheLabel) {
  std::vector<AllocNote> notes = {
      {Pos{file_, 5, 3}, false, "x.go:5:3: new(int) does not escape -> stack, 8 bytes", "",
       "main.f"},
  };
  std::string out = Annotate(kFunction, notes);
  EXPECT_NE(out.find("main.f:\n# x.go:5:3: new(int) does not escape -> stack, 8 bytes, kept in "
                     "registers (no stack slot)\n"),
            std::string::npos)
      << out;
}

TEST_F(ListingTest, HeapNoteNeedsItsCall) {
  // The site's position is on the line, but the call is to another entry.
  std::vector<AllocNote> notes = {
      {Pos{file_, 5, 7}, true, "x.go:5:7: new(int) escapes to heap -> call runtime.newobject",
       "gosc_newobject", "main.f"},
  };
  std::string out = Annotate(kFunction, notes);
  EXPECT_NE(out.find("main.f:\n# x.go:5:7: new(int) escapes to heap -> call runtime.newobject "
                     "(no call left: optimised away)\n"),
            std::string::npos)
      << out;
}

TEST_F(ListingTest, RenamesRuntimeSymbolsAndQuotesGoNames) {
  std::string text =
      "\t.type\tmain.g,@function\n"
      "main.g:\n"
      "\tcallq\tgosc_strings_Builder_WriteString@PLT\n"
      "\tjmp\tgosc_makemap@PLT\n"
      "\tcallq\tgosc_makemapx@PLT\n"
      "\t.size\tmain.g, 1\n";
  std::string out = Annotate(text, {});
  EXPECT_NE(out.find("\tcallq\t\"strings.(*Builder).WriteString\"\n"), std::string::npos) << out;
  EXPECT_NE(out.find("\tjmp\truntime.makemap\n"), std::string::npos) << out;
  EXPECT_NE(out.find("\tcallq\tgosc_makemapx@PLT\n"), std::string::npos) << out;
}

TEST(StackLayoutRemark, ParsesSitesAndOffsets) {
  std::string msg =
      "\nFunction: main.f\n"
      "Offset: [SP-8], Type: Spill, Align: 16, Size: 8\n"
      "Offset: [SP-56], Type: Variable, Align: 8, Size: 48\n"
      "    gosc.site.7.0 @ x.go:6\n"
      "    gosc.site.9.1 @ x.go:9\n"
      "Offset: [SP-200], Type: Variable, Align: 8, Size: 144\n"
      "    other @ x.go:7\n";
  std::vector<StackSlot> slots = ParseStackLayoutRemark(msg);
  ASSERT_EQ(slots.size(), 2u);
  EXPECT_EQ(slots[0].function, "main.f");
  EXPECT_EQ(slots[0].site, 7);
  EXPECT_EQ(slots[0].part, 0);
  EXPECT_EQ(slots[0].entry_offset, -56);
  EXPECT_EQ(slots[1].site, 9);
  EXPECT_EQ(slots[1].part, 1);
  EXPECT_EQ(StackSlotVariableName(7, 0), "gosc.site.7.0");
}

}  // namespace
}  // namespace gosc::codegen
