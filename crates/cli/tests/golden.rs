//! Golden tests: `auskunft audit --json` on demo exports and hand-made hostile archives, compared
//! with reviewed snapshots. Only the temporary folder's path is filtered; hashes, counts,
//! reasons and order are all asserted exactly.
#![allow(clippy::unwrap_used)]

#[path = "../../archive/tests/support/mod.rs"]
mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use auskunft_model::Report;
use support::{gzip, tar, tar_entry, zip, E};

fn auskunft(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_auskunft"))
        .args(args)
        .env("AUSKUNFT_DATA_DIR", data_dir)
        .output()
        .unwrap()
}

struct Case {
    dir: tempfile::TempDir,
}

impl Case {
    fn new() -> Case {
        Case {
            dir: tempfile::tempdir().unwrap(),
        }
    }
    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
    fn file(&self, name: &str, bytes: &[u8]) -> String {
        let p = self.path(name);
        std::fs::write(&p, bytes).unwrap();
        p.display().to_string()
    }
    fn data(&self) -> PathBuf {
        let d = self.path("data");
        std::fs::create_dir_all(&d).unwrap();
        d
    }
    fn run(&self, args: &[&str]) -> Output {
        auskunft(&self.data(), args)
    }
    /// Runs `audit --json`, checks the report's invariants and returns it with its JSON text.
    fn audit(&self, archives: &[&str]) -> (Report, String, i32) {
        let mut args = vec!["audit", "--json"];
        args.extend_from_slice(archives);
        let out = self.run(&args);
        let text = String::from_utf8(out.stdout).unwrap();
        let report: Report = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"));
        assert_eq!(report.invariant_violations(), Vec::<String>::new());
        (report, text, out.status.code().unwrap())
    }
    fn snapshot(&self, name: &str, text: &str) {
        let tmp = regex_escape(&self.dir.path().display().to_string());
        insta::with_settings!({ filters => vec![(tmp.as_str(), "[TMP]")], prepend_module_to_snapshot => false }, {
            insta::assert_snapshot!(name, text);
        });
    }
}

fn regex_escape(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '/' || c == '_' || c == '-' {
                c.to_string()
            } else {
                format!("\\{c}")
            }
        })
        .collect()
}

#[test]
fn seed_case_demo_audit_matches_snapshot() {
    let c = Case::new();
    let out = c.path("seed.zip").display().to_string();
    assert!(c
        .run(&["demo", "--scenario", "seed-case", "--records", "40", &out])
        .status
        .success());
    let (report, json, code) = c.audit(&[&out]);
    assert_eq!(code, 0);
    assert_eq!(report.inputs[0].status, auskunft_model::InputStatus::Ok);
    let wavs = report
        .members
        .iter()
        .filter(|m| m.path.ends_with(".wav"))
        .count();
    assert!(wavs >= 35, "{wavs}");
    assert!(
        report
            .members
            .iter()
            .filter(|m| m.kind == auskunft_model::MemberKind::Audio)
            .count()
            == wavs
    );
    // Issue 3: at least 95 % of the recordings that have a transcript line are joined to that
    // line (by time, under the offset inferred from the data), scored against the ground truth.
    let truth: serde_json::Value =
        serde_json::from_slice(&std::fs::read(c.path("seed.truth.json")).unwrap()).unwrap();
    let both: Vec<&serde_json::Value> = truth["records"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| !t["audio"].is_null() && !t["transcript_location"].is_null())
        .collect();
    let right = both
        .iter()
        .filter(|t| {
            report.records.iter().any(|r| {
                r.source.locator == t["transcript_location"]["locator"].as_str().unwrap()
                    && r.audio
                        .as_ref()
                        .is_some_and(|a| a.path == t["audio"]["path"].as_str().unwrap())
            })
        })
        .count();
    assert!(
        right * 100 >= both.len() * 95,
        "{right} of {} joined right",
        both.len()
    );
    assert!(
        report
            .notes
            .iter()
            .any(|n| n.code == "time_offset" && n.message.contains("+02:00")),
        "{:?}",
        report.notes
    );
    let names: std::collections::BTreeSet<&str> = report
        .devices
        .iter()
        .filter_map(|d| d.name.as_deref())
        .collect();
    let truth_names: std::collections::BTreeSet<&str> = truth["devices"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["name"].as_str())
        .collect();
    assert_eq!(names, truth_names);
    c.snapshot("seed_case_40.json", &json);
    let text = String::from_utf8(c.run(&["audit", &out]).stdout).unwrap();
    c.snapshot("seed_case_40.txt", &text);
}

#[test]
fn two_households_demo_audit_matches_snapshot() {
    let c = Case::new();
    let out = c.path("two.zip").display().to_string();
    assert!(c
        .run(&[
            "demo",
            "--scenario",
            "two-households",
            "--records",
            "40",
            &out
        ])
        .status
        .success());
    let (report, json, code) = c.audit(&[&out]);
    assert_eq!(code, 0);
    // The per-topic archives inside are opened: their members point back at them.
    let nested: Vec<_> = report
        .members
        .iter()
        .filter(|m| m.kind == auskunft_model::MemberKind::Archive)
        .collect();
    assert_eq!(nested.len(), 2);
    assert!(report
        .members
        .iter()
        .any(|m| m.container.as_deref() == Some(nested[0].path.as_str())));
    c.snapshot("two_households_40.json", &json);
}

