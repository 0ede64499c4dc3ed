#!/usr/bin/env bash
# The dependencies' checks of the test command (issue 18): cargo-deny's licences,
# bans and sources (deny.toml), which need no network, then the two checks that
# need an advisory database: cargo-deny's advisories (RustSec's, fetched from
# GitHub, or read offline from the copy GEOTIMELINE_ADVISORY_DB names) and `npm audit --omit=dev` (the npm registry's audit endpoint). Each of
# those runs when its database answers and fails the script on any advisory; when
# it does not answer, the script says so and why, in capitals, and goes on: a
# check that could not run is never reported as passed. With
# GEOTIMELINE_REQUIRE_ADVISORIES=1 (CI, which has the network) a skipped check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

skipped() {
  echo "SKIPPED: $*"
  if [[ "${GEOTIMELINE_REQUIRE_ADVISORIES:-0}" == 1 ]]; then
    echo "GEOTIMELINE_REQUIRE_ADVISORIES=1: a skipped advisory check fails"
    exit 1
  fi
}

echo "cargo deny: licences, bans, sources (deny.toml)"
cargo deny --locked check licenses bans sources

echo "cargo deny: advisories (RustSec)"
if probe=$(curl -sS --max-time 15 -o /dev/null https://github.com/rustsec/advisory-db 2>&1); then
  cargo deny --locked check advisories
elif [[ -n "${GEOTIMELINE_ADVISORY_DB:-}" ]]; then
  # A copy of rustsec/advisory-db (a git checkout or mirror) brought by other means, for
  # machines that cannot reach github.com: cargo-deny reads it offline from the folder it
  # would have fetched it into (its name derives from the database's URL), under a db-path
  # of our own, so nothing in ~/.cargo changes. The crates are fetched first, as the
  # offline run cannot download them.
  # The folder cargo-deny 0.18 names for https://github.com/rustsec/advisory-db (the URL's
  # hash): another cargo-deny may name it otherwise, and then says it finds no database.
  rustsec_folder=advisory-db-3157b0e258782691
  local_dbs=$(mktemp -d)
  trap 'rm -rf "$local_dbs"' EXIT
  git clone -q "$GEOTIMELINE_ADVISORY_DB" "$local_dbs/$rustsec_folder"
  echo "RustSec database: the copy at $GEOTIMELINE_ADVISORY_DB, last commit $(git -C "$local_dbs/$rustsec_folder" log -1 --format='%cs %h')"
  sed "s|^\[advisories\]\$|[advisories]\ndb-path = \"$local_dbs\"|" deny.toml > "$local_dbs/deny.toml"
  cargo fetch --locked --quiet
  cargo deny --locked --offline --config "$local_dbs/deny.toml" check advisories
else
  skipped "cargo deny check advisories: the RustSec advisory database cannot be fetched from github.com (${probe//$'\n'/ }) and GEOTIMELINE_ADVISORY_DB names no copy of it; it runs in CI (.github/workflows/ci.yml)"
fi

echo "npm audit --omit=dev"
# npm audit exits 1 both on advisories and when its endpoint fails: the JSON tells which.
audit_json=$(npm audit --omit=dev --json 2>/dev/null || true)
verdict=$(node -e '
  let report;
  try { report = JSON.parse(process.argv[1]); } catch { report = {}; }
  if (report.auditReportVersion) {
    const v = report.metadata?.vulnerabilities ?? {};
    console.log(v.total ? "found" : "clean");
  } else {
    console.log("unanswered: " + (report.message ?? report.error?.summary ?? "no answer"));
  }' "$audit_json")
case "$verdict" in
  clean) echo "npm audit: no advisory for the production dependencies" ;;
  found) npm audit --omit=dev; exit 1 ;;
  *) skipped "npm audit --omit=dev: the registry's audit endpoint did not answer (${verdict#unanswered: }); it runs in CI (.github/workflows/ci.yml)" ;;
esac
