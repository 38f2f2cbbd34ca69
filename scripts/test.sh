#!/usr/bin/env bash
# README command 2 (and what .ci/run calls): install what is missing, build,
# and run the whole test suite through ctest — GoogleTest suites, the lit
# suite, the golden run programs and, when ../shared exists, the shared
# conformance corpus.
#
# Then the sanitizer stage (README.md § Fuzzing and sanitizers): build-asan/ holds the
# compiler, the unit tests and the fuzz harnesses under ASan+UBSan (scripts/build.sh
# --sanitize), and its ctest runs the unit tests, the harnesses' replay of the seed corpus and
# of tests/fuzz/regressions, the lit suite, the golden programs and the conformance corpus
# with the sanitized gosc. CI runs it (about 12 minutes of build and 5 of tests on 2 cores);
# GOSC_SKIP_SANITIZE=1 skips it.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
cd "${GOSC_BUILD_DIR:-$root/build}"
ctest -j2 --output-on-failure

if [ "${GOSC_SKIP_SANITIZE:-0}" = 1 ]; then
  echo "test.sh: sanitizer stage skipped (GOSC_SKIP_SANITIZE=1)"
  exit 0
fi
echo "test.sh: sanitizer stage (build-asan, ASan+UBSan; GOSC_SKIP_SANITIZE=1 skips it)"
asan_build=${GOSC_SANITIZE_BUILD_DIR:-$root/build-asan}
"$root/scripts/build.sh" --sanitize
# A sanitizer report must fail the stage even where its test passed: `not %gosc` lit tests
# accept any non-zero exit, and ASan and UBSan exit with 1, gosc's status for diagnostics.
# So every report also goes to a file under $reports (log_path), and any such file fails.
# Use-after-return detection is off: its fake stack frames hide pointers from Boehm GC's
# stack scan in the runtime unit tests. Known leaks are listed in tests/fuzz/lsan.supp.
reports=$asan_build/sanitizer-reports
rm -rf "$reports"
mkdir -p "$reports"
export ASAN_OPTIONS="log_path=$reports/asan:detect_stack_use_after_return=0"
export UBSAN_OPTIONS="log_path=$reports/ubsan:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0"
cd "$asan_build"
status=0
ctest -j2 --output-on-failure || status=1
if [ -n "$(ls -A "$reports")" ]; then
  echo "test.sh: sanitizer reports (in $reports):"
  for f in "$reports"/*; do
    echo "== $f"
    cat "$f"
  done
  status=1
fi
exit $status
