#!/usr/bin/env bash
# gotree.sh: run gosc over the single-file `// run` programs of Go's own test
# tree and classify every outcome.
#
# Why it exists: the project's corpora were written against SUBSET.md; Go's
# test tree was not, so it shows how gosc behaves on Go code nobody tailored
# to it: whether it is right, or says cleanly that a construct is outside the
# subset, or breaks (an internal error, a crash, generated code that does not
# build, a hang). It is a manual tool, not part of ctest (the tree is big and
# outside the repository; none of its files is ever copied into it).
#
# Usage: scripts/gotree.sh [-j N] [--gosc BIN] [--tree DIR] [--out DIR]
#                          [--no-oracle] [--fixedbugs] [FILE...]
#   -j N         parallel workers (default 2)
#   --gosc BIN   compiler under test (default build/bin/gosc)
#   --tree DIR   Go test tree (default /usr/lib/go-1.19/test)
#   --out DIR    work and result directory (default build/gotree)
#   --no-oracle  expected output is FILE's .out file (else empty), exit 0,
#                instead of what `go run FILE` prints and exits with
#   --fixedbugs  also TREE/fixedbugs/*.go (520 more files; slower)
#   FILE...      only these files (paths relative to the tree)
#
# Selected files: TREE/*.go and TREE/ken/*.go whose first line is exactly
# `// run` (no flags, no arguments) and whose build constraints hold for
# linux/amd64. Expected behaviour: by default that of
# Go 1.19 (FILE built by `HOME=/root go build`, then run: stdout and exit
# status, cached in OUT/oracle/, so later runs only pay for gosc); with
# --no-oracle, the .out file next to FILE (else empty stdout) and exit 0.
#
# Classes (one per file, in OUT/results/FILE.class, details in FILE.log):
#   pass      stdout and exit status as expected
#   rejected  gosc exit 1 with a `file:line:col: error:` diagnostic (outside
#             the subset, or a gosc limitation; fine as long as it is clean)
#   wrong     the program built but its stdout or exit status differ
#   ice       internal compiler error (gosc exit 3)
#   crash     gosc killed by a signal
#   cgfail    gosc failed without a diagnostic (generated code did not
#             verify/assemble, linking failed, ...)
#   timeout   `timeout 10` stopped gosc or the program
# Prints the per-class counts, then the files of every class but pass.
# Exit status: 0 when no file is wrong/ice/crash/cgfail/timeout, else 1.
set -u

jobs=2
gosc=build/bin/gosc
tree=/usr/lib/go-1.19/test
out=build/gotree
oracle=1
dirs="*.go ken/*.go"
files=()
while [ $# -gt 0 ]; do
  case "$1" in
    -j) jobs=$2; shift 2 ;;
    --gosc) gosc=$2; shift 2 ;;
    --tree) tree=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --no-oracle) oracle=0; shift ;;
    --fixedbugs) dirs="$dirs fixedbugs/*.go"; shift ;;
    -h|--help) sed -n '2,/^set -u/p' "$0" | sed '$d'; exit 0 ;;
    -*) echo "gotree.sh: unknown option $1" >&2; exit 2 ;;
    *) files+=("$1"); shift ;;
  esac
done
gosc=$(realpath "$gosc")
mkdir -p "$out"
out=$(realpath "$out")
[ -x "$gosc" ] || { echo "gotree.sh: no compiler at $gosc" >&2; exit 2; }
[ -d "$tree" ] || { echo "gotree.sh: no Go test tree at $tree" >&2; exit 2; }
go=$(dirname "$tree")/bin/go
if [ $oracle = 1 ] && [ ! -x "$go" ]; then
  echo "gotree.sh: no go at $go (use --no-oracle)" >&2
  exit 2
fi

# Prints those FILEs whose first line is `// run` and whose build constraints
# (`//go:build` or `// +build` lines before `package`) hold for linux/amd64
# with gc, as Go's test runner checks: go build itself ignores them for
# files named on its command line. One python for all files (pyenv shims
# make each start slow).
select_runnable() {
  python3 - "$@" <<'PY'
import re, sys
tags = {"linux", "amd64", "unix", "gc", "cgo"} | {f"go1.{i}" for i in range(1, 20)}

def tag(m):
    w = m.group(0)
    return w if w in ("and", "or", "not") else str(w in tags)

def runnable(path):
    lines = open(path, encoding="utf-8", errors="replace").read().split("\n")
    if lines[0] != "// run":
        return False
    exprs = []
    for line in lines:
        if line.startswith("package "):
            break
        if line.startswith("//go:build "):
            e = line[len("//go:build "):].strip()
            e = e.replace("&&", " and ").replace("||", " or ").replace("!", " not ")
            exprs.append(re.sub(r"[A-Za-z0-9_.]+", tag, e))
        elif line.startswith("// +build "):
            ors = []
            for term in line[len("// +build "):].split():
                ands = [f"({a[1:] not in tags})" if a.startswith("!") else f"({a in tags})"
                        for a in term.split(",")]
                ors.append("(" + " and ".join(ands) + ")")
            exprs.append("(" + " or ".join(ors) + ")")
    return all(eval(e) for e in exprs)

for path in sys.argv[1:]:
    if runnable(path):
        print(path)
PY
}

