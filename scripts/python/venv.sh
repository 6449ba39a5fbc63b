#!/usr/bin/env bash
# Makes apps/server/.venv match apps/server/requirements.txt: created on first use, rebuilt when
# the requirements file changes (its sha256 is kept in apps/server/.venv/.requirements.sha256).
# Source it, or run it; prints the venv's python path last. PYTHON selects the interpreter (>= 3.11).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SERVER="$ROOT/apps/server"
VENV="$SERVER/.venv"
STAMP="$VENV/.requirements.sha256"
PYTHON="${PYTHON:-python3}"

want="$(sha256sum "$SERVER/requirements.txt" | cut -d' ' -f1)"
have="$(cat "$STAMP" 2>/dev/null || true)"
if [[ ! -x "$VENV/bin/python" || "$want" != "$have" ]]; then
  "$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is needed for apps/server (set PYTHON=...)")'
  echo "python: building $VENV from apps/server/requirements.txt" >&2
  rm -rf "$VENV"
  "$PYTHON" -m venv "$VENV"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$SERVER/requirements.txt" >&2
  echo "$want" >"$STAMP"
fi
echo "$VENV/bin/python"
