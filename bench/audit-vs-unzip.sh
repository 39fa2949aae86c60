#!/usr/bin/env bash
# Benchmark: `auskunft audit` on the 1,700-recording seed-case demo export (~100 MB) next to
# `unzip -t` on the same file (issue 2's target: at most 3x unzip -t). Prints wall times (best
# and median of N runs) and the audit's peak memory. Not a test: numbers go into notes and docs.
#
#   bench/audit-vs-unzip.sh [RUNS] [RECORDS]
set -euo pipefail
runs=${1:-7}
records=${2:-1700}
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export AUSKUNFT_DATA_DIR="$work/data"

command -v unzip >/dev/null || { echo "bench: unzip is missing (apt-get install unzip)" >&2; exit 2; }
cargo build --quiet --release -p auskunft-cli --manifest-path "$root/Cargo.toml"
bin="$root/target/release/auskunft"
"$bin" demo --scenario seed-case --records "$records" "$work/seed.zip" >/dev/null
size=$(stat -c %s "$work/seed.zip")
members=$(unzip -Z1 "$work/seed.zip" | wc -l)

# shellcheck source=bench/measure.sh
source "$root/bench/measure.sh"

read -r unzip_best unzip_median < <(measure unzip -tqq "$work/seed.zip")
read -r audit_best audit_median < <(measure "$bin" audit --json "$work/seed.zip")
peak_kb=$( { /usr/bin/time -f '%M' "$bin" audit --json "$work/seed.zip" >/dev/null; } 2>&1 | tail -n 1)

echo "seed-case demo: $records records, $members members, $((size / 1000000)) MB, $runs runs each"
echo "unzip -t            best ${unzip_best} ms   median ${unzip_median} ms"
echo "auskunft audit      best ${audit_best} ms   median ${audit_median} ms   peak RSS $((peak_kb / 1024)) MiB"
awk -v a="$audit_median" -v u="$unzip_median" 'BEGIN { printf "ratio (median)      %.2fx unzip -t (target <= 3x)\n", a / (u > 0 ? u : 1) }'
