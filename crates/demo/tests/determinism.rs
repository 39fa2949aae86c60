//! Same (scenario, seed, records) gives the same bytes; another seed gives other bytes; errors
//! name what went wrong and where.

mod common;

use std::path::Path;
use std::process::Command;

use auskunft_demo::{write_demo, DemoError, DemoOptions, Scenario};
use common::{generate, read};

fn all_bytes(demo: &common::Demo) -> [Vec<u8>; 3] {
    [
        read(&demo.files.archive),
        read(&demo.files.truth),
        read(&demo.files.inventory),
    ]
}

#[test]
fn same_inputs_same_bytes_other_seed_other_bytes() {
    for scenario in Scenario::ALL {
        let a = generate(scenario, 42, 30);
        let b = generate(scenario, 42, 30);
        let c = generate(scenario, 43, 30);
        let (a, b, c) = (all_bytes(&a), all_bytes(&b), all_bytes(&c));
        assert!(a == b, "{scenario}: same seed must give identical files");
        assert_ne!(
            a[0], c[0],
            "{scenario}: another seed must give another archive"
        );
        assert_ne!(
            a[1], c[1],
            "{scenario}: another seed must give another truth"
        );
    }
}

#[test]
fn rewriting_replaces_files_and_leaves_no_temporary_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("export.zip");
    let opts = DemoOptions {
        scenario: Scenario::TwoHouseholds,
        seed: 1,
        records: Some(12),
    };
    write_demo(&opts, &out).expect("first");
    let first = read(&out);
    write_demo(&opts, &out).expect("second");
    assert_eq!(first, read(&out));
    let mut names: Vec<String> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .collect();
    names.sort();
    assert_eq!(
        names,
        ["export.inventory.toml", "export.truth.json", "export.zip"]
    );
}

#[test]
fn unzip_accepts_both_archives_when_installed() {
    // An outside opinion on top of the `zip` crate's; skipped where Info-ZIP is not installed.
    if Command::new("unzip").arg("-v").output().is_err() {
        eprintln!("unzip not installed; skipping");
        return;
    }
    for scenario in Scenario::ALL {
        let demo = generate(scenario, 8, 15);
        let out = Command::new("unzip")
            .arg("-tq")
            .arg(&demo.files.archive)
            .output()
            .expect("run unzip");
        assert!(
            out.status.success(),
            "{scenario}: {}",
            String::from_utf8_lossy(&out.stdout)
        );
    }
}

#[test]
fn errors_say_what_and_where() {
    let dir = tempfile::tempdir().expect("temp dir");
    let opts = |records| DemoOptions {
        scenario: Scenario::SeedCase,
        seed: 1,
        records: Some(records),
    };
    let err = write_demo(&opts(3), &dir.path().join("a.zip")).expect_err("too few");
    assert!(
        matches!(err, DemoError::RecordCount { given: 3, .. }),
        "{err}"
    );

    let missing = dir.path().join("no/such/folder/a.zip");
    let err = write_demo(&opts(10), &missing).expect_err("missing folder");
    assert!(matches!(err, DemoError::Write { .. }));
    assert!(err.to_string().contains("no/such/folder/a.zip"), "{err}");

    let err = write_demo(&opts(10), Path::new("/")).expect_err("no file name");
    assert!(matches!(err, DemoError::OutputPath { .. }), "{err}");

    let err = "three-households".parse::<Scenario>().expect_err("unknown");
    assert!(err.to_string().contains("three-households"));
}
