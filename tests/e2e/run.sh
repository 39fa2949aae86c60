#!/usr/bin/env bash
# Runs the end-to-end tests against a built app: tests/e2e/run.sh APP_BINARY CLI_BINARY
# Starts Xvfb when there is no display. Screenshots land in tests/e2e/out/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export AUSKUNFT_APP="$1" AUSKUNFT_CLI="$2"
# No sound card in CI: ALSA's null device lets audio output open and play nothing.
alsa_conf="$(mktemp)"
trap 'rm -f "$alsa_conf"' EXIT
printf '</usr/share/alsa/alsa.conf>\npcm.!default { type null }\nctl.!default { type hw card 0 }\n' >"$alsa_conf"
export ALSA_CONFIG_PATH="$alsa_conf"
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s '-screen 0 1280x800x24' node --test --test-concurrency=1 "$here/app.test.mjs"
fi
exec node --test --test-concurrency=1 "$here/app.test.mjs"
