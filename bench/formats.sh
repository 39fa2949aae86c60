#!/usr/bin/env bash
# Import rates of the format modules (issue 3), in release mode:
#   - Amazon voice-history JSON pages: the two-households demo with 100,000 records, audited end
#     to end by the CLI (hashing, inflating, parsing, joining), wall time and peak RSS;
#   - Amazon voice-history CSV: 100,000 rows through amazon.voice_history_csv (example csv_rate);
#   - generic transcript tables: 100,000 CSV and TXT rows through transcript.table (table_rate);
#   - PDF: the seed-case demo's 1,649-row transcript PDF through transcript.pdf_table (pdf_rate).
# Usage: bench/formats.sh [RECORDS]   (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
records="${1:-100000}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cargo build --release -q --bin auskunft
cargo build --release -q -p auskunft-formats --examples
bin=target/release/auskunft

echo "== JSON pages: two-households demo, $records records"
"$bin" demo --scenario two-households --records "$records" "$work/two.zip" >/dev/null
/usr/bin/time -f "%e s wall, %M KiB peak RSS" "$bin" audit --json "$work/two.zip" >/dev/null 2>"$work/time" || true
tail -1 "$work/time"

echo "== CSV (amazon.voice_history_csv)"
target/release/examples/csv_rate

echo "== CSV and TXT tables (transcript.table)"
target/release/examples/table_rate

echo "== PDF (transcript.pdf_table)"
"$bin" demo --scenario seed-case "$work/seed.zip" >/dev/null
pdf="$(unzip -Z1 "$work/seed.zip" | grep -i '\.pdf$' | grep -vi description | head -1)"
unzip -p "$work/seed.zip" "$pdf" > "$work/transcript.pdf"
target/release/examples/pdf_rate "$work/transcript.pdf"
