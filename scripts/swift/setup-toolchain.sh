#!/usr/bin/env bash
# Provide a Swift 6 toolchain on Debian 12 hosts, which have no Swift package:
# Debian trixie ships `swiftlang` (Swift 6.0.3), so we install it into a
# trixie root filesystem and run it through chroot (see run.sh).
#
# Idempotent. The root filesystem lives outside the repository so clones,
# `git clean` and CI checkouts never pay for (or ship) ~3 GB of toolchain.
#
# Env:
#   CLONE_SWIFT_ROOT    root filesystem dir (default /var/cache/clone-swift/trixie)
#   CLONE_SWIFT_MIRROR  Debian mirror       (default http://deb.debian.org/debian)
set -euo pipefail

ROOT="${CLONE_SWIFT_ROOT:-/var/cache/clone-swift/trixie}"
ROOT="${ROOT%/}"
MIRROR="${CLONE_SWIFT_MIRROR:-http://deb.debian.org/debian}"
SUITE=trixie
PACKAGES=(swiftlang libc6-dev)
# Written last; its content also records what was installed, so changing the
# suite or package list here forces a rebuild instead of trusting a stale root.
MARKER="$ROOT/.clone-swift-ready"
SPEC="v1 suite=$SUITE variant=minbase packages=${PACKAGES[*]}"
# Beside the root rather than inside it, so wiping a half-built root cannot
# delete a lock another process is holding.
LOCK="$ROOT.lock"
LOG="$ROOT.setup.log"

# CI and `sudo` environments often lack the sbin dirs where debootstrap,
# chroot and mount live.
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"

say() { echo "swift-setup: $*" >&2; }
die() { echo "swift-setup: error: $*" >&2; exit 2; }

[[ "$(id -u)" -eq 0 ]] || die "must run as root (needs debootstrap, chroot and mount)"

# Builtins only, so the cached path stays well under a second.
is_ready() {
  local first=
  [[ -f "$MARKER" ]] && IFS= read -r first <"$MARKER" && [[ "$first" == "$SPEC" ]]
}

# Fast path without taking the lock: the marker is only ever written after a
# verified install, so seeing it is enough.
if is_ready; then
  say "cached at $ROOT"
  exit 0
fi

mkdir -p "$(dirname "$ROOT")"
exec 9>"$LOCK"
if ! flock -n 9; then
  say "another setup is running; waiting for $LOCK"
  flock 9
fi
# Whoever held the lock may have just finished the job for us.
if is_ready; then
  say "cached at $ROOT"
  exit 0
fi

if ! command -v debootstrap >/dev/null 2>&1; then
  command -v apt-get >/dev/null 2>&1 \
    || die "debootstrap is not installed and apt-get is unavailable to install it"
  say "installing debootstrap via apt-get"
  # The package lists may be missing or stale on a fresh machine, so retry
  # once after an update before giving up.
  if ! { DEBIAN_FRONTEND=noninteractive apt-get install -y debootstrap >>"$LOG" 2>&1 \
      || { apt-get update >>"$LOG" 2>&1 \
           && DEBIAN_FRONTEND=noninteractive apt-get install -y debootstrap >>"$LOG" 2>&1; }; }; then
    die "debootstrap is not installed and 'apt-get install -y debootstrap' failed (see $LOG)"
  fi
fi
[[ -e "/usr/share/debootstrap/scripts/$SUITE" ]] \
  || die "installed debootstrap does not know suite '$SUITE'; upgrade debootstrap"

# Unmount deepest first. Mounts can outlive an interrupted run (debootstrap's
# own /proc, run.sh's /proc and repo bind mount), and rm -rf through a live
# bind mount would delete the repository itself.
unmount_under() {
  local m
  findmnt -rn -o TARGET | awk -v r="$1" '$0 == r || index($0, r "/") == 1' | sort -r |
    while read -r m; do
      umount "$m" 2>/dev/null || umount -l "$m"
    done
}

if [[ -e "$ROOT" ]]; then
  say "removing incomplete or outdated root at $ROOT"
  unmount_under "$ROOT"
  # --one-file-system is a second guard against crossing into anything still mounted.
  rm -rf --one-file-system "$ROOT"
fi

: >"$LOG"
start=$SECONDS
fail() { tail -n 20 "$LOG" >&2; die "$1 (full log: $LOG)"; }

say "debootstrap $SUITE (minbase) into $ROOT"
debootstrap --variant=minbase "$SUITE" "$ROOT" "$MIRROR" >>"$LOG" 2>&1 || fail "debootstrap failed"

# swiftc locates its runtime libraries via /proc/self/exe, so /proc must be
# mounted before anything (including package scripts) runs it.
mountpoint -q "$ROOT/proc" || mount -t proc proc "$ROOT/proc"

in_root() {
  chroot "$ROOT" /usr/bin/env -i \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    HOME=/root LANG=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

say "apt-get install ${PACKAGES[*]} (large download)"
in_root apt-get update >>"$LOG" 2>&1 || fail "apt-get update in chroot failed"
in_root apt-get install -y --no-install-recommends "${PACKAGES[@]}" >>"$LOG" 2>&1 \
  || fail "apt-get install in chroot failed"
# The downloaded .debs are dead weight once installed.
in_root apt-get clean >>"$LOG" 2>&1 || true

say "verifying swift --version"
version="$(in_root swift --version 2>&1)" || { echo "$version" >&2; die "swift --version failed inside $ROOT"; }

printf '%s\n%s\n' "$SPEC" "$version" >"$MARKER.tmp"
mv "$MARKER.tmp" "$MARKER"
say "ready in $((SECONDS - start))s: $(head -n1 <<<"$version")"
