#!/usr/bin/env bash
# Runs the ingestion benchmark for two checkouts, alternating, each on a fresh cluster of its own (./run.sh with a
# throw-away LOGTRAIL_DATA_DIR), so that "before" and "after" share the machine's conditions of the moment.
# Usage: bench/compare-ingest.sh <checkout A> <checkout B> [rounds] [extra benchmark options...]
# Ports: LOGTRAIL_PORT (default 5080) and LOGTRAIL_PG_PORT (default 5433), passed to run.sh.
# Results: /tmp/compare-ingest/<A|B>/ingest-*.json; console output in /tmp/compare-ingest/*.log.
set -uo pipefail
A="$(cd "$1" && pwd)"; B="$(cd "$2" && pwd)"; ROUNDS="${3:-2}"; shift $(( $# < 3 ? $# : 3 ))
PORT="${LOGTRAIL_PORT:-5080}"
OUT=/tmp/compare-ingest
mkdir -p "$OUT"
for round in $(seq 1 "$ROUNDS"); do
  for variant in A B; do
    checkout="${!variant}"
    data="$(mktemp -d /tmp/compare-ingest-data.XXXXXX)"
    chmod 755 "$data"
    (cd "$checkout" && LOGTRAIL_DATA_DIR="$data" LOGTRAIL_PORT="$PORT" exec ./run.sh > "$OUT/run-$variant-$round.log" 2>&1) &
    run_pid=$!
    for _ in $(seq 1 300); do curl -sf "http://127.0.0.1:$PORT/health/ready" > /dev/null 2>&1 && break; sleep 1; done
    (cd "$checkout" && dotnet run -c Release --project bench/Logtrail.Bench -- --data "$data" --read-logs 200000 \
        --read-samples 100 --out "$OUT/$variant" "$@" > "$OUT/bench-$variant-$round.log" 2>&1)
    kill -TERM "$run_pid"          # run.sh stops the service and its cluster
    wait "$run_pid"
    sleep 3
    rm -rf "$data"
    echo "round $round: $variant done"
  done
done
