#!/usr/bin/env bash
# GET /logs first page against the raw read baseline with native load generators on both sides, same conditions,
# alternating rounds (issue 10):
#   service: wrk, 2 threads, 8 connections, GET /api/v1/workspace/logs?pageSize=50 with a new read-write key of PROJECT;
#   raw:     pgbench -M prepared, 8 clients, 2 threads, the page SQL (51 rows, JSONB as text) on the minimal table
#            (bench_minimal_logs: same columns, primary key + one btree, no partitions) holding PROJECT's rows.
# Before the rounds the minimal table is (re)built from PROJECT's rows, both tables are analysed and a CHECKPOINT is
# taken, so neither side runs while the other's load is still being written out. Each round then runs pgbench, then
# wrk, SECONDS each, and reports for both: throughput, CPU per request of PostgreSQL (postmaster + backends, live and
# exited, from /proc), of the service (from /proc/<service pid>/stat), and of the load generator itself.
# Needs a running service (./run.sh) and its cluster; PROJECT defaults to the project with the most production logs.
# Usage: LOGTRAIL_PG_PORT=5433 bench/reads-vs-pgbench.sh [data dir] [seconds] [rounds] [project id] [base url]
# Output: a table on stdout, also written to bench/results/reads-vs-pgbench-<UTC time>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA_DIR="${1:-.data}"
SECONDS_PER_ROUND="${2:-10}"
ROUNDS="${3:-3}"
PROJECT="${4:-}"
. bench/cluster-env.sh
cluster_env "$DATA_DIR"
BASE_URL="${5:-$(jq -r .base_url "$CREDENTIALS")}"
ADMIN_TOKEN="$(jq -r .admin_token "$CREDENTIALS")"
OUT="bench/results/reads-vs-pgbench-$(date -u +%Y%m%d-%H%M%S).txt"
TABLE=bench_minimal_logs
PAGE_SQL="$(mktemp)"
trap 'rm -f "$PAGE_SQL"' EXIT

