#!/usr/bin/env bash
# Benchmark (issue 5): the search index. Release builds only; run on a quiet machine.
#
# 1. The whole 100,000-record path with the CLI: `auskunft search` on a two-households demo of
#    RECORDS records, first with an empty data folder (audit + index build + query), then again
#    (audit + reuse of the cached index + query): wall time and peak RSS (/usr/bin/time).
#    Targets: under 10 s and 1 GiB.
# 2. In-process (crates/search/benches/search.rs) on the audit reports of the seed-case demo
#    (1,700 records) and of that export: index build time, cached-index reuse time, and query
#    latency p50/p99 over a mix of queries. Target: p99 under 10 ms at 100,000 records.
#
#   bench/search.sh [RECORDS]
set -euo pipefail
records=${1:-100000}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export AUSKUNFT_DATA_DIR="$work/data"

cargo build --quiet --release -p auskunft-cli --manifest-path "$root/Cargo.toml"
bin="$root/target/release/auskunft"

"$bin" demo --scenario two-households --records "$records" "$work/big.zip" >/dev/null
"$bin" demo --scenario seed-case "$work/seed.zip" >/dev/null
echo "two-households demo: $records records, $(( $(stat -c %s "$work/big.zip") / 1000000 )) MB"

run() {
  /usr/bin/time -f '%e %M' "$bin" search --json --limit 20 --inventory "$work/big.inventory.toml" \
    --query 'wetter münchen' "$work/big.zip" 2>"$work/time" >"$work/out.json"
  read -r secs kb < <(tail -n 1 "$work/time")
  total=$(grep -m1 '"total"' "$work/out.json" | tr -dc 0-9)
  echo "$1  ${secs} s   peak RSS $((kb / 1024)) MiB   ($total hits for 'wetter münchen')"
}
run "auskunft search, empty data folder (audit + build + query):"
run "auskunft search, index cached     (audit + reuse + query):"

"$bin" audit --json --inventory "$work/seed.inventory.toml" "$work/seed.zip" >"$work/seed.json"
"$bin" audit --json --inventory "$work/big.inventory.toml" "$work/big.zip" >"$work/big.json"
cargo bench --quiet -p auskunft-search --bench search --manifest-path "$root/Cargo.toml" -- \
  "$work/seed.json" "$work/big.json" | sed "s|$work/||"
