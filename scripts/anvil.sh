# shellcheck shell=bash
# A throwaway anvil (Foundry's local EVM node, pinned in tools/anvil/package.json) on 127.0.0.1
# for the `anvil`-labelled tests. Sourced by test.sh after common.sh. Exports AZC_TEST_ANVIL_URL
# (the shared node) and AZC_TEST_ANVIL_BIN (for tests that start a private node, AnvilNode).
# When npm or anvil is missing it only warns: the anvil tests then fail with a clear message.

AZC_ANVIL_DIR="$AZC_ROOT/tools/anvil"
AZC_ANVIL_BIN="$AZC_ANVIL_DIR/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"
AZC_ANVIL_PID=""

# npm ci in tools/anvil, only when the lock file changed since the last install. Postinstall
# scripts are skipped: the binary comes with the platform package.
azc_anvil_install() {
    local dir="$AZC_ANVIL_DIR"
    if [ -x "$AZC_ANVIL_BIN" ] && [ -f "$dir/node_modules/.package-lock.json" ] \
           && [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then
        azc_log "tools/anvil/node_modules is up to date"
        return 0
    fi
    if ! command -v npm >/dev/null 2>&1; then
        azc_warn "npm missing: anvil cannot be installed, the anvil tests will fail"
        return 0
    fi
    azc_log "Installing anvil (tools/anvil)"
    local flags=(--no-audit --no-fund --prefer-offline --ignore-scripts)
    if (cd "$dir" && npm ci "${flags[@]}"); then
        return 0
    fi
    # npm ci refuses a lock file that lacks the other platforms' optional packages (a registry
    # mirror may only carry linux-amd64); npm install still honours the pinned versions.
    azc_warn "npm ci failed in tools/anvil; trying npm install"
    if (cd "$dir" && npm install "${flags[@]}"); then
        # npm install rewrites the lock file (same content): mark the install as the newer one.
        touch "$dir/node_modules/.package-lock.json"
    else
        azc_warn "npm install failed in tools/anvil: the anvil tests will fail"
    fi
}

# azc_anvil_start LOG_DIR
azc_anvil_start() {
    local log_dir="$1" attempt port url
    unset AZC_TEST_ANVIL_URL # never let the tests reach a node from the caller's environment
    unset AZC_TEST_ANVIL_BIN
    if [ ! -x "$AZC_ANVIL_BIN" ]; then
        azc_warn "anvil is not installed ($AZC_ANVIL_BIN missing): the anvil tests will fail"
        return 0
    fi
    AZC_TEST_ANVIL_BIN="$AZC_ANVIL_BIN"
    export AZC_TEST_ANVIL_BIN
    if ! command -v curl >/dev/null 2>&1; then
        azc_warn "curl missing: cannot tell when anvil is ready, the anvil tests will fail"
        return 0
    fi
    for attempt in 1 2 3; do
        port="$(azc_free_port)" || { azc_warn "no free TCP port for anvil"; return 0; }
        url="http://127.0.0.1:$port"
        "$AZC_ANVIL_BIN" --host 127.0.0.1 --port "$port" --chain-id 31337 --silent \
            >"$log_dir/anvil.log" 2>&1 &
        AZC_ANVIL_PID=$!
        for _ in $(seq 100); do
            if curl -sf -m 2 -H 'Content-Type: application/json' \
                   -d '{"jsonrpc":"2.0","id":1,"method":"eth_chainId","params":[]}' "$url" \
                   | grep -q '"result"'; then
                AZC_TEST_ANVIL_URL="$url"
                export AZC_TEST_ANVIL_URL
                azc_log "anvil listens on 127.0.0.1:$port"
                return 0
            fi
            kill -0 "$AZC_ANVIL_PID" 2>/dev/null || break
            sleep 0.1
        done
        azc_warn "anvil did not answer on port $port (attempt $attempt):"
        tail -n 5 "$log_dir/anvil.log" >&2 || true
        azc_anvil_stop
    done
    azc_warn "could not start anvil: the anvil tests will fail"
}

azc_anvil_stop() {
    azc_stop_child anvil "$AZC_ANVIL_PID"
    AZC_ANVIL_PID=""
}
