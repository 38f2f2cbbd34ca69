// Allocation parity with Go 1.19 for the library of SUBSET.md: each case
// runs one library call (or concatenation, or []byte->string use, or the
// boxing of fmt arguments: constants, small integers, "", zero-size values)
// 100 times
// and the test pins the program's heap allocations: those of case "none"
// (the program's own, with no call) + 100 x the per-call count. The per-call counts are Go 1.19's testing.AllocsPerRun for
// the same call (run the loop bodies under AllocsPerRun to re-derive them);
// where gosc allocates less, the comment on the check gives Go's count. A
// library change that allocates more than Go fails here.
// RUN: %gosc build -o %t %s
// RUN: bash -c 'for c in $(%t list); do GOSCDEBUG=allocs=1 %t $c 2>&1 >/dev/null; done' | FileCheck --match-full-lines %s
package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
)

var sinkS string
var sinkSS []string
var sinkI int
var sinkB bool
var sinkF float64
var sinkE error

var cases = []string{
	"none",
	"ToLower/lower",
	"ToLower/mixed",
	"ToUpper/upper",
	"ToUpper/mixed",
	"TrimSpace/padded",
	"TrimSpace/clean",
	"Trim/padded",
	"TrimPrefix",
	"TrimSuffix",
	"Replace/none",
	"Replace/some",
	"ReplaceAll/some",
	"Fields",
	"Split",
	"Join",
	"Join/one",
	"Repeat",
	"Contains",
	"Index",
	"Count",
	"EqualFold",
	"HasPrefix",
	"Builder/3writes",
	"Builder/100bytes",
	"Builder/Grow",
	"Concat3",
	"Concat2",
	"Itoa/small",
	"Itoa/large",
	"FormatInt/large",
	"Atoi",
	"Atoi/bad",
	"ParseInt",
	"ParseFloat",
	"FormatFloat",
	"Quote",
	"ParseBool",
	"FormatBool",
	"Sprintf/d",
	"Sprintf/s-d",
	"Sprint/int",
	"Sprint/str",
	"Errorf",
	"errors.New",
	"BytesCompare",
	"BytesMapIndex",
	"ToLower/nonascii-lower",
	"ToLower/nonascii-mixed",
	"ToUpper/nonascii-upper",
	"Trim/onebyte",
	"Trim/unicode",
	"TrimSpace/unicode",
	"Fields/empty",
	"Fields/unicode",
	"Split/empty-sep",
	"Split/empty",
	"Join/empties",
	"Repeat/zero",
	"Replace/to-empty",
	"Itoa/negative",
	"FormatInt/base2",
	"Builder/WriteRune",
	"Sprint/small-int",
	"Sprint/neg-int",
	"Sprint/int32",
	"Sprint/int16",
	"Sprint/byte",
	"Sprint/bool",
	"Sprint/float",
	"Sprint/empty-str",
	"Sprint/zero-size",
	"Sprint/consts",
	"Sprintf/consts",
	"Sprintln/mixed",
}

