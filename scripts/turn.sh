# shellcheck shell=bash
# A throwaway coturn (Debian's `coturn`) on 127.0.0.1 for the calls tests: TURN/STUN on one port,
# relays on loopback, credentials only through the TURN REST scheme (use-auth-secret) with a
# fresh random secret. Sourced by test.sh after common.sh. Exports AZC_TEST_TURN_URL
# ("turn:127.0.0.1:PORT?transport=udp") and AZC_TEST_TURN_SECRET. When coturn is missing it only
# warns: the relay tests then skip and say why.

AZC_TURN_PID=""

# azc_turn_start RUN_DIR
azc_turn_start() {
    local run_dir="$1" attempt port conf secret
    unset AZC_TEST_TURN_URL AZC_TEST_TURN_SECRET
    if ! command -v turnserver >/dev/null 2>&1; then
        azc_warn "coturn is not installed (turnserver missing): the relay tests will skip"
        return 0
    fi
    secret="$(od -An -N24 -tx1 /dev/urandom | tr -d ' \n')"
    for attempt in 1 2 3; do
        port="$(azc_free_port)" || { azc_warn "no free port for coturn"; return 0; }
        conf="$run_dir/turnserver.conf"
        # The secret goes in a file only we can read, never on a command line (ps shows those).
        (umask 077 && cat >"$conf" <<CONF
listening-ip=127.0.0.1
relay-ip=127.0.0.1
listening-port=$port
min-port=$((port + 1))
max-port=$((port + 200))
realm=azcoiner.test
use-auth-secret
static-auth-secret=$secret
allow-loopback-peers
fingerprint
no-tls
no-dtls
no-cli
no-multicast-peers
userdb=$run_dir/turndb
pidfile=$run_dir/turnserver.pid
log-file=$run_dir/turnserver.log
simple-log
CONF
        )
        turnserver -c "$conf" >"$run_dir/turnserver.out" 2>&1 &
        AZC_TURN_PID=$!
        for _ in $(seq 50); do
            if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
                AZC_TEST_TURN_URL="turn:127.0.0.1:$port?transport=udp"
                AZC_TEST_TURN_SECRET="$secret"
                export AZC_TEST_TURN_URL AZC_TEST_TURN_SECRET
                azc_log "coturn listens on 127.0.0.1:$port"
                return 0
            fi
            kill -0 "$AZC_TURN_PID" 2>/dev/null || break
            sleep 0.1
        done
        azc_warn "coturn did not start on port $port (attempt $attempt):"
        tail -n 5 "$run_dir/turnserver.log" "$run_dir/turnserver.out" >&2 2>/dev/null || true
        azc_turn_stop
    done
    azc_warn "could not start coturn: the relay tests will skip"
}

azc_turn_stop() {
    azc_stop_child coturn "$AZC_TURN_PID"
    AZC_TURN_PID=""
}
