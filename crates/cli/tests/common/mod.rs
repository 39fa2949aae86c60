//! A temporary folder for one test of the `auskunft` binary, with its own data folder, and the
//! binary run in it in English (`LANG=en_US.UTF-8`, no `LC_ALL`), so assertions on its sentences
//! hold whatever the machine's locale. Shared by the evidence and inventory tests; each adds
//! what it needs in its own `impl Case` block.
#![allow(dead_code, clippy::unwrap_used)]

use std::path::PathBuf;
use std::process::{Command, Output};

pub struct Case {
    pub dir: tempfile::TempDir,
}

impl Case {
    pub fn new() -> Case {
        Case {
            dir: tempfile::tempdir().unwrap(),
        }
    }
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    /// The data folder; not created, so tests see whether a command creates it.
    pub fn data(&self) -> PathBuf {
        self.path("data")
    }
    pub fn run(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_auskunft"))
            .args(args)
            .env("AUSKUNFT_DATA_DIR", self.data())
            .env("LANG", "en_US.UTF-8")
            .env_remove("LC_ALL")
            .output()
            .unwrap()
    }
    /// Runs and returns (exit code, stdout, stderr).
    pub fn out(&self, args: &[&str]) -> (i32, String, String) {
        let o = self.run(args);
        (
            o.status.code().unwrap(),
            String::from_utf8(o.stdout).unwrap(),
            String::from_utf8(o.stderr).unwrap(),
        )
    }
}
