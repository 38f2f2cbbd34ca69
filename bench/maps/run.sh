#!/usr/bin/env bash
# run.sh - the map micro-benchmark table (bench/maps/maps.go, issue 12):
# builds maps.go with go 1.19 (gc) and gosc, runs every cell
# (insert/hit/miss/delete/iterate x int/string x 8/1000/1000000 entries, plus
# hitbytes for string keys) with both, requires identical output, and reports
# instruction counts (callgrind) and wall-time medians (hyperfine, both
# binaries in one invocation) with the gosc/gc ratios, as a markdown table.
#
# Usage: run.sh [--gosc BIN] [--work N] [--runs N] [--no-icount] [--no-time]
#               [--sizes "8 1000 1000000"] [--ops "insert hit ..."]
#   --gosc BIN   gosc binary (default build/bin/gosc of this checkout)
#   --work N     operations per cell (maps.go's WORK; default 1048576)
#   --runs N     hyperfine runs per cell (default 5; 1 000 000-entry cells: 3)
# --no-icount --no-time only checks that gc and gosc print the same (ctest
# map_bench_outputs). Without go it prints "skipped: go not installed".
# Environment: GO (default /usr/lib/go-1.19/bin/go), HYPERFINE, VALGRIND.
set -u -o pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
GOSC=$ROOT/build/bin/gosc
GO=${GO:-/usr/lib/go-1.19/bin/go}
HYPERFINE=${HYPERFINE:-hyperfine}
VALGRIND=${VALGRIND:-valgrind}
WORK=1048576
RUNS=5
ICOUNT=1
TIME=1
SIZES="8 1000 1000000"
OPS="insert hit miss delete iterate hitbytes"
while [ $# -gt 0 ]; do
	case "$1" in
	--gosc) GOSC=$2; shift 2 ;;
	--work) WORK=$2; shift 2 ;;
	--runs) RUNS=$2; shift 2 ;;
	--no-icount) ICOUNT=0; shift ;;
	--no-time) TIME=0; shift ;;
	--sizes) SIZES=$2; shift 2 ;;
	--ops) OPS=$2; shift 2 ;;
	-h | --help) sed -n '2,/^$/p' "$0" | sed -e 's/^# \{0,1\}//'; exit 0 ;;
	*) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
	esac
done
if ! [ -x "$GO" ] && ! GO=$(command -v go); then
	echo "skipped: go not installed"
	exit 0
fi
WD=$(mktemp -d /tmp/mapbench.XXXXXX)
trap 'rm -rf "$WD"' EXIT
HOME=${HOME:-/root} GO111MODULE=off GOPATH=${GOPATH:-/tmp/gopath} GOCACHE=${GOCACHE:-/tmp/gocache} \
	"$GO" build -o "$WD/gc" "$HERE/maps.go" || { echo "run.sh: go build failed" >&2; exit 1; }
"$GOSC" build -o "$WD/gosc" "$HERE/maps.go" || { echo "run.sh: gosc build failed" >&2; exit 1; }

# Instructions of one run (callgrind's total Ir); gc needs rdtscp off under valgrind.
icount() {
	local out=$WD/cg.out
	env GOMAXPROCS=1 GODEBUG=cpu.rdtscp=off,asyncpreemptoff=1 "$VALGRIND" --tool=callgrind \
		--callgrind-out-file="$out" "$@" >/dev/null 2>&1 || { echo NA; return; }
	awk '/^summary:/ {print $2}' "$out"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "NA" || b == "NA" || b == 0) print "NA"; else printf "%.2f", a / b }'; }
millions() { awk -v a="$1" 'BEGIN { if (a == "NA") print "NA"; else printf "%.1f", a / 1e6 }'; }

FAILED=0
echo "Map micro-benchmark (bench/maps/maps.go, WORK=$WORK): instructions in millions (callgrind),"
echo "wall time median in ms (hyperfine -N, gc and gosc in one invocation)"
echo
echo "| cell | gc Minstr | gosc Minstr | gosc/gc instr | gc ms | gosc ms | gosc/gc time |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for op in $OPS; do
	for key in int string; do
		[ "$op" = hitbytes ] && [ "$key" = int ] && continue
		for n in $SIZES; do
			cell=(maps "$op" "$key" "$n" "$WORK")
			a=$("$WD/gc" "${cell[@]:1}" 2>&1)
			b=$("$WD/gosc" "${cell[@]:1}" 2>&1)
			if [ "$a" != "$b" ]; then
				echo "run.sh: $op $key $n: outputs differ: gc '$a' gosc '$b'" >&2
				FAILED=1
				continue
			fi
			gi=NA si=NA gt=NA st=NA
			if [ $ICOUNT = 1 ]; then
				gi=$(icount "$WD/gc" "${cell[@]:1}")
				si=$(icount "$WD/gosc" "${cell[@]:1}")
			fi
			if [ $TIME = 1 ]; then
				r=$RUNS
				[ "$n" -ge 1000000 ] && [ "$r" -gt 3 ] && r=3
				"$HYPERFINE" -N --warmup 1 --runs "$r" --export-json "$WD/h.json" \
					"$WD/gc ${cell[*]:1}" "$WD/gosc ${cell[*]:1}" >/dev/null 2>&1 || FAILED=1
				read -r gt st < <(python3 -c 'import json,sys
r=json.load(open(sys.argv[1]))["results"]
print(" ".join("%.2f" % (x["median"]*1e3) for x in r))' "$WD/h.json" 2>/dev/null || echo "NA NA")
			fi
			echo "| $op $key $n | $(millions "$gi") | $(millions "$si") | $(ratio "$si" "$gi") | $gt | $st | $(ratio "$st" "$gt") |"
		done
	done
done
exit $FAILED
