#!/usr/bin/env bash
# Run a command with the Swift 6 toolchain from setup-toolchain.sh, inside its
# trixie chroot, with this repository visible at its real path.
#
#   scripts/swift/run.sh <dir-inside-repo> <command...>
#   scripts/swift/run.sh apps/macos swift test
#
# <dir> may be relative to the current directory or to the repository root.
# The command's exit code is returned unchanged. Mounts (/proc and the repo
# bind mount) are left in place for the next run.
#
# Env:
#   CLONE_SWIFT_ROOT      root filesystem dir (shared with setup-toolchain.sh)
#   CLONE_SWIFT_PASS_ENV  extra host variable names to pass into the chroot
set -euo pipefail

export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"

die() { echo "swift-run: error: $*" >&2; exit 2; }

[[ $# -ge 2 ]] || die "usage: $0 <dir-inside-repo> <command...>"
[[ "$(id -u)" -eq 0 ]] || die "must run as root (needs chroot and mount)"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)"
# Physical path: the bind mount target must match what the kernel resolves, or
# the directory would not exist at the same path inside the chroot.
REPO="$(cd "$here/../.." && pwd -P)"
ROOT="${CLONE_SWIFT_ROOT:-/var/cache/clone-swift/trixie}"
ROOT="${ROOT%/}"
LOCK="$ROOT.lock"

arg="$1"
shift
if [[ "$arg" = /* ]]; then
  dir="$(cd "$arg" 2>/dev/null && pwd -P)" || die "no such directory: $arg"
elif [[ -d "$arg" ]]; then
  dir="$(cd "$arg" && pwd -P)"
elif [[ -d "$REPO/$arg" ]]; then
  dir="$(cd "$REPO/$arg" && pwd -P)"
else
  die "no such directory: $arg (relative to $PWD or $REPO)"
fi
# Only the repository is visible inside the chroot.
[[ "$dir" == "$REPO" || "$dir" == "$REPO"/* ]] || die "$dir is not inside the repository $REPO"

"$here/setup-toolchain.sh"

# Serialise mount checks so two concurrent runs cannot both decide a mount is
# missing and stack a second one on top.
exec 9>"$LOCK"
flock 9

# swiftc finds its runtime libraries through /proc/self/exe.
mountpoint -q "$ROOT/proc" || mount -t proc proc "$ROOT/proc"

# Compare device:inode, not just "is a mountpoint": a clone deleted and
# re-created at the same path leaves a bind mount pointing at the old,
# deleted directory.
target="$ROOT$REPO"
if mountpoint -q "$target" && [[ "$(stat -c %d:%i "$target")" != "$(stat -c %d:%i "$REPO")" ]]; then
  umount "$target" 2>/dev/null || umount -l "$target"
fi
if ! mountpoint -q "$target"; then
  mkdir -p "$target"
  mount --bind "$REPO" "$target"
fi

# Don't hold the lock while the (possibly long) command runs.
exec 9>&-

# A clean environment: host variables such as PATH or LD_LIBRARY_PATH point at
# host binaries and libraries that would break or confuse the trixie userland.
envv=(
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
  HOME=/root
  TMPDIR=/tmp
  LANG=C.UTF-8
)
for name in TERM CI NO_COLOR ${CLONE_SWIFT_PASS_ENV:-}; do
  [[ "$name" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "bad variable name in CLONE_SWIFT_PASS_ENV: $name"
  if [[ -n "${!name+x}" ]]; then envv+=("$name=${!name}"); fi
done

# shellcheck disable=SC2016 # $1/$@ are meant for the inner shell, not this one.
exec chroot "$ROOT" /usr/bin/env -i "${envv[@]}" \
  /bin/sh -c 'cd "$1" || exit 2; shift; exec "$@"' sh "$dir" "$@"
