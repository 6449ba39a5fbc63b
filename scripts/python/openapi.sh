#!/usr/bin/env bash
# The recording API's OpenAPI document (apps/server/openapi.json, from drf-spectacular): writes it, or
# with --check verifies the committed one is current (exit 1 with a diff when it is not). Part of
# `pnpm protocol:gen` and `pnpm protocol:check`. Builds apps/server/.venv first if needed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PY="$(bash "$ROOT/scripts/python/venv.sh")"
cd "$ROOT/apps/server"
# Describing the API needs no real secrets; the settings only ask for them to serve it.
DJANGO_SECRET_KEY="${DJANGO_SECRET_KEY:-openapi-generation-only}" exec "$PY" manage.py openapi "$@"
