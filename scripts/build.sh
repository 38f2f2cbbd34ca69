#!/usr/bin/env bash
# Configures (CMake + Ninja) and builds gosc into build/; the compiler lands
# at build/bin/gosc and the runtime at build/lib/libgosc_rt.a.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${GOSC_BUILD_DIR:-$root/build}
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
ninja -C "$build"
