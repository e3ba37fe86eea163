#!/usr/bin/env bash
# README command 1: install the packages, build the desktop app into build/ and start it with its
# embedded backend (demo accounts seeded on first start). Safe to re-run.
#
#   scripts/run.sh                     build and open the window
#   scripts/run.sh --screenshot FILE   build, open the window on a private Xvfb, save a PNG, quit
#   scripts/run.sh -- ARGS...          pass ARGS to azcoiner
#
# With no display ($DISPLAY and $WAYLAND_DISPLAY empty) the app runs on an Xvfb started here.
# AZC_SCREENSHOT_DELAY (seconds, default 5) is how long the window may render before the shot.
# A local demo chain (anvil with the AZC token and the DAO's tally record, scripts/demo_chain.sh)
# runs while the app does; the app finds it through AZC_DEMO_EVM_URL, AZC_DEMO_AZC_TOKEN and
# AZC_DEMO_TALLY_CONTRACT. AZC_DEMO_CHAIN=0 skips it.
set -euo pipefail

# shellcheck source=scripts/common.sh
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
# shellcheck source=scripts/anvil.sh
source "$(dirname "${BASH_SOURCE[0]}")/anvil.sh"
# shellcheck source=scripts/solc.sh
source "$(dirname "${BASH_SOURCE[0]}")/solc.sh"
# shellcheck source=scripts/demo_chain.sh
source "$(dirname "${BASH_SOURCE[0]}")/demo_chain.sh"

usage() {
    sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

screenshot=""
app_args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --screenshot)
            [ $# -ge 2 ] || azc_die "--screenshot needs a file name"
            screenshot="$2"
            shift 2
            ;;
        --screenshot=*)
            screenshot="${1#--screenshot=}"
            shift
            ;;
        -h|--help)
            usage
            exit 0
            ;;
        --)
            shift
            app_args+=("$@")
            break
            ;;
        *)
            app_args+=("$1")
            shift
            ;;
    esac
