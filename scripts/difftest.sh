#!/usr/bin/env bash
# Differential testing against go 1.19 (README.md § Differential testing):
# runs N random programs from tests/difftest/gen.py through go and through
# build/bin/gosc at -O0/-O2, with and without --no-escape, and compares their
# output. Mismatches (with reduced programs) go to build/difftest-failures.
#
# Usage: scripts/difftest.sh N [--start S] [-j J] [--batch K] [other difftest.py flags]
# --batch K compiles K programs per file (tests/difftest/batch.py), much faster.
# Skips (exit 0) when go is not installed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
if [ $# -lt 1 ] || ! [[ $1 =~ ^[0-9]+$ ]]; then
  echo "usage: $0 N [--start S] [-j J] [--batch K] [difftest.py flags]" >&2
  exit 2
fi
count=$1
shift
if [ ! -x /usr/lib/go-1.19/bin/go ] && ! command -v go >/dev/null 2>&1; then
  echo "skipped: go not installed"
  exit 0
fi
export HOME=${HOME:-/tmp}
export GOCACHE=${GOCACHE:-/tmp/gocache-difftest}
exec python3 "$root/tests/difftest/difftest.py" --gosc "$root/build/bin/gosc" \
  --save "$root/build/difftest-failures" --count "$count" "$@"
