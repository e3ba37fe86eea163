#!/usr/bin/env bash
# README command 2: install the packages, build everything into build/, start the services the
# tests need on 127.0.0.1 (a throwaway PostgreSQL 15 cluster, a D-Bus session with an unlocked
# keyring) and run CTest. Arguments go to ctest, e.g. `scripts/test.sh -L unit` or `-R node_e2e`.
# The exit code is ctest's. Everything started here is stopped and removed on exit, even on failure.
set -euo pipefail

# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

PG_BIN="${AZC_PG_BIN:-/usr/lib/postgresql/15/bin}"

# --- inside `dbus-run-session`: unlock a keyring, then run ctest --------------------------------
if [ "${1:-}" = "--in-session" ]; then
    shift
    keyring_log="$AZC_RUN_DIR/gnome-keyring.log"
    # --foreground keeps the daemon our child, so we can stop it; it reads the password on stdin.
    echo -n pw | gnome-keyring-daemon --foreground --unlock --components=secrets \
        >"$keyring_log" 2>&1 &
    keyring_pid=$!
    trap 'kill "$keyring_pid" 2>/dev/null || true; wait "$keyring_pid" 2>/dev/null || true' EXIT
    for _ in $(seq 100); do
        if dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
               org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null \
               | grep -q 'boolean true'; then
            break
        fi
        sleep 0.1
    done
    if ! kill -0 "$keyring_pid" 2>/dev/null; then
        azc_warn "gnome-keyring-daemon did not start (keychain tests will fail):"
        cat "$keyring_log" >&2 || true
    fi
    rc=0
    # Benchmarks are scripts/bench.sh's business, not the test run's.
    ctest --test-dir "$AZC_BUILD_DIR" --output-on-failure --output-junit ctest-junit.xml -j2 \
          -LE bench "$@" || rc=$?
    exit "$rc"
fi

# --- outside: prepare, start services, clean up ------------------------------------------------
RUN_DIR=""
PG_DIR=""
SESSION_PID=""

as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

# shellcheck disable=SC2317  # reached through the EXIT trap
cleanup() {
    local rc=$?
    set +e
    if [ -n "$SESSION_PID" ] && kill -0 "$SESSION_PID" 2>/dev/null; then
        azc_log "Stopping the test session"
        kill -TERM -- "-$SESSION_PID" 2>/dev/null
        for _ in 1 2 3 4 5 6 7 8 9 10; do
            kill -0 -- "-$SESSION_PID" 2>/dev/null || break
            sleep 0.3
        done
        kill -KILL -- "-$SESSION_PID" 2>/dev/null
    fi
    if [ -n "$PG_DIR" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then
        azc_log "Stopping the test PostgreSQL cluster"
        as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1
    fi
    [ -n "$PG_DIR" ] && rm -rf "$PG_DIR"
    [ -n "$RUN_DIR" ] && rm -rf "$RUN_DIR"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start_postgres() {
    [ -x "$PG_BIN/initdb" ] || azc_die "PostgreSQL 15 is not installed ($PG_BIN/initdb missing)"
    PG_DIR="$(mktemp -d /tmp/azc-test-pg.XXXXXX)"
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres:postgres "$PG_DIR"
    fi
    chmod 700 "$PG_DIR"
    azc_log "Creating a throwaway PostgreSQL 15 cluster in $PG_DIR"
    as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust \
        --encoding=UTF8 --locale=C.UTF-8 >"$RUN_DIR/initdb.log" 2>&1 \
        || { cat "$RUN_DIR/initdb.log" >&2; azc_die "initdb failed"; }
    as_postgres tee "$PG_DIR/data/pg_hba.conf" >/dev/null <<'EOF'
# Throwaway test cluster: trust on the unix socket and on 127.0.0.1 only.
local   all             all                     trust
host    all             all     127.0.0.1/32    trust
local   replication     all                     trust
host    replication     all     127.0.0.1/32    trust
EOF
    local attempt port
    for attempt in 1 2 3 4 5; do
        port="$(azc_free_port)" || azc_die "no free TCP port found"
        # Durability is pointless for a throwaway cluster; turning it off makes the tests faster.
        if as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -w -t 60 \
               -o "-c listen_addresses=127.0.0.1 -p $port -k $PG_DIR -c max_connections=200 \
                   -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
               start >/dev/null; then
            AZC_TEST_PG_URL="postgresql://postgres@127.0.0.1:$port/postgres"
            export AZC_TEST_PG_URL
            azc_log "PostgreSQL listens on 127.0.0.1:$port (AZC_TEST_PG_URL=$AZC_TEST_PG_URL)"
            return 0
        fi
        azc_warn "PostgreSQL did not start on port $port (attempt $attempt):"
        tail -n 5 "$PG_DIR/postgres.log" >&2 || true
    done
    azc_die "could not start PostgreSQL"
}

install_node_modules() {
    local dir="$AZC_ROOT/tests/node"
    [ -f "$dir/package.json" ] || return 0
    if ! command -v npm >/dev/null 2>&1; then
        azc_warn "npm missing: the node tests will fail"
        return 0
    fi
    # Re-install only when the lock file changed since the last install.
    if [ -f "$dir/node_modules/.package-lock.json" ] && [ -f "$dir/package-lock.json" ] \
           && [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then
        azc_log "tests/node/node_modules is up to date"
        return 0
    fi
    azc_log "Installing the Node test dependencies (tests/node)"
    local npm_cmd=(npm install --no-audit --no-fund)
    if [ -f "$dir/package-lock.json" ]; then
        npm_cmd=(npm ci --no-audit --no-fund --prefer-offline)
    fi
    if ! (cd "$dir" && "${npm_cmd[@]}"); then
        azc_warn "${npm_cmd[*]} failed in tests/node: the node tests will fail"
    fi
}

started=$SECONDS
azc_install_deps
install_node_modules
azc_configure
azc_build

RUN_DIR="$(mktemp -d /tmp/azc-test-run.XXXXXX)"
chmod 755 "$RUN_DIR"
start_postgres

# Keep the tests away from the invoking user's own settings, data and keyrings.
mkdir -p "$RUN_DIR/runtime" "$RUN_DIR/config" "$RUN_DIR/data"
chmod 700 "$RUN_DIR/runtime"
export AZC_RUN_DIR="$RUN_DIR"
export XDG_RUNTIME_DIR="$RUN_DIR/runtime"
export XDG_CONFIG_HOME="$RUN_DIR/config"
export XDG_DATA_HOME="$RUN_DIR/data"
export QT_QPA_PLATFORM=offscreen
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

azc_log "Running ctest ${*:-(all tests)}"
rc=0
# In its own process group (setsid), in the background: a signal to this script then runs the
# cleanup at once, and the cleanup can stop ctest and every test it started.
setsid dbus-run-session -- "$AZC_ROOT/scripts/test.sh" --in-session "$@" &
SESSION_PID=$!
wait "$SESSION_PID" || rc=$?
SESSION_PID=""
azc_log "ctest exited with $rc after $((SECONDS - started)) s in total"
exit "$rc"