if [ ${#files[@]} = 0 ]; then
  cd "$tree" || exit 2
  # shellcheck disable=SC2086  # $dirs holds globs
  mapfile -t files < <(select_runnable $dirs)
  cd - >/dev/null || exit 2
fi
rm -rf "$out/results"
mkdir -p "$out/results" "$out/oracle"

# One file: writes results/FILE.class and results/FILE.log.
classify() {
  local rel=$1 src=$tree/$1
  local key=${rel//\//_}
  local res=$out/results/$key work
  work=$(mktemp -d "$out/work.XXXXXX")
  local want_out=$work/want.out want_rc=0
  if [ $oracle = 1 ]; then
    local cache=$out/oracle/$key
    if [ ! -f "$cache.rc" ]; then
      # Built, then run, rather than `go run`, which exits 1 for any
      # non-zero status of the program.
      cp "$src" "$work/prog.go"
      if (cd "$work" && HOME=/root timeout 120 "$go" build -o want prog.go 2>/dev/null); then
        (cd "$work" && timeout 10 ./want >"$cache.out" 2>/dev/null </dev/null)
        echo $? >"$cache.rc"
      else
        : >"$cache.out"
        echo "go-build-failed" >"$cache.rc"
      fi
    fi
    cp "$cache.out" "$want_out"
    want_rc=$(cat "$cache.rc")
  elif [ -f "${src%.go}.out" ]; then
    cp "${src%.go}.out" "$want_out"
  else
    : >"$want_out"
  fi

  local class rc
  (cd "$work" && timeout 10 "$gosc" build -o prog "$src" >build.out 2>build.err)
  rc=$?
  if [ $rc = 124 ]; then
    class=timeout
  elif [ $rc = 3 ] || grep -q 'internal compiler error' "$work/build.err"; then
    class=ice
  elif [ $rc -ge 128 ]; then
    class=crash
  elif [ $rc != 0 ]; then
    if grep -Eq ':[0-9]+:[0-9]+: error: ' "$work/build.err"; then
      class=rejected
    else
      class=cgfail
    fi
  else
    (cd "$work" && timeout 10 ./prog >run.out 2>run.err </dev/null)
    rc=$?
    if [ $rc = 124 ]; then
      class=timeout
    elif [ "$rc" = "$want_rc" ] && cmp -s "$work/run.out" "$want_out"; then
      class=pass
    else
      class=wrong
    fi
  fi
  {
    echo "file: $rel"
    echo "class: $class"
    echo "--- gosc stderr"
    head -n 20 "$work/build.err"
    if [ -f "$work/run.out" ]; then
      echo "--- exit $rc, want $want_rc"
      echo "--- stderr"
      head -n 10 "$work/run.err"
      echo "--- stdout diff (want, got)"
      diff "$want_out" "$work/run.out" | head -n 20
    fi
  } >"$res.log"
  echo "$class" >"$res.class"
  rm -rf "$work"
}
export -f classify
export tree out gosc go oracle

printf '%s\n' "${files[@]}" | xargs -P "$jobs" -I{} bash -c 'classify "$1"' _ {}

classes="pass rejected wrong ice crash cgfail timeout"
echo "gotree: ${#files[@]} files from $tree"
for c in $classes; do
  printf '  %-9s %d\n' "$c" "$(grep -lx "$c" "$out"/results/*.class 2>/dev/null | wc -l)"
done
bad=0
for c in $classes; do
  [ $c = pass ] && continue
  list=$(grep -lx "$c" "$out"/results/*.class 2>/dev/null | xargs -r -n1 basename | sed 's/\.class$//' | sort)
  [ -z "$list" ] && continue
  echo "$c:"
  echo "$list" | sed 's/^/  /'
  [ $c = rejected ] || bad=1
done
echo "details: $out/results/FILE.log"
exit $bad
