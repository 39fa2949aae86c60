#!/usr/bin/env bash
# Renders icon.svg into the icons tauri.conf.json lists: a PNG for every size of the freedesktop
# icon theme (16 to 512 pixels, installed by the .deb and the AppImage into
# share/icons/hicolor/<size>/apps/) and icon.ico. Uses the Tauri CLI's `tauri icon` (resvg), so
# it needs `npm ci` and nothing else.
set -euo pipefail
cd "$(dirname "$0")"
tauri=../node_modules/.bin/tauri
[ -x "$tauri" ] || { echo "run npm ci in the repository first" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
sizes=(16 24 32 48 64 128 256 512)
args=()
for s in "${sizes[@]}"; do args+=(-p "$s"); done
"$tauri" icon icon.svg -o "$tmp/png" "${args[@]}" >/dev/null
"$tauri" icon icon.svg -o "$tmp/all" >/dev/null
for s in "${sizes[@]}"; do cp "$tmp/png/${s}x${s}.png" .; done
cp "$tmp/all/icon.ico" .
