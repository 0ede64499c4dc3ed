#!/usr/bin/env bash
# Time to export a 10,000-event timeline to a 4K (3840 px wide) PNG, on one core.
set -euo pipefail
cd "$(dirname "$0")/.."
taskset -c 0 cargo run --quiet --release -p geotimeline-core --example bench_export 2>/dev/null \
  || cargo run --quiet --release -p geotimeline-core --example bench_export
