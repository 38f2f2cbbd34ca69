// Allocation parity with Go 1.19 for the library of SUBSET.md: each case
// runs one library call (or concatenation, or []byte->string use) 100 times
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
	_, _, _, _, _, _, _, _, _, _, _, _, _, _ = lower, upper, mixed, padded, fields, csv, parts, b, mp, a1, a2, a3, n, errors.New
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
// CHECK-NEXT: gosc: heap allocations: 202 objects, {{[0-9]+}} bytes
// CHECK: Sprintf/s-d
// CHECK-NEXT: gosc: heap allocations: 302 objects, {{[0-9]+}} bytes
// CHECK: Sprint/int
// CHECK-NEXT: gosc: heap allocations: 202 objects, {{[0-9]+}} bytes
// CHECK: Sprint/str
// CHECK-NEXT: gosc: heap allocations: 202 objects, {{[0-9]+}} bytes
// CHECK: Errorf
// CHECK-NEXT: gosc: heap allocations: 302 objects, {{[0-9]+}} bytes
// CHECK: errors.New
// CHECK-NEXT: gosc: heap allocations: 102 objects, {{[0-9]+}} bytes
// CHECK: BytesCompare
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
// CHECK: BytesMapIndex
// CHECK-NEXT: gosc: heap allocations: 2 objects, {{[0-9]+}} bytes
