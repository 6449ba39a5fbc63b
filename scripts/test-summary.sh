#!/usr/bin/env bash
# The closing lines of scripts/test-all.sh, from the suites' logs:
#
#   scripts/test-summary.sh <log-dir> [failed-suite...]
#
# Reads each runner's own closing line in <log-dir>/*.log: vitest "Tests  2 failed | 40 passed (42)",
# pytest "== 40 passed, 2 failed in 1.2s ==", XCTest "Executed 42 tests, with 2 failures", and the
# conformance run "conformance: 8000 passed, 0 failed". Fuzz tests add one line each to
# <log-dir>/fuzz.lines (scripts/test-all.sh points CLONE_FUZZ_LOG there), "fuzz: NAME: N inputs passed,
# M failed". Tests, conformance instances and fuzz inputs are counted apart, so the test count means
# tests:
#
#   all: 1234 tests passed, 0 failed
#   all: 8000 conformance instances passed, 0 failed
#   all: 4630 fuzz inputs passed, 0 failed
#
# With failed suites, it names them first, and a suite that failed before its runner printed a summary
# still counts as a failed test. Exits 1 if any suite failed.
set -uo pipefail

logs=$1
shift
failed=("$@")
tests_passed=0
tests_failed=0
instances_passed=0
instances_failed=0

number() { grep -oE "[0-9]+ $1" <<<"$2" | grep -oE '^[0-9]+' || echo 0; }

count() {
  local text line passed failures
  text=$(sed -e 's/\x1b\[[0-9;]*m//g' "$1")
  if line=$(grep -E '^ +Tests +[0-9]' <<<"$text" | tail -n 1) && [ -n "$line" ]; then
    tests_passed=$((tests_passed + $(number passed "$line")))
    tests_failed=$((tests_failed + $(number failed "$line")))
  elif line=$(grep -E '^=+ .*(passed|failed).* in [0-9.]+s' <<<"$text" | tail -n 1) && [ -n "$line" ]; then
    tests_passed=$((tests_passed + $(number passed "$line")))
    local n
    for n in $(grep -oE '[0-9]+ (failed|errors?)' <<<"$line" | grep -oE '^[0-9]+'); do tests_failed=$((tests_failed + n)); done
  elif line=$(grep -E '^conformance: [0-9]+ passed, [0-9]+ failed$' <<<"$text" | tail -n 1) && [ -n "$line" ]; then
    instances_passed=$((instances_passed + $(number passed "$line")))
    instances_failed=$((instances_failed + $(number failed "$line")))
  elif line=$(grep -E 'Executed [0-9]+ tests?, with [0-9]+ failures?' <<<"$text" | tail -n 1) && [ -n "$line" ]; then
    passed=$(grep -oE 'Executed [0-9]+' <<<"$line" | grep -oE '[0-9]+')
    failures=$(grep -oE 'with [0-9]+' <<<"$line" | grep -oE '[0-9]+')
    tests_passed=$((tests_passed + passed - failures))
    tests_failed=$((tests_failed + failures))
  fi
}

shopt -s nullglob
for log in "$logs"/*.log; do count "$log"; done

fuzz_passed=0
fuzz_failed=0
if [ -f "$logs/fuzz.lines" ]; then
  while IFS= read -r line; do
    [[ "$line" =~ ^fuzz:\ .*:\ ([0-9]+)\ inputs\ passed,\ ([0-9]+)\ failed$ ]] || continue
    fuzz_passed=$((fuzz_passed + BASH_REMATCH[1]))
    fuzz_failed=$((fuzz_failed + BASH_REMATCH[2]))
  done <"$logs/fuzz.lines"
fi

if [ ${#failed[@]} -gt 0 ]; then
  echo "test-all: failed suites: ${failed[*]}"
  if [ $((tests_failed + instances_failed + fuzz_failed)) -eq 0 ]; then tests_failed=${#failed[@]}; fi
fi
echo "all: ${tests_passed} tests passed, ${tests_failed} failed"
echo "all: ${instances_passed} conformance instances passed, ${instances_failed} failed"
echo "all: ${fuzz_passed} fuzz inputs passed, ${fuzz_failed} failed"
[ ${#failed[@]} -eq 0 ]
