#!/usr/bin/env bash
# A local demo blockchain for the desktop app: anvil (tools/anvil) on 127.0.0.1 with the AZC token
# and the DAO's TallyRecord contract deployed, its state kept between runs. run.sh sources this
# file; it also works as a command:
#
#   scripts/demo_chain.sh start [DATA_DIR]              start the chain in the background, keep it
#   scripts/demo_chain.sh stop [DATA_DIR]               stop a chain started by `start`
#   scripts/demo_chain.sh status [DATA_DIR]             the URL and contract addresses, if it runs
#   scripts/demo_chain.sh deposit ADDRESS ETH|AZC AMOUNT send from anvil's dev account 0, e.g.
#                                                       `deposit 0xAbC...123 AZC 250.5`; prints the
#                                                       transaction hash
#   scripts/demo_chain.sh mine [N]                      mine N blocks (default 1) at once
#
# Knobs: AZC_DEMO_ANVIL_PORT (default 18545), AZC_DEMO_CHAIN_DIR (default
# ${XDG_DATA_HOME:-~/.local/share}/AZCoiner/azcoiner-demo-chain, next to the app's own data).
# azc_demo_chain_start exports AZC_DEMO_EVM_URL, AZC_DEMO_AZC_TOKEN and AZC_DEMO_TALLY_CONTRACT
# (lower-case hex). Without anvil, node or curl it warns and exports nothing: the app works with the
# chain offline.

AZC_DEMO_ANVIL_PORT="${AZC_DEMO_ANVIL_PORT:-18545}"
AZC_DEMO_CHAIN_ID=31337
# anvil's dev account 0 (from the well-known "test test ... junk" mnemonic), unlocked.
AZC_DEMO_FUNDER="0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266"
AZC_DEMO_ANVIL_PID="" # set only when this shell started the node, so only then do we stop it
AZC_DEMO_DATA_DIR=""  # the data folder of the node azc_demo_chain_start started or reused

azc_demo_chain_default_dir() {
    echo "${AZC_DEMO_CHAIN_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/AZCoiner/azcoiner-demo-chain}"
}

azc_demo_url() {
    echo "http://127.0.0.1:$AZC_DEMO_ANVIL_PORT"
}

# azc_demo_rpc METHOD PARAMS_JSON: prints the JSON-RPC answer's "result" as compact JSON; fails
# (with the node's message on stderr) on an error or no answer.
azc_demo_rpc() {
    local answer
    answer="$(curl -sf -m 10 -H 'Content-Type: application/json' \
                   -d "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"$1\",\"params\":$2}" \
                   "$(azc_demo_url)")" || return 1
    # shellcheck disable=SC2016  # JavaScript's ${...}, not the shell's
    node -e '
        const a = JSON.parse(process.argv[1]);
        if (a.error) { console.error(`${process.argv[2]}: ${a.error.message}`); process.exit(1); }
        console.log(JSON.stringify(a.result === undefined ? null : a.result));
    ' "$answer" "$1"
}

# The result as a bare string (a JSON string answer without its quotes).
azc_demo_rpc_text() {
    local out
    out="$(azc_demo_rpc "$@")" || return 1
    out="${out#\"}"
    echo "${out%\"}"
}

azc_demo_chain_answers() {
    local id
    id="$(azc_demo_rpc_text eth_chainId '[]' 2>/dev/null)" || return 1
    [ "$id" = "0x$(printf '%x' "$AZC_DEMO_CHAIN_ID")" ]
}

# Whether the pid in DATA_DIR/anvil.pid is an anvil serving this port (one we started earlier).
azc_demo_chain_ours() {
    local data_dir="$1" pid cmdline
    pid="$(cat "$data_dir/anvil.pid" 2>/dev/null)" || return 1
    if [ -z "$pid" ] || ! kill -0 "$pid" 2>/dev/null; then
        return 1
    fi
    cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
    case "$cmdline" in
        *anvil*"--port $AZC_DEMO_ANVIL_PORT "*"$data_dir/anvil-state.json"*) return 0 ;;
    esac
    return 1
}

# azc_demo_bytecode DATA_DIR NAME: contracts/NAME.sol's creation bytecode (hex), from the build,
# else compiled here with tools/solc.
azc_demo_bytecode() {
    local data_dir="$1" name="$2" bin="${AZC_BUILD_DIR:-$AZC_ROOT/build}/contracts/$2.bin"
    if [ ! -s "$bin" ]; then
        bin="$data_dir/contracts/$name.bin"
        node "$AZC_ROOT/tools/solc/compile.js" "$AZC_ROOT/contracts/$name.sol" \
             "$data_dir/contracts" >&2 || return 1
    fi
    tr -d '[:space:]' <"$bin"
}

