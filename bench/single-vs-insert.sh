#!/usr/bin/env bash
# Single-log ingestion against raw PostgreSQL with native load generators on both sides, same run (issue 10):
#   service: wrk, 2 threads, 32 connections, POST /api/v1/workspace/logs with the one log of wrk-single-log.lua,
#            a read-write key of a fresh enterprise project (made through the admin API before measuring);
#   raw:     pgbench, 2 threads, 32 connections, -M prepared, the same log as one autocommitted INSERT into the
#            minimal table (pgbench-single-insert.sql; the table made as MinimalLogTable does, empty each round).
# Each round measures raw, then the service, for SECONDS each, after one unmeasured warm-up of both; the ratio is
# the service's req/s over the INSERTs' tps of the same round. Needs a running service (./run.sh) and its cluster.
# Usage: LOGTRAIL_PG_PORT=5433 bench/single-vs-insert.sh [data dir] [seconds] [rounds]
# Output: a table on stdout, also written to bench/results/single-vs-insert-<UTC time>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
DATA_DIR="${1:-.data}"
SECONDS_PER_ROUND="${2:-10}"
ROUNDS="${3:-3}"
. bench/cluster-env.sh
cluster_env "$DATA_DIR"
BASE_URL="$(jq -r .base_url "$CREDENTIALS")"
ADMIN_TOKEN="$(jq -r .admin_token "$CREDENTIALS")"
OUT="bench/results/single-vs-insert-$(date -u +%Y%m%d-%H%M%S).txt"

admin() { curl -sf -X POST -H "Authorization: Bearer $ADMIN_TOKEN" -H 'Content-Type: application/json' -d "$2" "$BASE_URL$1"; }
ORGANIZATION="$(admin /api/v1/admin/organizations '{"name":"Benchmarks"}' | jq -r .id)"
PROJECT="$(admin /api/v1/admin/projects "{\"organization_id\":\"$ORGANIZATION\",\"name\":\"single vs insert\",\"plan_code\":\"enterprise\"}" | jq -r .id)"
KEY_JSON="$(admin "/api/v1/admin/projects/$PROJECT/keys" '{"name":"bench","environment":"production","type":"rw"}')"
export LOGTRAIL_KEY; LOGTRAIL_KEY="$(jq -r .key <<< "$KEY_JSON")"
KEY_ID="$(jq -r .id <<< "$KEY_JSON")"

reset_minimal_table() {
  psql -qX -v ON_ERROR_STOP=1 >/dev/null <<SQL
DROP TABLE IF EXISTS bench_scratch_logs;
CREATE TABLE bench_scratch_logs (LIKE logs INCLUDING DEFAULTS);
ALTER TABLE bench_scratch_logs ADD PRIMARY KEY (id);
CREATE INDEX ON bench_scratch_logs (project_id, environment, server_timestamp DESC, id DESC);
SQL
}

raw_tps() {
  pgbench -n -M prepared -c 32 -j 2 -T "$1" -f bench/pgbench-single-insert.sql \
    -D project="$PROJECT" -D key="$KEY_ID" -D client_timestamp=2026-11-30T23:00:00Z -D level=2 -D action=order.paid \
    -D message='payment accepted timeout retry customer session' -D tags='{tag3,tag7}' \
    -D actor='{"id":"user_4242","name":"User 4242","email":"user4242@example.com"}' \
    -D context='{"ip":"10.0.1.2","request_id":"0b7f7a52-3c43-4d4a-9e57-3f1a0c2a1b11"}' \
    -D metadata='{"duration_ms":123,"status_code":200}' 2>&1 \
    | sed -n 's/^tps = \([0-9.]*\) (without initial connection time)$/\1/p'
}

service_rps() {
  local report
  report="$(wrk -t2 -c32 -d"$1"s -s bench/wrk-single-log.lua "$BASE_URL/api/v1/workspace/logs")"
  if grep -q 'Non-2xx' <<< "$report"; then
    echo "wrk: the service answered errors: $report" >&2
    exit 1
  fi
  sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p' <<< "$report"
}

reset_minimal_table
raw_tps 5 > /dev/null
service_rps 5 > /dev/null
{
  echo "# $(date -u +%FT%TZ) $(git rev-parse --short HEAD) ${SECONDS_PER_ROUND}s per side, project $PROJECT"
  printf '%-6s %12s %12s %7s  %s\n' round insert_tps post_rps ratio "load average (before the round)"
  for round in $(seq 1 "$ROUNDS"); do
    load="$(cut -d' ' -f1-3 /proc/loadavg)"
    reset_minimal_table
    raw="$(raw_tps "$SECONDS_PER_ROUND")"
    service="$(service_rps "$SECONDS_PER_ROUND")"
    printf '%-6s %12s %12s %7.3f  %s\n' "$round" "$raw" "$service" "$(echo "$service / $raw" | bc -l)" "$load"
  done
} | tee "$OUT"
