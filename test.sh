#!/usr/bin/env bash
# Runs every Samplan test suite; the single entry point for developers and CI.
#
#   ./test.sh            (from any directory)
#
# 1. installs PostgreSQL 15, Chromium and fonts from Debian packages if missing
# 2. starts a throwaway PostgreSQL cluster on 127.0.0.1 (stopped again on exit)
# 3. builds Samplan.slnx once (Release)
# 4. runs the suites: Domain, Web on SQLite, Web on PostgreSQL, E2E (Chromium)
# 5. sums the TRX results; the last line is "N passed, N failed[, N skipped]"
#
# Environment given to the tests:
#   SAMPLAN_TEST_POSTGRES  Npgsql connection string of the throwaway server (superuser
#                          postgres, may CREATE DATABASE); unset for the SQLite Web run
#   SAMPLAN_E2E_CHROMIUM   path of the Chromium binary for the E2E suite
# Knobs: SAMPLAN_TEST_HANG_TIMEOUT (default 20m): a test running longer is killed.
# Output: artifacts/logs/build.log, artifacts/test-results/<suite>/<suite>.trx
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# No MSBuild worker nodes left behind holding our stdout after we exit.
export MSBUILDDISABLENODEREUSE=1
export DOTNET_CLI_USE_MSBUILD_SERVER=0

PG_BIN=/usr/lib/postgresql/15/bin
CHROMIUM=/usr/bin/chromium
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
ARTIFACTS="$ROOT/artifacts"
RESULTS="$ARTIFACTS/test-results"
LOGS="$ARTIFACTS/logs"
HANG_TIMEOUT="${SAMPLAN_TEST_HANG_TIMEOUT:-20m}"

log() { printf '==> %s\n' "$*"; }

# ---------------------------------------------------------------- cleanup trap
# shellcheck source=scripts/pg-throwaway.sh
. "$ROOT/scripts/pg-throwaway.sh"

cleanup() {
  # Must print nothing: the summary has to stay the very last line.
  pg_throwaway_stop >/dev/null 2>&1 || true
  if [ "${CI:-}" = "true" ]; then
    dotnet build-server shutdown >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ------------------------------------------------------------- 1. dependencies
missing=()
[ -x "$PG_BIN/initdb" ] || missing+=("postgresql-15")
[ -x "$CHROMIUM" ] || missing+=("chromium")
[ -e "$FONT" ] || missing+=("fonts-dejavu-core")
# The local mail server the notice tests send to (tests/Samplan.Web.Tests/Notices/smtp-sink.py).
/usr/bin/python3 -c 'import aiosmtpd' >/dev/null 2>&1 || missing+=("python3-aiosmtpd")
if [ "${#missing[@]}" -gt 0 ]; then
  log "missing: ${missing[*]}; installing Debian packages"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y \
    -o DPkg::Lock::Timeout=300 postgresql-15 chromium fonts-dejavu-core python3-aiosmtpd
  # The package creates and may start a default cluster on 5432; we use our own.
  if command -v pg_ctlcluster >/dev/null 2>&1; then
    $SUDO pg_ctlcluster 15 main stop >/dev/null 2>&1 || true
  fi
fi

# ------------------------------------------------------------- 2. PostgreSQL
pg_ok=0
log "starting throwaway PostgreSQL 15"
if pg_throwaway_start; then
  pg_ok=1
  export SAMPLAN_TEST_POSTGRES="$PG_THROWAWAY_CONN"
  log "PostgreSQL on 127.0.0.1:$PG_THROWAWAY_PORT (data in $PG_THROWAWAY_DIR)"
else
  echo "PostgreSQL could not be started; the PostgreSQL suite will count as failed" >&2
fi

# ------------------------------------------------------------- 3. build
mkdir -p "$LOGS" "$RESULTS"
log "building Samplan.slnx (Release), log: artifacts/logs/build.log"
if ! dotnet build Samplan.slnx -c Release >"$LOGS/build.log" 2>&1; then
  echo "BUILD FAILED; last lines of artifacts/logs/build.log:" >&2
  tail -n 60 "$LOGS/build.log" >&2
  echo "suite build: FAILED (no test ran)"
  echo "0 passed, 1 failed"
  exit 1
fi
grep -E '^\s*[0-9]+ (Warning|Error)\(s\)' "$LOGS/build.log" || true

# ------------------------------------------------------------- 4. suites
# Attribute $1 of the <Counters> element held in $_trx_line (0 if absent).
_trx_line=""
_trx_attr() {
  local x
  x="$(printf '%s' "$_trx_line" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p")"
  echo "${x:-0}"
}

