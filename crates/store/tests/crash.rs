//! Crash safety of the one atomic write: a writer killed with SIGKILL at 100 moments leaves the
//! old file or the new one, never a mix, and the next write leaves no temporary file behind.
//!
//! The writer is this test binary itself, started again with `--ignored --exact crash_writer`
//! and `AUSKUNFT_CRASH_TARGET` naming the file: it rewrites the file in a loop until killed.
#![cfg(unix)]
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const SIZE: usize = 1 << 20;

fn content(fill: u8) -> Vec<u8> {
    let mut v = vec![fill; SIZE];
    v[..8].copy_from_slice(b"AUSKUNFT");
    v
}

/// The writer: not a test of its own; started by `a_killed_writer_leaves_whole_files_only`.
#[test]
#[ignore = "started by a_killed_writer_leaves_whole_files_only"]
fn crash_writer() {
    let Some(target) = std::env::var_os("AUSKUNFT_CRASH_TARGET") else {
        return;
    };
    let (a, b) = (content(b'a'), content(b'b'));
    for i in 0.. {
        let bytes = if i % 2 == 0 { &b } else { &a };
        auskunft_store::write_atomically(Path::new(&target), bytes).unwrap();
    }
}

fn temporary_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect()
}

#[test]
fn a_killed_writer_leaves_whole_files_only() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("review.json");
    let (a, b) = (content(b'a'), content(b'b'));
    auskunft_store::write_atomically(&target, &a).unwrap();
    // A fixed sequence of moments (a small linear congruential generator): 0.5 to 20 ms.
    let mut state: u64 = 0x5eed;
    let mut leftovers_seen = 0;
    for round in 0..100 {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let delay = Duration::from_micros(500 + (state >> 33) % 19_500);
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["--ignored", "--exact", "crash_writer", "--quiet"])
            .env("AUSKUNFT_CRASH_TARGET", &target)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let started = Instant::now();
        std::thread::sleep(delay);
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let now = std::fs::read(&target).unwrap();
        assert!(
            now == a || now == b,
            "round {round}: killed after {:?}, the file is neither version ({} bytes)",
            started.elapsed(),
            now.len()
        );
        leftovers_seen += temporary_files(dir.path()).len();
    }
    // The next write of the file clears what the killed writers left.
    auskunft_store::write_atomically(&target, &a).unwrap();
    assert_eq!(temporary_files(dir.path()), Vec::<String>::new());
    assert_eq!(std::fs::read(&target).unwrap(), a);
    // Some kills must have landed mid-write, or this test showed nothing.
    assert!(
        leftovers_seen > 0,
        "no kill landed while a temporary file existed"
    );
}
