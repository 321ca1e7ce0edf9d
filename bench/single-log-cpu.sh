#!/usr/bin/env bash
# CPU per request (issue 10): wrk posts one log (wrk-single-log.lua) at 32 connections for 10 s, after a warm-up,
# or with ENDPOINT `info` / `live` gets /api/v1/workspace/info (with the key) / /health/live instead; around it the
# CPU time (utime + stime, /proc/<pid>/stat) of the service process and of every process of its cluster (the
# postmaster and its children) and the context switches of the service's threads (/proc/<pid>/task/*/status) are
# read and divided by the requests answered, and pg_stat_database's commits and rollbacks are read before and after
# (logs per shared commit = requests / commits).
# Usage: LOGTRAIL_KEY=<rw key of an enterprise project> LOGTRAIL_PG_PORT=5433 \
#        bench/single-log-cpu.sh TAG [data dir] [warm-up seconds] [service port] [logs|info|live]
# Prints one line: TAG, req/s, µs of service CPU and of PostgreSQL CPU per request, the service's context switches
# per request, commits, the load average.
set -euo pipefail
cd "$(dirname "$0")/.."
TAG="$1"; DATA_DIR="${2:-.data}"; WARM="${3:-5}"; PORT="${4:-${LOGTRAIL_PORT:-5080}}"; ENDPOINT="${5:-logs}"
: "${LOGTRAIL_KEY:?a read-write key of an enterprise project}"
. bench/cluster-env.sh
cluster_env "$DATA_DIR"
SERVICE="$(pgrep -f "Logtrail.Api.dll.*:$PORT" | head -1)"
POSTMASTER="$(head -1 "$(find "$DATA_DIR" -name postmaster.pid | head -1)")"
case "$ENDPOINT" in
  logs) REQUEST=(-s bench/wrk-single-log.lua "http://127.0.0.1:$PORT/api/v1/workspace/logs") ;;
  info) REQUEST=(-H "X-API-Key: $LOGTRAIL_KEY" "http://127.0.0.1:$PORT/api/v1/workspace/info") ;;
  live) REQUEST=("http://127.0.0.1:$PORT/health/live") ;;
  *) echo "ENDPOINT must be logs, info or live" >&2; exit 2 ;;
esac
ticks() { for pid in "$@"; do awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null; done | paste -sd+ | bc; }
switches() { cat /proc/"$1"/task/*/status 2>/dev/null | awk '/ctxt_switches/ {sum += $2} END {print sum}'; }
commits() { psql -Atc "SELECT xact_commit || ' commits, ' || xact_rollback || ' rollbacks' FROM pg_stat_database WHERE datname = 'logtrail'"; }
hz="$(getconf CLK_TCK)"
wrk -t2 -c32 -d"$WARM"s "${REQUEST[@]}" > /dev/null
load="$(cut -d' ' -f1-3 /proc/loadavg)"
s0="$(ticks "$SERVICE")"; x0="$(switches "$SERVICE")"; p0="$(ticks "$POSTMASTER" $(pgrep -P "$POSTMASTER"))"; c0="$(commits)"
report="$(wrk -t2 -c32 -d10s "${REQUEST[@]}")"
s1="$(ticks "$SERVICE")"; x1="$(switches "$SERVICE")"; p1="$(ticks "$POSTMASTER" $(pgrep -P "$POSTMASTER"))"; c1="$(commits)"
if grep -q 'Non-2xx' <<< "$report"; then echo "wrk: the service answered errors: $report" >&2; exit 1; fi
rps="$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' <<< "$report")"
requests="$(sed -n 's/^ *\([0-9]*\) requests in.*/\1/p' <<< "$report")"
echo "$TAG $ENDPOINT: $rps req/s, service $(( (s1 - s0) * 1000000 / hz / requests )) us/req," \
  "postgres $(( (p1 - p0) * 1000000 / hz / requests )) us/req," \
  "$(echo "scale=2; ($x1 - $x0) / $requests" | bc) switches/req, $c0 -> $c1, load $load"
