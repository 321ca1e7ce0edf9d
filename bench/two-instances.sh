#!/usr/bin/env bash
# Issue 12's benchmark: single and bulk ingestion through one service instance and through two instances on the same
# database, in one run (bench mode "instances"; the bench client spreads the two-instance runs round-robin).
# Starts ./run.sh (instance one and its cluster, on a throw-away LOGTRAIL_DATA_DIR), then a second instance of the
# same build on LOGTRAIL_PORT + 1 against the same database (no bootstrap, no migrations), runs the bench, stops both.
# Usage: bench/two-instances.sh [extra benchmark options, e.g. --logs 100000 --seconds 10 --bulk-concurrency 4]
# Ports: LOGTRAIL_PORT (default 5080) and LOGTRAIL_PG_PORT (default 5433). Console output in /tmp/two-instances/.
set -uo pipefail
cd "$(dirname "$0")/.."
PORT="${LOGTRAIL_PORT:-5080}"
SECOND_PORT=$((PORT + 1))
export LOGTRAIL_PG_PORT="${LOGTRAIL_PG_PORT:-5433}"
PG_PORT="$LOGTRAIL_PG_PORT"
OUT=/tmp/two-instances
mkdir -p "$OUT"
source bench/fresh-service.sh
ready() { for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$1/health/ready" > /dev/null 2>&1 && return 0; sleep 1; done; return 1; }

fresh_service_start "$PWD" "$OUT/run.log" || { echo "instance one did not start; see $OUT/run.log" >&2; fresh_service_stop; exit 1; }
data="$FRESH_DATA"

API_DIR="$PWD/src/Logtrail.Api/bin/Release/net10.0"
ConnectionStrings__Logtrail="Host=127.0.0.1;Port=$PG_PORT;Database=logtrail;Username=logtrail;Password=$(cat "$data/postgres-password")" \
Logtrail__Bootstrap__Mode=none Logtrail__Database__MigrateOnStart=false \
  dotnet "$API_DIR/Logtrail.Api.dll" --contentRoot "$API_DIR" --urls "http://127.0.0.1:$SECOND_PORT" > "$OUT/second.log" 2>&1 &
second_pid=$!
ready "$SECOND_PORT" || echo "instance two did not start; see $OUT/second.log" >&2

dotnet run -c Release --project bench/Logtrail.Bench -- --mode instances --data "$data" \
    --second-instance "http://127.0.0.1:$SECOND_PORT" --out "$OUT" "$@" | tee "$OUT/bench.log"
status=${PIPESTATUS[0]}

kill -TERM "$second_pid"; wait "$second_pid"
fresh_service_stop                             # instance one and its cluster
exit "$status"
