#!/usr/bin/env bash
# Ingest + extraction + merging into SQLite on a generated corpus of 10,000 French
# articles, on one core, with resident memory; then the date rules alone and
# chrono-node's French parser on the same text. Prints figures; asserts nothing.
# Usage: scripts/bench-extract.sh [ARTICLES]
set -euo pipefail
cd "$(dirname "$0")/.."
articles="${1:-10000}"
cargo build --quiet --release -p geotimeline-cli
mkdir -p target
pin=(); command -v taskset >/dev/null && pin=(taskset -c 0)
"${pin[@]}" target/release/geotimeline bench --articles "$articles" --corpus-out target/bench-corpus.jsonl
"${pin[@]}" node scripts/bench-dates-chrono.mjs target/bench-corpus.jsonl
