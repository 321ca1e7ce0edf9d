# shellcheck shell=bash
# For the comparison scripts: a checkout's service on a fresh cluster of its own. Source it; it defines functions only.
#   fresh_service_start CHECKOUT LOG [VAR=value ...]  runs CHECKOUT's ./run.sh (with the variables) on a throw-away
#       LOGTRAIL_DATA_DIR, set as FRESH_DATA, at LOGTRAIL_PORT, and waits until it answers /health/ready with its
#       credentials written; fails after 5 minutes.
#   fresh_service_stop  stops it (run.sh stops its cluster too) and removes FRESH_DATA.
fresh_service_start() {
  local checkout="$1" log="$2" port="${LOGTRAIL_PORT:-5080}"
  shift 2
  FRESH_DATA="$(mktemp -d /tmp/fresh-service-data.XXXXXX)"
  chmod 755 "$FRESH_DATA"
  (cd "$checkout" && exec env "$@" LOGTRAIL_DATA_DIR="$FRESH_DATA" LOGTRAIL_PORT="$port" ./run.sh > "$log" 2>&1) &
  FRESH_PID=$!
  for _ in $(seq 1 300); do
    [ -f "$FRESH_DATA/credentials.json" ] && curl -sf "http://127.0.0.1:$port/health/ready" > /dev/null 2>&1 && return 0
    sleep 1
  done
  return 1
}

fresh_service_stop() {
  kill -TERM "$FRESH_PID"
  wait "$FRESH_PID"
  sleep 3
  rm -rf "$FRESH_DATA"
}
