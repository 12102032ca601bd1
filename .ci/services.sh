#!/usr/bin/env bash
# Starts PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) for tests and local runs.
# Idempotent: installs the Debian packages if missing, reuses running servers, (re)creates the role and databases.
# Use it as `source .ci/services.sh` to get the variables in your shell, or run it and copy the printed exports.
# The work runs in a subshell with strict error handling, so sourcing it never changes your shell's options.

if ! (
set -euo pipefail
PG_PORT=5432
REDIS_PORT=6379
PG_USER=chattriage
PG_PASSWORD=chattriage
PG_DATA=/tmp/chattriage-pg/data
PG_LOG=/tmp/chattriage-pg/postgres.log

need_install=()
command -v redis-server >/dev/null 2>&1 || need_install+=(redis-server)
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need_install+=(postgresql)
if [ ${#need_install[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y "${need_install[@]}" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "${need_install[@]}" >/dev/null; }
fi

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

as_postgres() {
  if [ "$(id -un)" = "postgres" ]; then "$@"; else su postgres -s /bin/bash -c "$(printf '%q ' "$@")"; fi
}

pg_ready() { "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; }

if ! pg_ready; then
  if [ ! -s "$PG_DATA/PG_VERSION" ]; then
    mkdir -p "$PG_DATA"
    chown -R postgres:postgres /tmp/chattriage-pg
    chmod 700 "$PG_DATA"
    as_postgres "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth-local=trust --auth-host=scram-sha-256 >/dev/null
  fi
  mkdir -p /tmp/chattriage-pg/run && chown postgres:postgres /tmp/chattriage-pg/run
  as_postgres "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories=/tmp/chattriage-pg/run -c max_connections=200" start >/dev/null
fi
for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
pg_ready || { echo "PostgreSQL did not start; see $PG_LOG" >&2; exit 1; }

# Superuser access over the local socket of our own cluster, or of the Debian cluster if that is the one running.
psql_admin() {
  local sock
  for sock in /tmp/chattriage-pg/run /var/run/postgresql; do
    if [ -S "$sock/.s.PGSQL.$PG_PORT" ]; then
      as_postgres "$PG_BIN/psql" -h "$sock" -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -qtA "$@"
      return
    fi
  done
  echo "No local PostgreSQL socket found for port $PG_PORT" >&2
  return 1
}

psql_admin -d postgres -c "DO \$\$BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$PG_USER') THEN
    CREATE ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD' CREATEDB;
  ELSE
    ALTER ROLE $PG_USER LOGIN PASSWORD '$PG_PASSWORD' CREATEDB;
  END IF;
END\$\$;"
for db in chattriage chattriage_test; do
  if [ -z "$(psql_admin -d postgres -c "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
    psql_admin -d postgres -c "CREATE DATABASE $db OWNER $PG_USER" >/dev/null
  fi
done

if ! redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1; then
  redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --daemonize yes --save "" --appendonly no \
    --logfile /tmp/chattriage-redis.log --pidfile /tmp/chattriage-redis.pid >/dev/null
  for _ in $(seq 1 30); do redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.5; done
fi
redis-cli -h 127.0.0.1 -p "$REDIS_PORT" ping >/dev/null || { echo "Redis did not start" >&2; exit 1; }
); then
  echo "services.sh: failed to start PostgreSQL/Redis" >&2
  return 1 2>/dev/null || exit 1
fi

PG_PORT=5432
REDIS_PORT=6379
PG_USER=chattriage
PG_PASSWORD=chattriage

export CHATTRIAGE_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=$PG_USER;Password=$PG_PASSWORD;Database=chattriage_test"
export CHATTRIAGE_TEST_REDIS="127.0.0.1:$REDIS_PORT"

echo "export CHATTRIAGE_TEST_POSTGRES=\"$CHATTRIAGE_TEST_POSTGRES\""
echo "export CHATTRIAGE_TEST_REDIS=\"$CHATTRIAGE_TEST_REDIS\""
# Not exported (they would switch the app's storage in every later run); set them to run the app on these servers:
echo "# app: Storage__Provider=Postgres ConnectionStrings__Postgres=\"Host=127.0.0.1;Port=$PG_PORT;Username=$PG_USER;Password=$PG_PASSWORD;Database=chattriage\" ConnectionStrings__Redis=\"127.0.0.1:$REDIS_PORT\""
