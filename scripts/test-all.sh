#!/usr/bin/env bash
# The whole test suite, every language: TypeScript (typecheck + vitest), Swift (swift test in a Debian
# trixie root filesystem, set up on first run), Python/Django (pytest, in apps/server/.venv, created
# on first run; once on SQLite and once on PostgreSQL), then the cross-language conformance run (pnpm test:conformance). Every suite runs
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

# The recording server's suite on PostgreSQL: on the cluster named by CLONE_TEST_POSTGRES_URL (.ci/run
# starts one), or else on a throw-away cluster started and stopped here (installed first if missing). Without PostgreSQL the suite
# fails under CI=true and is reported as not run otherwise.
python_on_postgres() {
  local url=${CLONE_TEST_POSTGRES_URL:-} dir="" status
  if [ -z "$url" ]; then
    # Like the Swift toolchain, PostgreSQL is installed on first run where we may (root, apt-get).
    bash scripts/postgres/cluster.sh install || true
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

# Swift first: it sets up the toolchain that vitest's Swift tests and the conformance run use.
suite typecheck pnpm -s typecheck
suite swift bash scripts/swift/test.sh
suite vitest pnpm -s test:ts
suite python bash scripts/python/test.sh
suite python-postgres python_on_postgres
# Random instances from the model, judged by AJV, Python and Swift (needs the venv and the toolchain above).
suite conformance pnpm -s test:conformance
# The same run on every real-world schema of the training corpus (issue 8): each its own suite and
# summary line, its instances counted with the conformance instances, Swift included. Swift judges
# with the debug harness that the swift suite above already built for each of these files
# (scripts/swift/test.sh), so no release build is added here. 50 valid + 50 invalid per definition
# (not --input's default 200 + 200) keeps the five, DAP's 192 definitions among them, within CI's 90
# minutes; `pnpm test:conformance --input FILE` runs the full count on one file. Measured on this
# 2-core machine while three other jobs loaded it (load 9-11): at 200 + 200 with Swift (release
# harness), MCP's 91 definitions, 36,400 instances, 0 disagreements in 50 min wall with the harness
# already built, and nbformat, 400 instances, 0 disagreements in 9.5 min, most of it the release
# build; at 50 + 50 with the debug harness, the draft-07 meta-schema in 6 min, most of it the debug
# build. Swift builds dominate: DAP's harness took 16 min to build in debug under that load and its
# release build did not finish in the time there was, so 200 + 200 for all five, which adds a release
# build per file, was not shown to fit in CI's 90 minutes.
# SchemaStore's package.json disagreed with Swift at this setting until optional nullable properties
# kept a present null (Swift's T??): 37 of its 100 valid instances re-encoded without it; now 0
# disagreements (its other valid instances meet the named limitation swift-merges-equivalent-keys).
EXTERNAL_CONFORMANCE_RUNS=50
for schema in test/corpus/external/*.json; do
  suite "conformance-$(basename "$schema" .json)" env CLONE_HARNESS_CONFIG=debug pnpm -s test:conformance --input "$schema" --runs "$EXTERNAL_CONFORMANCE_RUNS"
done

echo
bash scripts/test-summary.sh "$logs" "${failed[@]}"
