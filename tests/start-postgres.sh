#!/usr/bin/env bash
# Starts a throwaway PostgreSQL for the store tests and prints the connection string on standard output
# (test.sh exports it as TOKENGUARD_TEST_POSTGRES). Installs Debian's postgresql when missing (needs root and
# apt-get, like install-chromium.sh). The server runs as a non-root user (postgres refuses root), from a
# temporary folder, listening only on a Unix socket in that folder; `tests/start-postgres.sh stop DIR` ends it.
set -euo pipefail
if [ "${1:-}" = stop ]; then
  dir="$2"
  if [ -f "$dir/data/postmaster.pid" ]; then
    if [ "$(id -u)" = 0 ]; then su -s /bin/sh tokenguard-pg -c "'$(cat "$dir/bin")/pg_ctl' -D '$dir/data' -m fast stop" >/dev/null 2>&1 || true
    else "$(cat "$dir/bin")/pg_ctl" -D "$dir/data" -m fast stop >/dev/null 2>&1 || true; fi
  fi
  rm -rf "$dir"
  exit 0
fi

find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
bin="$(find_bin)"
if [ -z "$bin" ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "start-postgres: PostgreSQL is not installed and this is not root with apt-get; install postgresql" >&2
    exit 1
  fi
  echo "start-postgres: installing Debian's postgresql for the store tests" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  bin="$(find_bin)"
fi

dir="$(mktemp -d /tmp/tokenguard-pg.XXXXXX)"
echo "$bin" > "$dir/bin"
# A Unix socket in the temporary folder, no TCP at all: nothing to collide with another server on this machine.
port=5432
run() { "$@"; }
if [ "$(id -u)" = 0 ]; then
  id tokenguard-pg >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin tokenguard-pg
  chown tokenguard-pg "$dir"
  run() { su -s /bin/sh tokenguard-pg -c "$(printf '%q ' "$@")"; }
fi
run "$bin/initdb" -D "$dir/data" -U tokenguard --auth=trust --no-sync -E UTF8 >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log" >&2; exit 1; }
# fsync off: a test server need not survive a power cut; max_connections for the concurrency tests.
run "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-p $port -k $dir -c listen_addresses='' -c fsync=off -c max_connections=200" start >/dev/null \
  || { cat "$dir/server.log" >&2; exit 1; }
run "$bin/createdb" -h "$dir" -p "$port" -U tokenguard tokenguard_test
echo "Host=$dir;Port=$port;Username=tokenguard;Database=tokenguard_test;Pooling=false" > "$dir/connection"
echo "$dir"
