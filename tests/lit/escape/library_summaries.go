// RUN: cd %S && %gosc -m library_summaries.go 2>&1 | FileCheck %s
// RUN: cd %S && %gosc -m library_summaries.go 2>&1 | wc -l | FileCheck --check-prefix=COUNT %s
// The escape summaries of library members (runtime/library.def's ESCAPE
// column) as gc 1.19 concludes them for Go's implementations, seen through
// one-line wrappers: which parameters leak to the heap, which only to the
// result (a substring of the input may be returned), and which not at all.
// CHECK lines are go1.19 -gcflags='-m -l' output for this file.
// COUNT: {{^}}53{{$}}
package main

import (
	"errors"
	"os"
	"strconv"
	"strings"
)

// CHECK-DAG: library_summaries.go:[[@LINE+2]]:9: leaking param: s to result ~r0 level=0
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:12: c does not escape
func w1(s, c string) string                { return strings.Trim(s, c) }
// CHECK-DAG: library_summaries.go:[[@LINE+2]]:9: leaking param: s to result ~r0 level=0
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:12: c does not escape
func w2(s, c string) string                { return strings.TrimLeft(s, c) }
// CHECK-DAG: library_summaries.go:[[@LINE+2]]:9: leaking param: s to result ~r0 level=0
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:12: c does not escape
func w3(s, c string) string                { return strings.TrimRight(s, c) }
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:9: leaking param: s to result ~r0 level=0
func w4(s string) string                   { return strings.TrimSpace(s) }
// CHECK-DAG: library_summaries.go:[[@LINE+2]]:9: leaking param: s to result ~r0 level=0
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:12: c does not escape
func w5(s, c string) string                { return strings.TrimPrefix(s, c) }
// CHECK-DAG: library_summaries.go:[[@LINE+2]]:9: leaking param: s to result ~r0 level=0
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:12: c does not escape
func w6(s, c string) string                { return strings.TrimSuffix(s, c) }
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:9: leaking param: s to result ~r0 level=0
func w7(s string) string                   { return strings.ToLower(s) }
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:9: leaking param: s to result ~r0 level=0
func w8(s string) string                   { return strings.ToUpper(s) }
// CHECK-DAG: library_summaries.go:[[@LINE+3]]:9: leaking param: s to result ~r0 level=0
// CHECK-DAG: library_summaries.go:[[@LINE+2]]:12: o does not escape
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:15: n does not escape
func w9(s, o, n string) string             { return strings.Replace(s, o, n, 1) }
// CHECK-DAG: library_summaries.go:[[@LINE+3]]:10: leaking param: s to result ~r0 level=0
// CHECK-DAG: library_summaries.go:[[@LINE+2]]:13: o does not escape
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:16: n does not escape
func w10(s, o, n string) string            { return strings.ReplaceAll(s, o, n) }
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:10: leaking param: s
func w11(s string) []string                { return strings.Fields(s) }
// CHECK-DAG: library_summaries.go:[[@LINE+2]]:10: leaking param: s
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:13: c does not escape
func w12(s, c string) []string             { return strings.Split(s, c) }
// CHECK-DAG: library_summaries.go:[[@LINE+2]]:10: leaking param: e to result ~r0 level=1
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:22: c does not escape
func w13(e []string, c string) string      { return strings.Join(e, c) }
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:10: s does not escape
func w14(s string, n int) string           { return strings.Repeat(s, n) }
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:10: s does not escape
func w15(s string) string                  { return strconv.Quote(s) }
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:10: leaking param: s
func w16(s string) (int, error)            { return strconv.Atoi(s) }
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:10: leaking param: s
func w17(s string) (int64, error)          { return strconv.ParseInt(s, 10, 64) }
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:10: leaking param: s
func w18(s string) (float64, error)        { return strconv.ParseFloat(s, 64) }
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:10: leaking param: s
func w19(s string) (bool, error)           { return strconv.ParseBool(s) }
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:9: leaking param: b to result ~r0 level=1
func b1(b *strings.Builder) string         { return b.String() }
// CHECK-DAG: library_summaries.go:[[@LINE+2]]:9: leaking param content: b
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:29: s does not escape
func b2(b *strings.Builder, s string)      { b.WriteString(s) }
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:9: leaking param: s
func e1(s string) error                    { return errors.New(s) }
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:9: leaking param: s
func o1(s string) string                   { return os.Getenv(s) }
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:9: leaking param: s
func o2(s string) ([]byte, error)          { return os.ReadFile(s) }
// CHECK-DAG: library_summaries.go:[[@LINE+2]]:9: leaking param: s
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:19: d does not escape
func o3(s string, d []byte) error          { return os.WriteFile(s, d, 0644) }
// CHECK-DAG: library_summaries.go:[[@LINE+2]]:9: leaking param content: f
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:21: d does not escape
func o4(f *os.File, d []byte) (int, error) { return f.Write(d) }
// CHECK-DAG: library_summaries.go:[[@LINE+2]]:9: s does not escape
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:12: t does not escape
func s1(s, t string) bool                  { return strings.Contains(s, t) }
// CHECK-DAG: library_summaries.go:[[@LINE+2]]:9: s does not escape
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:12: t does not escape
func s2(s, t string) int                   { return strings.Index(s, t) }
// CHECK-DAG: library_summaries.go:[[@LINE+2]]:9: s does not escape
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:12: t does not escape
func s3(s, t string) bool                  { return strings.EqualFold(s, t) }
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:9: leaking param: s
func s4(s string) []string                 { return strings.Fields(s) }
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:9: s does not escape
func c1(s string) string                   { return strconv.Quote(s) }
func c2(f float64) string                  { return strconv.FormatFloat(f, 'g', -1, 64) }
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:9: leaking param content: b
func b3(b *strings.Builder)                { b.WriteByte('x') }
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:9: leaking param content: b
func b4(b *strings.Builder)                { b.WriteRune('x') }
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:9: b does not escape
func b5(b *strings.Builder)                { b.Grow(3) }
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:9: b does not escape
func b6(b *strings.Builder)                { b.Reset() }
// CHECK-DAG: library_summaries.go:[[@LINE+1]]:9: b does not escape
func b7(b *strings.Builder) int            { return b.Len() }

func main() {}