# Polls for a receipt (blocks come every 2 s) and prints it as JSON.
azc_demo_wait_receipt() {
    local hash="$1" receipt
    for _ in $(seq 60); do
        receipt="$(azc_demo_rpc eth_getTransactionReceipt "[\"$hash\"]")" || return 1
        if [ "$receipt" != null ]; then
            echo "$receipt"
            return 0
        fi
        sleep 0.5
    done
    azc_warn "transaction $hash not mined within 30 s"
    return 1
}

# azc_demo_chain_contract DATA_DIR NAME FILE LABEL: prints the address of contracts/NAME.sol,
# deploying it first unless DATA_DIR/FILE names a contract that exists on this chain.
azc_demo_chain_contract() {
    local data_dir="$1" name="$2" file="$3" label="$4" address code bytecode hash receipt
    address="$(cat "$data_dir/$file" 2>/dev/null || true)"
    if [ -n "$address" ]; then
        code="$(azc_demo_rpc_text eth_getCode "[\"$address\",\"latest\"]")" || return 1
        if [ "$code" != 0x ]; then
            echo "$address"
            return 0
        fi
        azc_warn "no contract at the saved $label address $address (chain reset?): deploying again"
    fi
    bytecode="$(azc_demo_bytecode "$data_dir" "$name")" || return 1
    azc_log "Deploying the $label from dev account 0"
    hash="$(azc_demo_rpc_text eth_sendTransaction \
                "[{\"from\":\"$AZC_DEMO_FUNDER\",\"data\":\"0x$bytecode\"}]")" || return 1
    receipt="$(azc_demo_wait_receipt "$hash")" || return 1
    address="$(node -e '
        const r = JSON.parse(process.argv[1]);
        if (r.status !== "0x1" || !r.contractAddress) process.exit(1);
        console.log(r.contractAddress.toLowerCase());
    ' "$receipt")" || { azc_warn "the $label deployment failed: $receipt"; return 1; }
    echo "$address" >"$data_dir/$file"
    echo "$address"
}

azc_demo_chain_token() {
    azc_demo_chain_contract "$1" AZCToken azc-token-address "AZC token"
}

# The DAO's write-once tally results (contracts/TallyRecord.sol); no owner, so any account may
# deploy it: the app trusts only its own hot wallet's records.
azc_demo_chain_tally() {
    azc_demo_chain_contract "$1" TallyRecord tally-contract-address "tally record contract"
}

# azc_demo_chain_start DATA_DIR [--detach]
azc_demo_chain_start() {
    local data_dir="$1" detach="${2:-}" bin token tally
    unset AZC_DEMO_EVM_URL AZC_DEMO_AZC_TOKEN AZC_DEMO_TALLY_CONTRACT
    bin="$AZC_ROOT/tools/anvil/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"
    if [ ! -x "$bin" ]; then
        azc_warn "anvil is not installed ($bin): no demo chain, the app runs with the chain offline"
        return 0
    fi
    local tool
    for tool in curl node; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            azc_warn "$tool missing: no demo chain, the app runs with the chain offline"
            return 0
        fi
    done
    mkdir -p "$data_dir"
    data_dir="$(cd "$data_dir" && pwd)"
    AZC_DEMO_DATA_DIR="$data_dir"

    if azc_demo_chain_answers; then
        if ! azc_demo_chain_ours "$data_dir"; then
            azc_warn "127.0.0.1:$AZC_DEMO_ANVIL_PORT is taken by a node that is not this demo chain" \
                     "(set AZC_DEMO_ANVIL_PORT): the app runs with the chain offline"
            return 0
        fi
        azc_log "Reusing the demo chain already running on 127.0.0.1:$AZC_DEMO_ANVIL_PORT"
    elif (exec 3<>"/dev/tcp/127.0.0.1/$AZC_DEMO_ANVIL_PORT") 2>/dev/null; then
        azc_warn "127.0.0.1:$AZC_DEMO_ANVIL_PORT is taken by another program" \
                 "(set AZC_DEMO_ANVIL_PORT): the app runs with the chain offline"
        return 0
    else
        azc_log "Starting the demo chain (anvil) on 127.0.0.1:$AZC_DEMO_ANVIL_PORT, state in $data_dir"
        # --state loads the file if it exists and writes it on SIGTERM/SIGINT; --state-interval
        # also writes it every 30 s, so a killed node loses at most that much.
        local args=(--host 127.0.0.1 --port "$AZC_DEMO_ANVIL_PORT" --chain-id "$AZC_DEMO_CHAIN_ID"
                    --state "$data_dir/anvil-state.json" --state-interval 30 --block-time 2 --silent)
        if [ "$detach" = --detach ]; then
            setsid nohup "$bin" "${args[@]}" >"$data_dir/anvil.log" 2>&1 </dev/null &
        else
            "$bin" "${args[@]}" >"$data_dir/anvil.log" 2>&1 &
            AZC_DEMO_ANVIL_PID=$!
        fi
        local pid=$!
        echo "$pid" >"$data_dir/anvil.pid"
        local ready=0
        for _ in $(seq 100); do
            if azc_demo_chain_answers; then
                ready=1
                break
            fi
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.1
        done
        if [ "$ready" != 1 ]; then
            azc_warn "anvil did not start (the app runs with the chain offline):"
            tail -n 5 "$data_dir/anvil.log" >&2 || true
            AZC_DEMO_ANVIL_PID="$pid"
            azc_demo_chain_stop
            return 0
        fi
    fi

    if ! token="$(azc_demo_chain_token "$data_dir")"; then
        azc_warn "the AZC token is not available on the demo chain (ETH only)"
        token=""
    fi
    if ! tally="$(azc_demo_chain_tally "$data_dir")"; then
        azc_warn "the tally record contract is not available on the demo chain (no on-chain DAO results)"
        tally=""
    fi
    AZC_DEMO_EVM_URL="$(azc_demo_url)"
    export AZC_DEMO_EVM_URL
    if [ -n "$token" ]; then
        AZC_DEMO_AZC_TOKEN="$token"
        export AZC_DEMO_AZC_TOKEN
    fi
    if [ -n "$tally" ]; then
        AZC_DEMO_TALLY_CONTRACT="$tally"
        export AZC_DEMO_TALLY_CONTRACT
    fi
    azc_log "Demo chain: $AZC_DEMO_EVM_URL (chain id $AZC_DEMO_CHAIN_ID), AZC token ${token:-none}," \
            "tally record ${tally:-none}"
}

# azc_demo_chain_stop [DATA_DIR]: stops the node this shell started; or, given DATA_DIR, the one
# recorded in DATA_DIR/anvil.pid (started by `demo_chain.sh start`). A node that start only reused
# is left running. SIGTERM lets anvil write its state; SIGKILL only after 10 s.
azc_demo_chain_stop() {
    local data_dir="${1:-}" pid="$AZC_DEMO_ANVIL_PID" pid_file=""
    if [ -n "$pid" ] && [ -n "$AZC_DEMO_DATA_DIR" ]; then
        pid_file="$AZC_DEMO_DATA_DIR/anvil.pid"
    elif [ -z "$pid" ] && [ -n "$data_dir" ] && azc_demo_chain_ours "$data_dir"; then
        pid_file="$data_dir/anvil.pid"
        pid="$(cat "$pid_file")"
    fi
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
        azc_log "Stopping the demo chain (saving its state)"
        kill -TERM "$pid" 2>/dev/null || true
        for _ in $(seq 40); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.25
        done
        kill -KILL "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
        if [ -n "$pid_file" ]; then
            rm -f "$pid_file"
        fi
    fi
    AZC_DEMO_ANVIL_PID=""
}

# azc_demo_to_base_units AMOUNT: a decimal amount ("12", "0.5", "1234.000000000000000001") in
# units of 10^-18, as a decimal string, exactly: string operations only, no rounding.
azc_demo_to_base_units() {
    local amount="$1" whole fraction
    if ! [[ "$amount" =~ ^([0-9]+)(\.([0-9]{0,18}))?$ ]]; then
        azc_warn "bad amount \"$amount\": digits, optionally a point and at most 18 decimals"
        return 1
    fi
    whole="${BASH_REMATCH[1]}"
    fraction="${BASH_REMATCH[3]}"
    while [ "${#fraction}" -lt 18 ]; do
        fraction="${fraction}0"
    done
    local units="$whole$fraction"
    units="${units#"${units%%[!0]*}"}" # strip leading zeros
    echo "${units:-0}"
}

# A decimal string as a JSON-RPC quantity (0x..., any size: BigInt).
azc_demo_quantity() {
    node -e 'console.log("0x" + BigInt(process.argv[1]).toString(16))' "$1"
}

# azc_demo_deposit ADDRESS ETH|AZC AMOUNT: prints the transaction hash once it is mined.
azc_demo_deposit() {
    local to="$1" asset="$2" amount="$3" data_dir units value hash receipt
    data_dir="$(azc_demo_chain_default_dir)"
    [[ "$to" =~ ^0x[0-9a-fA-F]{40}$ ]] || azc_die "bad address \"$to\": 0x and 40 hex digits"
    to="$(echo "$to" | tr 'A-F' 'a-f')"
    units="$(azc_demo_to_base_units "$amount")" || exit 1
    [ "$units" != 0 ] || azc_die "the amount must be above zero"
    value="$(azc_demo_quantity "$units")"
    azc_demo_chain_answers || azc_die "no demo chain answers on $(azc_demo_url) (scripts/run.sh" \
                                      "or scripts/demo_chain.sh start)"
    case "$asset" in
        ETH|eth)
            hash="$(azc_demo_rpc_text eth_sendTransaction \
                        "[{\"from\":\"$AZC_DEMO_FUNDER\",\"to\":\"$to\",\"value\":\"$value\"}]")" \
                || azc_die "the node refused the transfer"
            ;;
        AZC|azc)
            local token word
            token="$(cat "$data_dir/azc-token-address" 2>/dev/null)" \
                || azc_die "no AZC token address in $data_dir (start the chain first)"
            # transfer(address,uint256): selector a9059cbb, then two 32-byte words.
            word="$(printf '%064s' "${value#0x}" | tr ' ' 0)"
            local data="0xa9059cbb000000000000000000000000${to#0x}$word"
            hash="$(azc_demo_rpc_text eth_sendTransaction \
                        "[{\"from\":\"$AZC_DEMO_FUNDER\",\"to\":\"$token\",\"data\":\"$data\"}]")" \
                || azc_die "the node refused the transfer"
            ;;
        *)
            azc_die "unknown asset \"$asset\": ETH or AZC"
            ;;
    esac
    receipt="$(azc_demo_wait_receipt "$hash")" || exit 1
    case "$receipt" in
        *'"status":"0x1"'*) ;;
        *) azc_die "transaction $hash failed on chain: $receipt" ;;
    esac
    azc_log "Sent $amount $asset to $to"
    echo "$hash"
}

