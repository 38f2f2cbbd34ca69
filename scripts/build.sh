#!/usr/bin/env bash
# Configures (CMake + Ninja) and builds gosc into build/; the compiler lands
# at build/bin/gosc and the runtime at build/lib/libgosc_rt.a.
#
# --sanitize: a second build, build-asan/ (GOSC_SANITIZE_BUILD_DIR), with clang-19, the
# compiler and its unit tests under ASan+UBSan and the libFuzzer harnesses of tests/fuzz
# (CMake options GOSC_SANITIZE and GOSC_FUZZ; README.md § Fuzzing and sanitizers).
# Further arguments after --sanitize name ninja targets (scripts/fuzz.sh builds one harness).
# GOSC_JOBS=N limits ninja's parallelism (default: ninja's own).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jobs=()
if [ -n "${GOSC_JOBS:-}" ]; then jobs=(-j "$GOSC_JOBS"); fi
if [ "${1:-}" = "--sanitize" ]; then
  build=${GOSC_SANITIZE_BUILD_DIR:-$root/build-asan}
  if [ ! -f "$build/build.ninja" ]; then
    CC=clang-19 CXX=clang++-19 cmake -S "$root" -B "$build" -G Ninja \
      -DCMAKE_BUILD_TYPE=RelWithDebInfo -DGOSC_SANITIZE=ON -DGOSC_FUZZ=ON
  fi
  ninja -C "$build" "${jobs[@]}" "${@:2}"  # further arguments: ninja targets
  exit 0
fi
build=${GOSC_BUILD_DIR:-$root/build}
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
ninja -C "$build" "${jobs[@]}"
