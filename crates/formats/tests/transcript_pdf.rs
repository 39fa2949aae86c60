//! `transcript.pdf_table` against a demo export's PDF and damaged PDFs, through the `Format`
//! trait as the pipeline calls it.

use auskunft_archive::{probe::sniff, Outcome};
use auskunft_formats::transcript::{extract, PDF_TABLE};
use auskunft_formats::{Candidate, Format, Import, TranscriptLine};
use auskunft_model::MemberKind;
use serde_json::{json, Value};

fn fixture(name: &str) -> Vec<u8> {
    let path = format!(
        "{}/tests/fixtures/transcript.pdf_table/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn candidate<'a>(path: &'a str, bytes: &'a [u8]) -> Candidate<'a> {
    Candidate {
        input: 0,
        member: 3,
        path,
        content: sniff(&bytes[..bytes.len().min(4096)]),
        head: &bytes[..bytes.len().min(4096)],
    }
}

/// Imports `bytes` as `path`; returns kind, outcome and warnings.
fn import(path: &str, bytes: &[u8]) -> (MemberKind, Outcome, Vec<String>) {
    let c = candidate(path, bytes);
    assert!(PDF_TABLE.recognize(&c), "should recognise {path}");
    let mut import = Import::new();
    let imported = PDF_TABLE.import(&c, &mut &bytes[..], &mut import);
    let warnings = import
        .finish()
        .warnings
        .into_iter()
        .map(|(_, w)| w.en())
        .collect();
    (imported.kind, imported.outcome, warnings)
}

fn seed_lines() -> Vec<TranscriptLine> {
    let bytes = fixture("seed-60.pdf");
    let found = extract(&bytes, 0, "Alexa/Sprachverlauf.pdf")
        .expect("readable")
        .expect("a table");
    assert!(found.warnings.is_empty(), "{:?}", found.warnings);
    found.lines
}

fn line_json(l: &TranscriptLine) -> Value {
    json!({
        "locator": l.source.locator,
        "local_time": l.written.format("%Y-%m-%dT%H:%M:%S").to_string(),
        "offset": l.offset.map(|o| o.to_string()),
        "device": l.device,
        "text": l.text,
    })
}

#[test]
fn demo_pdf_lines_match_the_ground_truth_exactly() {
    let truth: Value =
        serde_json::from_slice(&fixture("seed-60.truth.json")).expect("truth is JSON");
    let mut expected: Vec<(String, String, String, String)> = truth["lines"]
        .as_array()
        .expect("lines")
        .iter()
        .map(|t| {
            (
                format!("page {}, row {}", t["page"], t["row"]),
                t["local_time"].as_str().expect("time").to_string(),
                t["device"].as_str().expect("device").to_string(),
                t["text"].as_str().expect("text").to_string(),
            )
        })
        .collect();
    let lines = seed_lines();
    let mut got: Vec<(String, String, String, String)> = lines
        .iter()
        .map(|l| {
            (
                l.source.locator.clone(),
                l.written.format("%Y-%m-%dT%H:%M:%S").to_string(),
                l.device.clone().unwrap_or_default(),
                l.text.clone(),
            )
        })
        .collect();
    expected.sort();
    got.sort();
    assert_eq!(got.len(), 58);
    assert_eq!(got, expected);
    // The PDF writes local time without a zone; the join infers it.
    assert!(lines.iter().all(|l| l.offset.is_none()));
    assert!(lines
        .iter()
        .any(|l| l.source.locator.starts_with("page 2,")));
    assert!(lines
        .iter()
        .all(|l| l.source.path == "Alexa/Sprachverlauf.pdf" && l.source.input == 0));
}

#[test]
fn demo_pdf_snapshot() {
    let lines: Vec<Value> = seed_lines().iter().map(line_json).collect();
    insta::assert_json_snapshot!("transcript_pdf_seed_60", lines);
}

#[test]
fn demo_pdf_imports_as_a_parsed_transcript() {
    let (kind, outcome, warnings) = import("Alexa/Sprachverlauf.pdf", &fixture("seed-60.pdf"));
    assert_eq!(kind, MemberKind::Transcript);
    assert_eq!(outcome, Outcome::Parsed);
    assert!(warnings.is_empty(), "{warnings:?}");
}

#[test]
fn a_cut_pdf_fails_without_panicking() {
    let bytes = fixture("seed-60.pdf");
    for percent in [60, 30, 90] {
        let cut = &bytes[..bytes.len() * percent / 100];
        let (_, outcome, _) = import("Alexa/Sprachverlauf.pdf", cut);
        assert!(
            matches!(&outcome, Outcome::Failed(w) if w.en().starts_with("unreadable PDF: ")),
            "{percent} %: {outcome:?}"
        );
    }
}

#[test]
fn random_bytes_after_a_pdf_header_fail() {
    let mut bytes = b"%PDF-1.4\n".to_vec();
    let mut x: u32 = 0x9E37_79B9;
    for _ in 0..4000 {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes.push((x >> 24) as u8);
    }
    let (_, outcome, _) = import("Alexa/Sprachverlauf.pdf", &bytes);
    assert!(matches!(outcome, Outcome::Failed(_)), "{outcome:?}");
}

#[test]
fn byte_corrupted_pdfs_never_panic() {
    let bytes = fixture("seed-60.pdf");
    let mut x: u32 = 12345;
    for _ in 0..40 {
        let mut damaged = bytes.clone();
        for _ in 0..8 {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            let at = 9 + (x as usize) % (damaged.len() - 9);
            damaged[at] = (x >> 8) as u8;
        }
        // Any outcome is fine; reaching the next iteration is the test.
        let _ = import("Alexa/Sprachverlauf.pdf", &damaged);
    }
}

#[test]
fn description_pdfs_are_not_transcripts() {
    let bytes = fixture("Audible.Listening.Description.pdf");
    for path in [
        "Audible.Listening/Audible.Listening.Description.pdf",
        "Kindle.Devices.ReadingSession/Kindle.Devices.ReadingSession description.pdf",
    ] {
        let c = candidate(path, &bytes);
        assert_eq!(c.content, auskunft_archive::Content::Pdf);
        assert!(!PDF_TABLE.recognize(&c), "{path}");
    }
    // Read anyway, a helper PDF holds no table: skipped as a document.
    let c = candidate("Other/notes.pdf", &bytes);
    let mut import = Import::new();
    let imported = PDF_TABLE.import(&c, &mut &bytes[..], &mut import);
    assert_eq!(imported.kind, MemberKind::Document);
    let Outcome::Skipped(why) = &imported.outcome else {
        panic!("{:?}", imported.outcome)
    };
    assert_eq!(why.en(), "no transcript table found in this PDF");
    assert_eq!(
        why.render(auskunft_model::Lang::De),
        "In diesem PDF wurde keine Transkript-Tabelle gefunden"
    );
}

/// Times a large PDF: `AUSKUNFT_PDF=/tmp/seedpdf/Alexa/Sprachverlauf.pdf cargo test --release
/// -p auskunft-formats --test transcript_pdf -- --ignored --nocapture`.
#[test]
#[ignore = "needs AUSKUNFT_PDF"]
fn time_a_large_pdf() {
    let Ok(path) = std::env::var("AUSKUNFT_PDF") else {
        return;
    };
    let bytes = std::fs::read(&path).expect("readable");
    let start = std::time::Instant::now();
    let found = extract(&bytes, 0, &path)
        .expect("readable")
        .expect("a table");
    let elapsed = start.elapsed();
    println!(
        "{path}: {} lines, {} warnings, {} bytes, {} ms",
        found.lines.len(),
        found.warnings.len(),
        bytes.len(),
        elapsed.as_millis()
    );
    // With the demo's truth file, count lines that match it exactly.
    let Ok(truth) = std::env::var("AUSKUNFT_TRUTH") else {
        return;
    };
    let truth: Value = serde_json::from_slice(&std::fs::read(truth).expect("truth")).expect("JSON");
    let expected: std::collections::HashSet<String> = truth["records"]
        .as_array()
        .expect("records")
        .iter()
        .filter(|r| r["transcript_location"]["page"].is_u64())
        .map(|r| {
            let l = &r["transcript_location"];
            let at = format!("page {}, row {}", l["page"], l["row"]);
            format!(
                "{at}|{}|{}|{}",
                r["local_time"], r["device_name"], r["transcript"]
            )
        })
        .collect();
    let got = found
        .lines
        .iter()
        .map(|l| {
            let j = line_json(l);
            format!(
                "{}|{}|{}|{}",
                l.source.locator, j["local_time"], j["device"], j["text"]
            )
        })
        .filter(|k| expected.contains(k))
        .count();
    println!("{got} of {} truth lines matched exactly", expected.len());
}

#[test]
fn a_pdf_over_its_time_budget_is_given_up_and_one_within_it_is_read() {
    use auskunft_formats::transcript::extract_within;
    use std::time::Duration;
    let bytes = fixture("seed-60.pdf");
    let err = extract_within(bytes.clone(), 0, "t.pdf", Duration::ZERO)
        .expect_err("no PDF is read in no time");
    assert_eq!(
        err.en(),
        "unreadable PDF: reading it took longer than 0 s; given up"
    );
    assert_eq!(
        err.render(auskunft_model::Lang::De),
        "Unlesbares PDF: Das Lesen hätte länger als 0 s gedauert; aufgegeben"
    );
    let read = extract_within(bytes, 0, "t.pdf", Duration::from_secs(120))
        .expect("read")
        .expect("a table");
    assert_eq!(read.lines.len(), seed_lines().len());
}