azc_demo_chain_main() {
    local command="${1:-}"
    shift || true
    case "$command" in
        start)
            local data_dir="${1:-$(azc_demo_chain_default_dir)}"
            azc_demo_chain_start "$data_dir" --detach
            [ -n "${AZC_DEMO_EVM_URL:-}" ] || exit 1
            echo "AZC_DEMO_EVM_URL=$AZC_DEMO_EVM_URL"
            echo "AZC_DEMO_AZC_TOKEN=${AZC_DEMO_AZC_TOKEN:-}"
            echo "AZC_DEMO_TALLY_CONTRACT=${AZC_DEMO_TALLY_CONTRACT:-}"
            ;;
        stop)
            azc_demo_chain_stop "${1:-$(azc_demo_chain_default_dir)}"
            ;;
        status)
            local data_dir="${1:-$(azc_demo_chain_default_dir)}"
            azc_demo_chain_answers || azc_die "no demo chain on $(azc_demo_url)"
            echo "AZC_DEMO_EVM_URL=$(azc_demo_url)"
            echo "AZC_DEMO_AZC_TOKEN=$(cat "$data_dir/azc-token-address" 2>/dev/null)"
            echo "AZC_DEMO_TALLY_CONTRACT=$(cat "$data_dir/tally-contract-address" 2>/dev/null)"
            echo "block=$(azc_demo_rpc_text eth_blockNumber '[]')"
            ;;
        deposit)
            [ $# -eq 3 ] || azc_die "usage: scripts/demo_chain.sh deposit ADDRESS ETH|AZC AMOUNT"
            azc_demo_deposit "$@"
            ;;
        mine)
            local n="${1:-1}"
            [[ "$n" =~ ^[1-9][0-9]{0,5}$ ]] || azc_die "usage: scripts/demo_chain.sh mine [N]"
            azc_demo_chain_answers || azc_die "no demo chain answers on $(azc_demo_url)"
            azc_demo_rpc anvil_mine "[\"$(printf '0x%x' "$n")\"]" >/dev/null \
                || azc_die "anvil_mine failed"
            echo "block=$(azc_demo_rpc_text eth_blockNumber '[]')"
            ;;
        *)
            sed -n '2,19p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
            [ -z "$command" ] || [ "$command" = -h ] || [ "$command" = --help ] || exit 2
            ;;
    esac
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
    set -euo pipefail
    # shellcheck source=scripts/common.sh
    source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
    azc_demo_chain_main "$@"
fi
