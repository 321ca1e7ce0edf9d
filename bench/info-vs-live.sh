#!/usr/bin/env bash
# Issue 2's benchmark: GET /api/v1/workspace/info (authenticated) against GET /health/live, same run, wrk at
# 32 connections. Needs a running service (./run.sh) and wrk (apt-get install wrk).
# Usage: bench/info-vs-live.sh [credentials.json] [seconds per round] [rounds]
set -euo pipefail
CREDENTIALS="${1:-.data/credentials.json}"
SECONDS_PER_ROUND="${2:-15}"
ROUNDS="${3:-3}"
BASE_URL="$(sed -n 's/^ *"base_url": "\([^"]*\)".*/\1/p' "$CREDENTIALS")"
KEY="$(sed -n 's/^ *"production": "\(lt_[A-Za-z0-9_]*\)".*/\1/p' "$CREDENTIALS")"

rps() { wrk -t2 -c32 -d"$1"s "${@:2}" | sed -n 's/^Requests\/sec: *\([0-9.]*\).*/\1/p'; }

rps 5 "$BASE_URL/health/live" >/dev/null
rps 5 -H "X-API-Key: $KEY" "$BASE_URL/api/v1/workspace/info" >/dev/null
printf '%-6s %12s %12s %8s\n' round live_rps info_rps ratio
for round in $(seq 1 "$ROUNDS"); do
  live="$(rps "$SECONDS_PER_ROUND" "$BASE_URL/health/live")"
  info="$(rps "$SECONDS_PER_ROUND" -H "X-API-Key: $KEY" "$BASE_URL/api/v1/workspace/info")"
  printf '%-6s %12s %12s %7.1f%%\n' "$round" "$live" "$info" "$(echo "100 * $info / $live" | bc -l)"
done
