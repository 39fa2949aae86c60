#!/usr/bin/env bash
# Benchmark: `auskunft audit --json` on the 100,000-record two-households demo export (~300 MB),
# for one or more builds of the CLI side by side (e.g. before and after a change). Prints the
# best and median wall time of N runs and the peak memory of one run per binary. Not a test:
# numbers go into notes and docs/benchmarks.md.
#
#   bench/audit-100k.sh [RUNS] [BINARY...]
#
# Without a binary it builds and measures this checkout's release CLI. The export is written by
# the first binary given (the demo generator is deterministic, and unchanged for this scenario).
set -euo pipefail
runs=${1:-5}
shift || true
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export AUSKUNFT_DATA_DIR="$work/data"
bins=("$@")
if [ ${#bins[@]} -eq 0 ]; then
    cargo build --quiet --release --locked -p auskunft-cli --manifest-path "$root/Cargo.toml"
    bins=("${CARGO_TARGET_DIR:-$root/target}/release/auskunft")
fi
"${bins[0]}" demo --scenario two-households --records 100000 "$work/big.zip" >/dev/null
size=$(stat -c %s "$work/big.zip")
echo "two-households demo: 100,000 records, $((size / 1000000)) MB, $runs runs each, no inventory"

# shellcheck source=bench/measure.sh
source "$root/bench/measure.sh"

for bin in "${bins[@]}"; do
    read -r best median < <(measure "$bin" audit --json "$work/big.zip")
    peak_kb=$( { /usr/bin/time -f '%M' "$bin" audit --json "$work/big.zip" >/dev/null; } 2>&1 | tail -n 1)
    records=$("$bin" audit --json "$work/big.zip" | python3 -c 'import json,sys; s=json.load(sys.stdin)["summary"]; print(s["records"])')
    echo "$bin: best ${best} ms, median ${median} ms, peak RSS $((peak_kb / 1024)) MiB, ${records} records"
done
