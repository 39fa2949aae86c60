#!/usr/bin/env bash
# Benchmark: wall time and peak memory of `auskunft audit` on decompression bombs and a cut-off
# download (issue 2: hostile archives return "within seconds and bounded memory").
#
#   bench/hostile.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export AUSKUNFT_DATA_DIR="$work/data"
cargo build --quiet --release -p auskunft-cli --manifest-path "$root/Cargo.toml"
bin="$root/target/release/auskunft"

python3 - "$work" <<'PY'
import io, struct, sys, zipfile, zlib
out = sys.argv[1]

def zip_of(entries, method=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method, compresslevel=9) as z:
        for name, data in entries:
            z.writestr(name, data)
    return buf.getvalue()

# 42.zip style: 16 copies of 16 copies of 16 copies of 64 MiB of zeros (256 GiB unpacked).
layer = zip_of([("zeros.bin", bytes(64 << 20))])
for depth in range(3):
    layer = zip_of([(f"l{depth}-{i}.zip", layer) for i in range(16)])
open(f"{out}/nested-bomb.zip", "wb").write(layer)

# One member of 4 GiB of zeros, written as raw deflate in chunks (about 4 MB on disk).
comp = zlib.compressobj(9, zlib.DEFLATED, -15)
chunk = bytes(1 << 24)
body = b"".join(comp.compress(chunk) for _ in range(256)) + comp.flush()
size, crc, name = 256 << 24, 0, b"zeros.bin"
for _ in range(256):
    crc = zlib.crc32(chunk, crc)
local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 45, 0, 8, 0, 0, crc, 0xFFFFFFFF, 0xFFFFFFFF, len(name), 20) + name + struct.pack("<HHQQ", 1, 16, size, len(body))
central = struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 45, 45, 0, 8, 0, 0, crc, 0xFFFFFFFF, 0xFFFFFFFF, len(name), 20, 0, 0, 0, 0, 0) + name + struct.pack("<HHQQ", 1, 16, size, len(body))
cd_off = len(local) + len(body)
eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 1, 1, len(central), cd_off, 0)
open(f"{out}/deflate-bomb.zip", "wb").write(local + body + central + eocd)

# Overlapping entries: 20,000 central entries all pointing at one 1 MiB deflated kernel.
kernel_name = b"k"
kernel = zlib.compressobj(9, zlib.DEFLATED, -15)
kbody = kernel.compress(bytes(1 << 20)) + kernel.flush()
kcrc = zlib.crc32(bytes(1 << 20))
local = struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, kcrc, len(kbody), 1 << 20, 1, 0) + kernel_name
entries = b""
for i in range(20000):
    n = b"k"  # same length as the local name
    entries += struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, kcrc, len(kbody), 1 << 20, 1, 0, 0, 0, 0, 0, 0) + n
cd_off = len(local) + len(kbody)
eocd = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, 20000, 20000, len(entries), cd_off, 0)
open(f"{out}/overlap-bomb.zip", "wb").write(local + kbody + entries + eocd)
PY

"$bin" demo --scenario seed-case "$work/seed.zip" >/dev/null
head -c "$(( $(stat -c %s "$work/seed.zip") * 6 / 10 ))" "$work/seed.zip" >"$work/cut-download.zip"

printf '%-20s %10s %12s %9s %s\n' case "on disk" "wall time" "peak RSS" "members (parsed/skipped/failed)"
for case in nested-bomb deflate-bomb overlap-bomb cut-download; do
  f="$work/$case.zip"
  start=$(date +%s%N)
  peak=$( { /usr/bin/time -f '%M' "$bin" audit --json "$f" >"$work/$case.json"; } 2>&1 | tail -n 1)
  ms=$(( ($(date +%s%N) - start) / 1000000 ))
  counts=$(python3 -c "import json,sys; s=json.load(open(sys.argv[1]))['summary']; print(s['members'], '(%d/%d/%d)' % (s['members_parsed'], s['members_skipped'], s['members_failed']))" "$work/$case.json")
  printf '%-20s %9sK %10s ms %6s MiB %s\n' "$case" "$(( $(stat -c %s "$f") / 1024 ))" "$ms" "$((peak / 1024))" "$counts"
done
