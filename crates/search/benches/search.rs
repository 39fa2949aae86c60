//! Search benchmark (issue 5): index build time, cached-index open time and query latency
//! (p50/p99 over a mix of queries) for the records of audit reports.
//!
//! `bench/search.sh` writes the reports (`auskunft audit --json` of demo exports) and runs this:
//!
//! ```text
//! cargo bench -p auskunft-search --bench search -- REPORT.json...
//! ```
//!
//! Not a test; the numbers go into `docs/benchmarks.md`.
#![allow(clippy::unwrap_used)]

use std::time::{Duration, Instant};

use auskunft_model::Report;
use auskunft_search::{open_or_build, Filters, IndexState, Query, SearchIndex};

/// The query mix: German and English words, stemmed and folded forms, phrases, exclusions,
/// filters, dates, and the worst case (the empty query matches every record).
const QUERIES: &[&str] = &[
    "wetter",
    "Wetter münchen",
    "muenchen",
    "spielen",
    "lights",
    "weather",
    "\"wie spät ist es\"",
    "\"turn off the lights\"",
    "wetter -morgen",
    "spotify -\"spiel meine playlist\"",
    "wetter device:d2",
    "fit:foreign timer",
    "lang:en",
    "wetter after:2020-11-01 before:2021-02-01",
    "device:d3",
    "",
];

fn main() {
    let reports: Vec<String> = std::env::args()
        .skip(1)
        .filter(|a| !a.starts_with("--"))
        .collect();
    if reports.is_empty() {
        eprintln!("usage: cargo bench -p auskunft-search --bench search -- REPORT.json...");
        std::process::exit(2);
    }
    for path in reports {
        let report: Report = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
        bench(&path, &report);
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn bench(path: &str, report: &Report) {
    let records = &report.records;
    println!("{path}: {} records", records.len());

    let mut builds = Vec::new();
    for _ in 0..3 {
        let dir = tempfile::tempdir().unwrap();
        let start = Instant::now();
        let index = SearchIndex::create(records, Some(dir.path())).unwrap();
        builds.push(start.elapsed());
        assert_eq!(index.len(), records.len() as u64);
    }
    builds.sort();
    println!(
        "  build (on disk, 3 runs)   best {:.0} ms   median {:.0} ms",
        ms(builds[0]),
        ms(builds[1])
    );

    let data = tempfile::tempdir().unwrap();
    let first = open_or_build(data.path(), &report.export_id, records).unwrap();
    assert_eq!(first.state, IndexState::Built);
    drop(first);
    let mut opens = Vec::new();
    for _ in 0..5 {
        let start = Instant::now();
        let o = open_or_build(data.path(), &report.export_id, records).unwrap();
        opens.push(start.elapsed());
        assert_eq!(o.state, IndexState::Reused);
    }
    opens.sort();
    println!(
        "  reuse cached (digest, open, checksums; 5 runs)   median {:.1} ms",
        ms(opens[2])
    );

    let index = open_or_build(data.path(), &report.export_id, records)
        .unwrap()
        .index;
    let parsed: Vec<Query> = QUERIES.iter().map(|q| Query::parse(q).unwrap()).collect();
    // Warm the page cache and tantivy's caches once.
    for q in &parsed {
        index.search(q, &Filters::default(), 20).unwrap();
    }
    let rounds = 40;
    let mut all = Vec::new();
    let mut per_query: Vec<(usize, Vec<Duration>)> = Vec::new();
    for (q, _) in parsed.iter().zip(QUERIES) {
        let mut times = Vec::new();
        let mut total = 0;
        for _ in 0..rounds {
            let start = Instant::now();
            let r = index.search(q, &Filters::default(), 20).unwrap();
            times.push(start.elapsed());
            total = r.total;
        }
        all.extend(times.iter().copied());
        times.sort();
        per_query.push((total, times));
    }
    all.sort();
    println!(
        "  queries ({} kinds x {rounds} runs, top 20 with snippets and facets)   p50 {:.2} ms   \
         p99 {:.2} ms   max {:.2} ms",
        QUERIES.len(),
        ms(percentile(&all, 0.5)),
        ms(percentile(&all, 0.99)),
        ms(*all.last().unwrap())
    );
    for ((total, times), q) in per_query.iter().zip(QUERIES) {
        println!(
            "    {:<45} {:>7} hits   p50 {:>6.2} ms   p99 {:>6.2} ms",
            format!("`{q}`"),
            total,
            ms(percentile(times, 0.5)),
            ms(percentile(times, 0.99))
        );
    }
}
