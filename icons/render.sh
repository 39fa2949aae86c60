#!/usr/bin/env bash
# Renders icon.svg into the PNG and ICO files tauri.conf.json lists. Needs ImageMagick.
set -euo pipefail
cd "$(dirname "$0")"
convert -background none -density 96 icon.svg -resize 1024x1024 icon-1024.tmp.png
for s in 32 128 256 512; do
  convert icon-1024.tmp.png -filter Lanczos -resize "${s}x${s}" "PNG32:${s}x${s}.png"
done
mv 256x256.png 128x128@2x.png
mv 512x512.png icon.png
convert icon-1024.tmp.png -filter Lanczos -define icon:auto-resize=256,128,64,48,32,16 icon.ico
rm icon-1024.tmp.png
