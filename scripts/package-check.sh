#!/usr/bin/env bash
# Installs the .deb on a clean Debian 12 and starts it there, the way a user would get it.
#
#   scripts/package-check.sh [PACKAGE.deb]
#
# Without an argument it takes the newest .deb scripts/package.sh made. Steps:
#  1. a minimal Debian 12 root (`debootstrap --variant=minbase bookworm`), made once and kept as
#     a pristine copy in $AUSKUNFT_CHECK_DIR (default /var/tmp/auskunft-check); every run starts
#     from a fresh copy of it, so nothing a run installed is there for the next;
#  2. `apt-get install ./<the .deb>` inside it, so its declared dependencies must be enough;
#  3. checks of what was installed: the binary, the desktop entry ("Open with" for ZIP archives:
#     MimeType=application/zip and %F in Exec), the icon at every size of the icon theme;
#  4. starts the installed app with the bundled demo on an X server of this machine (Xvfb; the
#     root gets its socket, nothing else) and takes a screenshot once the window shows the
#     demo's verdict; then starts it again the way the desktop entry does, with the demo archive
#     as the file to open, and takes a second screenshot.
# Screenshots and sizes go to $AUSKUNFT_CHECK_OUT (default target/package-check/).
#
# Takes several minutes (the first run downloads and unpacks a Debian root, ~2 min, and every run
# installs WebKitGTK into the copy), so scripts/test.sh does not run it. Needs root (chroot,
# mounts) and the Debian mirror; installs debootstrap, xvfb, x11-utils and imagemagick on the host.
set -euo pipefail
# shellcheck source=scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
[ "$(id -u)" -eq 0 ] || fail "run as root: chroot and mounts need it"

deb="${1:-}"
if [ -z "$deb" ]; then
    deb=$(ls -t "${CARGO_TARGET_DIR:-$root/target}/$app_profile/bundle/deb/"*.deb 2>/dev/null | head -n 1)
    [ -n "$deb" ] || fail "no .deb found; make one with scripts/package.sh deb"
fi
[ -f "$deb" ] || fail "$deb does not exist"
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"

apt_install debootstrap xvfb xauth x11-utils imagemagick
check_dir="${AUSKUNFT_CHECK_DIR:-/var/tmp/auskunft-check}"
out="${AUSKUNFT_CHECK_OUT:-${CARGO_TARGET_DIR:-$root/target}/package-check}"
mirror="${AUSKUNFT_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
mkdir -p "$check_dir" "$out"

pristine="$check_dir/pristine"
if [ ! -x "$pristine/usr/bin/apt-get" ]; then
    say "Making a minimal Debian 12 root (debootstrap --variant=minbase bookworm)"
    rm -rf "$pristine.tmp"
    debootstrap --variant=minbase bookworm "$pristine.tmp" "$mirror"
    mv "$pristine.tmp" "$pristine"
fi

chroot_dir="$check_dir/run.$$"
xvfb_pid=""
app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    for m in tmp/.X11-unix dev/pts dev proc sys; do
        mountpoint -q "$chroot_dir/$m" 2>/dev/null && umount -l "$chroot_dir/$m"
    done
    rm -rf "$chroot_dir"
}
trap cleanup EXIT

say "Copying the clean root to $chroot_dir"
cp -a "$pristine" "$chroot_dir"
mount -t proc proc "$chroot_dir/proc"
mount --rbind /sys "$chroot_dir/sys"
mount --bind /dev "$chroot_dir/dev"
mount --bind /dev/pts "$chroot_dir/dev/pts"
cp /etc/resolv.conf "$chroot_dir/etc/resolv.conf"
in_root() { chroot "$chroot_dir" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

say "Installing $(basename "$deb") with apt-get (its dependencies from the Debian mirror)"
cp "$deb" "$chroot_dir/tmp/auskunft.deb"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/auskunft.deb </dev/null >"$out/apt-install.log" 2>&1 ||
    { tail -n 30 "$out/apt-install.log" >&2; fail "apt-get could not install the package"; }

package=$(dpkg-deb -f "$deb" Package)
version=$(dpkg-deb -f "$deb" Version)
installed_kib=$(in_root dpkg-query -W -f='${Installed-Size}' "$package")
bin=$(in_root dpkg -L "$package" | grep -m1 '/bin/')
[ -n "$bin" ] && [ -x "$chroot_dir$bin" ] || fail "the package installs no program in a bin folder"
say "Installed $package $version: $bin"

say "Checking the desktop entry and the icons"
entry=$(in_root dpkg -L "$package" | grep -m1 '^/usr/share/applications/.*\.desktop$') ||
    fail "the package installs no desktop entry"
grep -qx 'MimeType=application/zip;' "$chroot_dir$entry" || fail "$entry offers no 'Open with' for ZIP archives (MimeType)"
exec_line=$(sed -n 's/^Exec=//p' "$chroot_dir$entry")
case "$exec_line" in *%F*) ;; *) fail "$entry: Exec=$exec_line passes no files (%F)" ;; esac
icon=$(sed -n 's/^Icon=//p' "$chroot_dir$entry")
missing=()
for s in 16 24 32 48 64 128 256 512; do
    [ -f "$chroot_dir/usr/share/icons/hicolor/${s}x${s}/apps/$icon.png" ] || missing+=("${s}x${s}")
