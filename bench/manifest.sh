#!/usr/bin/env bash
# Benchmark (issue 12): `auskunft manifest` on the seed-case demo (1,700 recordings) and on the
# 100,000-record two-households demo: wall time (best and median of N runs), peak memory, and the
# size of the manifest and its signature; then `auskunft verify` of the same. Not a test: numbers
# go into docs/benchmarks.md.
#
#   bench/manifest.sh [RUNS] [BINARY]
#
# Without a binary it builds and measures this checkout's release CLI.
set -euo pipefail
runs=${1:-3}
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export AUSKUNFT_DATA_DIR="$work/data"
if [ -z "$bin" ]; then
    cargo build --quiet --release --locked -p auskunft-cli --manifest-path "$root/Cargo.toml"
    bin="${CARGO_TARGET_DIR:-$root/target}/release/auskunft"
fi
# shellcheck source=bench/measure.sh
source "$root/bench/measure.sh"

"$bin" demo --scenario seed-case "$work/seed.zip" >/dev/null
"$bin" demo --scenario two-households --records 100000 "$work/big.zip" >/dev/null
for case in "seed --inventory $work/seed.inventory.toml $work/seed.zip" "big $work/big.zip"; do
    set -- $case
    name=$1
    shift
    read -r best median < <(measure "$bin" manifest --out "$work/$name.json" "$@")
    peak_kb=$( { /usr/bin/time -f '%M' "$bin" manifest --out "$work/$name.json" "$@" >/dev/null; } 2>&1 | tail -n 1)
    archive=${*: -1}
    read -r vbest vmedian < <(measure "$bin" verify "$work/$name.json" "$archive")
    members=$(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))["members"]))' "$work/$name.json")
    echo "$name: $(( $(stat -c %s "$archive") / 1000000 )) MB, $members members;" \
        "manifest best ${best} ms, median ${median} ms, peak RSS $((peak_kb / 1024)) MiB;" \
        "manifest $(stat -c %s "$work/$name.json") bytes ($(gzip -c "$work/$name.json" | wc -c) gzipped)," \
        "signature $(stat -c %s "$work/$name.json.minisig") bytes;" \
        "verify best ${vbest} ms, median ${vmedian} ms"
done