func main() {
	lower, upper, mixed := "already lower words", "ALREADY UPPER WORDS", "MiXeD CaSe"
	padded := "  padded text \t\n"
	fields := "alpha beta  gamma\tdelta epsilon"
	csv := "a,b,c,d,e,f,g,h"
	parts := []string{"x", "yy", "zzz", "wwww"}
	b := []byte("key3")
	mp := map[string]int{"key1": 1, "key2": 2, "key3": 3}
	a1, a2, a3 := "first-", "second-", "third"
	n := 12345
	ulower, uupper, umixed := "ünïcode lower", "ÜNÏCODE UPPER", "Ünïcode"
	upadded, ufields, dotted, bangs := "\u3000padded\u2003", "alpha\u00a0beta gamma", "..dots..", "¡¡hola!!"
	// Values the compiler cannot fold (k is 0 at run time), so that boxing
	// them takes the run-time paths (convT64, convTstring, ...).
	k := len(os.Args) - 2
	empty, empties := os.Args[1][:k], []string{"", ""}
	small, neg, r32, i16, by, flag, fl := 7+k, -1-k, int32(65+k), int16(200+k), byte(200+k), k == 0, 3.25+float64(k)
	_, _, _, _, _, _, _, _, _, _, _, _, _, _ = lower, upper, mixed, padded, fields, csv, parts, b, mp, a1, a2, a3, n, errors.New
	_, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _, _ = ulower, uupper, umixed, upadded, ufields, dotted, bangs, empty, empties, small, neg, r32, i16, by, flag, fl, 0, 0
	switch os.Args[1] {
	case "list":
		for _, c := range cases {
			fmt.Println(c)
		}
		return
	case "none":
	case "ToLower/lower":
		for i := 0; i < 100; i++ {
			sinkS = strings.ToLower(lower)
		}
	case "ToLower/mixed":
		for i := 0; i < 100; i++ {
			sinkS = strings.ToLower(mixed)
		}
	case "ToUpper/upper":
		for i := 0; i < 100; i++ {
			sinkS = strings.ToUpper(upper)
		}
	case "ToUpper/mixed":
		for i := 0; i < 100; i++ {
			sinkS = strings.ToUpper(mixed)
		}
	case "TrimSpace/padded":
		for i := 0; i < 100; i++ {
			sinkS = strings.TrimSpace(padded)
		}
	case "TrimSpace/clean":
		for i := 0; i < 100; i++ {
			sinkS = strings.TrimSpace(lower)
		}
	case "Trim/padded":
		for i := 0; i < 100; i++ {
			sinkS = strings.Trim(padded, " \t\n")
		}
	case "TrimPrefix":
		for i := 0; i < 100; i++ {
			sinkS = strings.TrimPrefix(lower, "already ")
		}
	case "TrimSuffix":
		for i := 0; i < 100; i++ {
			sinkS = strings.TrimSuffix(lower, " words")
		}
	case "Replace/none":
		for i := 0; i < 100; i++ {
			sinkS = strings.Replace(lower, "zz", "y", -1)
		}
	case "Replace/some":
		for i := 0; i < 100; i++ {
			sinkS = strings.Replace(lower, "e", "E", -1)
		}
	case "ReplaceAll/some":
		for i := 0; i < 100; i++ {
			sinkS = strings.ReplaceAll(lower, "e", "EE")
		}
	case "Fields":
		for i := 0; i < 100; i++ {
			sinkSS = strings.Fields(fields)
		}
	case "Split":
		for i := 0; i < 100; i++ {
			sinkSS = strings.Split(csv, ",")
		}
	case "Join":
		for i := 0; i < 100; i++ {
			sinkS = strings.Join(parts, ", ")
		}
	case "Join/one":
		for i := 0; i < 100; i++ {
			sinkS = strings.Join(parts[:1], ", ")
		}
	case "Repeat":
		for i := 0; i < 100; i++ {
			sinkS = strings.Repeat("ab", 10)
		}
	case "Contains":
		for i := 0; i < 100; i++ {
			sinkB = strings.Contains(lower, "lower")
		}
	case "Index":
		for i := 0; i < 100; i++ {
			sinkI = strings.Index(lower, "words")
		}
	case "Count":
		for i := 0; i < 100; i++ {
			sinkI = strings.Count(lower, "e")
		}
	case "EqualFold":
		for i := 0; i < 100; i++ {
			sinkB = strings.EqualFold(lower, upper)
		}
	case "HasPrefix":
		for i := 0; i < 100; i++ {
			sinkB = strings.HasPrefix(lower, "alr")
		}
	case "Builder/3writes":
		for i := 0; i < 100; i++ {
			var sb strings.Builder
		sb.WriteString(a1)
		sb.WriteString(a2)
		sb.WriteString(a3)
		sinkS = sb.String()
		}
	case "Builder/100bytes":
		for i := 0; i < 100; i++ {
			var sb strings.Builder
		for i := 0; i < 100; i++ {
			sb.WriteByte('x')
		}
		sinkS = sb.String()
		}
	case "Builder/Grow":
		for i := 0; i < 100; i++ {
			var sb strings.Builder
		sb.Grow(64)
		sb.WriteString(a1)
		sb.WriteString(a2)
		sinkS = sb.String()
		}
	case "Concat3":
		for i := 0; i < 100; i++ {
			sinkS = a1 + a2 + a3
		}
	case "Concat2":
		for i := 0; i < 100; i++ {
			sinkS = a1 + a2
		}
	case "Itoa/small":
		for i := 0; i < 100; i++ {
			sinkS = strconv.Itoa(42)
		}
	case "Itoa/large":
		for i := 0; i < 100; i++ {
			sinkS = strconv.Itoa(n)
		}
	case "FormatInt/large":
		for i := 0; i < 100; i++ {
			sinkS = strconv.FormatInt(int64(n), 16)
		}
	case "Atoi":
		for i := 0; i < 100; i++ {
			sinkI, _ = strconv.Atoi("12345")
		}
	case "Atoi/bad":
		for i := 0; i < 100; i++ {
			sinkI, sinkE = strconv.Atoi("12x45")
		}
	case "ParseInt":
		for i := 0; i < 100; i++ {
			v, _ := strconv.ParseInt("-9876", 10, 64); sinkI = int(v)
		}
	case "ParseFloat":
		for i := 0; i < 100; i++ {
			sinkF, _ = strconv.ParseFloat("3.25", 64)
		}
	case "FormatFloat":
		for i := 0; i < 100; i++ {
			sinkS = strconv.FormatFloat(3.25, 'g', -1, 64)
		}
	case "Quote":
		for i := 0; i < 100; i++ {
			sinkS = strconv.Quote(mixed)
		}
	case "ParseBool":
		for i := 0; i < 100; i++ {
			sinkB, _ = strconv.ParseBool("true")
		}
	case "FormatBool":
		for i := 0; i < 100; i++ {
			sinkS = strconv.FormatBool(true)
		}
	case "Sprintf/d":
		for i := 0; i < 100; i++ {
			sinkS = fmt.Sprintf("%d", n)
		}
	case "Sprintf/s-d":
		for i := 0; i < 100; i++ {
			sinkS = fmt.Sprintf("%s=%d", a1, n)
		}
	case "Sprint/int":
		for i := 0; i < 100; i++ {
			sinkS = fmt.Sprint(n)
		}
	case "Sprint/str":
		for i := 0; i < 100; i++ {
			sinkS = fmt.Sprint(a1)
		}
	case "Errorf":
		for i := 0; i < 100; i++ {
			sinkE = fmt.Errorf("bad %d", n)
		}
	case "errors.New":
		for i := 0; i < 100; i++ {
			sinkE = errors.New("boom")
		}
	case "BytesCompare":
		for i := 0; i < 100; i++ {
			sinkB = string(b) == "key3"
		}
	case "BytesMapIndex":
		for i := 0; i < 100; i++ {
			sinkI = mp[string(b)]
		}
	case "ToLower/nonascii-lower":
		for i := 0; i < 100; i++ {
			sinkS = strings.ToLower(ulower)
		}
	case "ToLower/nonascii-mixed":
		for i := 0; i < 100; i++ {
			sinkS = strings.ToLower(umixed)
		}
	case "ToUpper/nonascii-upper":
		for i := 0; i < 100; i++ {
			sinkS = strings.ToUpper(uupper)
		}
	case "Trim/onebyte":
		for i := 0; i < 100; i++ {
			sinkS = strings.Trim(dotted, ".")
		}
	case "Trim/unicode":
		for i := 0; i < 100; i++ {
			sinkS = strings.Trim(bangs, "¡!")
		}
	case "TrimSpace/unicode":
		for i := 0; i < 100; i++ {
			sinkS = strings.TrimSpace(upadded)
		}
	case "Fields/empty":
		for i := 0; i < 100; i++ {
			sinkSS = strings.Fields(empty)
		}
	case "Fields/unicode":
		for i := 0; i < 100; i++ {
			sinkSS = strings.Fields(ufields)
		}
	case "Split/empty-sep":
		for i := 0; i < 100; i++ {
			sinkSS = strings.Split(a3, "")
		}
	case "Split/empty":
		for i := 0; i < 100; i++ {
			sinkSS = strings.Split(empty, ",")
		}
	case "Join/empties":
		for i := 0; i < 100; i++ {
			sinkS = strings.Join(empties, "")
		}
	case "Repeat/zero":
		for i := 0; i < 100; i++ {
			sinkS = strings.Repeat("ab", 0)
		}
	case "Replace/to-empty":
		for i := 0; i < 100; i++ {
			sinkS = strings.Replace(dotted, ".", "", -1)
		}
	case "Itoa/negative":
		for i := 0; i < 100; i++ {
			sinkS = strconv.Itoa(-7)
		}
	case "FormatInt/base2":
		for i := 0; i < 100; i++ {
			sinkS = strconv.FormatInt(int64(n), 2)
		}
	case "Builder/WriteRune":
		for i := 0; i < 100; i++ {
			var sb strings.Builder
			sb.WriteRune('€')
			sinkS = sb.String()
		}
	case "Sprint/small-int":
		for i := 0; i < 100; i++ {
			sinkS = fmt.Sprint(small)
		}
	case "Sprint/neg-int":
		for i := 0; i < 100; i++ {
			sinkS = fmt.Sprint(neg)
		}
	case "Sprint/int32":
		for i := 0; i < 100; i++ {
			sinkS = fmt.Sprint(r32)
		}
	case "Sprint/int16":
		for i := 0; i < 100; i++ {
			sinkS = fmt.Sprint(i16)
		}
	case "Sprint/byte":
		for i := 0; i < 100; i++ {
			sinkS = fmt.Sprint(by)
		}
	case "Sprint/bool":
		for i := 0; i < 100; i++ {
			sinkS = fmt.Sprint(flag)
		}
	case "Sprint/float":
		for i := 0; i < 100; i++ {
			sinkS = fmt.Sprint(fl)
		}
	case "Sprint/empty-str":
		for i := 0; i < 100; i++ {
			sinkS = fmt.Sprint(empty)
		}
	case "Sprint/zero-size":
		for i := 0; i < 100; i++ {
			sinkS = fmt.Sprint(struct{}{})
		}
	case "Sprint/consts":
		for i := 0; i < 100; i++ {
			sinkS = fmt.Sprint(7, "lit", true, 2.5, byte(3), nil)
		}
	case "Sprintf/consts":
		for i := 0; i < 100; i++ {
			sinkS = fmt.Sprintf("%d %s %v", 300, "lit", 1.5)
		}
	case "Sprintln/mixed":
		for i := 0; i < 100; i++ {
			sinkS = fmt.Sprintln(n, a1, small, empty, flag)
		}
	}
	println(os.Args[1])
}

