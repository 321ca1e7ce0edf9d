# Sourced by the shell benchmarks: `cluster_env DATA_DIR` points psql and pgbench at the cluster of the service whose
# data directory (LOGTRAIL_DATA_DIR of ./run.sh) is DATA_DIR, on 127.0.0.1:$LOGTRAIL_PG_PORT, and sets CREDENTIALS to
# the service's credentials file (base URL, admin token, demo keys).
cluster_env() {
  export PGHOST=127.0.0.1 PGPORT="${LOGTRAIL_PG_PORT:-5433}" PGDATABASE=logtrail PGUSER=logtrail
  PGPASSWORD="$(cat "$1/postgres-password")"
  export PGPASSWORD
  CREDENTIALS="$1/credentials.json"
}
