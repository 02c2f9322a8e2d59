#!/usr/bin/env bash
# A private PostgreSQL 15 cluster for the server tests, in a temporary folder on a free loopback
# port, run as an unprivileged user (the server refuses root: as root, the postgres account
# Debian's package made runs it).
#   pg-cluster.sh start   → prints the lines to eval: ANNUALPLAN_PG_DIR, ANNUALPLAN_TEST_PG, PGPASSWORD
#                           (ANNUALPLAN_PG_MAX_CONNECTIONS: its max_connections, 100 unless set;
#                           bench_server's 200 reporters want `server init`'s advice, 220)
#   pg-cluster.sh stop DIR
#   pg-cluster.sh crash DIR   → the server stopped at once (as a power cut would), then started again
#   pg-cluster.sh halt DIR    → the server stopped at once, and left stopped
#   pg-cluster.sh resume DIR  → a halted server started again
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "${1:?start or stop}" in
start)
  dir=$(mktemp -d /tmp/annualplan-pg.XXXXXX)
  chmod 700 "$dir"
  password=annualplan-test-$$
  printf '%s\n' "$password" > "$dir/password"
  [ "$(id -u)" = 0 ] && chown -R postgres "$dir"
  port=54329
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  as_owner "$bin/initdb" -D "$dir/data" -U annualplan_admin --pwfile="$dir/password" --auth=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 > "$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  # fsync stays on: the crash tests stop the server at once and want a real recovery. Recovery
  # syncs the data folder with one syncfs, not a fsync per file: the folder grows with every plan
  # the tests publish, and a sync per file took over a minute on a busy machine.
  # DDL is logged (log_statement=ddl), as a careful administrator would: the security tests read the log
  # for passwords that must never be in it.
  options="-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=on -c recovery_init_sync_method=syncfs -c log_statement=ddl"
  options="$options -c max_connections=${ANNUALPLAN_PG_MAX_CONNECTIONS:-100}"
  printf '%s\n' "$options" > "$dir/options"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 600 -o "$options" start > /dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  PGPASSWORD=$password "$bin/createdb" -h 127.0.0.1 -p "$port" -U annualplan_admin annualplan_test
  echo "export ANNUALPLAN_PG_DIR=$dir"
  echo "export ANNUALPLAN_TEST_PG=postgresql://annualplan_admin@127.0.0.1:$port/annualplan_test"
  echo "export PGPASSWORD=$password"
  ;;
crash)
  dir=${2:?the cluster folder}
  "$0" halt "$dir"
  sleep 1
  "$0" resume "$dir"
  ;;
halt)
  dir=${2:?the cluster folder}
  as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop > /dev/null
  ;;
resume)
  dir=${2:?the cluster folder}
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 600 -o "$(cat "$dir/options")" start > /dev/null
  ;;
stop)
  dir=${2:?the cluster folder}
  [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop > /dev/null 2>&1 || true
  rm -rf "$dir"
  ;;
esac
