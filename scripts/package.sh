#!/usr/bin/env bash
# Builds the installable packages of the desktop app through the Tauri bundler: a .deb and an
# AppImage, from the same optimized, stripped build scripts/app.sh runs (Cargo profile `app`).
#
#   scripts/package.sh             the .deb and the AppImage
#   scripts/package.sh deb         only the .deb
#   scripts/package.sh appimage    only the AppImage
#
# Both install a desktop entry that offers "Open with Auskunft" for ZIP archives (the archives
# are passed on as `auskunft-desktop ARCHIVE...`) and the icon at every size of the icon theme.
# The AppImage needs linuxdeploy, which the Tauri bundler downloads from GitHub on first use into
# ~/.cache/tauri; where GitHub cannot be reached and nothing is cached, the AppImage is skipped
# with a message and only the .deb is made (docs/packaging.md). scripts/package-check.sh installs
# the .deb on a clean Debian and starts it.
#
# Meant for a fresh Debian 12 machine, as root or with sudo for apt-get (like scripts/app.sh).
# AUSKUNFT_SKIP_INSTALL=1 skips installing.
set -euo pipefail
# shellcheck source=scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

case "${1:-all}" in
all) wanted=(deb appimage) ;;
deb | appimage) wanted=("$1") ;;
-h | --help)
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"
    exit 0
    ;;
*) fail "unknown package kind '$1' (deb, appimage, or nothing for both)" ;;
esac

apt_install "${build_packages[@]}" file
ensure_toolchains
ensure_npm_deps

# The Tauri bundler fetches linuxdeploy (and its GTK plugin and the AppImage runtime) from GitHub
# unless ~/.cache/tauri holds them already.
linuxdeploy_ready() {
    [ -x "${XDG_CACHE_HOME:-$HOME/.cache}/tauri/linuxdeploy-x86_64.AppImage" ] ||
        curl -fsS -o /dev/null -m 15 https://github.com 2>/dev/null
}

bundles=()
for kind in "${wanted[@]}"; do
    if [ "$kind" = appimage ] && ! linuxdeploy_ready; then
        say "Skipping the AppImage: the Tauri bundler needs linuxdeploy, which it downloads from"
        say "GitHub, and GitHub cannot be reached from here (nor is it in ~/.cache/tauri)."
        [ ${#wanted[@]} -eq 1 ] && fail "no AppImage can be made on this machine"
        continue
    fi
    bundles+=("$kind")
done

say "Building the app and bundling: ${bundles[*]} (the first build takes 15 minutes or more on two cores)"
start=$SECONDS
(IFS=,; cd "$root" && ./node_modules/.bin/tauri build --bundles "${bundles[*]}" -- --profile "$app_profile" -p "$app_name")
say "Built and bundled in $((SECONDS - start)) s"

out="${CARGO_TARGET_DIR:-$root/target}/$app_profile"
# The `app` profile strips symbols; a Cargo configuration of this machine that overrides the
# profile can undo that (docs/packaging.md), so say so rather than ship it unnoticed.
if readelf -S "$out/$app_name" 2>/dev/null | grep -q '\.symtab'; then
    say "Warning: $out/$app_name still has its symbol table (not stripped); check Cargo's profile overrides"
fi
size() { numfmt --to=iec-i --suffix=B --format='%.1f' "$(stat -c %s "$1")"; }
say "The app: $out/$app_name ($(size "$out/$app_name"))"
for kind in "${bundles[@]}"; do
    case "$kind" in
    deb) pattern="$out/bundle/deb/*.deb" ;;
    appimage) pattern="$out/bundle/appimage/*.AppImage" ;;
    esac
    made=$(ls -t $pattern 2>/dev/null | head -n 1)
    [ -n "$made" ] || fail "the bundler finished but made no $kind ($pattern)"
    say "$kind: $made ($(size "$made"))"
done
