#!/usr/bin/env bash
# Runs one libFuzzer harness of tests/fuzz for a while: scripts/fuzz.sh TARGET SECONDS
# (TARGET: parse, check or pipeline; README.md § Fuzzing and sanitizers).
#
# Why it exists: fuzzing must be one command that anyone (or a cron job) can run for as long
# as they can spare, on a corpus that keeps growing between runs, with crashes kept where they
# can be minimised and committed as regression inputs (tests/fuzz/regressions/TARGET/).
# It builds the harness in build-asan/ (scripts/build.sh --sanitize) if needed; its work
# directory is build-fuzz/ (GOSC_FUZZ_DIR): seeds/ (a fresh copy of the tests' Go files and
# of ../shared's corpora, never committed), corpus/TARGET/ (what the fuzzer found, kept
# between runs) and crashes/TARGET/. The fuzzer runs in fork mode and goes on after a crash,
# a timeout or an out-of-memory, so that one shallow bug does not end a long run;
# GOSC_FUZZ_JOBS (default 1) sets how many fuzzing processes run at once.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
usage() { echo "usage: scripts/fuzz.sh parse|check|pipeline SECONDS" >&2; exit 2; }
[ $# -eq 2 ] || usage
target=$1
seconds=$2
case "$target" in parse|check|pipeline) ;; *) usage ;; esac
[[ "$seconds" =~ ^[0-9]+$ ]] || usage

build=${GOSC_SANITIZE_BUILD_DIR:-$root/build-asan}
work=${GOSC_FUZZ_DIR:-$root/build-fuzz}
"$root/scripts/build.sh" --sanitize "${target}_fuzzer" >/dev/null
fuzzer=$build/bin/${target}_fuzzer

# Seeds: every Go file of the tests and of the shared corpora, flattened with unique names.
seeds=$work/seeds
rm -rf "$seeds"
mkdir -p "$seeds" "$work/corpus/$target" "$work/crashes/$target"
{
  find "$root/tests/lit" "$root/tests/run" -name '*.go'
  if [ -d "$root/../shared" ]; then
    find "$root/../shared/conformance" "$root/../shared/escape" -name '*.go' 2>/dev/null || true
  fi
} | while read -r f; do
  cp "$f" "$seeds/$(echo "$f" | md5sum | cut -c1-12)-$(basename "$f")"
done

crashes_before=$(find "$work/crashes/$target" -type f | wc -l)
marker=$work/.started-$target
touch "$marker"
log=$work/$target.log
echo "fuzz.sh: $target for ${seconds}s; log $log, crashes in $work/crashes/$target/"
regressions=()
if [ -d "$root/tests/fuzz/regressions/$target" ]; then
  regressions=("$root/tests/fuzz/regressions/$target")
fi
start=$(date +%s)
# The first directory receives new inputs; the seeds and the committed regressions are read.
set +e
ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1} UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1} \
  nice "$fuzzer" -max_len=4096 -timeout=10 -rss_limit_mb=4096 -max_total_time="$seconds" \
  -dict="$root/tests/fuzz/go.dict" -artifact_prefix="$work/crashes/$target/" \
  -fork="${GOSC_FUZZ_JOBS:-1}" -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
  -print_final_stats=1 \
  "$work/corpus/$target" "$seeds" "${regressions[@]}" >"$log" 2>&1
rc=$?
set -e
elapsed=$(( $(date +%s) - start ))

# Fork mode reports "#EXECS: cov: ... exec/s: ..."; the last such line has the totals.
execs=$(grep -oE '^#[0-9]+' "$log" | tail -1 | tr -d '#')
execs=${execs:-0}
crashes_after=$(find "$work/crashes/$target" -type f | wc -l)
echo "fuzz.sh: $target: exit status $rc after ${elapsed}s"
echo "fuzz.sh: $target: executions: $execs ($(( execs / (elapsed > 0 ? elapsed : 1) )) exec/s)"
echo "fuzz.sh: $target: new crash/timeout/oom inputs: $(( crashes_after - crashes_before ))" \
     "(total in $work/crashes/$target: $crashes_after)"
find "$work/crashes/$target" -type f -newer "$marker" | sort | sed 's/^/  /'
