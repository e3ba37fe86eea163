# shellcheck shell=bash
# solc-js, the Solidity compiler (pinned in tools/solc/package.json), which the build runs through
# tools/solc/compile.js to compile contracts/. Sourced after common.sh by test.sh, run.sh and
# bench.sh. When npm is missing it only warns: the build then fails at the contracts step with
# node's own message.

AZC_SOLC_DIR="$AZC_ROOT/tools/solc"

# npm ci in tools/solc, only when the lock file changed since the last install. solc-js ships its
# compiler (soljson.js) in the package, so no install script is needed.
azc_solc_install() {
    local dir="$AZC_SOLC_DIR"
    if [ -f "$dir/node_modules/solc/soljson.js" ] && [ -f "$dir/node_modules/.package-lock.json" ] \
           && [ "$dir/node_modules/.package-lock.json" -nt "$dir/package-lock.json" ]; then
        azc_log "tools/solc/node_modules is up to date"
        return 0
    fi
    if ! command -v npm >/dev/null 2>&1; then
        azc_warn "npm missing: solc cannot be installed, the contracts will not compile"
        return 0
    fi
    azc_log "Installing solc (tools/solc)"
    local flags=(--no-audit --no-fund --prefer-offline --ignore-scripts)
    if (cd "$dir" && npm ci "${flags[@]}"); then
        return 0
    fi
    azc_warn "npm ci failed in tools/solc; trying npm install"
    if (cd "$dir" && npm install "${flags[@]}"); then
        # npm install may rewrite the lock file (same content): mark the install as the newer one.
        touch "$dir/node_modules/.package-lock.json"
    else
        azc_warn "npm install failed in tools/solc: the contracts will not compile"
    fi
}
