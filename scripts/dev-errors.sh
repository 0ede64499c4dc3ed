#!/usr/bin/env bash
# Error table by cause of a geotimeline binary on a development corpus of ../shared/eval.
# usage: scripts/dev-errors.sh GEOTIMELINE_BIN [dev|dev-en|dev-mixed|seeds] [--list]
set -eu
bin=$(readlink -f "$1"); set_name=${2:-dev}; shift $(( $# >= 2 ? 2 : 1 ))
here=$(cd "$(dirname "$0")" && pwd)
eval_dir=${GEOTIMELINE_EVAL:-$here/../../shared/eval}
case "$set_name" in
  seeds) corpus=$eval_dir/../corpus/seeds; gold=$eval_dir/seeds-gold.json ;;
  *)     corpus=$eval_dir/$set_name/articles; gold=$eval_dir/$set_name/dev-gold.json ;;
esac
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$bin" --db "$tmp/ws.sqlite" ingest --manifest "$corpus/manifest.json" >"$tmp/ingest.log" 2>&1 ||
  { echo "ingest failed:" >&2; tail -n 5 "$tmp/ingest.log" >&2; exit 1; }
"$bin" --db "$tmp/ws.sqlite" export --format json --out "$tmp/export.json" >/dev/null
python3 "$here/dev-errors.py" "$gold" "$tmp/export.json" "$eval_dir/score_events.py" "$@"
