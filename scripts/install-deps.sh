#!/usr/bin/env bash
# Installs every Debian 12 package the build, the app and the tests need.
# Safe to re-run: apt-get skips what is already there; the stamp avoids a
# second `apt-get update` within the hour.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-websockets-dev qt6-httpserver-dev qt6-webengine-dev qt6-webchannel-dev qml6-module-qtwebengine qml6-module-qtwebchannel qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtquick-dialogs qml6-module-qt-labs-folderlistmodel
  qml6-module-qtcore qml6-module-qt-labs-platform qml6-module-qttest
  libgl-dev libvulkan-dev libxkbcommon-dev
  libargon2-dev libssl-dev qtkeychain-qt6-dev libgmp-dev libsecp256k1-dev libcrypto++-dev libqrencode-dev libzbar-dev zbar-tools libzip-dev
  postgresql redis-server coturn
  xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools
  imagemagick x11-utils fonts-nanum fonts-noto-color-emoji
  dpkg-dev file
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
export DEBIAN_FRONTEND=noninteractive
stamp=/var/lib/apt/periodic/azcoiner-update-stamp
if [ ! -f "$stamp" ] || [ -n "$(find "$stamp" -mmin +60 2>/dev/null)" ]; then
  apt-get update -qq
  mkdir -p "$(dirname "$stamp")" && touch "$stamp"
fi
apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# Node.js may come from NodeSource (with npm inside) rather than Debian.
if ! command -v npm >/dev/null 2>&1; then
  apt-get install -y -qq --no-install-recommends nodejs npm
fi
# Debian's postgresql package starts a default cluster; the tests make their
# own throwaway cluster, so the default one only wastes memory.
