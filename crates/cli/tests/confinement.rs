//! Nothing leaves the machine and nothing is written outside the data folder: `auskunft audit`
//! and `auskunft search` run under `strace`, and the test fails on any IPv4 or IPv6 socket or
//! connection and on any file opened for writing, created, renamed or removed outside
//! `AUSKUNFT_DATA_DIR` (issue 14).
//!
//! `scripts/test.sh` installs strace; without it the test skips, saying so, except under CI,
//! where a missing tracer is a failure (a test that cannot fail proves nothing).
#![cfg(target_os = "linux")]
#![allow(clippy::unwrap_used)]

use std::path::Path;
use std::process::Command;

/// The system calls watched: every way to write a file or reach the network.
const CALLS: &str =
    "trace=openat,open,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat,rmdir,link,linkat,symlink,symlinkat,truncate,socket,connect,sendto";

/// The quoted strings of a trace line's arguments (paths).
fn quoted(line: &str) -> Vec<&str> {
    line.split('"').skip(1).step_by(2).collect()
}

/// What in a trace line breaks the promise, if anything.
fn violation(line: &str, data_dir: &str) -> Option<String> {
    let call = line
        .split_once(' ')
        .map_or(line, |(_, rest)| rest)
        .trim_start();
    let name = call.split('(').next().unwrap_or("");
    let outside =
        |p: &str| p != "/dev/null" && !(p == data_dir || p.starts_with(&format!("{data_dir}/")));
    let writes = || {
        ["O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND"]
            .iter()
            .any(|f| call.contains(f))
    };
    let bad = match name {
        "socket" | "connect" | "sendto" => call.contains("AF_INET"),
        "open" | "openat" => writes() && quoted(call).first().is_some_and(|p| outside(p)),
        "creat" | "mkdir" | "mkdirat" | "rename" | "renameat" | "renameat2" | "unlink"
        | "unlinkat" | "rmdir" | "link" | "linkat" | "symlink" | "symlinkat" | "truncate" => {
            quoted(call).iter().any(|p| outside(p))
        }
        _ => false,
    };
    bad.then(|| line.to_string())
}

fn strace_here() -> bool {
    let here = Command::new("strace")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !here {
        assert!(
            std::env::var_os("CI").is_none(),
            "strace is missing under CI: scripts/test.sh installs it"
        );
        eprintln!("skipped: strace is not installed (scripts/test.sh installs it)");
    }
    here
}

/// Runs the CLI with `args` under strace; returns the trace's lines.
fn traced(work: &Path, data: &Path, args: &[&str]) -> Vec<String> {
    let log = work.join(format!("trace-{}.log", args[0]));
    let cwd = work.join("cwd");
    std::fs::create_dir_all(&cwd).unwrap();
    let out = Command::new("strace")
        .args(["-f", "-qq", "-e", CALLS, "-o"])
        .arg(&log)
        .arg(env!("CARGO_BIN_EXE_auskunft"))
        .args(args)
        .current_dir(&cwd)
        .env("AUSKUNFT_DATA_DIR", data)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read_to_string(&log)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

#[test]
fn audit_and_search_open_no_socket_and_write_only_in_the_data_folder() {
    if !strace_here() {
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    let archive = work.path().join("seed.zip");
    let made = Command::new(env!("CARGO_BIN_EXE_auskunft"))
        .args(["demo", "--scenario", "seed-case", "--records", "40"])
        .arg(&archive)
        .env("AUSKUNFT_DATA_DIR", &data)
        .output()
        .unwrap();
    assert!(made.status.success());
    let archive = archive.to_str().unwrap();
    let data_text = data.to_str().unwrap();
    for args in [
        vec!["audit", "--json", archive],
        vec!["search", "--json", "--query", "wetter", archive],
    ] {
        let lines = traced(work.path(), &data, &args);
        // The tracer saw the program work: it read the archive.
        assert!(
            lines
                .iter()
                .any(|l| l.contains(archive) && l.contains("O_RDONLY")),
            "{}: the trace shows no read of the archive; is strace working?",
            args[0]
        );
        let bad: Vec<String> = lines
            .iter()
            .filter_map(|l| violation(l, data_text))
            .collect();
        assert!(bad.is_empty(), "{}: {bad:#?}", args[0]);
        if args[0] == "search" {
            assert!(
                lines
                    .iter()
                    .any(|l| l.contains(data_text) && l.contains("O_CREAT")),
                "search wrote no index into the data folder: the check saw nothing"
            );
        }
    }
}

#[test]
fn the_check_catches_what_it_is_for() {
    let data = "/home/u/.local/share/auskunft";
    for line in [
        r#"1 socket(AF_INET6, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 3"#,
        r#"1 connect(3, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("1.2.3.4")}, 16) = -1"#,
        r#"1 openat(AT_FDCWD, "/home/u/Downloads/Alexa.zip.tmp", O_WRONLY|O_CREAT|O_TRUNC|O_CLOEXEC, 0666) = 3"#,
        r#"1 openat(AT_FDCWD, "notes.txt", O_RDWR|O_CREAT, 0644) = 3"#,
        r#"1 renameat(AT_FDCWD, "/home/u/.local/share/auskunft/x", AT_FDCWD, "/home/u/x") = 0"#,
        r#"1 unlink("/home/u/Downloads/Alexa.zip") = 0"#,
        r#"1 mkdir("/home/u/.local/share/auskunft-evil", 0777) = 0"#,
    ] {
        assert!(violation(line, data).is_some(), "{line}");
    }
    for line in [
        r#"1 openat(AT_FDCWD, "/home/u/Downloads/Alexa.zip", O_RDONLY|O_CLOEXEC) = 3"#,
        r#"1 openat(AT_FDCWD, "/home/u/.local/share/auskunft/exports/ab/review.json", O_WRONLY|O_CREAT|O_EXCL, 0666) = 3"#,
        r#"1 mkdir("/home/u/.local/share/auskunft", 0777) = 0"#,
        r#"1 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 3"#,
        r#"1 openat(AT_FDCWD, "/dev/null", O_RDWR) = 3"#,
    ] {
        assert!(violation(line, data).is_none(), "{line}");
    }
}
