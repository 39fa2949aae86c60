//! Malformed input never panics, in any module: every fixture, whole, cut short and with bytes
//! flipped, is imported through every module (without `recognize`, so each parser sees bytes it
//! was never meant for). Deterministic, so it runs on every `cargo test`; the fuzz targets in
//! `crates/formats/fuzz` go further.
//!
//! Every warning and every reason those imports give is a catalogue message with words in every
//! language (issue 13): no module's sentence reaches a reader as English text (`Message::text`,
//! id `verbatim`), not even inside another message.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use auskunft_archive::Outcome;
use auskunft_formats::{fuzz_import, REGISTRY};
use auskunft_model::Message;

#[test]
fn the_check_finds_uncatalogued_text_at_any_depth() {
    let row =
        Message::new("format-row-no-id").arg("at", Message::new("locator-line").arg("line", 4));
    assert_eq!(row.uncatalogued(), None);
    assert!(Message::text("no id; skipped").uncatalogued().is_some());
    let nested = Message::new("format-row-no-id").arg("at", Message::text("line 4"));
    assert!(nested.uncatalogued().is_some());
    assert!(Message::new("format-no-such-message")
        .uncatalogued()
        .is_some());
}

fn fixtures(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("fixture folder") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            fixtures(&path, out);
        } else if !path.to_string_lossy().ends_with(".expected.json") {
            // Expected files are ground truth for `fixtures_loop.rs`, not inputs.
            out.push(path);
        }
    }
}

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// The fixture itself, cuts at a few places, and copies with a few bytes changed.
fn variants(bytes: &[u8], rng: &mut Rng) -> Vec<Vec<u8>> {
    let mut out = vec![bytes.to_vec(), Vec::new()];
    for cut in [
        1,
        7,
        bytes.len() / 3,
        bytes.len() / 2,
        bytes.len().saturating_sub(1),
    ] {
        out.push(bytes[..cut.min(bytes.len())].to_vec());
    }
    for _ in 0..6 {
        let mut m = bytes.to_vec();
        for _ in 0..1 + rng.below(8) {
            if m.is_empty() {
                break;
            }
            let i = rng.below(m.len());
            m[i] = match rng.below(4) {
                0 => 0,
                1 => 0xFF,
                2 => b'"',
                _ => rng.next() as u8,
            };
        }
        out.push(m);
    }
    out
}

#[test]
fn every_module_survives_every_fixture_cut_and_flipped() {
    let mut files = Vec::new();
    fixtures(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"),
        &mut files,
    );
    files.sort();
    assert!(files.len() > 20, "fixtures found: {}", files.len());
    let mut rng = Rng(0x5eed_1234_abcd_0001);
    let mut imports = 0;
    // Modules that read some fixture, whole, into records or devices: each must have one.
    let mut parsed: BTreeSet<&str> = BTreeSet::new();
    // The ids of every warning and reason seen, so the catalogue check cannot pass unexercised.
    let mut said: BTreeSet<String> = BTreeSet::new();
    let mut uncatalogued_found: BTreeSet<String> = BTreeSet::new();
    for file in &files {
        let bytes = std::fs::read(file).expect("fixture");
        // Big fixtures (audio) are cut to keep the test quick; cuts are what parsers must survive.
        let bytes = &bytes[..bytes.len().min(256 * 1024)];
        let name = file
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("member");
        for (v, variant) in variants(bytes, &mut rng).into_iter().enumerate() {
            for module in REGISTRY {
                let (imported, finished) =
                    fuzz_import(module.name(), name, &variant).expect("module exists");
                imports += 1;
                // What a module may find: records, devices, or (household lists) the account
                // the export was made for.
                let found = !finished.records.is_empty()
                    || !finished.devices.is_empty()
                    || !finished.accounts.is_empty();
                if v == 0 && imported.outcome == Outcome::Parsed && found {
                    parsed.insert(module.name());
                }
                if let Outcome::Failed(why) = &imported.outcome {
                    assert!(
                        !why.en().trim().is_empty(),
                        "{}: {file:?}: empty reason",
                        module.name()
                    );
                }
                let reason = match &imported.outcome {
                    Outcome::Parsed => None,
                    Outcome::Skipped(why) | Outcome::Failed(why) => Some(why),
                };
                for m in reason
                    .into_iter()
                    .chain(finished.warnings.iter().map(|(_, w)| w))
                {
                    said.insert(m.id.clone());
                    if let Some(problem) = m.uncatalogued() {
                        uncatalogued_found.insert(format!("{}: {problem}", module.name()));
                    }
                }
                for r in &finished.records {
                    if let Some(d) = &r.device {
                        assert!(
                            finished.devices.iter().any(|x| &x.id == d),
                            "{}: {file:?}: record points at a missing device",
                            module.name()
                        );
                    }
                }
            }
        }
    }
    assert!(imports > 1000, "{imports}");
    assert!(
        uncatalogued_found.is_empty(),
        "warnings and reasons without catalogue words:\n{}",
        uncatalogued_found
            .into_iter()
            .collect::<Vec<_>>()
            .join("\n")
    );
    assert!(
        said.len() >= 30,
        "only {} kinds of warnings and reasons were exercised: {said:?}",
        said.len()
    );
    let registered: BTreeSet<&str> = REGISTRY.iter().map(|m| m.name()).collect();
    assert!(registered.contains("amazon.cards"), "{registered:?}");
    assert_eq!(
        parsed, registered,
        "every module has a fixture it reads into records, devices or account holders"
    );
}
