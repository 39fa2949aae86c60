#!/usr/bin/env bash
# Runs every test of Auskunft, installing what is missing first: formatting, lints, the UI's
# type check and unit tests, all Rust tests (unit, hostile archives, golden snapshots, demo), the checks that
# core crates stay free of tauri and that the UI's generated types match the Rust types, and the
# end-to-end tests that drive the real app through WebDriver under Xvfb.
#
#   scripts/test.sh
#
# Meant for a fresh Debian 12 machine, as root or with sudo for apt-get; .ci/run calls it.
# AUSKUNFT_SKIP_INSTALL=1 skips installing (for machines set up by hand).
set -euo pipefail
# shellcheck source=scripts/setup.sh
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

apt_install "${build_packages[@]}" xvfb xauth webkit2gtk-driver unzip strace poppler-utils minisign python3
ensure_toolchains
ensure_npm_deps
if ! command -v tauri-driver >/dev/null 2>&1 && [ "${AUSKUNFT_SKIP_INSTALL:-0}" != 1 ]; then
    say "Installing tauri-driver (WebDriver for the end-to-end tests)"
    cargo install tauri-driver --version '^2' --locked
fi
command -v tauri-driver >/dev/null 2>&1 || fail "tauri-driver is missing: cargo install tauri-driver --version '^2' --locked"

cd "$root"
started=$SECONDS
# A CI run builds once from cold; incremental caches would only cost time and disk there.
if [ -n "${CI:-}" ]; then export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"; fi
# Tests that read real exports from ../shared/data skip themselves when it is absent (a lone
# clone); say so once here, where it is seen, since cargo hides a passing test's output.
if [ ! -d "$root/../shared/data" ]; then
    say "Note: $root/../shared/data is absent; the tests that read real exports from it are skipped"
fi
step() {
    say "$1"
    shift
    "$@"
}
# One feature set for every build below, so tests, the app binary and the lints share artifacts;
# custom-protocol embeds ui/dist, making the app self-contained for the end-to-end tests.
features=(--features auskunft-desktop/custom-protocol)

step "Formatting (cargo fmt --check)" cargo fmt --all -- --check
step "UI type check (svelte-check)" npm run --silent ui:check
step "UI unit tests (Vitest)" npm run --silent ui:test
step "UI build" npm run --silent ui:build
step "Lints (clippy, warnings are errors)" cargo clippy --workspace --all-targets --locked "${features[@]}" -- -D warnings
step "Rust tests" cargo test --workspace --locked "${features[@]}"

say "Generated UI types match the Rust types"
if git -C "$root" rev-parse --git-dir >/dev/null 2>&1; then
    drift="$(git -C "$root" status --porcelain -- ui/src/lib/bindings)"
    [ -z "$drift" ] || fail "ui/src/lib/bindings changed when the tests regenerated them; commit the new files:
$drift"
fi

say "Core crates do not depend on tauri"
for manifest in crates/*/Cargo.toml; do
    crate="$(sed -n 's/^name *= *"\(.*\)"/\1/p' "$manifest" | head -n 1)"
    if cargo tree --locked -q -p "$crate" -e normal | grep -qE '(^| )tauri v'; then
        fail "$crate depends on tauri; only the desktop shell may"
    fi
done

step "Building the app and the CLI" cargo build --locked -p auskunft-desktop -p auskunft-cli "${features[@]}"
target="${CARGO_TARGET_DIR:-$root/target}/debug"
step "End-to-end tests (the real app through WebDriver)" tests/e2e/run.sh "$target/auskunft-desktop" "$target/auskunft"

say "All tests passed in $((SECONDS - started)) s"
