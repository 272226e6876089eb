#!/usr/bin/env bash
# Runs one throwaway PostgreSQL server for one test process, then removes every trace of it.
# Usage: supervise.sh OWNER_PID DIR PORT BIN_DIR
# It stops the server when DIR/stop appears or when OWNER_PID is gone (a crashed test run),
# so no server outlives the tests that started it.
set -u
owner=$1 dir=$2 port=$3 bin=$4

as_server_user() {
  # PostgreSQL refuses to run as root; CI runs as root.
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
  as_server_user "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1
  rm -rf "$dir"
}
trap cleanup EXIT

if [ "$(id -u)" = 0 ]; then chown postgres "$dir" || exit 1; fi

as_server_user "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
  || { cat "$dir/initdb.log"; exit 1; }

# fsync is off because a test server's files are thrown away; commit semantics are unchanged.
options="-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=off -c full_page_writes=off"
as_server_user "$bin/pg_ctl" -D "$dir/data" -w -t 60 -l "$dir/server.log" -o "$options" start >/dev/null \
  || { cat "$dir/server.log"; exit 1; }

touch "$dir/ready"
while kill -0 "$owner" 2>/dev/null && [ ! -e "$dir/stop" ]; do sleep 0.5; done
