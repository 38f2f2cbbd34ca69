#!/usr/bin/env bash
# Installs the Debian packages gosc needs (DESIGN.md § Dependencies) when
# they are missing. Idempotent and quiet when everything is present, so both
# README commands and CI can call it first.
set -euo pipefail

packages=(
  cmake ninja-build g++ python3 clang-format  # clang-format: scripts/check-format.sh (ctest format)
  llvm-19-dev llvm-19-tools clang-19 lld-19
  libclang-rt-19-dev  # ASan/UBSan/libFuzzer runtimes for build-asan (scripts/build.sh --sanitize)
  antlr4 libantlr4-runtime-dev default-jre-headless
  libgc-dev libgmp-dev
  googletest libgtest-dev
  golang-1.19-go gccgo-12
  graphviz chromium chromium-driver  # gosc -html (dot) and its browser test (ctest html_explorer_browser)
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
