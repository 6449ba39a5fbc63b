#!/usr/bin/env bash
# The whole test suite, every language: TypeScript (typecheck + vitest), Python/Django (pytest, in
# apps/server/.venv, created on first run), Swift (swift test in a Debian trixie root filesystem, set
# up on first run). Every suite runs even if an earlier one fails, so each prints its summary; the
# exit code is non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."

failed=()
suite() {
  local name=$1
  shift
  printf '\n=== %s: %s\n' "$name" "$*"
  if ! "$@"; then failed+=("$name"); fi
}

suite typecheck pnpm -s typecheck
suite vitest pnpm -s test:ts
if [ -f scripts/python/test.sh ]; then suite python bash scripts/python/test.sh; fi
if [ -f scripts/swift/test.sh ]; then suite swift bash scripts/swift/test.sh; fi

if [ ${#failed[@]} -gt 0 ]; then
  printf '\ntest-all: failed: %s\n' "${failed[*]}"
  exit 1
fi
printf '\ntest-all: every suite passed\n'
