# Sourced (not run) by bench/run-postgres.sh and, later, bench/run-http.sh: starts a throwaway
# PostgreSQL 15 cluster and installs an EXIT trap that stops it and deletes its directory.
# Kept in one place so every bench measures against the same server settings.
#
# In:  ROOT (repo root), optional PG_BIN, SAMPLAN_BENCH_PGDIR, SAMPLAN_BENCH_PORT, PG_LOG_PREFIX.
# Out: PORT (the port it listens on), DIR (its directory), SAMPLAN_BENCH_POSTGRES (exported).
#
# Durability stays at PostgreSQL's defaults (fsync, synchronous_commit on), unlike the test
# cluster in scripts/pg-throwaway.sh, so write latencies mean what they would in production.

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
BASE="${SAMPLAN_BENCH_PGDIR:-/tmp/pgbench}"
PORT="${SAMPLAN_BENCH_PORT:-55495}"

[ -x "$PG_BIN/initdb" ] || { echo "${PG_LOG_PREFIX:-throwaway-postgres}: $PG_BIN/initdb not found (apt-get install postgresql-15)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd "$DIR" && runuser -u postgres -- "$@")
  else
    (cd "$DIR" && "$@")
  fi
}

mkdir -p "$BASE"
DIR="$(mktemp -d "$BASE/run.XXXXXX")"
started=0
cleanup() {
  if [ "$started" -eq 1 ]; then
    as_owner "$PG_BIN/pg_ctl" -D "$DIR/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
  fi
  rm -rf "$DIR"
  rmdir "$BASE" 2>/dev/null || true
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

mkdir -p "$DIR/data" "$DIR/sock"
if [ "$(id -u)" -eq 0 ]; then
  id postgres >/dev/null 2>&1 || { echo "${PG_LOG_PREFIX:-throwaway-postgres}: user postgres is missing (it comes with postgresql-15)" >&2; exit 1; }
  chown -R postgres: "$DIR"
fi
chmod 700 "$DIR/data"
as_owner "$PG_BIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$DIR/initdb.log" 2>&1 \
  || { cat "$DIR/initdb.log" >&2; exit 1; }
cat >>"$DIR/data/postgresql.conf" <<EOF

# --- samplan bench cluster: loopback only, defaults otherwise except memory ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$DIR/sock'
shared_buffers = 512MB
max_connections = 100
EOF

for attempt in $(seq 1 20); do
  if python3 -c 'import socket,sys; s=socket.socket(); s.bind(("127.0.0.1", int(sys.argv[1]))); s.close()' "$PORT" 2>/dev/null \
     && as_owner "$PG_BIN/pg_ctl" -D "$DIR/data" -l "$DIR/postgres.log" -o "-p $PORT" -w -t 60 start >/dev/null 2>&1; then
    started=1
    break
  fi
  PORT=$((PORT + 1))
done
[ "$started" -eq 1 ] || { echo "${PG_LOG_PREFIX:-throwaway-postgres}: could not start PostgreSQL" >&2; tail -n 20 "$DIR/postgres.log" >&2 || true; exit 1; }
echo "${PG_LOG_PREFIX:-throwaway-postgres}: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT, data in $DIR"


export SAMPLAN_BENCH_POSTGRES="Host=127.0.0.1;Port=$PORT;Username=postgres;Password=postgres;Database=postgres"
