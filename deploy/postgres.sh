#!/usr/bin/env bash
# Starts a local PostgreSQL for a silo to use, in a folder of your choice, on loopback.
# Usage: deploy/postgres.sh DATA_DIR [PORT]     (stop with: pg_ctl -D DATA_DIR/data stop)
# Prints the connection string to put in ConnectionStrings__Loyalty.
set -euo pipefail
dir=${1:?usage: deploy/postgres.sh DATA_DIR [PORT]}
port=${2:-55432}
bin=$(dirname "$(command -v initdb || ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
as_server_user() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

mkdir -p "$dir"
[ "$(id -u)" != 0 ] || chown postgres "$dir"
[ -d "$dir/data" ] || as_server_user "$bin/initdb" -D "$dir/data" -A trust -U postgres -E UTF8 >/dev/null
as_server_user "$bin/pg_ctl" -D "$dir/data" -w -l "$dir/server.log" \
  -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
echo "Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