# Prints "passed failed skipped total outcome" summed over the TRX files given.
trx_counts() {
  if command -v python3 >/dev/null 2>&1; then
    python3 - "$@" <<'PY'
import re, sys
p = f = s = t = 0
outcome = "Completed"
for path in sys.argv[1:]:
    text = open(path, encoding="utf-8", errors="replace").read()
    m = re.search(r"<Counters\b([^>]*)>", text)
    if not m:
        outcome = "NoCounters"
        continue
    c = {k: int(v) for k, v in re.findall(r'(\w+)="(\d+)"', m.group(1))}
    passed = c.get("passed", 0)
    failed = sum(c.get(k, 0) for k in ("failed", "error", "timeout", "aborted"))
    total = c.get("total", 0)
    # xunit's skipped tests show up as total - executed, not always as notExecuted.
    skipped = max(c.get("notExecuted", 0), total - passed - failed, 0)
    p += passed; f += failed; s += skipped; t += total
    r = re.search(r'<ResultSummary\b[^>]*\boutcome="(\w+)"', text)
    if r and r.group(1) not in ("Completed", "Passed") and outcome == "Completed":
        outcome = r.group(1)
print(p, f, s, t, outcome)
PY
  else
    local p=0 f=0 s=0 t=0 file tot pa fa ne
    for file in "$@"; do
      _trx_line="$(grep -o '<Counters [^>]*>' "$file" | head -n 1 || true)"
      [ -n "$_trx_line" ] || continue
      tot="$(_trx_attr total)"; pa="$(_trx_attr passed)"; ne="$(_trx_attr notExecuted)"
      fa=$(( $(_trx_attr failed) + $(_trx_attr error) + $(_trx_attr timeout) + $(_trx_attr aborted) ))
      p=$((p + pa)); f=$((f + fa)); t=$((t + tot))
      if [ $((tot - pa - fa)) -gt "$ne" ]; then s=$((s + tot - pa - fa)); else s=$((s + ne)); fi
    done
    echo "$p $f $s $t Completed"
  fi
}

TOTAL_PASSED=0
TOTAL_FAILED=0
TOTAL_SKIPPED=0
SUITE_LINES=()

# run_suite NAME PROJECT_DIR [VAR=VALUE ...] [-u VAR]: env changes go to `env`.
run_suite() {
  local name="$1" dir="$2"; shift 2
  local proj
  proj="$(find "$dir" -maxdepth 1 -name '*.csproj' 2>/dev/null | head -n 1 || true)"
  if [ ! -d "$dir" ] || [ -z "$proj" ]; then
    log "suite $name: skipped, $dir does not exist (yet)"
    SUITE_LINES+=("suite $name: not run ($dir has no project)")
    return 0
  fi
  local out="$RESULTS/$name"
  rm -rf "$out"
  mkdir -p "$out"
  log "suite $name: dotnet test $proj"
  local rc=0
  env "$@" dotnet test "$proj" --no-build -c Release \
    --logger "trx;LogFileName=$name.trx" --results-directory "$out" \
    --blame-hang-timeout "$HANG_TIMEOUT" --blame-hang-dump-type none || rc=$?

  local trx=()
  while IFS= read -r -d '' f; do trx+=("$f"); done < <(find "$out" -name '*.trx' -print0)
  if [ "${#trx[@]}" -eq 0 ]; then
    SUITE_LINES+=("suite $name: CRASHED, exit $rc and no TRX produced (counted as 1 failed)")
    TOTAL_FAILED=$((TOTAL_FAILED + 1))
    return 0
  fi
  local counts p=0 f=0 s=0 t=0 outcome="Completed" note=""
  counts="$(trx_counts "${trx[@]}" || true)"
  if [ -z "$counts" ]; then
    SUITE_LINES+=("suite $name: exit $rc, TRX unreadable (counted as 1 failed)")
    TOTAL_FAILED=$((TOTAL_FAILED + 1))
    return 0
  fi
  read -r p f s t outcome <<<"$counts"
  if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
    # Test host crash, aborted run, or a failing cleanup: not a pass.
    f=1
    note=" (dotnet test exited $rc with no failed test recorded, run outcome $outcome; counted as 1 failed)"
  elif [ "$outcome" != "Completed" ] && [ "$outcome" != "Failed" ]; then
    note=" (run outcome: $outcome)"
  elif [ "$t" -eq 0 ]; then
    note=" (warning: no tests found)"
  fi
  SUITE_LINES+=("suite $name: $p passed, $f failed, $s skipped (exit $rc)$note")
  TOTAL_PASSED=$((TOTAL_PASSED + p))
  TOTAL_FAILED=$((TOTAL_FAILED + f))
  TOTAL_SKIPPED=$((TOTAL_SKIPPED + s))
}

run_suite domain tests/Samplan.Domain.Tests

run_suite web-sqlite tests/Samplan.Web.Tests -u SAMPLAN_TEST_POSTGRES

if [ "$pg_ok" -eq 1 ]; then
  run_suite web-postgres tests/Samplan.Web.Tests "SAMPLAN_TEST_POSTGRES=$SAMPLAN_TEST_POSTGRES"
elif [ -d tests/Samplan.Web.Tests ]; then
  SUITE_LINES+=("suite web-postgres: NOT RUN, PostgreSQL did not start (counted as 1 failed)")
  TOTAL_FAILED=$((TOTAL_FAILED + 1))
fi

run_suite e2e tests/Samplan.E2E "SAMPLAN_E2E_CHROMIUM=$CHROMIUM"

# ------------------------------------------------------------- 5. summary
echo
echo "Test summary (TRX files under artifacts/test-results):"
for line in "${SUITE_LINES[@]}"; do echo "  $line"; done
summary="$TOTAL_PASSED passed, $TOTAL_FAILED failed"
if [ "$TOTAL_SKIPPED" -gt 0 ]; then summary="$summary, $TOTAL_SKIPPED skipped"; fi
echo "$summary"
if [ "$TOTAL_FAILED" -eq 0 ]; then exit 0; fi
exit 1