// CHECK: none
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: ToLower/lower
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: ToLower/mixed
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: ToUpper/upper
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: ToUpper/mixed
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: TrimSpace/padded
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: TrimSpace/clean
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: Trim/padded
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: TrimPrefix
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: TrimSuffix
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: Replace/none
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: Replace/some
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: ReplaceAll/some
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: Fields
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: Split
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: Join
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: Join/one
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: Repeat
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: Contains
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: Index
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: Count
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: EqualFold
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: HasPrefix
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: Builder/3writes
// CHECK-NEXT: gosc: heap allocations: 302 objects, {{[0-9]+}} bytes
// CHECK: Builder/100bytes
// CHECK-NEXT: gosc: heap allocations: 502 objects, {{[0-9]+}} bytes
// CHECK: Builder/Grow
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: Concat3
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: Concat2
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: Itoa/small
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: Itoa/large
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: FormatInt/large
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: Atoi
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: Atoi/bad
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: ParseInt
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: ParseFloat
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: FormatFloat
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// gosc: 1 per call   (Go 1.19: 2 per call)
// CHECK: Quote
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// gosc: 1 per call   (Go 1.19: 2 per call)
// CHECK: ParseBool
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: FormatBool
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: Sprintf/d
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// gosc: 1 per call   (Go 1.19: 2 per call)
// CHECK: Sprintf/s-d
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// gosc: 1 per call   (Go 1.19: 3 per call)
// CHECK: Sprint/int
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// gosc: 1 per call   (Go 1.19: 2 per call)
// CHECK: Sprint/str
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// gosc: 1 per call   (Go 1.19: 2 per call)
// CHECK: Errorf
// CHECK-NEXT: gosc: heap allocations: 202 objects, {{[0-9]+}} bytes
// gosc: 2 per call   (Go 1.19: 3 per call)
// CHECK: errors.New
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: BytesCompare
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: BytesMapIndex
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: ToLower/nonascii-lower
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: ToLower/nonascii-mixed
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: ToUpper/nonascii-upper
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: Trim/onebyte
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: Trim/unicode
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: TrimSpace/unicode
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: Fields/empty
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: Fields/unicode
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: Split/empty-sep
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: Split/empty
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: Join/empties
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: Repeat/zero
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: Replace/to-empty
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: Itoa/negative
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: FormatInt/base2
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: Builder/WriteRune
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: Sprint/small-int
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: Sprint/neg-int
// CHECK-NEXT: gosc: heap allocations: 202 objects, {{[0-9]+}} bytes
// CHECK: Sprint/int32
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: Sprint/int16
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: Sprint/byte
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: Sprint/bool
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: Sprint/float
// CHECK-NEXT: gosc: heap allocations: 202 objects, {{[0-9]+}} bytes
// CHECK: Sprint/empty-str
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: Sprint/zero-size
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: Sprint/consts
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: Sprintf/consts
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: Sprintln/mixed
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// gosc: 1 per call   (Go 1.19: 3 per call)
