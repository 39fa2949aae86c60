//! How fast `transcript.table` reads a large transcript table: 100,000 rows as a German CSV
//! (`Datum;Uhrzeit;Gerät;Äußerung`) and as the 2018 headerless text layout (`26.05.2018
//! 20:46:51 | Echo Küche | alexa wie spät ist es`), generated in memory.
//!
//! Run in release mode (debug builds are many times slower and say nothing):
//! `cargo run --release -p auskunft-formats --example table_rate`
//!
//! For each table it prints the time to recognise the member, to import it (read, decode,
//! split, classify, read every row's time) and to finish the import (lines become records;
//! no recordings, so no join), and rows per second for the import alone and with the finish.

use std::time::{Duration, Instant};

use auskunft_archive::probe::sniff;
use auskunft_formats::transcript::TABLE;
use auskunft_formats::{Candidate, Format, Import};
use chrono::{NaiveDate, TimeDelta};

const ROWS: usize = 100_000;

const DEVICES: [&str; 4] = [
    "Echo Küche",
    "Echo Bad",
    "Echo Wohnzimmer",
    "Echo Schlafzimmer",
];
const WORDS: [&str; 12] = [
    "alexa",
    "wie",
    "wird",
    "das",
    "wetter",
    "spiel",
    "musik",
    "stopp",
    "lauter",
    "morgen",
    "regensburg",
    "timer",
];

/// Row `i`: local time, device and a text of 2 to 7 words, from a fixed pseudo-random walk.
fn rows() -> Vec<(String, String, &'static str, String)> {
    let start = NaiveDate::from_ymd_opt(2018, 5, 1)
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .expect("a valid start");
    let mut x: u64 = 0x2018_0526;
    let mut next = move || {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (x >> 33) as usize
    };
    (0..ROWS)
        .map(|i| {
            let t = start + TimeDelta::seconds(37 * i as i64);
            let words = 2 + next() % 6;
            let text: Vec<&str> = (0..words).map(|_| WORDS[next() % WORDS.len()]).collect();
            (
                t.format("%d.%m.%Y").to_string(),
                t.format("%H:%M:%S").to_string(),
                DEVICES[next() % DEVICES.len()],
                text.join(" "),
            )
        })
        .collect()
}

/// Recognises and imports `bytes` as `path`; prints the timings.
fn measure(path: &str, bytes: &[u8]) {
    let head = &bytes[..bytes.len().min(4096)];
    let candidate = Candidate {
        input: 0,
        member: 0,
        path,
        content: sniff(head),
        head,
    };
    let started = Instant::now();
    assert!(TABLE.recognize(&candidate), "{path} should be recognised");
    let recognized = started.elapsed();
    let mut import = Import::new();
    let started = Instant::now();
    let imported = TABLE.import(&candidate, &mut &bytes[..], &mut import);
    let read = started.elapsed();
    let started = Instant::now();
    let finished = import.finish();
    let finish = started.elapsed();
    assert_eq!(
        finished.records.len(),
        ROWS,
        "{path}: {:?}",
        imported.outcome
    );
    assert!(
        finished.warnings.is_empty(),
        "{path}: {:?}",
        finished.warnings
    );
    let rate = |d: Duration| ROWS as f64 / d.as_secs_f64();
    println!(
        "{path}: {} MB, {ROWS} rows; recognize {:.2} ms, import {:.0} ms ({:.0} rows/s), \
         finish {:.0} ms; import + finish {:.0} rows/s",
        bytes.len() / 1_000_000,
        recognized.as_secs_f64() * 1e3,
        read.as_secs_f64() * 1e3,
        rate(read),
        finish.as_secs_f64() * 1e3,
        rate(read + finish),
    );
}

fn main() {
    let rows = rows();
    let mut csv = String::from("Datum;Uhrzeit;Gerät;Äußerung\n");
    let mut txt = String::from("Alexa Sprachverlauf\n\n");
    for (date, time, device, text) in &rows {
        csv.push_str(&format!("{date};{time};{device};{text}\n"));
        txt.push_str(&format!("{date} {time} | {device} | {text}\n"));
    }
    measure("Alexa/Sprachverlauf.csv", csv.as_bytes());
    measure("Alexa/Sprachverlauf.txt", txt.as_bytes());
}
