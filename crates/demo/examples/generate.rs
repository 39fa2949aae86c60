//! Writes one demo and reports its sizes and how long it took.
//!
//! ```text
//! cargo run --release -p auskunft-demo --example generate -- seed-case 1 /tmp/demo.zip [RECORDS]
//! ```
//!
//! The CLI's `auskunft demo` does the same for users; this example exists to time the generator
//! without building the CLI.

use std::path::PathBuf;
use std::time::Instant;

use auskunft_demo::{write_demo, DemoOptions, Scenario, Truth};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 3 {
        eprintln!("usage: generate SCENARIO SEED OUT.zip [RECORDS]");
        std::process::exit(2);
    }
    let scenario: Scenario = args[0].parse()?;
    let seed: u64 = args[1].parse()?;
    let out = PathBuf::from(&args[2]);
    let records = args.get(3).map(|r| r.parse()).transpose()?;

    let started = Instant::now();
    let files = write_demo(
        &DemoOptions {
            scenario,
            seed,
            records,
        },
        &out,
    )?;
    let took = started.elapsed();

    let truth = Truth::from_json(&std::fs::read(&files.truth)?)?;
    let mb = |p: &PathBuf| {
        std::fs::metadata(p)
            .map(|m| m.len() as f64 / 1e6)
            .unwrap_or(0.0)
    };
    println!(
        "{scenario} seed {seed}: {} records in {:.2} s",
        truth.counts.records,
        took.as_secs_f64()
    );
    println!("  {} {:.1} MB", files.archive.display(), mb(&files.archive));
    println!("  {} {:.1} MB", files.truth.display(), mb(&files.truth));
    println!(
        "  {} {:.3} MB",
        files.inventory.display(),
        mb(&files.inventory)
    );
    println!("  counts: {}", serde_json::to_string(&truth.counts)?);
    Ok(())
}
