#!/usr/bin/env bash
# Runs every test against a throw-away PostgreSQL cluster; ends with "N passed, M failed, K skipped".
set -euo pipefail
cd "$(dirname "$0")"
source scripts/postgres.sh
source scripts/chromium.sh

WORK_DIR="$(mktemp -d /tmp/logtrail-test.XXXXXX)"
chmod 755 "$WORK_DIR"
cleanup() {
  trap - EXIT INT TERM
  pg_stop
  rm -rf "$WORK_DIR"
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT
trap 'cleanup; exit 143' TERM

pg_find_binaries
chromium_ensure || chromium_log "without it the console's browser tests fail"
pg_prepare_home "$WORK_DIR"
pg_new_password "$WORK_DIR/postgres-password"
pg_init_cluster "$WORK_DIR/postgres-password"
PG_PORT="$(pg_free_port "${LOGTRAIL_TEST_PG_PORT:-5434}")"
pg_start "$PG_PORT"
export ConnectionStrings__Logtrail="Host=127.0.0.1;Port=$PG_PORT;Database=logtrail_test;Username=logtrail;Password=$(cat "$WORK_DIR/postgres-password")"

RESULTS="$WORK_DIR/results"
status=0
dotnet build Logtrail.sln -c Release -nologo -v quiet || status=$?
if [ "$status" -eq 0 ]; then
  dotnet test Logtrail.sln -c Release --no-build --nologo --logger "trx" --results-directory "$RESULTS" || status=$?
fi

passed=0 failed=0 total=0
for trx in "$RESULTS"/*.trx; do
  [ -f "$trx" ] || continue
  counters="$(grep -o '<Counters [^>]*>' "$trx")"
  count() { printf '%s' "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  total=$((total + $(count total)))
  passed=$((passed + $(count passed)))
  failed=$((failed + $(count failed)))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  echo "The build or test host failed (exit $status) before every test could report; see the output above." >&2
fi
summary="$passed passed, $failed failed, $((total - passed - failed < 0 ? 0 : total - passed - failed)) skipped"
cleanup   # stops the cluster now, so that the summary is the last line printed
echo "$summary"
exit "$status"
