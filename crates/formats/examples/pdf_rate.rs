//! How many transcript rows per second `transcript.pdf_table` reads from a PDF.
//!
//! `cargo run --release -p auskunft-formats --example pdf_rate -- FILE.pdf` (bench/formats.sh
//! passes the seed-case demo's 1,649-row PDF). Reads the file, then times the whole import —
//! pdf-extract on its worker thread, the glyph positions, the table — three times and prints
//! the best and the median.

use std::time::Instant;

use auskunft_formats::transcript::extract_within;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: pdf_rate FILE.pdf");
        std::process::exit(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(2);
        }
    };
    let mut times = Vec::new();
    let mut rows = 0;
    for _ in 0..3 {
        let start = Instant::now();
        match extract_within(bytes.clone(), 0, &path, std::time::Duration::from_secs(300)) {
            Ok(Some(found)) => rows = found.lines.len(),
            Ok(None) => {
                eprintln!("{path}: no transcript table");
                std::process::exit(1);
            }
            Err(e) => {
                eprintln!("{path}: {e}");
                std::process::exit(1);
            }
        }
        times.push(start.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    println!(
        "PDF: {rows} rows from {} KiB: median {:.0} ms, best {:.0} ms = {:.0} rows/s",
        bytes.len() / 1024,
        times[1] * 1e3,
        times[0] * 1e3,
        rows as f64 / times[0]
    );
}
