#!/bin/sh
# Builds bench/coalloc/main.go with gc and with gosc in each configuration and
# reports heap allocations (GOSCDEBUG=allocs=1; gc: GODEBUG-free runtime
# counters are not comparable, so gc's line gives wall time only) and the
# best wall time of 3 runs. usage: bench/coalloc/run.sh [path/to/gosc]
set -e
here=$(cd "$(dirname "$0")" && pwd)
gosc=${1:-$here/../../build/bin/gosc}
go=${GO:-/usr/lib/go-1.19/bin/go}
out=$(mktemp -d)
HOME=${HOME:-/root} "$go" build -o "$out/gc" "$here/main.go"
"$gosc" build -o "$out/gosc" "$here/main.go"
"$gosc" build --no-coalloc -o "$out/nocoalloc" "$here/main.go"
"$gosc" build --no-field-sensitive -o "$out/nofield" "$here/main.go"
"$gosc" build --no-region -o "$out/noregion" "$here/main.go"
best() {
  b=
  for i in 1 2 3; do
    s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N)
    t=$(( (e - s) / 1000000 ))
    if [ -z "$b" ] || [ "$t" -lt "$b" ]; then b=$t; fi
  done
  echo "$b"
}
for cfg in gc gosc nocoalloc nofield noregion; do
  allocs=-
  if [ "$cfg" != gc ]; then
    allocs=$(GOSCDEBUG=allocs=1 "$out/$cfg" 2>&1 >/dev/null | sed -n 's/.*heap allocations: //p')
  fi
  printf '%-10s %6s ms  %s\n' "$cfg" "$(best "$out/$cfg")" "$allocs"
done
rm -rf "$out"
