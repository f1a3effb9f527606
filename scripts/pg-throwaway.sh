# shellcheck shell=bash
# Throwaway PostgreSQL 15 cluster for the test suites. Source this file, then:
#
#   pg_throwaway_start        # sets PG_THROWAWAY_PORT, PG_THROWAWAY_DIR, PG_THROWAWAY_CONN
#   ...                       # connect to 127.0.0.1:$PG_THROWAWAY_PORT as postgres/postgres
#   pg_throwaway_stop         # idempotent: stops the server and removes the temp dir
#
# The cluster lives in a fresh temp dir, listens only on 127.0.0.1 at a free port
# (searched from PG_THROWAWAY_FIRST_PORT, default 55432), keeps its unix socket
# inside the temp dir and runs as user postgres when we are root (postgres refuses
# to run as root). Authentication is trust; the role postgres also has the password
# "postgres", so a connection string with Password=postgres works either way.
# Durability is switched off (fsync, synchronous_commit, full_page_writes): the data
# is thrown away anyway. The caller owns the EXIT trap that calls pg_throwaway_stop.

PG_THROWAWAY_BIN="${PG_THROWAWAY_BIN:-/usr/lib/postgresql/15/bin}"
PG_THROWAWAY_DIR=""
PG_THROWAWAY_PORT=""
PG_THROWAWAY_CONN=""
_pg_throwaway_started=0

# Runs a command as the cluster owner: postgres when we are root, else ourselves.
_pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd "$PG_THROWAWAY_DIR" && runuser -u postgres -- "$@")
  else
    (cd "$PG_THROWAWAY_DIR" && "$@")
  fi
}

# Exit 0 if nothing is listening on / bound to 127.0.0.1:$1.
_pg_port_free() {
  local port="$1"
  if command -v python3 >/dev/null 2>&1; then
    python3 - "$port" <<'PY'
import socket, sys
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(1)
finally:
    s.close()
PY
  else
    # Something answers a connect => taken.
    ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
  fi
}

_pg_pick_port() {
  local port="$1" last=$(( $1 + 200 ))
  while [ "$port" -le "$last" ]; do
    if _pg_port_free "$port"; then
      echo "$port"
      return 0
    fi
    port=$((port + 1))
  done
  return 1
}

pg_throwaway_start() {
  if [ ! -x "$PG_THROWAWAY_BIN/initdb" ] || [ ! -x "$PG_THROWAWAY_BIN/pg_ctl" ]; then
    echo "pg-throwaway: $PG_THROWAWAY_BIN/initdb or pg_ctl not found" >&2
    return 1
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --user-group --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin postgres
  fi

  PG_THROWAWAY_DIR="$(mktemp -d "${TMPDIR:-/tmp}/samplan-pg.XXXXXX")"
  mkdir -p "$PG_THROWAWAY_DIR/data" "$PG_THROWAWAY_DIR/sock"
  printf 'postgres\n' >"$PG_THROWAWAY_DIR/pwfile"
  if [ "$(id -u)" -eq 0 ]; then
    chown -R postgres: "$PG_THROWAWAY_DIR"
  fi
  chmod 700 "$PG_THROWAWAY_DIR/data"
  _pg_throwaway_started=1   # from here on pg_throwaway_stop has something to clean

  local log="$PG_THROWAWAY_DIR/postgres.log"
  # C.UTF-8 keeps ordering byte-wise but makes lower()/upper() work on å, ä, ö.
  if ! _pg_as_owner "$PG_THROWAWAY_BIN/initdb" -D "$PG_THROWAWAY_DIR/data" -U postgres \
         -A trust --pwfile="$PG_THROWAWAY_DIR/pwfile" -E UTF8 --locale=C.UTF-8 \
         >"$PG_THROWAWAY_DIR/initdb.log" 2>&1; then
    rm -rf "${PG_THROWAWAY_DIR:?}/data"/*
    if ! _pg_as_owner "$PG_THROWAWAY_BIN/initdb" -D "$PG_THROWAWAY_DIR/data" -U postgres \
           -A trust --pwfile="$PG_THROWAWAY_DIR/pwfile" -E UTF8 --no-locale \
           >>"$PG_THROWAWAY_DIR/initdb.log" 2>&1; then
      echo "pg-throwaway: initdb failed:" >&2
      tail -n 30 "$PG_THROWAWAY_DIR/initdb.log" >&2
      return 1
    fi
  fi

  cat >>"$PG_THROWAWAY_DIR/data/postgresql.conf" <<EOF

# --- samplan throwaway test cluster ---
listen_addresses = '127.0.0.1'
unix_socket_directories = '$PG_THROWAWAY_DIR/sock'
max_connections = 300
fsync = off
synchronous_commit = off
full_page_writes = off
EOF

  # The port check and the server's bind can race with another process: retry.
  local port="${PG_THROWAWAY_FIRST_PORT:-55432}" attempt
  for attempt in 1 2 3 4 5; do
    if ! port="$(_pg_pick_port "$port")"; then
      echo "pg-throwaway: no free port found" >&2
      return 1
    fi
    if _pg_as_owner "$PG_THROWAWAY_BIN/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -l "$log" \
         -o "-p $port" -w -t 60 start >/dev/null 2>&1; then
      PG_THROWAWAY_PORT="$port"
      PG_THROWAWAY_CONN="Host=127.0.0.1;Port=$port;Username=postgres;Password=postgres;Database=postgres"
      return 0
    fi
    echo "pg-throwaway: start on port $port failed (attempt $attempt)" >&2
    _pg_as_owner "$PG_THROWAWAY_BIN/pg_ctl" -D "$PG_THROWAWAY_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
    port=$((port + 1))
  done
  echo "pg-throwaway: could not start PostgreSQL; server log:" >&2
  tail -n 30 "$log" >&2 || true
  return 1
}

# Silent and idempotent, safe to call from an EXIT trap.
pg_throwaway_stop() {
  [ "$_pg_throwaway_started" -eq 1 ] || return 0
  _pg_throwaway_started=0
  local dir="$PG_THROWAWAY_DIR"
  if [ -n "$dir" ] && [ -d "$dir/data" ]; then
    if [ -f "$dir/data/postmaster.pid" ]; then
      _pg_as_owner "$PG_THROWAWAY_BIN/pg_ctl" -D "$dir/data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
    fi
    # Last resort: the postmaster whose pid this cluster recorded (ours, by id).
    if [ -f "$dir/data/postmaster.pid" ]; then
      local pid
      pid="$(head -n 1 "$dir/data/postmaster.pid" 2>/dev/null || true)"
      case "$pid" in
        ''|*[!0-9]*) ;;
        *) kill -9 "$pid" >/dev/null 2>&1 || true; sleep 1 ;;
      esac
    fi
  fi
  if [ -n "$dir" ] && [ -d "$dir" ]; then
    rm -rf "$dir" >/dev/null 2>&1 || true
  fi
  return 0
}
