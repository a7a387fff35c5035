#!/usr/bin/env bash
# Ensures a local PostgreSQL server is running and prints an admin connection URL on stdout,
# e.g. postgres://postgres:postgres@127.0.0.1:5432/postgres — for TEST_DATABASE_URL in CI:
#
#   export TEST_DATABASE_URL="$(sudo scripts/start-postgres.sh)"
#
# Order of attempts: a server already answering on the port; the Debian/Ubuntu cluster
# (`pg_ctlcluster <version> main start`); otherwise a throw-away cluster created with initdb in a
# temporary directory (trust auth, only listening on 127.0.0.1). Progress goes to stderr.
# Settings: PG_VERSION (default: newest under /usr/lib/postgresql), PGPORT (5432),
# PG_PASSWORD (postgres). Must run as root (or as the postgres user) unless a server already runs.
set -euo pipefail
# Only the URL may reach stdout (callers capture it): everything else, including what pg_ctlcluster
# prints ("Removed stale pid file."), goes to stderr. fd 3 keeps the real stdout for the URL;
# the server must not inherit it (`3>&-`), or a caller's $(…) would wait for the server to exit.
exec 3>&1 1>&2

PORT="${PGPORT:-5432}"
PASSWORD="${PG_PASSWORD:-postgres}"
HOST=127.0.0.1
log() { echo "start-postgres: $*" >&2; }

if [[ -z "${PG_VERSION:-}" ]]; then
  PG_VERSION="$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1 || true)"
fi
BIN="/usr/lib/postgresql/${PG_VERSION}/bin"
[[ -x "$BIN/pg_ctl" ]] || BIN="$(dirname "$(command -v pg_ctl 2>/dev/null || echo /nonexistent/pg_ctl)")"
[[ -x "$BIN/pg_ctl" ]] || { log "PostgreSQL binaries not found (install the postgresql package)"; exit 1; }

as_postgres() {
  if [[ "$(id -un)" == postgres ]]; then "$@"; else su postgres -s /bin/sh -c "$(printf '%q ' "$@")"; fi
}

ready() { "$BIN/pg_isready" -q -h "$HOST" -p "$PORT"; }

wait_ready() {
  for _ in $(seq 1 60); do ready && return 0; sleep 0.5; done
  log "server did not become ready on $HOST:$PORT"; return 1
}

# Run SQL as the postgres superuser over the local socket (peer or trust auth).
psql_admin() {
  local socket_dir="$1"; shift
  as_postgres "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$socket_dir" -p "$PORT" -U postgres -d postgres "$@"
}

SOCKET_DIR=/var/run/postgresql
if ready; then
  log "a server already answers on $HOST:$PORT"
elif command -v pg_ctlcluster >/dev/null && pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2" "$3}' | grep -qx "$PG_VERSION main $PORT"; then
  log "starting cluster $PG_VERSION/main"
  pg_ctlcluster "$PG_VERSION" main start 3>&- || true
  wait_ready
else
  DATA_DIR="$(mktemp -d /tmp/indikator-pg.XXXXXX)"
  chown postgres:postgres "$DATA_DIR" 2>/dev/null || true
  log "initialising a temporary cluster in $DATA_DIR"
  as_postgres "$BIN/initdb" -D "$DATA_DIR" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2
  SOCKET_DIR="$DATA_DIR"
  as_postgres "$BIN/pg_ctl" -D "$DATA_DIR" -l "$DATA_DIR/server.log" -w \
    -o "-p $PORT -k $DATA_DIR -c listen_addresses=$HOST" start 3>&-
  wait_ready
fi

# Make the password work for TCP connections (scram on Debian clusters; ignored under trust).
if [[ "$(id -u)" == 0 || "$(id -un)" == postgres ]]; then
  psql_admin "$SOCKET_DIR" -c "ALTER USER postgres PASSWORD '${PASSWORD//\'/\'\'}'" >&2 \
    || log "could not set the password (the server may not be local); using it as given"
fi

echo "postgres://postgres:${PASSWORD}@${HOST}:${PORT}/postgres" >&3
