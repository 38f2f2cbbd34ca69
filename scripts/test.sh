#!/usr/bin/env bash
# README command 2 (and what .ci/run calls): install what is missing, build,
# and run the whole test suite through ctest — GoogleTest suites, the lit
# suite, the golden run programs and, when ../shared exists, the shared
# conformance corpus.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
cd "${GOSC_BUILD_DIR:-$root/build}"
ctest -j2 --output-on-failure
