#!/usr/bin/env bash
# GET /info req/s of two checkouts, alternating, each on a fresh cluster of its own (./run.sh with a throw-away
# LOGTRAIL_DATA_DIR and an enterprise demo key, so that requests stay within the plan's rate), measured with this
# checkout's bench/info-vs-live.sh (wrk, 32 connections; /health/live in the same run as the machine's yardstick).
# Usage: bench/compare-info.sh <checkout A> <checkout B> [rounds] [seconds per measurement]
# Ports: LOGTRAIL_PORT (default 5080) and LOGTRAIL_PG_PORT (default 5433), passed to run.sh. Output: /tmp/compare-info/.
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
A="$(cd "$1" && pwd)"; B="$(cd "$2" && pwd)"; ROUNDS="${3:-3}"; SECONDS_PER_RUN="${4:-8}"
source "$HERE/fresh-service.sh"
OUT=/tmp/compare-info
mkdir -p "$OUT"
for round in $(seq 1 "$ROUNDS"); do
  for variant in A B; do
    checkout="${!variant}"
    fresh_service_start "$checkout" "$OUT/run-$variant-$round.log" LOGTRAIL_DEMO_PLAN=enterprise
    echo "round $round $variant $(git -C "$checkout" rev-parse --short HEAD 2>/dev/null || basename "$checkout")"
    "$HERE/info-vs-live.sh" "$FRESH_DATA/credentials.json" "$SECONDS_PER_RUN" 1 | tail -n 1
    fresh_service_stop
  done
done
