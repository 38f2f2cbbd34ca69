#!/usr/bin/env bash
# README command 1: install what is missing, build, then compile and run the
# bundled example program so you see gosc work end to end.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
echo "== gosc build -o build/hello examples/hello.go && build/hello"
"$root/build/bin/gosc" build -o "$root/build/hello" "$root/examples/hello.go"
"$root/build/hello"
