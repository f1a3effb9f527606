#!/usr/bin/env bash
# The HTTP bench of the issue "Fast pages": a signed-in professional's pages against a one-row page
# on the same stack, measured side by side under concurrent load.
#
#   bench/run-http.sh [--scale 1] [--rounds 5] [--duration 10] [--connections 32] [--pages list,case,plan,inbox,todo,empty] [--no-report]
#   bench/run-http.sh --scale 0.1 --hold 20     (no rounds: keeps both apps up for 20 minutes, for a profiler)
#
# 1. a throwaway PostgreSQL 15 (bench/throwaway-postgres.sh, same settings as run-postgres.sh);
# 2. Release builds of Samplan.Web, bench/Samplan.OneRow and bench/Samplan.Bench;
# 3. the national data set at the scale (Samplan.Bench --generate-only) with a local account of the
#    busiest unit, in a database kept for this run;
# 4. Samplan.Web (Production, PostgreSQL, jobs on) and the one-row app, each on a free loopback port;
# 5. bench/http_rounds.py signs in, checks the pages are the real ones, runs interleaved wrk rounds
#    and writes its section of docs/benchmarks.md;
# 6. on exit (also on error or Ctrl+C) both apps are stopped, then the cluster and its directory.
# Needs, besides the .NET SDK: postgresql-15, wrk, python3 (Debian packages). Talks only to 127.0.0.1.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCALE=1
REPORT="$ROOT/docs/benchmarks.md"
HOLD=""
ROUNDS_ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE="$2"; shift 2 ;;
    --no-report) REPORT=""; shift ;;
    --hold) HOLD="$2"; shift 2 ;;
    --rounds|--duration|--connections|--pages|--warmup) ROUNDS_ARGS+=("$1" "$2"); shift 2 ;;
    -h|--help) sed -n 2,16p "$0"; exit 0 ;;
    *) echo "run-http: unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "run-http: wrk not found (apt-get install wrk)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "run-http: python3 not found" >&2; exit 1; }
COMMAND="bench/run-http.sh --scale $SCALE ${ROUNDS_ARGS[*]:-}"

PG_LOG_PREFIX=run-http
# shellcheck source=bench/throwaway-postgres.sh
source "$ROOT/bench/throwaway-postgres.sh"
WORK="$(mktemp -d /tmp/samplan-http.XXXXXX)"
APP_PID=""
ONE_PID=""
stop_all() {
  for pid in $APP_PID $ONE_PID; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in $APP_PID $ONE_PID; do
    for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  rm -rf "$WORK"
  cleanup
}
trap stop_all EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
cd "$ROOT"
for project in src/Samplan.Web bench/Samplan.OneRow bench/Samplan.Bench; do
  dotnet build -c Release --nologo -v q "$project" >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }
done

SAMPLAN_BENCH_PASSWORD="Bench-$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')"
export SAMPLAN_BENCH_PASSWORD
dotnet bench/Samplan.Bench/bin/Release/net10.0/Samplan.Bench.dll --generate-only "$SCALE" --out "$WORK/facts"
# shellcheck disable=SC1091
source "$WORK/facts"
export SAMPLAN_HTTP_USER SAMPLAN_HTTP_CASE SAMPLAN_HTTP_PERSON SAMPLAN_HTTP_UNIT SAMPLAN_HTTP_UNIT_CASES SAMPLAN_HTTP_UNIT_MESSAGES SAMPLAN_HTTP_SHAPE

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

# Seconds from the process start until /health answers 200 (at most 60 s).
wait_healthy() {
  local port="$1" pid="$2" since="$3"
  for _ in $(seq 1 1200); do
    kill -0 "$pid" 2>/dev/null || return 1
    if [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'X-Forwarded-Proto: https' "http://127.0.0.1:$port/health" || true)" = 200 ]; then
      python3 -c "import time,sys; print(f'{time.time() - float(sys.argv[1]):.1f}')" "$since"
      return 0
    fi
    sleep 0.05
  done
  return 1
}

APP_PORT="$(free_port)"
t0="$(date +%s.%N)"
(
  cd src/Samplan.Web/bin/Release/net10.0
  exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="http://127.0.0.1:$APP_PORT" \
    Database__Provider=Postgres ConnectionStrings__Samplan="$SAMPLAN_HTTP_DATABASE" \
    Samplan__Audit__Key="$SAMPLAN_HTTP_AUDIT_KEY" Samplan__RequireTwoFactor=false \
    ForwardedHeaders__KnownProxies=127.0.0.1 Logging__LogLevel__Default=Warning \
    dotnet Samplan.Web.dll
) >"$WORK/app.log" 2>&1 &
APP_PID=$!
SAMPLAN_HTTP_APP_START="$(wait_healthy "$APP_PORT" "$APP_PID" "$t0")" \
  || { echo "run-http: Samplan.Web did not answer /health" >&2; tail -n 40 "$WORK/app.log" >&2; exit 1; }

ONE_PORT="$(free_port)"
t0="$(date +%s.%N)"
ONEROW_POSTGRES="$SAMPLAN_HTTP_DATABASE" ASPNETCORE_URLS="http://127.0.0.1:$ONE_PORT" \
  dotnet bench/Samplan.OneRow/bin/Release/net10.0/Samplan.OneRow.dll >"$WORK/onerow.log" 2>&1 &
ONE_PID=$!
SAMPLAN_HTTP_ONEROW_START="$(wait_healthy "$ONE_PORT" "$ONE_PID" "$t0")" \
  || { echo "run-http: the one-row app did not answer /health" >&2; tail -n 40 "$WORK/onerow.log" >&2; exit 1; }
echo "run-http: Samplan.Web on :$APP_PORT (healthy after $SAMPLAN_HTTP_APP_START s), one-row on :$ONE_PORT (after $SAMPLAN_HTTP_ONEROW_START s)"

if [ -n "$HOLD" ]; then
  # Bounded: the trap still stops everything when the time is up or on Ctrl+C.
  { echo "SAMPLAN_BENCH_PASSWORD='$SAMPLAN_BENCH_PASSWORD'"; cat "$WORK/facts"; echo "SAMPLAN_HTTP_APP_PORT=$APP_PORT"; echo "SAMPLAN_HTTP_APP_PID=$APP_PID";
    echo "SAMPLAN_HTTP_ONEROW_PORT=$ONE_PORT"; echo "SAMPLAN_HTTP_ONEROW_PID=$ONE_PID"; } >"$ROOT/bench/.http-hold"
  echo "run-http: holding for $HOLD minutes; sign-in facts in bench/.http-hold (removed at exit)"
  trap 'rm -f "$ROOT/bench/.http-hold"; stop_all' EXIT
  sleep "$((HOLD * 60))"
  exit 0
fi

export SAMPLAN_HTTP_APP_PORT="$APP_PORT" SAMPLAN_HTTP_ONEROW_PORT="$ONE_PORT" SAMPLAN_HTTP_APP_PID="$APP_PID" SAMPLAN_HTTP_ONEROW_PID="$ONE_PID" \
  SAMPLAN_HTTP_APP_START SAMPLAN_HTTP_ONEROW_START
python3 bench/http_rounds.py ${ROUNDS_ARGS[@]+"${ROUNDS_ARGS[@]}"} --command "$COMMAND" ${REPORT:+--report "$REPORT"} \
  || { echo "run-http: the rounds failed; the app's log:" >&2; tail -n 40 "$WORK/app.log" >&2; exit 1; }
