#!/usr/bin/env bash
# Ingest + extraction + merging into SQLite on a generated corpus of 10,000 French
# (or English) articles, on one core, with resident memory; then the date rules alone
# and chrono-node's parser of that language on the same text. Prints figures; asserts nothing.
# Usage: scripts/bench-extract.sh [ARTICLES] [fr|en]
set -euo pipefail
cd "$(dirname "$0")/.."
articles="${1:-10000}"
lang="${2:-fr}"
cargo build --quiet --release -p geotimeline-cli
mkdir -p target
pin=(); command -v taskset >/dev/null && pin=(taskset -c 0)
"${pin[@]}" target/release/geotimeline bench --articles "$articles" --lang "$lang" --corpus-out target/bench-corpus.jsonl
"${pin[@]}" node scripts/bench-dates-chrono.mjs target/bench-corpus.jsonl "$lang"
