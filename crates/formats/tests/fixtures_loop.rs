//! Every module in `REGISTRY` against its fixtures: `tests/fixtures/<module name>/` holds the
//! module's files, and each file with a sibling `<file>.expected.json` is offered to the module
//! under the member path that file names and compared with what it says (record and device
//! counts, outcome, warnings, a few fields). A new format is its folder, its fixtures and one
//! registry line; this test fails until the folder exists. The convention is described in
//! `tests/fixtures/README.md`.
//!
//! `AUSKUNFT_BLESS_FIXTURES=1 cargo test -p auskunft-formats --test fixtures_loop` rewrites every
//! expected file from what the module now produces, keeping its `path` and the fields it checks;
//! review the diff as you would a snapshot, since the file is then the truth.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use auskunft_archive::Outcome;
use auskunft_formats::{Finished, Format, Import, REGISTRY};
use serde_json::{json, Map, Value};

const SUFFIX: &str = ".expected.json";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn bless() -> bool {
    std::env::var_os("AUSKUNFT_BLESS_FIXTURES").is_some_and(|v| v != "0")
}

/// What importing one fixture produced, in the terms of an expected file.
fn observe(format: &dyn Format, path: &str, bytes: &[u8], expected: &Value) -> Value {
    let candidate = common::candidate(path, bytes);
    let recognized = format.recognize(&candidate);
    if !recognized {
        return json!({ "path": path, "recognized": false });
    }
    let mut import = Import::new();
    let imported = format.import(&candidate, &mut &bytes[..], &mut import);
    let Finished {
        devices,
        records,
        warnings,
        ..
    } = import.finish();
    let outcome = match imported.outcome {
        Outcome::Parsed => json!("parsed"),
        Outcome::Skipped(why) => json!({ "skipped": why.en() }),
        Outcome::Failed(why) => json!({ "failed": why.en() }),
    };
    let mut out = Map::new();
    out.insert("path".into(), json!(path));
    out.insert("kind".into(), json!(imported.kind));
    out.insert("outcome".into(), outcome);
    out.insert("records".into(), json!(records.len()));
    out.insert(
        "devices".into(),
        json!(devices.iter().map(|d| d.id.clone()).collect::<Vec<_>>()),
    );
    out.insert("warnings".into(), json!(warnings.len()));
    // The fields of chosen records (by index) that the expected file checks; blessing a new file
    // picks the first and last record's time, zone, device and transcript.
    let chosen: BTreeMap<String, Vec<String>> = match expected.get("record_fields") {
        Some(Value::Object(m)) => m
            .iter()
            .map(|(i, v)| {
                let keys = v
                    .as_object()
                    .map(|o| o.keys().cloned().collect())
                    .unwrap_or_default();
                (i.clone(), keys)
            })
            .collect(),
        _ => {
            let keys = ["time", "zone", "device", "transcript"]
                .map(String::from)
                .to_vec();
            let mut m = BTreeMap::new();
            if !records.is_empty() {
                m.insert("0".to_string(), keys.clone());
                m.insert((records.len() - 1).to_string(), keys);
            }
            m
        }
    };
    let mut fields = Map::new();
    for (index, keys) in chosen {
        let record = index
            .parse::<usize>()
            .ok()
            .and_then(|i| records.get(i))
            .map(|r| serde_json::to_value(r).expect("records serialise"))
            .unwrap_or(Value::Null);
        let picked: Map<String, Value> = keys
            .iter()
            .map(|k| (k.clone(), record.get(k).cloned().unwrap_or(Value::Null)))
            .collect();
        fields.insert(index, Value::Object(picked));
    }
    if !fields.is_empty() {
        out.insert("record_fields".into(), Value::Object(fields));
    }
    Value::Object(out)
}

/// The differences between what an expected file says and what was observed: only the keys the
/// expected file states are compared, so it may check as little as a record count.
fn differences(expected: &Value, observed: &Value, at: &str, out: &mut Vec<String>) {
    match (expected, observed) {
        (Value::Object(e), Value::Object(o)) => {
            for (k, ev) in e {
                let ov = o.get(k).unwrap_or(&Value::Null);
                differences(ev, ov, &format!("{at}.{k}"), out);
            }
        }
        (e, o) if e != o => out.push(format!("{at}: expected {e}, got {o}")),
        _ => {}
    }
}

/// The fixture files of a folder that have an expected file, sorted.
fn expected_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.to_string_lossy().ends_with(SUFFIX))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

#[test]
fn every_registry_module_matches_its_fixtures() {
    let mut problems = Vec::new();
    let mut checked = 0;
    for format in REGISTRY {
        let dir = root().join(format.name());
        if !dir.is_dir() {
            problems.push(format!(
                "{}: no fixture folder tests/fixtures/{}/ (see tests/fixtures/README.md)",
                format.name(),
                format.name()
            ));
            continue;
        }
        let files = expected_files(&dir);
        if files.is_empty() {
            problems.push(format!(
                "{}: no <file>{SUFFIX} in tests/fixtures/{}/",
                format.name(),
                format.name()
            ));
        }
        for expected_path in files {
            let name = expected_path.to_string_lossy();
            let fixture = PathBuf::from(name.strip_suffix(SUFFIX).unwrap_or(&name));
            let shown = format!(
                "{}/{}",
                format.name(),
                fixture.file_name().unwrap_or_default().to_string_lossy()
            );
            let text = std::fs::read_to_string(&expected_path)
                .unwrap_or_else(|e| panic!("{}: {e}", expected_path.display()));
            let expected: Value = serde_json::from_str(&text)
                .unwrap_or_else(|e| panic!("{}: not JSON: {e}", expected_path.display()));
            let Ok(bytes) = std::fs::read(&fixture) else {
                problems.push(format!("{shown}: expected file without its fixture"));
                continue;
            };
            let Some(path) = expected.get("path").and_then(Value::as_str) else {
                problems.push(format!("{shown}: the expected file names no \"path\""));
                continue;
            };
            let observed = observe(*format, path, &bytes, &expected);
            if bless() {
                let mut blessed = observed.clone();
                if let (Some(note), Value::Object(b)) = (expected.get("note"), &mut blessed) {
                    b.insert("note".into(), note.clone());
                }
                let text = serde_json::to_string_pretty(&blessed).expect("JSON") + "\n";
                std::fs::write(&expected_path, text).expect("expected file is writable");
            } else {
                differences(&expected, &observed, &shown, &mut problems);
            }
            checked += 1;
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s) in {checked} fixture(s):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

#[test]
fn every_fixture_folder_belongs_to_a_registry_module() {
    let names: Vec<&str> = REGISTRY.iter().map(|f| f.name()).collect();
    let mut strays = Vec::new();
    for entry in std::fs::read_dir(root()).expect("tests/fixtures").flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.path().is_dir() && !names.contains(&name.as_str()) {
            strays.push(name);
        }
    }
    assert!(
        strays.is_empty(),
        "folders in tests/fixtures/ named after no module in REGISTRY: {strays:?}"
    );
}

#[test]
fn a_difference_names_the_fixture_and_the_field() {
    let expected = json!({"records": 2, "record_fields": {"0": {"zone": "CET"}}});
    let observed = json!({"records": 3, "devices": [], "record_fields": {"0": {"zone": "CEST"}}});
    let mut out = Vec::new();
    differences(&expected, &observed, "m/f.json", &mut out);
    assert_eq!(
        out,
        [
            "m/f.json.record_fields.0.zone: expected \"CET\", got \"CEST\"",
            "m/f.json.records: expected 2, got 3"
        ]
    );
}
