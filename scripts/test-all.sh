#!/usr/bin/env bash
# The whole test suite, every language: TypeScript (typecheck + vitest), Swift (swift test in a Debian
# trixie root filesystem, set up on first run), Python/Django (pytest, in apps/server/.venv, created
# on first run), then the cross-language conformance run (pnpm test:conformance). Every suite runs
# even if an earlier one fails, so each prints its own summary; scripts/test-summary.sh adds them up
# in two closing lines, tests and conformance instances apart ("all: N tests passed, M failed" and
# "all: K conformance instances passed, L failed"), and the exit code is non-zero if any suite failed.
set -uo pipefail
cd "$(dirname "$0")/.."

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
failed=()

suite() {
  local name=$1
  shift
  printf '\n=== %s: %s\n' "$name" "$*"
  "$@" 2>&1 | tee "$logs/$name.log"
  if [ "${PIPESTATUS[0]}" -ne 0 ]; then failed+=("$name"); fi
}

# Swift first: it sets up the toolchain that vitest's Swift tests and the conformance run use.
suite typecheck pnpm -s typecheck
suite swift bash scripts/swift/test.sh
suite vitest pnpm -s test:ts
suite python bash scripts/python/test.sh
# Random instances from the model, judged by AJV, Python and Swift (needs the venv and the toolchain above).
suite conformance pnpm -s test:conformance

echo
bash scripts/test-summary.sh "$logs" "${failed[@]}"
