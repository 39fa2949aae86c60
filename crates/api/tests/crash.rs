//! Crash safety of every state the app writes through the api (issue 14): the marks
//! (`review.json`), the list of recent exports (`recent.json`) and the search index. For each, a
//! writer is killed with SIGKILL at 100 moments; after each kill the next start (the app's sweep
//! of the data folder, then reading) finds a valid file — a version the writer wrote, never a
//! mix — and no temporary file or folder anywhere in the data folder.
//!
//! The writer is this test binary itself, started again with `--ignored --exact crash_writer`;
//! `AUSKUNFT_CRASH_PATH` names the state it rewrites in a loop until killed. It prints `ready`
//! once its audit is done, so every kill lands among the writes, not in the audit before them.
#![cfg(unix)]
#![allow(clippy::unwrap_used)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use auskunft_api::{
    audit, forget_export, load_marks, recent_exports, record_key, remember_export, search_report,
    set_mark, sweep_data_dir, write_demo, AuditRequest, Scenario, SearchIndexState, SearchQuery,
};
use auskunft_inventory::Inventory;
use auskunft_model::{Mark, Report};

/// The demo export every writer and checker audits: small, so a writer is ready fast.
fn prepared(dir: &Path) -> PathBuf {
    let archive = dir.join("seed.zip");
    if !archive.exists() {
        write_demo(Scenario::SeedCase, 7, Some(40), &archive).unwrap();
    }
    archive
}

fn audited(archive: &Path, data: &Path) -> Report {
    audit(&AuditRequest {
        inputs: vec![archive.to_path_buf()],
        inventory: None,
        data_dir: data.to_path_buf(),
    })
    .unwrap()
}

/// The mark the writer gives record `j` in round `r` (rounds alternate, so every write changes
/// the file).
fn mark_of_round(r: usize) -> Mark {
    if r.is_multiple_of(2) {
        Mark::Mine
    } else {
        Mark::NotMine
    }
}

const QUERY: &str = "wetter";

/// The writer: not a test of its own; started by the crash tests below.
#[test]
#[ignore = "started by the crash tests of this file"]
fn crash_writer() {
    let (Some(what), Some(work)) = (
        std::env::var_os("AUSKUNFT_CRASH_PATH"),
        std::env::var_os("AUSKUNFT_CRASH_WORK"),
    ) else {
        return;
    };
    let work = PathBuf::from(work);
    let data = work.join("data");
    let archive = prepared(&work);
    let mut report = audited(&archive, &data);
    let inventory = Inventory::default();
    let ids: Vec<String> = report.records.iter().map(|r| r.id.clone()).collect();
    println!("ready");
    for i in 0.. {
        match what.to_str().unwrap() {
            "review" => {
                let (r, j) = (i / ids.len(), i % ids.len());
                set_mark(
                    &data,
                    &mut report,
                    &inventory,
                    &ids[j],
                    Some(mark_of_round(r)),
                )
                .unwrap();
            }
            "recent" => {
                report.export_id = format!("{:064x}", i % 40);
                remember_export(&data, std::slice::from_ref(&archive), &report).unwrap();
            }
            "index" => {
                forget_export(&data, &report.export_id).unwrap();
                search_report(&report, &data, &SearchQuery::new(QUERY)).unwrap();
            }
            other => panic!("unknown state {other}"),
        }
    }
}

/// Every temporary file or folder under `dir`, at any depth.
fn temporary(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.ends_with(".tmp") {
                found.push(e.path());
            } else if e.file_type().unwrap().is_dir() {
                stack.push(e.path());
            }
        }
    }
    found
}

/// Kills a writer of `what` at 100 moments; after each kill runs the next start's sweep and
/// `check`. Returns how many kills left a temporary file behind before the sweep.
fn kill_100_times(what: &str, check: impl Fn(&Path, &Report, usize)) -> usize {
    let work = tempfile::tempdir().unwrap();
    let data = work.path().join("data");
    let archive = prepared(work.path());
    let report = audited(&archive, &data);
    // A fixed sequence of moments (a small linear congruential generator): 0.5 to 30 ms.
    let mut state: u64 = 0x5eed ^ what.len() as u64;
    let mut caught_mid_write = 0;
    for round in 0..100 {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let delay = Duration::from_micros(500 + (state >> 33) % 29_500);
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--ignored",
                "--exact",
                "crash_writer",
                "--nocapture",
                "--quiet",
            ])
            .env("AUSKUNFT_CRASH_PATH", what)
            .env("AUSKUNFT_CRASH_WORK", work.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let ready = lines.any(|l| l.is_ok_and(|l| l.trim() == "ready"));
        assert!(ready, "round {round}: the writer ended before it was ready");
        std::thread::sleep(delay);
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        if !temporary(&data).is_empty() {
            caught_mid_write += 1;
        }
        // The next start: the app sweeps the data folder, then reads.
        sweep_data_dir(&data);
        assert_eq!(
            temporary(&data),
            Vec::<PathBuf>::new(),
            "round {round}: a temporary file survived the next start"
        );
        check(&data, &report, round);
    }
    caught_mid_write
}

#[test]
fn killed_while_marking_the_marks_are_a_version_that_was_written() {
    let caught = kill_100_times("review", |data, report, round| {
        let marks = load_marks(data, &report.export_id)
            .unwrap_or_else(|e| panic!("round {round}: review.json unreadable: {e:?}"));
        // A version the writer wrote: records 0..=j carry round r's mark, the rest round r-1's
        // (or none in round 0) — a run of one mark followed by a run of the other.
        let seq: Vec<Option<Mark>> = report
            .records
            .iter()
            .map(|r| marks.get(&record_key(report, r)).copied())
            .collect();
        let changes = seq.windows(2).filter(|w| w[0] != w[1]).count();
        assert!(
            changes <= 1 && (marks.is_empty() || seq[0].is_some()),
            "round {round}: the marks are no version the writer wrote: {seq:?}"
        );
    });
    assert!(
        caught > 0,
        "no kill landed while review.json was being written"
    );
}

#[test]
fn killed_while_remembering_exports_the_list_reads_whole() {
    let caught = kill_100_times("recent", |data, report, round| {
        let recent = recent_exports(data)
            .unwrap_or_else(|e| panic!("round {round}: recent.json unreadable: {e:?}"));
        assert!(
            !recent.is_empty(),
            "round {round}: the list lost its entries"
        );
        for e in &recent {
            assert_eq!(e.records, report.summary.records, "round {round}: {e:?}");
        }
    });
    assert!(
        caught > 0,
        "no kill landed while recent.json was being written"
    );
}

#[test]
fn killed_while_building_the_index_the_next_search_is_whole() {
    let caught = kill_100_times("index", |data, report, round| {
        let first = search_report(report, data, &SearchQuery::new(QUERY)).unwrap();
        assert!(first.total > 0, "round {round}: the query finds nothing");
        assert!(
            first.notes.is_empty() || first.index == SearchIndexState::Built,
            "round {round}: {:?}",
            first.notes
        );
        let again = search_report(report, data, &SearchQuery::new(QUERY)).unwrap();
        assert_eq!(again.total, first.total, "round {round}");
        assert_eq!(again.index, SearchIndexState::Reused, "round {round}");
    });
    assert!(caught > 0, "no kill landed while the index was being built");
}
