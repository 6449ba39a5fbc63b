#!/usr/bin/env bash
# Python side of the test suite: the Django recording server and the generated DRF serializers.
# Builds apps/server/.venv from the pinned requirements on first run (and when they change), runs
# ruff on the server code (generated serializers included), then pytest. Extra arguments go to pytest.
# Needs node_modules (pnpm install): the tests run `pnpm codegen` and the AJV verdict script.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PY="$(bash "$ROOT/scripts/python/venv.sh")"
BIN="$(dirname "$PY")"
cd "$ROOT/apps/server"
echo "ruff: check and format --check (apps/server, generated recording/serializers.py included)"
"$BIN/ruff" check .
"$BIN/ruff" format --check .
exec "$PY" -m pytest "$@"