#[test]
fn hostile_archives_match_snapshot() {
    let c = Case::new();
    let mut link = E::new("link", b"/etc/passwd").stored();
    link.unix_mode = Some(0o120777);
    let mut liar = E::new("liar.bin", &vec![0u8; 1 << 20]);
    liar.declared = Some(10);
    let mut z64 = E::new("zip64.txt", b"big sizes in an extra field");
    z64.zip64 = true;
    let hostile = zip(&[
        E::new("../../escape.txt", b"climb"),
        E::new("/abs/olute.txt", b"abs"),
        E::new("back\\slash.txt", b"bs"),
        E::new("ctl\u{1b}[31mred.txt", b"ctl"),
        E::raw(b"K\x81che.txt", b"cp437").flags(0),
        link,
        E::new("secret.txt", b"pw").flags(0x801),
        E::new("dup.txt", b"one"),
        E::new("dup.txt", b"two"),
        liar,
        z64,
        E::new("empty.txt", b""),
        E::new(
            "inner.zip",
            &zip(&[E::new(
                "deeper.tar.gz",
                &gzip(&tar(&[tar_entry("in-tar.txt", b'0', b"tar", "")])),
            )]),
        ),
    ]);
    let full = zip(&(0..5)
        .map(|i| E::new(&format!("rec/{i}.bin"), &vec![i as u8; 20_000]).stored())
        .collect::<Vec<_>>());
    let a = c.file("hostile.zip", &hostile);
    let b = c.file("cut.zip", &full[..full.len() / 2]);
    let e = c.file("empty.zip", b"");
    let n = c.file("notes.pdf", b"%PDF-1.4 not an archive");
    let (report, json, code) = c.audit(&[&a, &b, &e, &n]);
    assert_eq!(code, 0, "some input was readable");
    assert_eq!(report.summary.members, report.members.len());
    c.snapshot("hostile.json", &json);
}

#[test]
fn exit_codes_follow_the_contract() {
    let c = Case::new();
    // No input readable at all: exit 1, and the JSON is still printed.
    let e = c.file("empty.zip", b"");
    let (report, _, code) = c.audit(&[&e]);
    assert_eq!(code, 1);
    assert_eq!(report.inputs[0].status, auskunft_model::InputStatus::Empty);
    let missing = c.path("does-not-exist.zip").display().to_string();
    assert_eq!(c.run(&["audit", &missing]).status.code(), Some(1));
    // Usage errors: exit 2.
    assert_eq!(c.run(&["audit"]).status.code(), Some(2));
    assert_eq!(c.run(&["audit", "--bogus", &e]).status.code(), Some(2));
    assert_eq!(
        c.run(&["demo", "--scenario", "nope", "x.zip"])
            .status
            .code(),
        Some(2)
    );
    assert_eq!(c.run(&[]).status.code(), Some(2));
}

#[test]
fn inventory_errors_name_file_and_line_and_the_data_dir_is_honoured() {
    let c = Case::new();
    let archive = c.file("a.zip", &zip(&[E::new("x.txt", b"x")]));
    let bad = c.file("inv.toml", b"[[device]]\nname = \"Echo\"\nserail = \"x\"\n");
    let out = c.run(&["audit", "--inventory", &bad, &archive]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("inv.toml, line 3") && err.contains("serail"),
        "{err}"
    );
    // Without --inventory, the data folder's inventory.toml is read.
    std::fs::write(c.data().join("inventory.toml"), "[[place]]\nlat = 123.0\n").unwrap();
    let out = c.run(&["audit", &archive]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("data/inventory.toml, line 2"), "{err}");
    // A valid one is accepted, and nothing is written next to the archive.
    std::fs::write(
        c.data().join("inventory.toml"),
        "[[account]]\nvendor = \"amazon\"\nid = \"A1\"\n",
    )
    .unwrap();
    assert_eq!(c.run(&["audit", &archive]).status.code(), Some(0));
    let mut names: Vec<String> = std::fs::read_dir(c.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names, ["a.zip", "data", "inv.toml"]);
}

#[test]
fn the_same_files_in_another_order_are_the_same_export() {
    let c = Case::new();
    let a = c.file(
        "takeout-20190101T000000Z-001.zip",
        &zip(&[E::new("Takeout/a.txt", b"a")]),
    );
    let b = c.file(
        "takeout-20190101T000000Z-002.zip",
        &zip(&[E::new("Takeout/b.txt", b"b")]),
    );
    let (r1, _, _) = c.audit(&[&a, &b]);
    let (r2, _, _) = c.audit(&[&b, &a]);
    assert_eq!(r1.export_id, r2.export_id);
    assert!(r1.notes.is_empty());
    let (r3, _, _) = c.audit(&[&b]);
    assert_ne!(r3.export_id, r1.export_id);
    assert_eq!(r3.notes[0].code, "missing_part");
}
