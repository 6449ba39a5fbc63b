#!/usr/bin/env bash
# The whole test suite, every language: TypeScript (typecheck + vitest), Swift (swift test in a Debian
# trixie root filesystem, set up on first run), Python/Django (pytest, in apps/server/.venv, created
# on first run) twice, on SQLite and on PostgreSQL, then the cross-language conformance run
# (pnpm test:conformance). Every suite runs
# even if an earlier one fails, so each prints its own summary; the last line adds them up as
# "all: N passed, M failed", and the exit code is non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."

logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
failed=()
passed_total=0
failed_total=0

suite() {
  local name=$1
  shift
  printf '\n=== %s: %s\n' "$name" "$*"
  "$@" 2>&1 | tee "$logs/$name.log"
  if [ "${PIPESTATUS[0]}" -ne 0 ]; then failed+=("$name"); fi
}

# Reads the runners' own closing lines: vitest "Tests  2 failed | 40 passed (42)", pytest
# "== 40 passed, 2 failed in 1.2s ==", XCTest "Executed 42 tests, with 2 failures", the conformance
# run "conformance: 8000 passed, 0 failed" (one per instance).
count() {
  local text
  text=$(sed -e 's/\x1b\[[0-9;]*m//g' "$1")
  local passed=0 failures=0 line
  if line=$(grep -E '^ +Tests +[0-9]' <<<"$text" | tail -n 1) && [ -n "$line" ]; then
    passed=$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+' || echo 0)
    failures=$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+' || echo 0)
  elif line=$(grep -E '^=+ .*(passed|failed).* in [0-9.]+s' <<<"$text" | tail -n 1) && [ -n "$line" ]; then
    passed=$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+' || echo 0)
    local n
    for n in $(grep -oE '[0-9]+ (failed|errors?)' <<<"$line" | grep -oE '^[0-9]+'); do failures=$((failures + n)); done
  elif line=$(grep -E '^conformance: [0-9]+ passed, [0-9]+ failed$' <<<"$text" | tail -n 1) && [ -n "$line" ]; then
    passed=$(grep -oE '[0-9]+ passed' <<<"$line" | grep -oE '[0-9]+')
    failures=$(grep -oE '[0-9]+ failed' <<<"$line" | grep -oE '[0-9]+')
  elif line=$(grep -E 'Executed [0-9]+ tests?, with [0-9]+ failures?' <<<"$text" | tail -n 1) && [ -n "$line" ]; then
    local total
    total=$(grep -oE 'Executed [0-9]+' <<<"$line" | grep -oE '[0-9]+')
    failures=$(grep -oE 'with [0-9]+' <<<"$line" | grep -oE '[0-9]+')
    passed=$((total - failures))
  fi
  passed_total=$((passed_total + ${passed:-0}))
  failed_total=$((failed_total + ${failures:-0}))
}

# The recording server's suite on PostgreSQL: on the cluster named by CLONE_TEST_POSTGRES_URL (.ci/run
# starts one), or else on a throw-away cluster started and stopped here. Without PostgreSQL the suite
# fails under CI=true and is reported as not run otherwise.
python_on_postgres() {
  local url=${CLONE_TEST_POSTGRES_URL:-} dir="" status
  if [ -z "$url" ]; then
    if ! dir=$(bash scripts/postgres/cluster.sh start); then
      echo "python-postgres: PostgreSQL is not installed (bash scripts/postgres/cluster.sh install)"
      [ "${CI:-}" = "true" ] && return 1
      echo "python-postgres: NOT RUN"
      return 0
    fi
    url=$(cat "$dir/url")
  fi
  echo "python-postgres: DATABASE_URL=$url"
  DATABASE_URL=$url bash scripts/python/test.sh
  status=$?
  if [ -n "$dir" ]; then bash scripts/postgres/cluster.sh stop "$dir"; fi
  return $status
}

# Swift first: it sets up the toolchain and writes the re-encoded vectors a vitest test checks with AJV.
suite typecheck pnpm -s typecheck
suite swift bash scripts/swift/test.sh
suite vitest pnpm -s test:ts
suite python bash scripts/python/test.sh
suite python-postgres python_on_postgres
# Random instances from the model, judged by AJV, Python and Swift (needs the venv and the toolchain above).
suite conformance pnpm -s test:conformance

for log in "$logs"/*.log; do count "$log"; done
echo
if [ ${#failed[@]} -gt 0 ]; then
  echo "test-all: failed suites: ${failed[*]}"
  # A suite that failed before its runner printed a summary still counts as a failure.
  [ "$failed_total" -eq 0 ] && failed_total=${#failed[@]}
  echo "all: ${passed_total} passed, ${failed_total} failed"
  exit 1
fi
echo "all: ${passed_total} passed, ${failed_total} failed"
