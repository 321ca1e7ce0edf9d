#!/usr/bin/env bash
# Builds and runs Logtrail on http://127.0.0.1:${LOGTRAIL_PORT:-5080} with its own PostgreSQL cluster
# (unless ConnectionStrings__Logtrail names a database). First start writes credentials.json. Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh

PORT="${LOGTRAIL_PORT:-5080}"
PG_PORT="${LOGTRAIL_PG_PORT:-5433}"
DEMO_PLAN="${LOGTRAIL_DEMO_PLAN:-pro}"
mkdir -p "${LOGTRAIL_DATA_DIR:-.data}"
DATA_DIR="$(cd "${LOGTRAIL_DATA_DIR:-.data}" && pwd)"
CREDENTIALS="$DATA_DIR/credentials.json"
API_DIR="$PWD/src/Logtrail.Api/bin/Release/net10.0"
SERVICE_PID=""

cleanup() {
  trap - EXIT INT TERM
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill -TERM "$SERVICE_PID" 2>/dev/null || true
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  pg_stop
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM

echo "Building Logtrail..."
dotnet build src/Logtrail.Api/Logtrail.Api.csproj -c Release -nologo -v quiet

if [ -z "${ConnectionStrings__Logtrail:-}" ]; then
  pg_find_binaries
  pg_prepare_home "$DATA_DIR"
  pg_new_password "$DATA_DIR/postgres-password"
  pg_init_cluster "$DATA_DIR/postgres-password"
  pg_start "$PG_PORT"
  export ConnectionStrings__Logtrail="Host=127.0.0.1;Port=$PG_PORT;Database=logtrail;Username=logtrail;Password=$(cat "$DATA_DIR/postgres-password")"
fi

FIRST_START=false
[ -f "$CREDENTIALS" ] || FIRST_START=true
export Logtrail__Bootstrap__Mode=demo
export Logtrail__Bootstrap__CredentialsFile="$CREDENTIALS"
export Logtrail__Bootstrap__PlanCode="$DEMO_PLAN"
export Logtrail__Bootstrap__BaseUrl="http://127.0.0.1:$PORT"

dotnet "$API_DIR/Logtrail.Api.dll" --contentRoot "$API_DIR" --urls "http://127.0.0.1:$PORT" &
SERVICE_PID=$!

for _ in $(seq 1 120); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && [ -f "$CREDENTIALS" ]; then break; fi
  kill -0 "$SERVICE_PID" 2>/dev/null || { echo "Logtrail failed to start." >&2; exit 1; }
  sleep 0.5
done

echo
echo "Logtrail is running on http://127.0.0.1:$PORT (API reference: http://127.0.0.1:$PORT/scalar)"
echo "Credentials: $CREDENTIALS"
if [ "$FIRST_START" = true ]; then
  PRODUCTION_KEY="$(sed -n 's/^ *"production": "\(lt_[A-Za-z0-9_]*\)".*/\1/p' "$CREDENTIALS")"
  echo "Production key (shown once; also in the credentials file): $PRODUCTION_KEY"
  echo "Try: curl -H \"X-API-Key: $PRODUCTION_KEY\" http://127.0.0.1:$PORT/api/v1/workspace/info"
fi
echo "Press Ctrl-C to stop."
wait "$SERVICE_PID"
