#!/usr/bin/env bash
# README command 2: install the packages, build everything into build/, start the services the
# tests need on 127.0.0.1 (a throwaway PostgreSQL 15 cluster, anvil, coturn, a D-Bus session with an
# unlocked keyring) and run CTest. Arguments go to ctest, e.g. `scripts/test.sh -L unit` or `-R node_e2e`.
# The exit code is ctest's. Everything started here is stopped and removed on exit, even on failure.
set -euo pipefail

# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

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
# shellcheck source=scripts/pg_cluster.sh
source "$(dirname "${BASH_SOURCE[0]}")/pg_cluster.sh"
# shellcheck source=scripts/anvil.sh
source "$(dirname "${BASH_SOURCE[0]}")/anvil.sh"
# shellcheck source=scripts/turn.sh
source "$(dirname "${BASH_SOURCE[0]}")/turn.sh"
# shellcheck source=scripts/solc.sh
source "$(dirname "${BASH_SOURCE[0]}")/solc.sh"

RUN_DIR=""
SESSION_PID=""

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
    azc_anvil_stop
    azc_turn_stop
    azc_pg_stop
    [ -n "$RUN_DIR" ] && rm -rf "$RUN_DIR"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

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
azc_anvil_install
azc_solc_install
# The test run builds everything it runs, and not the benchmarks (scripts/bench.sh builds those).
azc_configure -DAZC_BUILD_BENCHMARKS=OFF
azc_build

RUN_DIR="$(mktemp -d /tmp/azc-test-run.XXXXXX)"
chmod 755 "$RUN_DIR"
azc_pg_start "$RUN_DIR" fast
export AZC_TEST_PG_URL="$AZC_PG_URL"
azc_anvil_start "$RUN_DIR"
azc_turn_start "$RUN_DIR"

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