command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
SERVICE_PID="$(ss -Hltnp "sport = :${BASE_URL##*:}" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)"
POSTMASTER_PID="$(head -1 "$(psql -AtXc 'SHOW data_directory')/postmaster.pid")"
if [ -z "$PROJECT" ]; then
  PROJECT="$(psql -AtXc "SELECT project_id FROM logs WHERE environment = 'production' GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")"
fi
LOGTRAIL_KEY="$(curl -sf -X POST -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' \
  -d '{"name":"reads vs pgbench","environment":"production","type":"rw"}' "$BASE_URL/api/v1/admin/projects/$PROJECT/keys" | jq -r .key)"

# CPU ticks (user + system) of a process; with "all", its exited children's too.
ticks() { awk -v all="${2:-}" '{ sub(/^.*\) /, ""); t = $12 + $13; if (all != "") t += $14 + $15; print t }' "/proc/$1/stat"; }
postgres_ticks() {
  local total child
  total="$(ticks "$POSTMASTER_PID" all)"
  for child in $(pgrep -P "$POSTMASTER_PID"); do
    total=$((total + $(ticks "$child" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
HZ="$(getconf CLK_TCK)"
# microseconds of CPU per request from a tick difference and a request count
per_request() { echo "$1 * 1000000 / $HZ / $2" | bc -l | xargs printf '%.0f'; }

psql -qX -v ON_ERROR_STOP=1 >/dev/null <<SQL
DROP TABLE IF EXISTS $TABLE;
CREATE TABLE $TABLE (LIKE logs INCLUDING DEFAULTS);
ALTER TABLE $TABLE ADD PRIMARY KEY (id);
CREATE INDEX ON $TABLE (project_id, environment, server_timestamp DESC, id DESC);
INSERT INTO $TABLE SELECT * FROM logs WHERE project_id = '$PROJECT' AND environment = 'production';
ANALYZE $TABLE;
ANALYZE logs;
CHECKPOINT;
SQL
ROWS="$(psql -AtXc "SELECT count(*) FROM $TABLE")"
cat > "$PAGE_SQL" <<SQL
SELECT id, project_id, environment, level, action, message, tags, actor::text, target::text, context::text, metadata::text,
       client_timestamp, server_timestamp, is_public, api_key_id
FROM $TABLE WHERE project_id = '$PROJECT' AND environment = 'production'
ORDER BY server_timestamp DESC, id DESC LIMIT 51;
SQL

# One side for SECONDS; prints "throughput postgres_us service_us client_us".
measure() {
  local side="$1" seconds="$2" pg0 svc0 pg1 svc1 started report count rate client
  pg0="$(postgres_ticks)"; svc0="$(ticks "$SERVICE_PID")"
  started="$(date +%s.%N)"
  if [ "$side" = raw ]; then
    report="$( { /usr/bin/time -f 'client %U %S' pgbench -n -M prepared -c 8 -j 2 -T "$seconds" -f "$PAGE_SQL"; } 2>&1)"
    count="$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' <<< "$report")"
    rate="$(sed -n 's/^tps = \([0-9.]*\) (without initial connection time)$/\1/p' <<< "$report")"
  else
    report="$( { /usr/bin/time -f 'client %U %S' wrk -t2 -c8 -d"$seconds"s -H "X-API-Key: $LOGTRAIL_KEY" \
      "$BASE_URL/api/v1/workspace/logs?pageSize=50"; } 2>&1)"
    if grep -q 'Non-2xx' <<< "$report"; then echo "wrk: the service answered errors: $report" >&2; exit 1; fi
    count="$(sed -n 's/^ *\([0-9]*\) requests in .*/\1/p' <<< "$report")"
    rate="$(sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' <<< "$report")"
  fi
  sleep 1 # pgbench's backends exit as it disconnects: let the postmaster reap them (their CPU moves to its own)
  pg1="$(postgres_ticks)"; svc1="$(ticks "$SERVICE_PID")"
  client="$(sed -n 's/^client \([0-9.]*\) \([0-9.]*\)$/\1 + \2/p' <<< "$report" | bc -l)"
  printf '%s %s %s %s\n' "$rate" "$(per_request $((pg1 - pg0)) "$count")" "$(per_request $((svc1 - svc0)) "$count")" \
    "$(echo "$client * 1000000 / $count" | bc -l | xargs printf '%.0f')"
}

measure raw 3 > /dev/null
measure service 3 > /dev/null
{
  echo "# $(date -u +%FT%TZ) $(git rev-parse --short HEAD) ${SECONDS_PER_ROUND}s per side; project $PROJECT, $ROWS rows; service pid $SERVICE_PID"
  echo "# CPU in µs per request: pg = PostgreSQL, svc = service, gen = the load generator (pgbench / wrk)"
  printf '%-5s %10s %6s %6s %9s %6s %6s %6s %7s  %s\n' round pgbench_tps pg gen get_rps pg svc gen ratio "load average (before the round)"
  ratios=()
  for round in $(seq 1 "$ROUNDS"); do
    load="$(cut -d' ' -f1-3 /proc/loadavg)"
    read -r raw raw_pg _ raw_gen <<< "$(measure raw "$SECONDS_PER_ROUND")"
    read -r get get_pg get_svc get_gen <<< "$(measure service "$SECONDS_PER_ROUND")"
    ratio="$(echo "$get / $raw" | bc -l | xargs printf '%.3f')"
    ratios+=("$ratio")
    printf '%-5s %10.0f %6s %6s %9.0f %6s %6s %6s %7s  %s\n' "$round" "$raw" "$raw_pg" "$raw_gen" "$get" "$get_pg" "$get_svc" "$get_gen" "$ratio" "$load"
  done
  echo "median ratio: $(printf '%s\n' "${ratios[@]}" | sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')"
} | tee "$OUT"
