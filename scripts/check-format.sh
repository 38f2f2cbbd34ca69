#!/usr/bin/env bash
# Checks that C++ files follow .clang-format (the house style). With no
# arguments it checks every tracked C++ file of the project, which includes
# every file a change touched; with arguments, only those files (e.g.
# `scripts/check-format.sh $(git diff --name-only main)`). Prints the files
# that differ and exits 1 if any does. `scripts/check-format.sh --fix` rewrites
# them instead. Uses clang-format-14 (Debian's clang-format), which
# scripts/install-deps.sh installs.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
fix=0
if [ "${1:-}" = "--fix" ]; then fix=1; shift; fi
cf=$(command -v clang-format-14 || command -v clang-format || true)
if [ -z "$cf" ]; then
  echo "check-format: clang-format is not installed (scripts/install-deps.sh installs it)" >&2
  exit 1
fi
if [ $# -gt 0 ]; then
  files=("$@")
else
  mapfile -t files < <(git ls-files '*.cpp' '*.h' 2>/dev/null)
fi
bad=()
for f in "${files[@]}"; do
  case "$f" in *.cpp|*.h) ;; *) continue ;; esac
  [ -f "$f" ] || continue
  if [ $fix = 1 ]; then
    "$cf" -i --style=file "$f"
  elif ! "$cf" --style=file "$f" | cmp -s - "$f"; then
    bad+=("$f")
  fi
done
if [ ${#bad[@]} -gt 0 ]; then
  echo "check-format: ${#bad[@]} file(s) differ from .clang-format (fix: scripts/check-format.sh --fix FILE...):"
  printf '  %s\n' "${bad[@]}"
  exit 1
fi
