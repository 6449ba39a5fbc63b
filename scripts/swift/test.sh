#!/usr/bin/env bash
# Swift checks, all through the trixie toolchain (run.sh):
#   1. swift build + swift test (XCTest) for apps/macos: the generated CloneProtocol module against
#      the conformance vectors; re-encoded vectors land in apps/macos/.build/reencoded for the AJV
#      check in packages/codegen/test/swift-reencode.test.ts;
#   2. the Swift generated from external schemas (the openclaw corpus, Claude Code's history schema
#      and its three published session schemas, the mixed-union fixture) compiles on its own, in a scratch SwiftPM package under
#      apps/macos/.build (gitignored); so does each training schema of test/corpus/external, in its
#      conformance-harness package (scripts/swift/harnessPackage.ts, debug).
#
#   scripts/swift/test.sh            # everything
#   scripts/swift/test.sh --no-corpus
#
# Needs root (chroot, mount); fails with run.sh's message otherwise.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
REPO="$(cd "$here/../.." && pwd -P)"
cd "$REPO"

corpus=1
for arg in "$@"; do
  case "$arg" in
    --no-corpus) corpus=0 ;;
    *) echo "swift-test: unknown argument $arg" >&2; exit 2 ;;
  esac
done

say() { echo "swift-test: $*" >&2; }

"$here/setup-toolchain.sh"

say "swift build (apps/macos)"
"$here/run.sh" apps/macos swift build
say "swift test (apps/macos)"
"$here/run.sh" apps/macos swift test --disable-swift-testing

if [[ "$corpus" -eq 1 ]]; then
  # Each input becomes one module of a scratch package, so every output must compile on its own.
  pkg="apps/macos/.build/clone-corpus"
  inputs=(
    "OpenClawProtocol:test/corpus/openclaw/openclaw-protocol.schema.json"
    "ClaudeCodeHistory:test/corpus/claude-code/history.schema.json"
    "ClaudeCodeSessionOriginalV2_0_76:test/corpus/claude-code/session-v2.0.76.schema.json"
    "ClaudeCodeSessionOriginalV2_1_1:test/corpus/claude-code/session-v2.1.1.schema.json"
    "ClaudeCodeSessionOriginalV2_1_59:test/corpus/claude-code/session-v2.1.59.schema.json"
    "MixedUnions:packages/codegen/test/fixtures/mixed-union.schema.json"
  )
  rm -rf "$pkg/Sources"
  targets=""
  for entry in "${inputs[@]}"; do
    module="${entry%%:*}"
    input="${entry#*:}"
    say "generating Swift for $input into module $module"
    mkdir -p "$pkg/Sources/$module"
    node_modules/.bin/tsx packages/codegen/src/cli.ts gen --input "$input" --target swift --out "$pkg/Sources/$module" >/dev/null
    targets+="        .target(name: \"$module\"),"$'\n'
  done
  cat >"$pkg/Package.swift" <<SWIFT
// swift-tools-version:6.0
// Scratch package written by scripts/swift/test.sh: external schemas through the Swift target.
import PackageDescription

let package = Package(
    name: "CloneCorpus",
    platforms: [.macOS(.v13), .iOS(.v16)],
    targets: [
$targets    ]
)
SWIFT
  say "compiling $pkg"
  "$here/run.sh" "$pkg" swift build

  # The training schemas of issue 8 (test/corpus/external), each in the conformance-harness package
  # `harness.sh --input` runs (debug): compiling one proves its Swift builds, and the vitest and
  # conformance runs that follow find it built.
  for input in test/corpus/external/*.json; do
    say "generating Swift for $input into its harness package"
    harness_pkg="$(node_modules/.bin/tsx scripts/swift/harnessPackage.ts --input "$input")"
    say "compiling $harness_pkg"
    "$here/run.sh" "$harness_pkg" swift build --product CloneConformanceHarness
  done
fi
say "ok"
