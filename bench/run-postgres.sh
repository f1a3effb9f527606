#!/usr/bin/env bash
# Runs Samplan.Bench against a throwaway PostgreSQL 15 and removes the server afterwards.
#
#   bench/run-postgres.sh [Samplan.Bench options]      (e.g. --postgres-scales 0.1,1)
#
# 1. initdb a fresh cluster in a new directory under $SAMPLAN_BENCH_PGDIR (default /tmp/pgbench),
#    listening only on 127.0.0.1 at the first free port from $SAMPLAN_BENCH_PORT (default 55495),
#    its unix socket inside that directory; run as user postgres when we are root.
# 2. dotnet run -c Release --project bench/Samplan.Bench with SAMPLAN_BENCH_POSTGRES set.
# 3. on exit (also on error or Ctrl+C): pg_ctl stop for this cluster only, then delete the directory.
# The cluster setup lives in bench/throwaway-postgres.sh (shared with the HTTP bench).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_LOG_PREFIX=run-postgres
# shellcheck source=bench/throwaway-postgres.sh
source "$ROOT/bench/throwaway-postgres.sh"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
cd "$ROOT"
dotnet run -c Release --project bench/Samplan.Bench -- "$@"
