# shellcheck shell=bash
# A private PostgreSQL cluster for run.sh and test.sh. Source it; it defines functions only.
#
# As root the cluster runs as the `postgres` user, so its files live where that user can reach them: under the
# requested directory when `postgres` can enter it, else under /var/lib/postgresql/logtrail/ (a checkout may sit
# under a 0700 directory). PostgreSQL's durability settings (fsync, synchronous_commit, full_page_writes) are
# left at their defaults: on.

pg_log() { printf '[postgres] %s\n' "$*" >&2; }

pg_is_root() { [ "$(id -u)" = 0 ]; }

# Runs a command as the cluster's owner: `postgres` when we are root, else ourselves.
pg_as_owner() {
  if pg_is_root; then runuser -u postgres -- "$@"; else "$@"; fi
}

# Sets PG_BINDIR to a directory holding initdb and pg_ctl, installing PostgreSQL with apt when root and missing.
pg_find_binaries() {
  PG_BINDIR=""
  local candidate
  for candidate in "$(pg_config --bindir 2>/dev/null || true)" /usr/lib/postgresql/*/bin; do
    if [ -n "$candidate" ] && [ -x "$candidate/initdb" ] && [ -x "$candidate/pg_ctl" ]; then
      PG_BINDIR="$candidate"
    fi
  done
  if [ -n "$PG_BINDIR" ]; then return 0; fi
  if ! pg_is_root; then
    pg_log "PostgreSQL server binaries (initdb, pg_ctl) not found. Install them (apt-get install postgresql postgresql-contrib) or run as root."
    return 1
  fi
  pg_log "PostgreSQL not found; installing it with apt"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >&2
  pg_find_binaries
}

# pg_prepare_home DIR: sets PG_HOME (owned by the cluster's owner) for a cluster wanted under DIR.
pg_prepare_home() {
  local wanted="$1/postgres"
  mkdir -p "$wanted"
  if pg_is_root; then
    id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    chown postgres: "$wanted"
    if ! runuser -u postgres -- test -w "$wanted"; then
      rmdir "$wanted" 2>/dev/null || true
      wanted="/var/lib/postgresql/logtrail/$(printf '%s' "$1" | sha256sum | cut -c1-16)"
      mkdir -p "$wanted"
      chown postgres: /var/lib/postgresql/logtrail "$wanted"
      pg_log "postgres cannot enter $1; keeping the cluster in $wanted"
    fi
  fi
  PG_HOME="$wanted"
  PG_DATA="$PG_HOME/data"
}

# pg_init_cluster PASSWORD_FILE: creates the cluster once; the superuser is `logtrail` with the file's password.
pg_init_cluster() {
  local password_file="$1"
  if [ -f "$PG_DATA/PG_VERSION" ]; then return 0; fi
  local pwfile="$PG_HOME/initdb-password"
  cp "$password_file" "$pwfile"
  if pg_is_root; then chown postgres: "$pwfile"; fi
  chmod 600 "$pwfile"
  pg_log "creating a cluster in $PG_DATA"
  pg_as_owner "$PG_BINDIR/initdb" -D "$PG_DATA" -U logtrail --pwfile="$pwfile" --auth=scram-sha-256 \
    --encoding=UTF8 --locale=C.UTF-8 >"$PG_HOME/initdb.log" 2>&1 \
    || { cat "$PG_HOME/initdb.log" >&2; rm -f "$pwfile"; return 1; }
  rm -f "$pwfile"
  pg_as_owner tee -a "$PG_DATA/postgresql.conf" >/dev/null <<'CONF'
# Logtrail's private cluster: TCP on loopback only, no Unix socket.
listen_addresses = '127.0.0.1'
unix_socket_directories = ''
max_connections = 200
shared_buffers = 512MB
CONF
}

# pg_start PORT: starts the cluster on 127.0.0.1:PORT (or finds it running) and waits until it accepts connections.
pg_start() {
  local port="$1"
  if pg_as_owner "$PG_BINDIR/pg_ctl" status -D "$PG_DATA" >/dev/null 2>&1; then
    pg_log "cluster in $PG_DATA is already running"
    return 0
  fi
  pg_as_owner "$PG_BINDIR/pg_ctl" start -D "$PG_DATA" -w -t 60 -o "-p $port" -l "$PG_HOME/postgres.log" >/dev/null \
    || { tail -n 30 "$PG_HOME/postgres.log" >&2; return 1; }
  pg_log "cluster listening on 127.0.0.1:$port"
}

pg_stop() {
  if [ -n "${PG_DATA:-}" ] && [ -f "$PG_DATA/postmaster.pid" ]; then
    pg_as_owner "$PG_BINDIR/pg_ctl" stop -D "$PG_DATA" -m fast -w -t 60 >/dev/null 2>&1 || true
    pg_log "cluster stopped"
  fi
}

# pg_new_password FILE: writes a random password to FILE (mode 600) unless it exists.
pg_new_password() {
  if [ -f "$1" ]; then return 0; fi
  (umask 077 && head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 32 >"$1")
}

# pg_free_port FIRST: prints the first TCP port from FIRST on that nothing listens on at 127.0.0.1.
pg_free_port() {
  local port="$1"
  while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  printf '%s\n' "$port"
}
