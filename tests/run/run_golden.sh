#!/usr/bin/env bash
# Golden run programs: builds every tests/run/NAME.go with gosc, runs it, and
# compares standard output with NAME.out and the exit status with NAME.code
# (0 when absent). The .out files were produced by the Go 1.19 toolchain.
# Ends with "N passed, M failed"; exits 1 on any failure.
set -u
gosc=$1
dir=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
pass=0
fail=0
for src in "$dir"/*.go; do
  name=$(basename "$src" .go)
  if ! "$gosc" build -o "$work/$name" "$src" >"$work/$name.build" 2>&1; then
    echo "FAIL $name: compile error: $(head -3 "$work/$name.build")"
    fail=$((fail + 1))
    continue
  fi
  timeout 20 "$work/$name" >"$work/$name.stdout" 2>"$work/$name.stderr" </dev/null
  code=$?
  want_code=0
  [ -f "$dir/$name.code" ] && want_code=$(cat "$dir/$name.code")
  if ! cmp -s "$work/$name.stdout" "$dir/$name.out"; then
    echo "FAIL $name: stdout differs:"
    diff "$dir/$name.out" "$work/$name.stdout" | head -5
    fail=$((fail + 1))
  elif [ "$code" != "$want_code" ]; then
    echo "FAIL $name: exit status $code, want $want_code"
    fail=$((fail + 1))
  else
    pass=$((pass + 1))
  fi
done
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
