#!/usr/bin/env bash
# Runs a command on a private D-Bus session bus with an unlocked, throwaway GNOME keyring (the
# Secret Service) kept in $AZC_KEYRING_DIR. The app's session token then has a keychain, and no
# keyring prompt (gcr-prompter) opens over the window. Used by `run.sh --screenshot`, whose Xvfb
# has no desktop session; a real desktop has its own keyring and does not need this.
#   AZC_KEYRING_DIR=DIR scripts/keyring_session.sh COMMAND [ARGS...]
set -euo pipefail

if [ "${1:-}" != "--inside" ]; then
    exec dbus-run-session -- "$0" --inside "$@"
fi
shift
dir="${AZC_KEYRING_DIR:?set AZC_KEYRING_DIR to a private folder}"
mkdir -p "$dir"
chmod 700 "$dir"
# The daemon keeps its keyrings under $XDG_DATA_HOME/keyrings: here, not in the user's home.
echo -n throwaway | XDG_DATA_HOME="$dir" gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$dir/gnome-keyring.log" 2>&1 &
keyring_pid=$!
trap 'kill "$keyring_pid" 2>/dev/null || true; wait "$keyring_pid" 2>/dev/null || true' EXIT
for _ in $(seq 100); do
    if dbus-send --session --print-reply --dest=org.freedesktop.DBus / \
           org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
        break
    fi
    sleep 0.1
done
"$@"
