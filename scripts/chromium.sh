# shellcheck shell=bash
# Debian's Chromium, which the console's browser tests drive. Source it; it defines functions only.

chromium_log() { printf '[chromium] %s\n' "$*" >&2; }

# Makes sure Chromium is at ${LOGTRAIL_CHROMIUM:-/usr/bin/chromium}, installing Debian's package with apt when we are
# root and it is missing (as pg_find_binaries does for PostgreSQL). No browser is downloaded from anywhere else.
chromium_ensure() {
  local path="${LOGTRAIL_CHROMIUM:-/usr/bin/chromium}"
  if [ -x "$path" ]; then return 0; fi
  if [ "$(id -u)" != 0 ]; then
    chromium_log "Chromium not found at $path; the console's browser tests need it (apt-get install chromium, or run as root)."
    return 1
  fi
  chromium_log "Chromium not found; installing it with apt"
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
}
