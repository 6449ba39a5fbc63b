#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on loopback, owned by whoever starts it (CI, the test suite, the
# bench). Never a system service.
#
#   cluster.sh install          installs PostgreSQL from the distribution's packages if it is missing
#                               (apt-get; needs root)
#   cluster.sh start [--durable]
#                               initdb into a new temp dir (as the `postgres` user when run as root),
#                               starts it on 127.0.0.1 at a free port, prints the directory; its URL
#                               is in DIR/url (postgres://postgres@127.0.0.1:PORT/postgres). Without
#                               --durable the cluster skips fsync (tests); with it, it keeps
#                               PostgreSQL's durable defaults (the bench)
#   cluster.sh stop DIR         stops that cluster and removes its directory
#
# Exit codes: 0 ok, 1 PostgreSQL missing or failed to start, 2 usage.
set -euo pipefail

usage() {
  sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

bindir() {
  local dir
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then
    pg_config --bindir
    return
  fi
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ]; then
      echo "$dir"
      return
    fi
  done
  return 1
}

# Runs a command as the cluster's owner: root may not own a cluster, so as root it is `postgres`.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

install() {
  if bindir >/dev/null; then
    echo "postgres: $(bindir) already installed" >&2
    return
  fi
  if [ "$(id -u)" -ne 0 ]; then
    echo "postgres: not installed, and installing it needs root (apt-get install postgresql)" >&2
    exit 1
  fi
  echo "postgres: installing the distribution's postgresql package" >&2
  export DEBIAN_FRONTEND=noninteractive
  # Only the binaries are wanted: no distribution cluster, no service started by the install.
  mkdir -p /etc/postgresql-common
  if ! grep -qs '^create_main_cluster' /etc/postgresql-common/createcluster.conf; then
    echo "create_main_cluster = false" >>/etc/postgresql-common/createcluster.conf
  fi
  apt-get update -qq >&2
  apt-get install -y -qq postgresql >&2
  bindir >/dev/null || { echo "postgres: installed, but no initdb found" >&2; exit 1; }
}

start() {
  local durable=0
  [ "${1:-}" = "--durable" ] && durable=1
  local bin dir port attempt
  bin=$(bindir) || { echo "postgres: not installed (run: $0 install)" >&2; exit 1; }
  dir=$(mktemp -d /tmp/clone-postgres.XXXXXX)
  chmod 755 "$dir"
  mkdir "$dir/data" "$dir/socket"
  if [ "$(id -u)" -eq 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$dir" "$dir/data" "$dir/socket"
  fi
  as_owner "$bin/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
    cat "$dir/initdb.log" >&2
    rm -rf "$dir"
    exit 1
  }
  local options="-c listen_addresses=127.0.0.1 -c unix_socket_directories=$dir/socket -c max_connections=200"
  if [ "$durable" -eq 0 ]; then
    options="$options -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  fi
  # Another process may take the port between choosing and binding it: try a few.
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    if as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port $options" start >/dev/null 2>&1; then
      echo "postgres://postgres@127.0.0.1:$port/postgres" >"$dir/url"
      echo "$dir"
      return
    fi
    sleep 0.5
  done
  echo "postgres: the cluster in $dir did not start:" >&2
  tail -n 20 "$dir/server.log" >&2 || true
  rm -rf "$dir"
  exit 1
}

stop() {
  local dir=${1:-}
  [ -n "$dir" ] && [ -f "$dir/url" ] || usage
  local bin
  bin=$(bindir)
  as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  install) install ;;
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  *) usage ;;
esac
