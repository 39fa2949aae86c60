//! `auskunft-desktop [ARCHIVE...]`: opens the app, auditing the given export archives.

// No console window next to the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::path::PathBuf;

const USAGE: &str = "\
Usage: auskunft-desktop [--demo | ARCHIVE...]

Opens Auskunft. Given one or more parts of a personal-data export (ZIP, TAR or gzip files),
it audits them at once; with --demo it opens the bundled demo export; without arguments it
shows the start screen.";

/// mimalloc instead of glibc's malloc: see the workspace's Cargo.toml.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let mut archives = Vec::new();
    let mut demo = false;
    for arg in std::env::args_os().skip(1) {
        match arg.to_str() {
            Some("-h" | "--help") => {
                println!("{USAGE}");
                return;
            }
            Some("-V" | "--version") => {
                println!("auskunft-desktop {}", env!("CARGO_PKG_VERSION"));
                return;
            }
            Some("--demo") => demo = true,
            _ => archives.push(PathBuf::from(arg)),
        }
    }
    let start = match (demo, archives.is_empty()) {
        (true, true) => auskunft_desktop::Startup::Demo,
        (true, false) => {
            eprintln!("auskunft-desktop: give either --demo or archives, not both\n\n{USAGE}");
            std::process::exit(2);
        }
        (false, true) => auskunft_desktop::Startup::Empty,
        (false, false) => auskunft_desktop::Startup::Archives(archives),
    };
    auskunft_desktop::run(start);
}
