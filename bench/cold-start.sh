#!/usr/bin/env bash
# Cold start of src/Samplan.Web: time from process start to the first 200 from /health, for a first
# start on an empty data folder (migrations + demo seeding) and for restarts on the database that
# first start left; VmRSS after start. Optionally (--load SECONDS) VmRSS and requests/s after a wrk
# round on /health. Talks only to 127.0.0.1; everything lives in a temp folder that is deleted on
# exit, error or Ctrl+C.
#
#   bench/cold-start.sh [--runs N] [--load SECONDS] [--no-build] [--dll PATH]
#
# --dll measures another build of Samplan.Web.dll (e.g. main's, for a before/after) and skips the build.
# Extra environment for the app (e.g. DOTNET_gcServer=0) is passed through as it is.
set -euo pipefail

runs=5
dll=""
load=0
build=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --load) load="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --dll) dll="$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"; build=0; shift 2 ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "$0")/.." && pwd)"
dll="${dll:-$root/src/Samplan.Web/bin/Release/net10.0/Samplan.Web.dll}"
start_timeout_s=60

work="$(mktemp -d /tmp/samplan-cold.XXXXXX)"
pid=""
cleanup() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [[ $build -eq 1 ]]; then
  timeout 600 dotnet build "$root/src/Samplan.Web" -c Release -v q -nologo >/dev/null
fi

# The content root stays the build output (appsettings, wwwroot), but nothing is written there:
# the SQLite file gets an absolute path in the temp folder, and the audit key is given in the
# environment, so demo mode does not create data/audit.key under the content root. Data Protection
# keeps its keys in the database.
audit_key="$(head -c 32 /dev/urandom | base64)"

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
}

now_ms() { date +%s%3N; }

# Starts the app, waits for /health 200; sets $ms and $kib and leaves the process running ($pid, $port).
# Not called in a subshell, so that $pid stays known to cleanup.
start_app() {
  port="$(free_port)"
  local t0 t1 code deadline
  t0="$(now_ms)"
  (cd "$(dirname "$dll")" && ASPNETCORE_ENVIRONMENT=Development ASPNETCORE_URLS="http://127.0.0.1:$port" \
    ConnectionStrings__Samplan="Data Source=$work/data/samplan.db" Samplan__Audit__Key="$audit_key" \
    exec dotnet "$dll" >"$work/app.log" 2>&1) &
  pid=$!
  deadline=$(( t0 + start_timeout_s * 1000 ))
  while :; do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "http://127.0.0.1:$port/health" || true)"
    [[ "$code" == "200" ]] && break
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the app exited before /health answered 200; its log:" >&2; cat "$work/app.log" >&2; exit 1
    fi
    if (( $(now_ms) > deadline )); then
      echo "no 200 from /health within ${start_timeout_s} s; log:" >&2; cat "$work/app.log" >&2; exit 1
    fi
    sleep 0.05
  done
  t1="$(now_ms)"
  ms=$(( t1 - t0 )); kib="$(rss_kib)"
}

rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$pid/status"; }

stop_app() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  pid=""
}

stats() { # median and max of the numbers given
  printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "median %d, max %d", m, a[NR]}'
}

first=(); first_rss=(); again=(); again_rss=(); load_rss=(); load_rps=()
for ((i = 1; i <= runs; i++)); do
  rm -rf "$work/data"
  start_app
  first+=("$ms"); first_rss+=("$((kib / 1024))")
  stop_app
  start_app
  again+=("$ms"); again_rss+=("$((kib / 1024))")
  if (( load > 0 )); then
    rps="$(timeout $((load + 30)) wrk -t2 -c32 -d"${load}s" "http://127.0.0.1:$port/health" | awk '/^Requests\/sec/ {print int($2)}')"
    load_rps+=("$rps"); load_rss+=("$(( $(rss_kib) / 1024 ))")
  fi
  stop_app
  echo "run $i: first start ${first[-1]} ms (${first_rss[-1]} MiB), restart ${again[-1]} ms (${again_rss[-1]} MiB)${load_rps:+, after ${load} s wrk: ${load_rps[-1]} req/s, ${load_rss[-1]} MiB}"
done

echo
echo "first start (empty data dir: migrations + demo seeding): $(stats "${first[@]}") ms; VmRSS $(stats "${first_rss[@]}") MiB"
echo "restart (existing SQLite database):                    $(stats "${again[@]}") ms; VmRSS $(stats "${again_rss[@]}") MiB"
if (( load > 0 )); then
  echo "after wrk -t2 -c32 -d${load}s /health:                  $(stats "${load_rps[@]}") req/s; VmRSS $(stats "${load_rss[@]}") MiB"
fi
echo "load: $(uptime)"