done
if [ -n "$screenshot" ]; then
    case "$screenshot" in
        /*) ;;
        *) screenshot="$PWD/$screenshot" ;;
    esac
fi

APP="$AZC_BUILD_DIR/app/desktop/azcoiner"
XVFB_PID=""
APP_PID=""
APP_GROUP=""
WORK_DIR=""

# shellcheck disable=SC2317  # reached through the EXIT trap
cleanup() {
    local rc=$?
    set +e
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
        # --screenshot runs the app in its own process group (with its bus and keyring daemon).
        local target="$APP_PID"
        [ -n "$APP_GROUP" ] && target="-$APP_PID"
        kill -TERM -- "$target" 2>/dev/null
        for _ in $(seq 20); do
            kill -0 "$APP_PID" 2>/dev/null || break
            sleep 0.25
        done
        kill -KILL -- "$target" 2>/dev/null
    fi
    if [ -n "$XVFB_PID" ]; then
        kill -TERM "$XVFB_PID" 2>/dev/null
        wait "$XVFB_PID" 2>/dev/null
    fi
    azc_demo_chain_stop
    [ -n "$WORK_DIR" ] && rm -rf "$WORK_DIR"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Starts Xvfb on the first free display (Xvfb -displayfd picks it) and exports DISPLAY.
start_xvfb() {
    command -v Xvfb >/dev/null 2>&1 || azc_die "Xvfb is not installed (package xvfb)"
    local fdfile="$WORK_DIR/xvfb.display"
    : >"$fdfile"
    Xvfb -displayfd 5 -screen 0 1440x900x24 -nolisten tcp 5>"$fdfile" \
        >"$WORK_DIR/xvfb.log" 2>&1 &
    XVFB_PID=$!
    local _i
    for _i in $(seq 150); do
        [ -s "$fdfile" ] && break
        kill -0 "$XVFB_PID" 2>/dev/null || break
        sleep 0.1
    done
    if ! [ -s "$fdfile" ]; then
        cat "$WORK_DIR/xvfb.log" >&2 || true
        azc_die "Xvfb did not start"
    fi
    DISPLAY=":$(tr -d '[:space:]' <"$fdfile")"
    export DISPLAY
    unset WAYLAND_DISPLAY
    export QT_QPA_PLATFORM=xcb
    azc_log "Started Xvfb on $DISPLAY"
}

# Prints the id of the app's mapped top-level window, if there is one. Qt names the window by the
# executable in WM_CLASS ("azcoiner" ...); Qt's own hidden helper windows are never viewable.
app_window() {
    local id
    for id in $(xwininfo -root -tree 2>/dev/null \
                    | awk 'tolower($0) ~ /"azcoiner"/ {print $1}'); do
        if xwininfo -id "$id" 2>/dev/null | grep -q 'Map State: IsViewable'; then
            echo "$id"
            return 0
        fi
    done
    return 1
}

azc_install_deps
azc_anvil_install
azc_solc_install
azc_configure
azc_build azcoiner
[ -x "$APP" ] || azc_die "the build did not produce $APP"

WORK_DIR="$(mktemp -d /tmp/azc-run.XXXXXX)"
if [ -z "${XDG_RUNTIME_DIR:-}" ]; then
    mkdir -m 700 "$WORK_DIR/runtime"
    export XDG_RUNTIME_DIR="$WORK_DIR/runtime"
fi
# Without --server the app starts its built-in backend, which seeds the demo accounts.
cmd=("$APP" "${app_args[@]}")
# Mini programs run in Chromium (Qt WebEngine), whose sandbox refuses to start as root. This
# script is run as root on a fresh demo machine (README), so only there, and only as root, the
# sandbox is off; a person's desktop runs the app as themselves, with the sandbox.
if [ "$(id -u)" = 0 ]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
# The chain's state lives next to the app's own data ($XDG_DATA_HOME/AZCoiner/azcoiner).
if [ "${AZC_DEMO_CHAIN:-1}" != 0 ]; then
    azc_demo_chain_start "$(azc_demo_chain_default_dir)"
fi

if [ -n "$screenshot" ]; then
    # Always a private Xvfb: the shot must not depend on (or capture) the user's desktop.
    start_xvfb
    mkdir -p "$(dirname "$screenshot")"
    azc_log "Starting ${cmd[*]}"
    # In its own process group (setsid) on a private bus with an unlocked throwaway keyring, so
    # the cleanup can stop the app, the bus and the keyring daemon together.
    AZC_KEYRING_DIR="$WORK_DIR/keyring" setsid "$AZC_ROOT/scripts/keyring_session.sh" "${cmd[@]}" \
        >"$WORK_DIR/app.log" 2>&1 &
    APP_PID=$!
    APP_GROUP=1
    window=""
    for _ in $(seq 600); do
        kill -0 "$APP_PID" 2>/dev/null || break
        window="$(app_window)" && break
        sleep 0.1
    done
    if [ -z "$window" ]; then
        tail -n 40 "$WORK_DIR/app.log" >&2 || true
        if kill -0 "$APP_PID" 2>/dev/null; then
            azc_die "the azcoiner window did not appear within 60 s"
        fi
        azc_die "azcoiner quit before its window appeared"
    fi
    # Give QML time to load and the backend time to answer.
    sleep "${AZC_SCREENSHOT_DELAY:-5}"
    if ! kill -0 "$APP_PID" 2>/dev/null; then
        tail -n 40 "$WORK_DIR/app.log" >&2 || true
        azc_die "azcoiner quit before the screenshot"
    fi
    # The window alone when it is still there, else the whole screen.
    import -window "$window" "$screenshot" 2>/dev/null || import -window root "$screenshot"
    azc_log "Saved the screenshot to $screenshot"
    if command -v identify >/dev/null 2>&1; then
        # A uniform image means nothing was drawn.
        sd="$(identify -format '%[fx:standard_deviation]' "$screenshot" 2>/dev/null || echo 1)"
        if [ "$sd" = "0" ]; then
            azc_warn "the screenshot is one flat colour: the window may not have rendered"
        fi
    fi
    echo "--- azcoiner output ---" >&2
    tail -n 20 "$WORK_DIR/app.log" >&2 || true
    exit 0
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    start_xvfb
    azc_warn "no display: the window opens on the virtual display $DISPLAY (use --screenshot FILE to see it)"
fi
azc_log "Starting ${cmd[*]}"
rc=0
"${cmd[@]}" &
APP_PID=$!
wait "$APP_PID" || rc=$?
APP_PID=""
exit "$rc"
