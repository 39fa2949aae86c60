# Shared by scripts/app.sh and scripts/test.sh (sourced, not run): installs what is missing on a
# Debian 12 machine (or Ubuntu 22.04+) and builds the desktop app. Every step checks first, so
# running again installs nothing. Set AUSKUNFT_SKIP_INSTALL=1 to skip installing altogether.

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app_name="auskunft-desktop"
min_rust="1.85"
min_node_major=18

if [ -t 1 ]; then bold=$'\033[1m' red=$'\033[31m' plain=$'\033[0m'; else bold='' red='' plain=''; fi
say() { printf '%s==> %s%s\n' "$bold" "$*" "$plain"; }
fail() {
    printf '%serror:%s %s\n' "$red" "$plain" "$*" >&2
    exit 1
}

as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        fail "need root to run: $* (run this script as root or install sudo)"
    fi
}

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

apt_updated=0
apt_install() {
    [ "${AUSKUNFT_SKIP_INSTALL:-0}" = 1 ] && return 0
    command -v dpkg-query >/dev/null 2>&1 || fail "this script installs with apt; on other systems install these by hand and set AUSKUNFT_SKIP_INSTALL=1: $*"
    local missing=()
    for pkg in "$@"; do installed "$pkg" || missing+=("$pkg"); done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "Installing system packages: ${missing[*]}"
    if [ "$apt_updated" -eq 0 ]; then
        as_root apt-get update -qq
        apt_updated=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" </dev/null
}

version_at_least() { [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n1)" = "$2" ]; }

# What the Tauri 2 build needs (WebKitGTK 4.1, ALSA for audio output) and what it runs with.
build_packages=(build-essential pkg-config libwebkit2gtk-4.1-dev libasound2-dev fonts-dejavu-core)

# Rust through rustup and Node/npm through apt, each only when missing.
ensure_toolchains() {
    if ! command -v cargo >/dev/null 2>&1 && [ -x "$HOME/.cargo/bin/cargo" ]; then
        export PATH="$HOME/.cargo/bin:$PATH"
    fi
    if [ "${AUSKUNFT_SKIP_INSTALL:-0}" != 1 ]; then
        if ! command -v cargo >/dev/null 2>&1; then
            apt_install curl ca-certificates
            say "Installing Rust (rustup, stable, minimal profile) for $(id -un)"
            curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs | sh -s -- -y --profile minimal --component rustfmt,clippy --no-modify-path
            export PATH="$HOME/.cargo/bin:$PATH"
        fi
        local rust_version
        rust_version="$(rustc --version | awk '{print $2}')"
        if ! version_at_least "$rust_version" "$min_rust"; then
            command -v rustup >/dev/null 2>&1 || fail "Rust $rust_version is older than $min_rust; install a newer one (https://rustup.rs)"
            say "Rust $rust_version is older than $min_rust; updating the stable toolchain"
            rustup update stable
        fi
        if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
            apt_install nodejs npm
        fi
    fi
    command -v cargo >/dev/null 2>&1 || fail "cargo not found; install Rust (https://rustup.rs)"
    command -v npm >/dev/null 2>&1 || fail "npm not found; install Node.js $min_node_major or newer"
    local node_major
    node_major="$(node -p 'process.versions.node.split(".")[0]')"
    [ "$node_major" -ge "$min_node_major" ] || fail "Node.js $(node --version) is too old; $min_node_major or newer is needed"
}

# JavaScript dependencies (the Tauri CLI and the UI's build tools), exactly as locked.
ensure_npm_deps() {
    if [ ! -f "$root/node_modules/.package-lock.json" ] || [ "$root/package-lock.json" -nt "$root/node_modules/.package-lock.json" ]; then
        say "Installing JavaScript dependencies (npm ci)"
        (cd "$root" && npm ci --no-audit --no-fund)
    fi
}

# The app as users get it: the Tauri CLI builds the UI (beforeBuildCommand) and compiles the app
# with tauri/custom-protocol in the `app` profile of Cargo.toml (release optimisation, symbols
# stripped), so the binary carries ui/dist and needs no dev server. Sets $app_bin.
app_profile="app"
build_app() {
    say "Building the app (the first build takes 15 minutes or more on two cores)"
    local start=$SECONDS
    (cd "$root" && ./node_modules/.bin/tauri build --no-bundle -- --profile "$app_profile" -p "$app_name")
    say "Built in $((SECONDS - start)) s"
    app_bin="${CARGO_TARGET_DIR:-$root/target}/$app_profile/$app_name"
    [ -x "$app_bin" ] || fail "the build finished but $app_bin is missing"
}
