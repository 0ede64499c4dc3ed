#!/usr/bin/env bash
# Runs every cargo-fuzz target (fuzz/fuzz_targets/) for SECONDS each (default 600), one
# after the other, on its kept corpus (fuzz/corpus/<target>/): a crash, panic, hang
# (10 s per input) or more than 2 GB of memory stops the target and leaves the input in
# fuzz/artifacts/<target>/. New inputs found go to a scratch copy of the corpus;
# `scripts/fuzz.sh --cmin` minimises the kept corpora instead of fuzzing.
# Needs a nightly toolchain and cargo-fuzz (`cargo install cargo-fuzz --locked`).
# Not part of scripts/test.sh: the core's test `fuzz_corpus` replays the kept corpora.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
TARGETS=(dates html manifest article)
# -s none: no sanitizer (the core forbids unsafe code), more runs a second;
# -a: debug assertions and overflow checks on, as in a debug build.
FLAGS=(-s none -a)

cargo +nightly fuzz build "${FLAGS[@]}"
if [[ "${1:-}" == "--cmin" ]]; then
  for t in "${TARGETS[@]}"; do cargo +nightly fuzz cmin "${FLAGS[@]}" "$t" "fuzz/corpus/$t"; done
  exit 0
fi
SECONDS_EACH="${1:-600}"
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
status=0
for t in "${TARGETS[@]}"; do
  mkdir -p "$scratch/$t"
  echo "==> $t: ${SECONDS_EACH} s"
  # The scratch corpus first: new inputs are written there, the kept corpus is only read.
  if ! cargo +nightly fuzz run "${FLAGS[@]}" "$t" "$scratch/$t" "fuzz/corpus/$t" -- \
    -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1; then
    echo "==> $t FAILED: see fuzz/artifacts/$t/" >&2
    status=1
  fi
done
exit $status