done
[ ${#missing[@]} -eq 0 ] || fail "icon $icon missing at: ${missing[*]}"
echo "    $entry: Exec=$exec_line, MimeType=application/zip; icon $icon at 16 to 512 px"

# An X server on this machine; the root sees only its socket.
display_no=$((90 + $$ % 100))
Xvfb ":$display_no" -screen 0 1280x800x24 -nolisten tcp >"$out/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [ -S "/tmp/.X11-unix/X$display_no" ] && break; sleep 0.1; done
[ -S "/tmp/.X11-unix/X$display_no" ] || fail "Xvfb did not start"
mkdir -p "$chroot_dir/tmp/.X11-unix"
mount --bind /tmp/.X11-unix "$chroot_dir/tmp/.X11-unix"

# Starts the installed app in the root; waits until its window shows a verdict (the window's
# pixels settle and a window named Auskunft exists) and takes a screenshot.
run_app() {
    local shot="$1"
    shift
    in_root env DISPLAY=":$display_no" AUSKUNFT_DATA_DIR=/root/auskunft-data "$@" >"$out/${shot%.png}.log" 2>&1 &
    app_pid=$!
    local started=$SECONDS
    until DISPLAY=":$display_no" xwininfo -root -tree 2>/dev/null | grep -q '"Auskunft"'; do
        kill -0 "$app_pid" 2>/dev/null || { cat "$out/${shot%.png}.log" >&2; fail "the app ended before showing its window"; }
        [ $((SECONDS - started)) -lt 60 ] || fail "no window after 60 s"
        sleep 0.5
    done
    # The verdict is there when the screen stops changing for 5 s (the demo is written and
    # audited first: up to a few minutes the first time).
    local last="" same=0 now
    while [ "$same" -lt 5 ]; do
        sleep 1
        now=$(DISPLAY=":$display_no" import -window root -depth 8 rgb:- 2>/dev/null | md5sum)
        if [ "$now" = "$last" ]; then same=$((same + 1)); else same=0; last="$now"; fi
        [ $((SECONDS - started)) -lt 600 ] || fail "the window did not settle in 600 s"
        kill -0 "$app_pid" 2>/dev/null || fail "the app ended while working"
    done
    DISPLAY=":$display_no" import -window root "$out/$shot"
    say "Window after $((SECONDS - started)) s: $out/$shot"
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
}

say "Starting the installed app with the bundled demo"
run_app installed-demo.png "$bin" --demo
archive=$(ls "$chroot_dir"/root/auskunft-data/demo/*.zip 2>/dev/null | head -n 1)
[ -n "$archive" ] || fail "the app wrote no demo export"
archive="${archive#"$chroot_dir"}"

say "Opening the demo archive as the desktop entry's Exec line does (%F)"
# shellcheck disable=SC2086 # the Exec line is split into words, as a desktop would
run_app installed-open-with.png ${exec_line//%F/$archive}

deb_bytes=$(stat -c %s "$deb")
bin_bytes=$(stat -c %s "$chroot_dir$bin")
printf '{"package":"%s","version":"%s","deb_bytes":%s,"binary_bytes":%s,"installed_kib":%s}\n' \
    "$package" "$version" "$deb_bytes" "$bin_bytes" "$installed_kib" | tee "$out/sizes.json"
say "The .deb installs and runs on a clean Debian 12; screenshots in $out"
