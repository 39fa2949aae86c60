//! How many voice-history CSV records per second `amazon.voice_history_csv` imports.
//!
//! Run in release mode (`cargo run --release -p auskunft-formats --example csv_rate`); debug
//! builds are an order of magnitude slower and say nothing.
//!
//! 1. Build 100,000 rows in memory, shaped like a real export: JSON field names, a `MM/dd/yyyy
//!    HH:mm:ss z` time, a record key, an utterance id, German and English text, a quoted cell
//!    now and then, `N/A` cells, and a `File Summary:` footer. Generating them is not timed.
//! 2. Offer the bytes to the module through the `Format` trait, as the pipeline does, and time
//!    `import` plus `Import::finish` (where records ask for their audio by key).
//! 3. Print rows, records, seconds, and records per second. Several runs; the best is reported
//!    too, as the machine may be shared.
//! 4. Time `tabular::read_csv` alone, to see what the table reading costs of the whole.

use std::time::Instant;

use auskunft_archive::Content;
use auskunft_formats::amazon::VOICE_HISTORY_CSV;
use auskunft_formats::tabular::read_csv;
use auskunft_formats::{Candidate, Format, Import};

const ROWS: usize = 100_000;
const RUNS: usize = 3;

/// The export: a header, `ROWS` data rows, a footer.
fn export() -> Vec<u8> {
    let devices = [
        ("Küche", "A32DOYMUN6DTXA", "G090U3BIQW4JQ6W6"),
        ("Bad", "A3S5BH2HU6VAYF", "G090LF1172240ABC"),
        ("Living Room", "A7WXQPH584YP", "G090U509902302GD"),
    ];
    let said = [
        "wie wird das wetter heute in leipzig",
        "\"spiel musik, bitte\"",
        "what's the weather like",
        "Audio was not intended for Alexa",
        "set a timer for ten minutes",
    ];
    let mut out = String::with_capacity(ROWS * 260);
    out.push_str("recordKey,timestamp,customerId,deviceName,deviceType,deviceSerialNumber,utteranceId,transcriptText,personFirstName\n");
    let start: i64 = 1_600_000_000_000;
    for i in 0..ROWS {
        let ms = start + i64::try_from(i).unwrap_or(0) * 37_000;
        let t = chrono::DateTime::from_timestamp_millis(ms).unwrap_or_default();
        let (name, kind, serial) = devices[i % devices.len()];
        let person = if i % 4 == 0 { "N/A" } else { "Anke" };
        out.push_str(&format!(
            "A2KX5QZ0HN8T3R#{ms}#{kind}#{serial},{} GMT,A2KX5QZ0HN8T3R,{name},{kind},{serial},{kind}:1.0/{}/{serial}/{}::TNIH_2V.{i:08x}-6d1b-4f7e-9b61-0c8a2d9e5b13LPM,{},{person}\n",
            t.format("%m/%d/%Y %H:%M:%S"),
            t.format("%Y/%m/%d/%H"),
            t.format("%M:%S"),
            said[i % said.len()],
        ));
    }
    out.push_str("\nFile Summary:\nNumber of records,100000\n");
    out.into_bytes()
}

fn main() {
    let bytes = export();
    let candidate = Candidate {
        input: 0,
        member: 0,
        path: "Alexa/Voice History/VoiceHistory.csv",
        content: Content::Csv,
        head: &bytes[..4096],
    };
    assert!(VOICE_HISTORY_CSV.recognize(&candidate));
    let mut best = f64::MAX;
    for run in 1..=RUNS {
        let started = Instant::now();
        let mut import = Import::new();
        VOICE_HISTORY_CSV.import(&candidate, &mut &bytes[..], &mut import);
        let finished = import.finish();
        let seconds = started.elapsed().as_secs_f64();
        best = best.min(seconds);
        println!(
            "run {run}: {ROWS} rows ({:.1} MiB) -> {} records, {} warnings in {seconds:.3} s: {:.0} records/s",
            bytes.len() as f64 / 1024.0 / 1024.0,
            finished.records.len(),
            finished.warnings.len(),
            finished.records.len() as f64 / seconds,
        );
    }
    println!("best: {:.0} records/s", ROWS as f64 / best);
    // 4. The table reader alone (decoding, delimiter, csv, cells), for comparison.
    let started = Instant::now();
    let table = read_csv(&bytes).expect("the generated export has a header");
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "tabular::read_csv alone: {} rows in {seconds:.3} s: {:.0} rows/s",
        table.rows.len(),
        table.rows.len() as f64 / seconds
    );
}
