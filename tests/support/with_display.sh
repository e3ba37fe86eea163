#!/usr/bin/env bash
# Runs a test on a private Xvfb display: Qt WebEngine (Chromium) needs a real
# window system with OpenGL, which the offscreen platform does not give it.
# For tests only, as root on a CI machine: Chromium's sandbox refuses to run
# as root, so it is switched off here, and so is the GPU (Xvfb has none).
set -euo pipefail
fdfile=$(mktemp)
Xvfb -displayfd 5 -screen 0 1440x900x24 -nolisten tcp 5>"$fdfile" >/dev/null 2>&1 &
xvfb=$!
trap 'kill $xvfb 2>/dev/null || true; rm -f "$fdfile"' EXIT
for _ in $(seq 1 100); do
    [ -s "$fdfile" ] && break
    sleep 0.1
done
[ -s "$fdfile" ] || { echo "with_display.sh: Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$(tr -d '[:space:]' <"$fdfile")"
export QT_QPA_PLATFORM=xcb
unset WAYLAND_DISPLAY
if [ "$(id -u)" = 0 ]; then
    export QTWEBENGINE_DISABLE_SANDBOX=1
fi
export QTWEBENGINE_CHROMIUM_FLAGS="--disable-gpu ${QTWEBENGINE_CHROMIUM_FLAGS:-}"
"$@"
