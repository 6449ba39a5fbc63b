#!/usr/bin/env bash
# The Swift side of the cross-language conformance runner (issue 5): builds the
# CloneConformanceHarness executable of apps/macos (release, incremental) and runs it as one
# long-lived process inside the trixie chroot, with this script's stdin and stdout passed straight
# through (run.sh execs chroot, nothing in between buffers).
#
#   scripts/swift/harness.sh < requests.jsonl > answers.jsonl
#
# Protocol (one JSON object per line each way; see apps/macos/Sources/CloneConformanceHarness):
#   in:  {"id": 1, "schema": "CloneEvent", "instance": {...}}
#   out: {"id": 1, "ok": true, "reencoded": {...}} | {"id": 1, "ok": false, "error": "..."}
#        | {"id": 1, "ok": false, "unsupported": true, "error": "..."}
#
# stdout carries answers only: set-up and build output go to stderr. Needs root (chroot, mount).
# Env: CLONE_HARNESS_CONFIG=debug builds and runs the debug binary instead (shares `swift build`'s
# products; slower per line).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
config="${CLONE_HARNESS_CONFIG:-release}"
case "$config" in
  release | debug) ;;
  *) echo "swift-harness: CLONE_HARNESS_CONFIG must be release or debug, not $config" >&2; exit 2 ;;
esac

# Build output would corrupt the answer stream, so all of it goes to stderr.
"$here/run.sh" apps/macos swift build -c "$config" --product CloneConformanceHarness >&2

exec "$here/run.sh" apps/macos ".build/$config/CloneConformanceHarness"
