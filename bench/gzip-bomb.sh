#!/usr/bin/env bash
# Memory under gzip bombs: sends a ~1 MB gzip body that inflates to 1 GiB of whitespace to POST /logs/bulk, N times
# concurrently, against a running service, and reports how much the service's resident memory grew (its peak,
# VmHWM, reset just before, against its RSS then), with each response's status and time.
# Usage: bench/gzip-bomb.sh <service pid> [concurrent requests, default 4]
# Reads the key and base URL from ${LOGTRAIL_DATA_DIR:-.data}/credentials.json (what ./run.sh writes).
set -euo pipefail
PID="$1"; N="${2:-4}"
CREDENTIALS="${LOGTRAIL_DATA_DIR:-.data}/credentials.json"
BASE="$(sed -n 's/^ *"base_url": "\([^"]*\)".*/\1/p' "$CREDENTIALS")"
KEY="$(sed -n 's/^ *"production": "\(lt_[^"]*\)".*/\1/p' "$CREDENTIALS")"
BOMB=/tmp/logtrail-gzip-bomb.gz
if [ ! -f "$BOMB" ]; then
  head -c 1073741824 /dev/zero | tr '\0' ' ' | gzip -9 > "$BOMB"
fi
kib() { sed -n "s/^$1:[[:space:]]*\([0-9]*\) kB/\1/p" "/proc/$PID/status"; }

# Warm up: one ordinary bulk request, so JIT and pools are not counted as growth.
curl -s -o /dev/null -H "X-API-Key: $KEY" -H "Content-Type: application/json" \
  -d '[{"action":"warm.up","level":"info","clientTimestamp":"2026-01-01T00:00:00Z"}]' "$BASE/api/v1/workspace/logs/bulk"
sleep 2
echo 5 > "/proc/$PID/clear_refs"   # resets VmHWM (the peak) to the current RSS
before="$(kib VmRSS)"; peak_before="$(kib VmHWM)"
start=$(date +%s.%N)
for _ in $(seq 1 "$N"); do
  curl -s -o /dev/null -w '%{http_code} %{time_total}s\n' -H "X-API-Key: $KEY" -H "Content-Type: application/json" \
    -H "Content-Encoding: gzip" --data-binary @"$BOMB" "$BASE/api/v1/workspace/logs/bulk" &
done
wait
end=$(date +%s.%N)
after="$(kib VmRSS)"; peak_after="$(kib VmHWM)"
echo "gzip body: $(stat -c %s "$BOMB") bytes, inflating to 1073741824; $N concurrent requests; $(echo "$end - $start" | bc) s"
echo "RSS before: $((before / 1024)) MiB; peak before: $((peak_before / 1024)) MiB; peak after: $((peak_after / 1024)) MiB; RSS after: $((after / 1024)) MiB"
echo "peak growth over RSS before: $(( (peak_after - before) / 1024 )) MiB"
