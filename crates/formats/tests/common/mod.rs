//! The test driver every format's tests share: read a fixture, offer it to a module through the
//! `Format` trait as the pipeline does, and collect what the import produced.
#![allow(dead_code)]

use auskunft_archive::{probe::sniff, Outcome};
use auskunft_formats::{Candidate, Finished, Format, Import};
use auskunft_model::{Device, MemberKind, Record};

/// The bytes of `tests/fixtures/<dir>/<name>`.
pub fn fixture(dir: &str, name: &str) -> Vec<u8> {
    let path = format!("{}/tests/fixtures/{dir}/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A member at `path` holding `bytes` (member index 7 of input 0).
pub fn candidate<'a>(path: &'a str, bytes: &'a [u8]) -> Candidate<'a> {
    let head = &bytes[..bytes.len().min(4096)];
    Candidate {
        input: 0,
        member: 7,
        path,
        content: sniff(head),
        head,
    }
}

/// What one import produced, warnings as `"<member>: <warning>"`.
pub struct Run {
    pub kind: MemberKind,
    pub outcome: Outcome,
    pub devices: Vec<Device>,
    pub records: Vec<Record>,
    pub warnings: Vec<String>,
}

/// Asserts that `format` recognises the member, then imports it into `import`.
pub fn import_into(format: &dyn Format, path: &str, bytes: &[u8], import: &mut Import) -> Outcome {
    let c = candidate(path, bytes);
    assert!(
        format.recognize(&c),
        "{} should recognise {path}",
        format.name()
    );
    format.import(&c, &mut &bytes[..], import).outcome
}

/// Recognises and imports one member into a fresh import and finishes it.
pub fn run(format: &dyn Format, path: &str, bytes: &[u8]) -> Run {
    let c = candidate(path, bytes);
    assert!(
        format.recognize(&c),
        "{} should recognise {path}",
        format.name()
    );
    let mut import = Import::new();
    let imported = format.import(&c, &mut &bytes[..], &mut import);
    let Finished {
        devices,
        records,
        warnings,
        ..
    } = import.finish();
    Run {
        kind: imported.kind,
        outcome: imported.outcome,
        devices,
        records,
        warnings: warnings
            .into_iter()
            .map(|(m, w)| format!("{m}: {w}"))
            .collect(),
    }
}

/// The bytes of the fixture called `name` in whichever module's folder holds it (fixture names
/// are unique across `tests/fixtures/`), for tests that offer one module another's files.
pub fn find_fixture(name: &str) -> Vec<u8> {
    let root = format!("{}/tests/fixtures", env!("CARGO_MANIFEST_DIR"));
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{root}: {e}"))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    let path = dirs
        .iter()
        .map(|d| d.join(name))
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("no fixture {name} under {root}"));
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}
