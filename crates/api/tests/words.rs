//! Every sentence about the export's files reaches the reader in their language (issue 13): the
//! format modules' warnings and reasons and the archive's own are catalogue messages all the way
//! into the report (`members[].warnings_words`, `reason_words`, `inputs[].message_words`), never
//! English text passed through (`Message::text`, id `verbatim`).
#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use auskunft_api::{audit, AuditRequest};
use auskunft_model::{Input, Lang, Member, Message};

/// Every sentence of a report about its inputs and members that is not said in every language,
/// with where it is; also a sentence whose English differs from its words' English.
fn unsaid(inputs: &[Input], members: &[Member]) -> Vec<String> {
    let mut out = Vec::new();
    let mut check = |place: String, english: &str, words: Option<&Message>| match words {
        None => out.push(format!("{place}: {english:?} has no words")),
        Some(w) if w.en() != english => out.push(format!(
            "{place}: {english:?} but its words say {:?}",
            w.en()
        )),
        Some(w) => out.extend(w.uncatalogued().map(|p| format!("{place}: {p}"))),
    };
    for (i, input) in inputs.iter().enumerate() {
        if let Some(m) = &input.message {
            check(format!("inputs[{i}]"), m, input.message_words.as_ref());
        }
    }
    for m in members {
        if let Some(reason) = &m.reason {
            check(m.path.clone(), reason, m.reason_words.as_ref());
        }
        if m.warnings.len() != m.warnings_words.len() {
            check(m.path.clone(), &m.warnings.join(" | "), None);
            continue;
        }
        for (w, words) in m.warnings.iter().zip(&m.warnings_words) {
            check(m.path.clone(), w, Some(words));
        }
    }
    out
}

#[test]
fn the_check_finds_english_passed_through() {
    let mut member = Member {
        input: 0,
        path: "a.csv".into(),
        container: None,
        parent: None,
        original_name: None,
        bytes: 0,
        sha256: None,
        kind: auskunft_model::MemberKind::Records,
        format: None,
        status: auskunft_model::MemberStatus::Parsed,
        reason: None,
        reason_words: None,
        warnings: Vec::new(),
        warnings_words: Vec::new(),
        duplicate_of: None,
    };
    member.warn(Message::new("format-row-no-id").arg("at", Message::text("line 4")));
    member.warnings.push("line 5: no id; skipped".into());
    let mut members = vec![member];
    assert_eq!(
        unsaid(&[], &members).len(),
        1,
        "{:?}",
        unsaid(&[], &members)
    );
    members[0].warnings.pop();
    let problems = unsaid(&[], &members);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("uncatalogued"), "{problems:?}");
}

/// The format modules' fixture files (`crates/formats/tests/fixtures/<module>/`), each under the
/// member path its expected file names, in one TAR: what the audit reads as an export.
fn fixtures_as_an_export(dir: &Path) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../formats/tests/fixtures");
    let mut fixtures = Vec::new();
    for module in std::fs::read_dir(&root).unwrap() {
        let module = module.unwrap().path();
        if !module.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(&module).unwrap() {
            let expected = file.unwrap().path();
            let name = expected.to_string_lossy().into_owned();
            let Some(fixture) = name.strip_suffix(".expected.json") else {
                continue;
            };
            let said: serde_json::Value =
                serde_json::from_slice(&std::fs::read(&expected).unwrap()).unwrap();
            let path = said["path"].as_str().unwrap().to_owned();
            fixtures.push((path, std::fs::read(fixture).unwrap()));
        }
    }
    fixtures.sort();
    assert!(fixtures.len() > 40, "{} fixtures", fixtures.len());
    let archive = dir.join("fixtures.tar");
    let mut tar = tar::Builder::new(std::fs::File::create(&archive).unwrap());
    for (i, (path, bytes)) in fixtures.iter().enumerate() {
        let mut header = tar::Header::new_gnu();
        header.set_size(bytes.len() as u64);
        header.set_mode(0o644);
        header.set_cksum();
        // A folder per fixture: several share a path; modules look at the last segments only.
        tar.append_data(&mut header, format!("{i:03}/{path}"), &bytes[..])
            .unwrap();
    }
    tar.finish().unwrap();
    archive
}

