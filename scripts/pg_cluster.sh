# shellcheck shell=bash
# A throwaway PostgreSQL 15 cluster on 127.0.0.1 for tests (fsync off: fast) and benchmarks
# (durable: fsync and synchronous_commit on, so commit figures mean something). Sourced by
# test.sh and bench.sh after common.sh. Sets AZC_PG_DIR and exports AZC_PG_URL.

PG_BIN="${AZC_PG_BIN:-/usr/lib/postgresql/15/bin}"
AZC_PG_DIR=""

azc_as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# azc_pg_start LOG_DIR fast|durable
azc_pg_start() {
    local log_dir="$1" mode="$2" durability=""
    [ -x "$PG_BIN/initdb" ] || azc_die "PostgreSQL 15 is not installed ($PG_BIN/initdb missing)"
    AZC_PG_DIR="$(mktemp -d /tmp/azc-pg.XXXXXX)"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$AZC_PG_DIR"
    fi
    chmod 700 "$AZC_PG_DIR"
    azc_log "Creating a throwaway PostgreSQL 15 cluster ($mode) in $AZC_PG_DIR"
    azc_as_postgres "$PG_BIN/initdb" -D "$AZC_PG_DIR/data" -U postgres --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 >"$log_dir/initdb.log" 2>&1 \
        || { cat "$log_dir/initdb.log" >&2; azc_die "initdb failed"; }
    azc_as_postgres tee "$AZC_PG_DIR/data/pg_hba.conf" >/dev/null <<'HBA'
# Throwaway cluster: trust on the unix socket and on 127.0.0.1 only.
local   all             all                     trust
host    all             all     127.0.0.1/32    trust
local   replication     all                     trust
host    replication     all     127.0.0.1/32    trust
HBA
    if [ "$mode" = fast ]; then
        # Durability is pointless for test data; turning it off makes the tests faster.
        durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    fi
    local attempt port
    for attempt in 1 2 3 4 5; do
        port="$(azc_free_port)" || azc_die "no free TCP port found"
        if azc_as_postgres "$PG_BIN/pg_ctl" -D "$AZC_PG_DIR/data" -l "$AZC_PG_DIR/postgres.log" -w -t 60 \
               -o "-c listen_addresses=127.0.0.1 -p $port -k $AZC_PG_DIR -c max_connections=200 $durability" \
               start >/dev/null; then
            AZC_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
            export AZC_PG_URL
            azc_log "PostgreSQL listens on 127.0.0.1:$port"
            return 0
        fi
        azc_warn "PostgreSQL did not start on port $port (attempt $attempt):"
        tail -n 5 "$AZC_PG_DIR/postgres.log" >&2 || true
    done
    azc_die "could not start PostgreSQL"
}

azc_pg_stop() {
    if [ -n "$AZC_PG_DIR" ] && [ -f "$AZC_PG_DIR/data/postmaster.pid" ]; then
        azc_log "Stopping the throwaway PostgreSQL cluster"
        azc_as_postgres "$PG_BIN/pg_ctl" -D "$AZC_PG_DIR/data" -m immediate -w stop >/dev/null 2>&1
    fi
    [ -n "$AZC_PG_DIR" ] && rm -rf "$AZC_PG_DIR"
    AZC_PG_DIR=""
}
