#!/usr/bin/env bash
# The Swift side of the cross-language conformance runner (issue 5): builds the
# CloneConformanceHarness executable of apps/macos (release, incremental) and runs it as one
# long-lived process inside the trixie chroot, with this script's stdin and stdout passed straight
# through (run.sh execs chroot, nothing in between buffers).
#
#   scripts/swift/harness.sh < requests.jsonl > answers.jsonl
#   scripts/swift/harness.sh --input FILE [--name NAME] < requests.jsonl > answers.jsonl
#   scripts/swift/harness.sh --sources DIR < requests.jsonl > answers.jsonl
#
# Without --input it runs the CloneProtocol package (the Gateway and CloneEvents models). With
# --input it first generates Swift for that JSON Schema file (as `gen --input FILE --target swift`
# would, model name from --name or the file name) into a scratch package under
# apps/macos/.build/harness-inputs (scripts/swift/harnessPackage.ts), so every definition of any
# input is decodable by its name. A file the generator refuses exits 2 before anything runs. With
# --sources it builds the same scratch package around a committed module of generated Swift (e.g.
# apps/macos/Sources/ClaudeCodeSessionV2_1_59), for the families that are not in CloneProtocol.
#
# Protocol (one JSON object per line each way; see apps/macos/Sources/CloneConformanceHarness):
#   in:  {"id": 1, "schema": "CloneEvent", "instance": {...}}
#   out: {"id": 1, "ok": true, "reencoded": {...}} | {"id": 1, "ok": false, "error": "..."}
#        | {"id": 1, "ok": false, "unsupported": true, "error": "..."}
#
# stdout carries answers only: set-up and build output go to stderr. Needs root (chroot, mount).
# Env: CLONE_HARNESS_CONFIG=debug builds and runs the debug binary instead (shares `swift build`'s
# products; slower per line); =release asks for the release build whatever the input's size. Unset,
# an input whose generated Swift is larger than RELEASE_BUILD_MAX_BYTES gets the debug build: the
# optimizer took 24 minutes over FHIR's 6 MB module, and more than 45 over Vega-Lite's 2.5 MB, where
# the debug build takes two or three. Lines on stderr that begin "swift-harness:" are notes the
# conformance run prints.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
RELEASE_BUILD_MAX_BYTES=1500000
config="${CLONE_HARNESS_CONFIG:-}"
case "${config:-release}" in
  release | debug) ;;
  *) echo "swift-harness: CLONE_HARNESS_CONFIG must be release or debug, not $config" >&2; exit 2 ;;
esac

package=apps/macos
if [[ $# -gt 0 ]]; then
  input=""
  sources=""
  name=()
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --input) [[ $# -ge 2 ]] || { echo "swift-harness: --input needs a file" >&2; exit 2; }; input="$2"; shift 2 ;;
      --name) [[ $# -ge 2 ]] || { echo "swift-harness: --name needs a name" >&2; exit 2; }; name=(--name "$2"); shift 2 ;;
      --sources) [[ $# -ge 2 ]] || { echo "swift-harness: --sources needs a directory" >&2; exit 2; }; sources="$2"; shift 2 ;;
      *) echo "swift-harness: unknown argument $1 (usage: harness.sh [--input FILE [--name NAME] | --sources DIR])" >&2; exit 2 ;;
    esac
  done
  repo="$(cd "$here/../.." && pwd -P)"
  if [[ -n "$sources" ]]; then
    [[ -z "$input" && ${#name[@]} -eq 0 ]] || { echo "swift-harness: --sources goes alone" >&2; exit 2; }
    package="$("$repo/node_modules/.bin/tsx" "$here/harnessPackage.ts" --sources "$sources")" || exit 2
  else
    [[ -n "$input" ]] || { echo "swift-harness: --name goes with --input" >&2; exit 2; }
    package="$("$repo/node_modules/.bin/tsx" "$here/harnessPackage.ts" --input "$input" "${name[@]}")" || exit 2
  fi
fi

if [[ -z "$config" ]]; then
  config=release
  if [[ "$package" != apps/macos ]]; then
    bytes="$(cat "$package"/Sources/CloneProtocol/*.swift | wc -c)"
    if ((bytes > RELEASE_BUILD_MAX_BYTES)); then
      config=debug
      echo "swift-harness: $((bytes / 1000)) kB of generated Swift, past $((RELEASE_BUILD_MAX_BYTES / 1000)) kB: a debug build, which takes minutes where the optimizer takes tens of them (CLONE_HARNESS_CONFIG=release asks for it)" >&2
    fi
  fi
fi
echo "swift-harness: building the harness ($config) in $package" >&2

# Build output would corrupt the answer stream, so all of it goes to stderr.
"$here/run.sh" "$package" swift build -c "$config" --product CloneConformanceHarness >&2
echo "swift-harness: built; judging" >&2

exec "$here/run.sh" "$package" ".build/$config/CloneConformanceHarness"