#[test]
fn every_warning_and_reason_of_the_format_fixtures_is_said_in_every_language() {
    let dir = tempfile::tempdir().unwrap();
    let report = audit(&AuditRequest {
        inputs: vec![fixtures_as_an_export(dir.path())],
        inventory: None,
        data_dir: dir.path().join("data"),
    })
    .unwrap();
    let problems = unsaid(&report.inputs, &report.members);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    // The check had something to check: the fixtures' malformed rows, their failed files.
    let warned: BTreeSet<&str> = report
        .members
        .iter()
        .flat_map(|m| &m.warnings_words)
        .map(|w| w.id.as_str())
        .collect();
    let reasons: BTreeSet<&str> = report
        .members
        .iter()
        .filter_map(|m| m.reason_words.as_ref())
        .map(|w| w.id.as_str())
        .collect();
    assert!(warned.len() >= 20, "{warned:?}");
    assert!(reasons.contains("format-invalid-json"), "{reasons:?}");
    // A warning about a row in German names the row in German.
    let german: Vec<String> = report
        .members
        .iter()
        .flat_map(|m| &m.warnings_words)
        .map(|w| w.render(Lang::De))
        .collect();
    assert!(
        german
            .iter()
            .any(|w| w.starts_with("Zeile ") && w.ends_with("; übersprungen")),
        "{german:#?}"
    );
}

/// The `.rs` files under `dir`, recursively (`dir` itself when it is one).
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    if dir.is_file() {
        out.push(dir.to_path_buf());
        return;
    }
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every line of the Rust sources under `dirs` (relative to the workspace root) whose code (not
/// a comment) holds `needle`, unless its file is in `allowed`; as `file:line: code`.
fn written(dirs: &[&str], needle: &str, allowed: &[&str]) -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    for dir in dirs {
        sources(&root.join(dir), &mut files);
    }
    let mut found = Vec::new();
    for file in files {
        let shown = file
            .strip_prefix(&root)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or_default();
            if code.contains(needle) && !allowed.contains(&shown.as_str()) {
                found.push(format!("{shown}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    found
}

/// The sources of every crate that says something to people, the desktop shell's included.
const EVERY_CRATE: &[&str] = &[
    "crates/model/src",
    "crates/archive/src",
    "crates/formats/src",
    "crates/inventory/src",
    "crates/audit/src",
    "crates/search/src",
    "crates/evidence/src",
    "crates/api/src",
    "crates/report/src",
    "crates/letters/src",
    "crates/cli/src",
    "src-tauri/src",
];

/// A sentence passed through as English text is found where it is written, not only where a
/// fixture happens to reach it: no crate calls `Message::text` but for the one case listed here.
#[test]
fn no_crate_passes_english_through() {
    // Why each place may: a locator of no known shape (written by an older version) is shown
    // as it is.
    const ALLOWED: &[&str] = &["crates/model/src/locator.rs"];
    let found = written(EVERY_CRATE, "Message::text(", ALLOWED);
    assert!(
        found.is_empty(),
        "English passed through:\n{}",
        found.join("\n")
    );
}

/// Every error the app and the CLI show is a catalogue message (`ApiError::said`), so it reaches
/// the reader in their language; `ApiError::new` makes one in English only (issue 13). A bug's
/// error says so in words too (`ApiError::internal`, its own words as `$detail`).
#[test]
fn no_error_is_english_only() {
    // Why each place may: none is left. A file listed here would say why its sentence can have
    // no words.
    const ALLOWED: &[&str] = &[];
    let found = written(EVERY_CRATE, "ApiError::new(", ALLOWED);
    assert!(
        found.is_empty(),
        "Errors in English only (make them catalogue messages with ApiError::said):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_reads_every_crate() {
    // Catalogued errors are made in each crate that has errors of its own.
    let said = written(EVERY_CRATE, "ApiError::said(", &[]);
    for dir in [
        "crates/api/src",
        "crates/cli/src",
        "crates/report/src",
        "crates/letters/src",
        "src-tauri/src",
    ] {
        assert!(said.iter().any(|l| l.starts_with(dir)), "{dir}: {said:#?}");
    }
    // The one allowed use of `Message::text`, and comments are not code.
    assert_eq!(
        written(EVERY_CRATE, "Message::text(", &[]),
        written(&["crates/model/src/locator.rs"], "Message::text(", &[])
    );
}
