# Starts a throw-away PostgreSQL on 127.0.0.1 for the store tests and exports PARLEY_TEST_PG.
# Installs the server from Debian's packages when it is missing. Tests skip PostgreSQL when
# PARLEY_TEST_PG is unset.
PG_PORT=${PG_PORT:-55432}
PG_DIR=""
start_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null) || true
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  fi
  if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
    echo "ci: PostgreSQL is not available; PostgreSQL store tests will skip" >&2
    return 0
  fi
  PG_DIR=$(mktemp -d /tmp/parley-pg.XXXXXX)
  chown postgres "$PG_DIR" 2>/dev/null || true
  if su postgres -s /bin/sh -c "'$bin/initdb' -A trust -U postgres -D '$PG_DIR/data' >/dev/null" &&
     su postgres -s /bin/sh -c "'$bin/pg_ctl' -D '$PG_DIR/data' -l '$PG_DIR/log' -w -o '-p $PG_PORT -c listen_addresses=127.0.0.1 -k $PG_DIR' start >/dev/null"; then
    export PARLEY_TEST_PG="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
    echo "ci: PostgreSQL started on 127.0.0.1:$PG_PORT"
  else
    echo "ci: PostgreSQL did not start; PostgreSQL store tests will skip" >&2
    cat "$PG_DIR/log" 2>/dev/null >&2 || true
  fi
}
stop_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR/data" ]; then
    su postgres -s /bin/sh -c "'$bin/pg_ctl' -D '$PG_DIR/data' -m fast stop >/dev/null" || true
    rm -rf "$PG_DIR"
  fi
}
