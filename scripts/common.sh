# shellcheck shell=bash
# Helpers shared by scripts/run.sh, scripts/test.sh and scripts/bench.sh. Source it; do not run it.
#
# Environment knobs (all optional):
#   AZC_BUILD_DIR   build folder (default: <repo>/build)
#   AZC_BUILD_TYPE  CMake build type (default: RelWithDebInfo)
#   AZC_SKIP_DEPS=1 do not run scripts/install-deps.sh
#   AZC_SKIP_BUILD=1 use the build folder as it is (no configure, no build)
#   AZC_JOBS        parallel compile jobs (default: number of cores)

AZC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
AZC_BUILD_DIR="${AZC_BUILD_DIR:-$AZC_ROOT/build}"
AZC_BUILD_TYPE="${AZC_BUILD_TYPE:-RelWithDebInfo}"
AZC_JOBS="${AZC_JOBS:-$(nproc 2>/dev/null || echo 2)}"

azc_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
azc_warn() { printf 'warning: %s\n' "$*" >&2; }
azc_die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# azc_stop_child NAME PID: stops a service this script started (TERM, up to 3 s, then KILL).
azc_stop_child() {
    local name="$1" pid="$2"
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
    azc_log "Stopping $name"
    kill -TERM "$pid" 2>/dev/null || true
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.3
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

# Installs the Debian packages (needs root; uses sudo when available).
azc_install_deps() {
    if [ "${AZC_SKIP_DEPS:-0}" = 1 ]; then
        azc_log "Skipping package installation (AZC_SKIP_DEPS=1)"
        return 0
    fi
    azc_log "Installing build and runtime packages (scripts/install-deps.sh)"
    if [ "$(id -u)" -eq 0 ]; then
        "$AZC_ROOT/scripts/install-deps.sh"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$AZC_ROOT/scripts/install-deps.sh"
    else
        azc_warn "not root and no sudo: assuming the packages in scripts/install-deps.sh are installed"
    fi
}

# Configures the build folder with Ninja (and ccache, picked up by the top CMakeLists.txt).
# shellcheck disable=SC2120  # arguments are optional
azc_configure() {
    [ "${AZC_SKIP_BUILD:-0}" = 1 ] && return 0
    local cache="$AZC_BUILD_DIR/CMakeCache.txt"
    if [ -f "$cache" ] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$cache"; then
        azc_warn "$AZC_BUILD_DIR was configured with another generator; starting it afresh"
        rm -rf "$cache" "$AZC_BUILD_DIR/CMakeFiles"
    fi
    azc_log "Configuring $AZC_BUILD_DIR ($AZC_BUILD_TYPE, Ninja)"
    cmake -S "$AZC_ROOT" -B "$AZC_BUILD_DIR" -G Ninja \
          -DCMAKE_BUILD_TYPE="$AZC_BUILD_TYPE" "$@"
}

# Builds the given targets (all when none are given).
# shellcheck disable=SC2120  # arguments are optional
azc_build() {
    [ "${AZC_SKIP_BUILD:-0}" = 1 ] && return 0
    local targets=()
    local t
    for t in "$@"; do
        targets+=(--target "$t")
    done
    azc_log "Building ${*:-everything} with $AZC_JOBS jobs"
    cmake --build "$AZC_BUILD_DIR" --parallel "$AZC_JOBS" "${targets[@]}"
}

# Prints a TCP port on 127.0.0.1 that nothing listens on (best effort; callers retry on a clash).
azc_free_port() {
    local port tries=0
    while [ "$tries" -lt 200 ]; do
        port=$((20000 + RANDOM % 40000))
        tries=$((tries + 1))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    return 1
}
