#!/usr/bin/env bash
# Benchmark: `auskunft report` (HTML and PDF) on the seed case (1,700 records) and on the
# 100,000-record two-households demo export: wall time (audit included, and the audit alone for
# comparison) and the file's size. Not a test: numbers go into docs/benchmarks.md.
#
#   bench/report.sh [BINARY]
#
# Without a binary it builds and measures this checkout's release CLI.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export AUSKUNFT_DATA_DIR="$work/data"
bin=${1:-}
if [ -z "$bin" ]; then
    cargo build --quiet --release --locked -p auskunft-cli --manifest-path "$root/Cargo.toml"
    bin="${CARGO_TARGET_DIR:-$root/target}/release/auskunft"
fi
"$bin" demo --scenario seed-case "$work/seed.zip" >/dev/null
"$bin" demo --scenario two-households --records 100000 "$work/big.zip" >/dev/null

ms() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(((e - s) / 1000000)); }

printf '| export | audit alone | report HTML | size | report PDF | size |\n|---|---:|---:|---:|---:|---:|\n'
for case in seed big; do
    inv=()
    [ "$case" = seed ] && inv=(--inventory "$work/seed.inventory.toml")
    audit=$(ms "$bin" audit --json "${inv[@]}" "$work/$case.zip")
    html=$(ms "$bin" report --format html "${inv[@]}" --out "$work/$case.html" "$work/$case.zip")
    pdf=$(ms "$bin" report --format pdf "${inv[@]}" --out "$work/$case.pdf" "$work/$case.zip")
    printf '| %s | %s ms | %s ms | %s kB | %s ms | %s kB |\n' "$case" "$audit" "$html" \
        $(($(stat -c %s "$work/$case.html") / 1000)) "$pdf" $(($(stat -c %s "$work/$case.pdf") / 1000))
done
