#!/usr/bin/env bash
# Sets up what is missing, builds GeoTimeline and opens it. On first start it
# creates its workspace in the app data folder and imports the sample corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
printf '\033[1m==> %s\033[0m\n' "Building GeoTimeline (the first build takes a few minutes)"
npx tauri build --debug --no-bundle
exec ./target/debug/geotimeline-app "$@"
