#!/usr/bin/env bash
# Runs the ingestion benchmark for two checkouts, alternating, each on a fresh cluster of its own (./run.sh with a
# throw-away LOGTRAIL_DATA_DIR), so that "before" and "after" share the machine's conditions of the moment.
# Usage: bench/compare-ingest.sh <checkout A> <checkout B> [rounds] [extra benchmark options...]
# Ports: LOGTRAIL_PORT (default 5080) and LOGTRAIL_PG_PORT (default 5433), passed to run.sh.
# Results: /tmp/compare-ingest/<A|B>/ingest-*.json; console output in /tmp/compare-ingest/*.log.
set -uo pipefail
A="$(cd "$1" && pwd)"; B="$(cd "$2" && pwd)"; ROUNDS="${3:-2}"; shift $(( $# < 3 ? $# : 3 ))
source "$(dirname "$0")/fresh-service.sh"
OUT=/tmp/compare-ingest
mkdir -p "$OUT"
for round in $(seq 1 "$ROUNDS"); do
  for variant in A B; do
    checkout="${!variant}"
    fresh_service_start "$checkout" "$OUT/run-$variant-$round.log"
    (cd "$checkout" && dotnet run -c Release --project bench/Logtrail.Bench -- --data "$FRESH_DATA" --read-logs 200000 \
        --read-samples 100 --out "$OUT/$variant" "$@" > "$OUT/bench-$variant-$round.log" 2>&1)
    fresh_service_stop
    echo "round $round: $variant done"
  done
done
