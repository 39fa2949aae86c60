#!/usr/bin/env bash
# Benchmark: the desktop app from start to verdict on screen, cold data folder, for the
# 100,000-record two-households demo export and for the seed-case demo export (1,700
# recordings), each given on the command line (written beforehand by the CLI); N runs each, median; memory of the app and its webview processes
# (RSS and PSS, from /proc) at the verdict and with the timeline open. Drives the app through
# tauri-driver like the end-to-end tests (tests/e2e/webdriver.mjs), under Xvfb when there is no
# display. Not a test: numbers go into docs/benchmarks.md.
#
#   bench/open-100k.sh [RUNS] [APP] [CLI]
#
# APP and CLI default to this checkout's release builds (target/release/auskunft-desktop, built
# with `npm run ui:build && cargo build --release -p auskunft-desktop -p auskunft-cli
# --features auskunft-desktop/custom-protocol`). AUSKUNFT_E2E_PORT moves tauri-driver's ports.
set -euo pipefail
runs=${1:-5}
root=$(cd "$(dirname "$0")/.." && pwd)
target=${CARGO_TARGET_DIR:-$root/target}
app=${2:-$target/release/auskunft-desktop}
cli=${3:-$target/release/auskunft}
work=$(mktemp -d)
alsa_conf="$work/alsa.conf"
trap 'rm -rf "$work"' EXIT
# No sound card needed: ALSA's null device.
printf '</usr/share/alsa/alsa.conf>\npcm.!default { type null }\nctl.!default { type hw card 0 }\n' >"$alsa_conf"
export ALSA_CONFIG_PATH="$alsa_conf"
"$cli" demo --scenario two-households --records 100000 "$work/big.zip" >/dev/null
"$cli" demo --scenario seed-case "$work/seed.zip" >/dev/null
echo "app: $app"
run() {
    if [ -z "${DISPLAY:-}" ]; then
        xvfb-run -a -s '-screen 0 1280x800x24' node "$root/bench/open.mjs" "$@"
    else
        node "$root/bench/open.mjs" "$@"
    fi
}
echo "100,000-record two-households export ($(($(stat -c %s "$work/big.zip") / 1000000)) MB), $runs runs:"
run "$runs" "$app" "$work/big.zip"
echo "seed-case export ($(($(stat -c %s "$work/seed.zip") / 1000000)) MB), $runs runs:"
run "$runs" "$app" "$work/seed.zip"
