#!/usr/bin/env bash
# Builds and starts the Auskunft desktop app, installing what is missing first.
#
#   scripts/app.sh [ARCHIVE...]
#
# Without archives it opens the bundled demo export (a made-up seed-case export).
#
# Meant for a fresh Debian 12 (or Ubuntu 22.04+) machine; run it as root or as a user who may
# use sudo (only apt-get runs with sudo). It is safe to run again: it installs only what is
# missing, skips `npm ci` when node_modules matches package-lock.json, and rebuilds only what
# changed. Without $DISPLAY and $WAYLAND_DISPLAY the app runs under Xvfb (headless).
#
# Environment:
#   AUSKUNFT_SKIP_INSTALL=1   do not check or install system packages, Rust or Node
#   AUSKUNFT_BUILD_ONLY=1     build, print the binary's path, do not start it
set -euo pipefail
# shellcheck source=scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

# The archives are given relative to where the user is; the build runs from the repo root.
archives=()
for arg in "$@"; do
    case "$arg" in
    -h | --help)
        awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"
        exit 0
        ;;
    /*) archives+=("$arg") ;;
    *) archives+=("$PWD/$arg") ;;
    esac
done

headless=0
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then headless=1; fi

apt_install "${build_packages[@]}"
if [ "$headless" -eq 1 ]; then apt_install xvfb xauth; fi
ensure_toolchains
ensure_npm_deps
build_app
bin="$app_bin"

if [ "${AUSKUNFT_BUILD_ONLY:-0}" = 1 ]; then
    echo "$bin"
    exit 0
fi

# Without archives the app opens the bundled demo export.
[ ${#archives[@]} -gt 0 ] || archives=(--demo)

if [ "$headless" -eq 1 ]; then
    command -v xvfb-run >/dev/null 2>&1 || fail "no display and no xvfb-run; install xvfb and xauth"
    say "No display found: starting the app under Xvfb. Its window is not visible (for tests and"
    say "screenshots); run this from a desktop session to see it. Stop with Ctrl+C."
    exec xvfb-run -a -s '-screen 0 1280x800x24' "$bin" "${archives[@]}"
fi
say "Starting $app_name ${archives[*]}"
exec "$bin" "${archives[@]}"
